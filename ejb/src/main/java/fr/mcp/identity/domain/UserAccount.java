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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    private UserAccount(String login, AccountKind kind, String lastName, String firstName, String email, LocalDate opensOn, Instant now) {
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

    public static UserAccount cafAgent(String login, long cafId, String lastName, String firstName, String email, LocalDate opensOn, Instant now) {
        UserAccount account = new UserAccount(login, AccountKind.CAF_AGENT, lastName, firstName, email, opensOn, now);
        account.cafId = cafId;
        return account;
    }

    public static UserAccount partnerUser(String login, long partnerId, String lastName, String firstName, String email, LocalDate opensOn, Instant now) {
        UserAccount account = new UserAccount(login, AccountKind.PARTNER_USER, lastName, firstName, email, opensOn, now);
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

    public void acceptTerms(String version, Instant now) {
        this.termsVersion = version;
        this.termsAcceptedAt = now;
    }

    /** Whether the account may sign in on that day: open, and within its opening and closing dates. */
    public boolean isActiveOn(LocalDate day) {
        return status == AccountStatus.OPEN
                && !day.isBefore(opensOn)
                && (closesOn == null || !day.isAfter(closesOn));
    }

    /** Records a successful sign-in: the one before it becomes the "previous login" shown on the welcome page. */
    public void recordLogin(Instant now) {
        this.previousLoginAt = lastLoginAt;
        this.lastLoginAt = now;
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
