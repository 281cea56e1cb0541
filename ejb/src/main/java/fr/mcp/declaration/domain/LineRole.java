package fr.mcp.declaration.domain;

/** The place of a financial field in the budget or income statement (none for activity fields). */
public enum LineRole {
    NONE,
    EXPENSE,
    INCOME
}
