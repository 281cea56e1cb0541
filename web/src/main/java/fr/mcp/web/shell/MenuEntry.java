package fr.mcp.web.shell;

/** One link of the portal menu. */
public record MenuEntry(String label, String outcome) {

    public String getLabel() {
        return label;
    }

    public String getOutcome() {
        return outcome;
    }
}
