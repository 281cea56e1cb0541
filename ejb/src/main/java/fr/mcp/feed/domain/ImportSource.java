package fr.mcp.feed.domain;

/** How the values came: a file uploaded in the portal or to the API, or a JSON body sent by a software. */
public enum ImportSource {
    CSV("Fichier CSV"),
    JSON("Fichier JSON");

    private final String label;

    ImportSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
