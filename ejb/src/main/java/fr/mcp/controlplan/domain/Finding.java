package fr.mcp.controlplan.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What a rule raised: the rule, its severity, its subject (a login, a group, a partner's SIRET), the span of the events
 * behind it (none for a state such as a user in many groups) and the evidence, in French.
 */
public record Finding(String rule, String severity, String subject, Instant from, Instant to, String summary, List<String> evidence) {

    /**
     * Identifies the finding across runs, so that a run raises it once: a burst of events by its first event; a state
     * by its evidence, so that the same state closed as legitimate is not raised again, and a changed one is.
     */
    public String fingerprint() {
        String what = from != null ? String.valueOf(from.getEpochSecond()) : sha256(String.join("\n", evidence));
        return rule + "|" + subject + "|" + what;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
