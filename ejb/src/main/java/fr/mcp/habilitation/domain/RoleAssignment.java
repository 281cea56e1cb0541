package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An habilitation: user × AFAS role × facility (or one of its sites) × period. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends BaseEntity {

    /**
     * JPQL: the assignment {@code a} is in force on {@code :today} and not refused by a validation ({@code :refused}),
     * so its holder is someone to mail about the facility (calls, reminders).
     */
    public static final String IN_FORCE_NOT_REFUSED =
            "a.validationStatus <> :refused AND a.startsOn <= :today AND (a.endsOn IS NULL OR a.endsOn >= :today)";

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private AfasRole role;

    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation_status")
    private ValidationStatus validationStatus;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    protected RoleAssignment() {}

    public RoleAssignment(long accountId, AfasRole role, long facilityId, Long siteId, LocalDate startsOn) {
        this(accountId, role, facilityId, siteId, startsOn, null);
    }

    public RoleAssignment(
            long accountId, AfasRole role, long facilityId, Long siteId, LocalDate startsOn, LocalDate endsOn) {
        this.endsOn = endsOn;
        this.accountId = accountId;
        this.role = role;
        this.facilityId = facilityId;
        this.siteId = siteId;
        this.startsOn = startsOn;
        this.validationStatus = role == AfasRole.APPROVER ? ValidationStatus.PENDING : ValidationStatus.NOT_REQUIRED;
    }

    public void refuseByCaf() {
        refuseByCaf(null, null, null);
    }

    public void refuseByCaf(String by, Instant at, String reason) {
        if (validationStatus != ValidationStatus.PENDING) {
            throw new IllegalStateException("Only a pending approver assignment can be refused");
        }
        validationStatus = ValidationStatus.REFUSED;
        decidedBy = by;
        decidedAt = at;
        refusalReason = reason;
    }

    public void validateByCaf() {
        validateByCaf(null, null);
    }

    public void validateByCaf(String by, Instant at) {
        if (validationStatus != ValidationStatus.PENDING) {
            throw new IllegalStateException("Only a pending approver assignment can be validated");
        }
        validationStatus = ValidationStatus.VALIDATED;
        decidedBy = by;
        decidedAt = at;
    }

    public void setAssignedBy(String assignedBy) {
        this.assignedBy = assignedBy;
    }

    /** Ends the assignment on that day (inclusive); an assignment not yet started ends the day before it starts. */
    public void endOn(LocalDate day) {
        this.endsOn = day.isBefore(startsOn) ? startsOn.minusDays(1) : day;
    }

    /** The state shown on the search screen (DOMAIN.md §5). */
    public AssignmentState stateOn(LocalDate day) {
        if (endsOn != null && endsOn.isBefore(day)) {
            return AssignmentState.HISTORY;
        }
        if (startsOn.isAfter(day)
                || validationStatus == ValidationStatus.PENDING
                || validationStatus == ValidationStatus.REFUSED) {
            return AssignmentState.INACTIVE;
        }
        return AssignmentState.ACTIVE;
    }

    /** Whether it gives its rights that day: within its period, and validated by the Caf for an approver. */
    public boolean isEffectiveOn(LocalDate day) {
        return stateOn(day) == AssignmentState.ACTIVE;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    @Override
    public String toString() {
        return role + " account=" + accountId + " facility=" + facilityId + (siteId == null ? "" : " site=" + siteId)
                + " from " + startsOn + (endsOn == null ? "" : " to " + endsOn) + " " + validationStatus;
    }

    public Long getAccountId() {
        return accountId;
    }

    public AfasRole getRole() {
        return role;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ValidationStatus getValidationStatus() {
        return validationStatus;
    }
}
