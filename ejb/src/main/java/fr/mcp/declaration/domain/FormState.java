package fr.mcp.declaration.domain;

/** The states of a form, with the pictogram shown next to it and its text alternative. */
public enum FormState {
    TO_ENTER("À saisir", "pi pi-pencil"),
    IN_PROGRESS("En cours", "pi pi-spinner"),
    SENT_BACK("Renvoyé au fournisseur", "pi pi-replay"),
    COMPLETE("Complet", "pi pi-check"),
    IN_APPROVAL("En approbation", "pi pi-eye"),
    NOT_REQUESTED("Non demandé", "pi pi-minus");

    private final String label;
    private final String icon;

    FormState(String label, String icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }
}
