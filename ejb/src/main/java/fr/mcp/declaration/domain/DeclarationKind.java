package fr.mcp.declaration.domain;

/** Forecast, update during the year, or actual (DOMAIN.md §7). */
public enum DeclarationKind {
    FORECAST("Prévisionnelle"),
    UPDATE("Actualisée"),
    ACTUAL("Réelle");

    private final String label;

    DeclarationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
