package fr.mcp.identity.domain;

/** Security events kept for the control plan. */
public enum SecurityEventType {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    SESSION_TIMEOUT,
    /** A session ended by the server because the account's access or rights changed while it was open. */
    SESSION_ENDED,
    PASSWORD_CHANGED,
    TEMPORARY_PASSWORD_ISSUED,
    PASSWORD_RECOVERY_REQUESTED,
    TERMS_ACCEPTED,
    TERMS_REFUSED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CLOSED,
    ACCOUNT_REOPENED,
    ACCOUNT_SUSPENDED,
    INACTIVITY_WARNED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    API_TOKEN_REFUSED
}
