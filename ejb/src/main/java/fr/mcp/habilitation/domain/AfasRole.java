package fr.mcp.habilitation.domain;

/** Roles held on a facility or a site for AFAS declarations. */
public enum AfasRole {
    FDA("Fournisseur de données d'activité", true),
    FDF("Fournisseur de données financières", false),
    FDI("Fournisseur de données par import", false),
    APPROVER("Approbateur", false),
    CONSULTANT("Consultant", false);

    private final String label;
    private final boolean perSite;

    AfasRole(String label, boolean perSite) {
        this.label = label;
        this.perSite = perSite;
    }

    /** The French name shown to users and in mails. */
    public String label() {
        return label;
    }

    /** Whether the role may be held on a single site of a multi-site facility (activity data are per site). */
    public boolean perSite() {
        return perSite;
    }
}
