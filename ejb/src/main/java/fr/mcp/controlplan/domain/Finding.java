package fr.mcp.controlplan.domain;

import java.time.Instant;
import java.util.List;

/** What a rule raised on a user: the rule, its severity, the span of the events behind it and those events, in French. */
public record Finding(String rule, String severity, String login, Instant from, Instant to, String summary, List<String> evidence) {
}
