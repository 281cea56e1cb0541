package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A partner organisation, identified by its SIRET, attached to its Caf référente. */
@Entity
@Table(name = "partner")
public class Partner extends BaseEntity {

    private String siret;
    private String name;

    @Column(name = "legal_form")
    private String legalForm;

    @Column(name = "address_line")
    private String addressLine;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "head_office_departement")
    private String headOfficeDepartement;

    @Column(name = "multi_departement")
    private boolean multiDepartement;
    /** Prefix of the login ids of its users (ENF, LOG, ACC…). */
    private String family;

    @Column(name = "caf_id")
    private Long cafId;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_status")
    private AccessStatus accessStatus;

    protected Partner() {}

    public Partner(
            String siret,
            String name,
            String legalForm,
            String addressLine,
            String postalCode,
            String city,
            String headOfficeDepartement,
            boolean multiDepartement,
            String family,
            long cafId) {
        this.siret = siret;
        this.name = name;
        this.legalForm = legalForm;
        this.addressLine = addressLine;
        this.postalCode = postalCode;
        this.city = city;
        this.headOfficeDepartement = headOfficeDepartement;
        this.multiDepartement = multiDepartement;
        this.family = family;
        this.cafId = cafId;
        this.accessStatus = AccessStatus.ACTIVE;
    }

    public void suspendAccess() {
        accessStatus = AccessStatus.SUSPENDED;
    }

    public void restoreAccess() {
        accessStatus = AccessStatus.ACTIVE;
    }

    public boolean isAccessActive() {
        return accessStatus == AccessStatus.ACTIVE;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getHeadOfficeDepartement() {
        return headOfficeDepartement;
    }

    public boolean isMultiDepartement() {
        return multiDepartement;
    }

    public String getSiret() {
        return siret;
    }

    public String getName() {
        return name;
    }

    public String getFamily() {
        return family;
    }

    public Long getCafId() {
        return cafId;
    }

    public AccessStatus getAccessStatus() {
        return accessStatus;
    }
}
