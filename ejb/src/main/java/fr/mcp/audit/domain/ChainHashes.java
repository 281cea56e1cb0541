package fr.mcp.audit.domain;

import fr.mcp.shared.domain.Sha256;

/**
 * SHA-256 of the audit chain. A row's digest covers its source, id and every content column, each value written with
 * its length so that no two rows can encode alike; a link's hash covers its number, the row's digest and the previous
 * link's hash, so changing or removing any row or link changes every hash after it.
 */
public final class ChainHashes {

    /** The hash "before" the first link. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHashes() {}

    /** @param row the id then the content columns, as read from the database */
    public static String digest(AuditSource source, Object[] row) {
        StringBuilder canonical = new StringBuilder(source.name());
        for (Object value : row) {
            canonical.append('|');
            if (value == null) {
                canonical.append('-');
            } else {
                String text = value.toString();
                canonical.append(text.length()).append(':').append(text);
            }
        }
        return Sha256.hex(canonical.toString());
    }

    public static String link(long seq, AuditSource source, long sourceId, String digest, String previousHash) {
        return Sha256.hex(seq + "|" + source.name() + "|" + sourceId + "|" + digest + "|" + previousHash);
    }
}
