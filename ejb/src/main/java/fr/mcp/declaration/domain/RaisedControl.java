package fr.mcp.declaration.domain;

/** A coherence control raised on a declaration: its code, its French message with the figures, whether the text is in. */
public record RaisedControl(String code, String message, String justification) {

    public boolean justified() {
        return justification != null && !justification.isBlank();
    }
}
