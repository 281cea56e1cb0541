package fr.mcp.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the audit chain in order and says where it breaks: a missing link (a gap in the numbers), a link that does not
 * follow the previous one or whose hash no longer matches its content, a sealed row deleted or changed since, and an
 * end of chain that is not the recorded head (links removed at the end).
 */
public final class ChainVerifier {

    private static final int MAX_BREAKS = 50;

    private long expected = 1;
    private String previous = ChainHashes.GENESIS;
    private long checked;
    private long breakCount;
    private final List<ChainBreak> breaks = new ArrayList<>();
    private final Pruning pruning;
    private long pruned;

    public ChainVerifier() {
        this(Pruning.NONE);
    }

    /** @param pruning what the retention of personal data erased, as recorded */
    public ChainVerifier(Pruning pruning) {
        this.pruning = pruning;
    }

    /** @param currentDigest the digest of the sealed row as it is now; null when the row is gone */
    public void check(ChainLink link, String currentDigest) {
        checked++;
        if (link.getSeq() != expected) {
            add(new ChainBreak(
                    expected,
                    null,
                    null,
                    link.getSeq() == expected + 1
                            ? "Le maillon n° " + expected + " a été supprimé de la chaîne."
                            : "Les maillons n° " + expected + " à " + (link.getSeq() - 1)
                                    + " ont été supprimés de la chaîne."));
        } else if (!link.getPreviousHash().equals(previous)) {
            add(new ChainBreak(
                    link.getSeq(),
                    link.getSource(),
                    link.getSourceId(),
                    "Le maillon ne suit pas le précédent : la chaîne a été modifiée."));
        }
        if (!link.selfConsistent()) {
            add(new ChainBreak(
                    link.getSeq(),
                    link.getSource(),
                    link.getSourceId(),
                    "Le maillon a été modifié : son empreinte ne correspond plus à son contenu."));
        }
        if (currentDigest == null && pruning.covers(link)) {
            pruned++;
        } else if (currentDigest == null) {
            add(new ChainBreak(
                    link.getSeq(), link.getSource(), link.getSourceId(), "La ligne scellée a été supprimée."));
        } else if (!currentDigest.equals(link.getDigest())) {
            add(new ChainBreak(
                    link.getSeq(),
                    link.getSource(),
                    link.getSourceId(),
                    "La ligne scellée a été modifiée après son scellement."));
        }
        previous = link.getHash();
        expected = link.getSeq() + 1;
    }

    /** The end of the walk: the last link must be the recorded head. */
    public void end(long headSeq, String headHash) {
        if (pruned > pruning.rowsDeleted()) {
            add(new ChainBreak(
                    pruning.throughSeq(),
                    pruning.source(),
                    null,
                    (pruned - pruning.rowsDeleted()) + " ligne(s) scellée(s) jusqu'au maillon n° "
                            + pruning.throughSeq() + " ont disparu en plus des " + pruning.rowsDeleted()
                            + " effacée(s) au titre de la durée de conservation."));
        }
        if (headSeq != expected - 1 || !headHash.equals(previous)) {
            add(new ChainBreak(
                    expected,
                    null,
                    null,
                    "La fin de la chaîne (maillon n° " + (expected - 1) + ") n'est pas sa tête enregistrée (n° "
                            + headSeq
                            + ") : des maillons ont été retirés en fin de chaîne, ou la tête a été modifiée."));
        }
    }

    private void add(ChainBreak found) {
        breakCount++;
        if (breaks.size() < MAX_BREAKS) {
            breaks.add(found);
        }
    }

    public boolean intact() {
        return breakCount == 0;
    }

    public long checked() {
        return checked;
    }

    /** Links whose row the retention erased, as recorded. */
    public long pruned() {
        return Math.min(pruned, pruning.rowsDeleted());
    }

    public long breakCount() {
        return breakCount;
    }

    /** The first breaks found (at most 50). */
    public List<ChainBreak> breaks() {
        return List.copyOf(breaks);
    }
}
