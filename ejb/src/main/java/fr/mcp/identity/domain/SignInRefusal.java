package fr.mcp.identity.domain;

/** Why a sign-in was refused. Only the caller who gave the right password learns more than INVALID. */
public enum SignInRefusal {
    /** Unknown id, wrong password, locked, closed, suspended, outside its dates, or throttled: one answer. */
    INVALID,
    /** The right temporary password, but more than 24 hours old. */
    TEMPORARY_PASSWORD_EXPIRED
}
