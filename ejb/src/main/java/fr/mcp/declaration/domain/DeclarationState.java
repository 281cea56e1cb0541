package fr.mcp.declaration.domain;

/** The states of a declaration as the agency names them, and the Caf's validation. */
public enum DeclarationState {
    TO_ENTER("À saisir"),
    IN_PROGRESS("Saisie en cours"),
    IN_APPROVAL("En cours d'approbation"),
    TRANSMITTED("Transmise Caf"),
    TO_REVIEW("À revoir"),
    VALIDATED("Validée par la Caf");

    private final String label;

    DeclarationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Providers may still enter data (the approver has not taken it, the Caf does not hold it). */
    public boolean openToProviders() {
        return this == TO_ENTER || this == IN_PROGRESS;
    }
}
