package fr.mcp.controlplan.domain;

import fr.mcp.shared.domain.Sha256;
import java.time.Instant;
import java.util.List;

/**
 * What a rule raised: the rule, its severity, its subject (a login, a group, a partner's SIRET), the span of the events
 * behind it (none for a state such as a user in many groups) and the evidence, in French.
 */
public record Finding(
        String rule, String severity, String subject, Instant from, Instant to, String summary, List<String> evidence) {

    /**
     * Identifies the finding across runs, so that a run raises it once: a burst of events by its first event; a state
     * by its evidence, so that the same state closed as legitimate is not raised again, and a changed one is.
     */
    public String fingerprint() {
        String what = from != null
                ? String.valueOf(from.getEpochSecond())
                : Sha256.hex(String.join("\n", evidence)).substring(0, 32);
        return rule + "|" + subject + "|" + what;
    }
}
