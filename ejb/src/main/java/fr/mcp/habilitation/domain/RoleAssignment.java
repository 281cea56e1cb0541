package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An habilitation: user × AFAS role × facility (or one of its sites) × period. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends BaseEntity {

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

    protected RoleAssignment() {
    }

    public RoleAssignment(long accountId, AfasRole role, long facilityId, Long siteId, LocalDate startsOn) {
        this(accountId, role, facilityId, siteId, startsOn, null);
    }

    public RoleAssignment(long accountId, AfasRole role, long facilityId, Long siteId, LocalDate startsOn, LocalDate endsOn) {
        this.endsOn = endsOn;
        this.accountId = accountId;
        this.role = role;
        this.facilityId = facilityId;
        this.siteId = siteId;
        this.startsOn = startsOn;
        this.validationStatus = role == AfasRole.APPROVER ? ValidationStatus.PENDING : ValidationStatus.NOT_REQUIRED;
    }

    public void refuseByCaf() {
        if (validationStatus != ValidationStatus.PENDING) {
            throw new IllegalStateException("Only a pending approver assignment can be refused");
        }
        validationStatus = ValidationStatus.REFUSED;
    }

    public void validateByCaf() {
        if (validationStatus != ValidationStatus.PENDING) {
            throw new IllegalStateException("Only a pending approver assignment can be validated");
        }
        validationStatus = ValidationStatus.VALIDATED;
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
