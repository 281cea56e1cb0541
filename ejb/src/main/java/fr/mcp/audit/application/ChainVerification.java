package fr.mcp.audit.application;

import fr.mcp.audit.domain.ChainBreak;
import java.time.Instant;
import java.util.List;

/**
 * The result of a verification of the audit chain: intact or not, links checked, the head, the first breaks, and the
 * links whose row the retention of personal data erased (as recorded).
 */
public record ChainVerification(
        Instant checkedAt,
        boolean intact,
        long linksChecked,
        long breakCount,
        long headSeq,
        String headHash,
        List<ChainBreak> breaks,
        long prunedLinks) {}
