package fr.mcp.audit.domain;

/**
 * What the retention of personal data erased from one journal: its rows sealed up to link {@code throughSeq} and older
 * than the retention period, {@code rowsDeleted} in all. The verification accepts that many missing rows in that range,
 * and no more.
 */
public record Pruning(AuditSource source, long throughSeq, long rowsDeleted) {

    public static final Pruning NONE = new Pruning(AuditSource.SECURITY, 0, 0);

    boolean covers(ChainLink link) {
        return link.getSource() == source && link.getSeq() <= throughSeq;
    }
}
