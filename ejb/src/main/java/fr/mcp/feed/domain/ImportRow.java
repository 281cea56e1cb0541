package fr.mcp.feed.domain;

/**
 * One line of an import as read, before any check: the declaration and form ids, the field code and the value, as
 * text, so that a wrong id is reported on its line instead of refusing the file.
 */
public record ImportRow(int line, String declaration, String form, String field, String value, String problem) {

    public ImportRow(int line, String declaration, String form, String field, String value) {
        this(line, declaration, form, field, value, null);
    }

    /** A line that could not even be split into its four values. */
    public static ImportRow unreadable(int line, String problem) {
        return new ImportRow(line, null, null, null, null, problem);
    }

    /** The declaration id, or null when the text is not one. */
    public Long declarationId() {
        return id(declaration);
    }

    public Long formId() {
        return id(form);
    }

    private static Long id(String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
    }
}
