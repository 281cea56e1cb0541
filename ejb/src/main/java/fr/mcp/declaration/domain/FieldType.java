package fr.mcp.declaration.domain;

/** How a form field is typed and checked. */
public enum FieldType {
    DECIMAL,
    INTEGER,
    BOOLEAN,
    TEXT
}
