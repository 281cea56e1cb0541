package fr.mcp.campaign.domain;

/** Where a call for declarations stands: waiting for its opening day, creating the declarations, mailing the role holders, launched. */
public enum CampaignState {
    SCHEDULED("Programmée"),
    CREATING("Création des déclarations"),
    MAILING("Envoi des e-mails"),
    LAUNCHED("Lancée");

    private final String label;

    CampaignState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
