package fr.mcp.habilitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The contrat de service of a convention: contacts on both sides (each "name - e-mail - phone" as written in the
 * signed document), service opening hours and the incident escalation procedure.
 */
@Embeddable
public class ServiceContract {

    @Column(name = "partner_admin_contact")
    private String partnerAdministrator;

    @Column(name = "partner_security_contact")
    private String partnerSecurityOfficer;

    @Column(name = "partner_cnil_contact")
    private String partnerCnilReferent;

    @Column(name = "caf_mcp_officer")
    private String cafMcpOfficer;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(name = "escalation_procedure")
    private String escalationProcedure;

    protected ServiceContract() {}

    public ServiceContract(
            String partnerAdministrator,
            String partnerSecurityOfficer,
            String partnerCnilReferent,
            String cafMcpOfficer,
            String openingHours,
            String escalationProcedure) {
        this.partnerAdministrator = partnerAdministrator;
        this.partnerSecurityOfficer = partnerSecurityOfficer;
        this.partnerCnilReferent = partnerCnilReferent;
        this.cafMcpOfficer = cafMcpOfficer;
        this.openingHours = openingHours;
        this.escalationProcedure = escalationProcedure;
    }

    public String getPartnerAdministrator() {
        return partnerAdministrator;
    }

    public String getPartnerSecurityOfficer() {
        return partnerSecurityOfficer;
    }

    public String getPartnerCnilReferent() {
        return partnerCnilReferent;
    }

    public String getCafMcpOfficer() {
        return cafMcpOfficer;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getEscalationProcedure() {
        return escalationProcedure;
    }

    @Override
    public String toString() {
        return "admin=" + partnerAdministrator + ", security=" + partnerSecurityOfficer + ", cnil="
                + partnerCnilReferent + ", cafOfficer=" + cafMcpOfficer + ", hours=" + openingHours;
    }
}
