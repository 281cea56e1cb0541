package fr.mcp.campaign.domain;

/** Where a call for declarations stands: creating the declarations, then mailing the role holders, then launched. */
public enum CampaignState {
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
