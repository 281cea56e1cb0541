package fr.mcp.identity.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in: a Caf agent or a user of a partner. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    private String login;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    @Column(name = "caf_id")
    private Long cafId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Mobility mobility;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_temporary")
    private boolean passwordTemporary;

    @Column(name = "password_expires_at")
    private Instant passwordExpiresAt;

    @Column(name = "terms_version")
    private String termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "previous_login_at")
    private Instant previousLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "inactivity_warned_at")
    private Instant inactivityWarnedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {}

    private UserAccount(
            String login,
            AccountKind kind,
            String lastName,
            String firstName,
            String email,
            LocalDate opensOn,
            Instant now) {
        this.login = login;
        this.kind = kind;
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.mobility = Mobility.SEDENTARY;
        this.status = AccountStatus.OPEN;
        this.opensOn = opensOn;
        this.createdAt = now;
    }

    public static UserAccount cafAgent(
            String login, long cafId, String lastName, String firstName, String email, LocalDate opensOn, Instant now) {
        UserAccount account = new UserAccount(login, AccountKind.CAF_AGENT, lastName, firstName, email, opensOn, now);
        account.cafId = cafId;
        return account;
    }

    public static UserAccount partnerUser(
            String login,
            long partnerId,
            String lastName,
            String firstName,
            String email,
            LocalDate opensOn,
            Instant now) {
        UserAccount account =
                new UserAccount(login, AccountKind.PARTNER_USER, lastName, firstName, email, opensOn, now);
        account.partnerId = partnerId;
        return account;
    }

    public void grant(String role) {
        if (!Roles.ACCOUNT_ROLES.contains(role)) {
            throw new IllegalArgumentException("Role " + role + " comes from groups, not from the account");
        }
        roles.add(role);
    }

    /** Sets a definitive password (the user chose it, or demo data). */
    public void setPassword(String hash) {
        this.passwordHash = hash;
        this.passwordTemporary = false;
        this.passwordExpiresAt = null;
    }

    /** A temporary password replaces the current one; it must be changed at the next sign-in. */
    public void issueTemporaryPassword(String hash, Instant expiresAt) {
        this.passwordHash = hash;
        this.passwordTemporary = true;
        this.passwordExpiresAt = expiresAt;
        this.failedAttempts = 0;
        this.nextAttemptAt = null;
        this.lockedUntil = null;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    public boolean isTemporaryPasswordExpired(Instant now) {
        return passwordTemporary && passwordExpiresAt != null && !now.isBefore(passwordExpiresAt);
    }

    public boolean needsTermsAcceptance(String currentVersion) {
        return termsVersion == null || !termsVersion.equals(currentVersion);
    }

    /** Whether an attempt now must be refused without even checking the password (delay or lock). */
    public boolean isThrottled(Instant now) {
        Instant allowedFrom = signInAllowedFrom();
        return allowedFrom != null && now.isBefore(allowedFrom);
    }

    /** From when a sign-in is tried again after failures (the later of the delay and the lock); null: no failure. */
    public Instant signInAllowedFrom() {
        if (lockedUntil == null || nextAttemptAt != null && nextAttemptAt.isAfter(lockedUntil)) {
            return nextAttemptAt;
        }
        return lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed attempt; returns true when this failure locks the account. */
    public boolean recordFailedAttempt(Instant now, LockoutPolicy policy) {
        failedAttempts++;
        nextAttemptAt = now.plus(policy.delayAfter(failedAttempts));
        if (policy.locksAfter(failedAttempts)) {
            lockedUntil = now.plus(policy.lockDuration());
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void clearFailedAttempts() {
        failedAttempts = 0;
        nextAttemptAt = null;
        lockedUntil = null;
    }

    public void close(LocalDate on) {
        status = AccountStatus.CLOSED;
        closesOn = on;
    }

    public void reopen(Instant now) {
        status = AccountStatus.OPEN;
        closesOn = null;
        reopenedAt = now;
        inactivityWarnedAt = null;
        clearFailedAttempts();
    }

    /** Warned that the account will be suspended for inactivity unless its holder signs in. */
    public void warnInactive(Instant now) {
        inactivityWarnedAt = now;
    }

    /** The last sign of life: sign-in, creation or restoration, whichever is latest. */
    public Instant lastActivity() {
        Instant latest = createdAt;
        for (Instant candidate : new Instant[] {lastLoginAt, reopenedAt}) {
            if (candidate != null && (latest == null || candidate.isAfter(latest))) {
                latest = candidate;
            }
        }
        return latest;
    }

    public Instant getInactivityWarnedAt() {
        return inactivityWarnedAt;
    }

    public void suspend() {
        status = AccountStatus.SUSPENDED;
    }

    /** Corrects what the administrator typed: names, e-mail, phone, mobility and opening/closing dates. */
    public void updateIdentity(
            String lastName,
            String firstName,
            String email,
            String phone,
            Mobility mobility,
            LocalDate opensOn,
            LocalDate closesOn) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.email = email;
        this.phone = phone;
        this.mobility = mobility;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    @Override
    public String toString() {
        return login + " " + firstName + " " + lastName + " <" + email + ">" + (phone == null ? "" : " tél. " + phone)
                + ", " + mobility + ", " + status + ", du " + opensOn + (closesOn == null ? "" : " au " + closesOn);
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setMobility(Mobility mobility) {
        this.mobility = mobility;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public void acceptTerms(String version, Instant now) {
        this.termsVersion = version;
        this.termsAcceptedAt = now;
    }

    /** Whether the account may sign in on that day: open, and within its opening and closing dates. */
    public boolean isActiveOn(LocalDate day) {
        return status == AccountStatus.OPEN && !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    public String getLogin() {
        return login;
    }

    public AccountKind getKind() {
        return kind;
    }

    public Long getCafId() {
        return cafId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getEmail() {
        return email;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getPhone() {
        return phone;
    }

    public Mobility getMobility() {
        return mobility;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordExpiresAt() {
        return passwordExpiresAt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
