package fr.mcp.identity.domain;

/** The rules a chosen password must follow; each has a French message in the web bundles (password.rule.*). */
public enum PasswordRule {
    LENGTH,
    UPPERCASE,
    LOWERCASE,
    DIGIT,
    SPECIAL,
    NOT_PERSONAL,
    NOT_RECENT
}
