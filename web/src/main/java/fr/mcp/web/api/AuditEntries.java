package fr.mcp.web.api;

import fr.mcp.audit.domain.AuditEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** An audit entry as the API shows it in a history. */
public final class AuditEntries {

    private AuditEntries() {}

    public static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", e.getOccurredAt().toString());
        json.put("by", e.getActorLogin());
        json.put("action", e.getAction());
        json.put("target", e.getTarget());
        json.put("before", e.getBeforeState());
        json.put("after", e.getAfterState());
        return json;
    }
}
