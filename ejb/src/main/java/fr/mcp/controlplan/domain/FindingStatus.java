package fr.mcp.controlplan.domain;

/** Where a finding stands in the security officers' queue. */
public enum FindingStatus {
    OPEN("Ouverte"),
    LEGITIMATE("Close : légitime"),
    ACTED("Close : mesure prise");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this != OPEN;
    }
}
