package fr.mcp.web.api;

import java.util.List;

/** The body of every API error: the HTTP status and the French messages explaining it. */
public record ApiError(int status, List<String> messages, String incidentId) {

    public static ApiError of(int status, List<String> messages) {
        return new ApiError(status, messages, null);
    }
}
