package fr.mcp.audit.domain;

import java.util.List;

/**
 * The append-only tables whose rows the audit chain seals: administrative changes, security events (sign-in and
 * account) and declaration events. The columns listed are a row's content; the JPA version column is not.
 */
public enum AuditSource {
    ADMIN(
            "admin_audit",
            List.of(
                    "occurred_at",
                    "actor_login",
                    "client_address",
                    "caf_id",
                    "partner_id",
                    "action",
                    "target",
                    "before_state",
                    "after_state")),
    SECURITY(
            "security_event",
            List.of("occurred_at", "type", "login", "account_id", "client_address", "user_agent", "detail")),
    DECLARATION(
            "declaration_event",
            List.of(
                    "declaration_id",
                    "occurred_at",
                    "actor_login",
                    "actor_name",
                    "action",
                    "from_state",
                    "to_state",
                    "form_label",
                    "comment"));

    /** The column every source has, when the row was written: the periodic sealing reads the recent rows by it. */
    public static final String TIME_COLUMN = "occurred_at";

    private final String table;
    private final List<String> columns;

    AuditSource(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    /** "id, col1, col2…" for a SELECT of the row's content. */
    public String selectList() {
        return "id, " + String.join(", ", columns);
    }
}
