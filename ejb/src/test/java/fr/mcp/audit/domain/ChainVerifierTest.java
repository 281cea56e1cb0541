package fr.mcp.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final Map<Long, Object[]> rows = new HashMap<>();
    private final List<ChainLink> links = new ArrayList<>();

    ChainVerifierTest() {
        String previous = ChainHashes.GENESIS;
        for (long id = 1; id <= 5; id++) {
            Object[] row = {1000 + id, "2026-11-24 08:00:0" + id, "CAFADM", null, "SCALE_VALUE_ADDED", "RPE.rate"};
            rows.put(1000 + id, row);
            ChainLink link = new ChainLink(
                    id,
                    AuditSource.ADMIN,
                    1000 + id,
                    ChainHashes.digest(AuditSource.ADMIN, row),
                    previous,
                    Instant.EPOCH);
            links.add(link);
            previous = link.getHash();
        }
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerifier verifier = walk(links);

        assertTrue(verifier.intact(), verifier.breaks().toString());
        assertEquals(5, verifier.checked());
    }

    @Test
    void aRowChangedAfterItsSealIsFoundAtItsLink() {
        rows.get(1003L)[2] = "PARADM";

        ChainVerifier verifier = walk(links);

        assertFalse(verifier.intact());
        assertEquals(
                List.of(new ChainBreak(
                        3, AuditSource.ADMIN, 1003L, "La ligne scellée a été modifiée après son scellement.")),
                verifier.breaks());
    }

    @Test
    void aNullBecomingAnEmptyTextIsAChangeToo() {
        Object[] row = rows.get(1002L);
        String before = ChainHashes.digest(AuditSource.ADMIN, row);
        row[3] = "";

        assertNotEquals(before, ChainHashes.digest(AuditSource.ADMIN, row));
    }

    @Test
    void aDeletedRowAndADeletedLinkAreBothFound() {
        rows.remove(1002L);
        List<ChainLink> withoutFourth = new ArrayList<>(links);
        withoutFourth.remove(3);

        ChainVerifier verifier = walk(withoutFourth);

        assertEquals(
                List.of("La ligne scellée a été supprimée.", "Le maillon n° 4 a été supprimé de la chaîne."),
                verifier.breaks().stream().map(ChainBreak::reason).toList());
        assertEquals(2, verifier.breaks().get(0).seq());
    }

    @Test
    void aLinkRewrittenToHideAChangeBreaksTheNextLink() {
        rows.get(1002L)[5] = "RPE.ceilingPerFte";
        ChainLink forged = new ChainLink(
                2,
                AuditSource.ADMIN,
                1002L,
                ChainHashes.digest(AuditSource.ADMIN, rows.get(1002L)),
                links.get(0).getHash(),
                Instant.EPOCH);
        List<ChainLink> tampered = new ArrayList<>(links);
        tampered.set(1, forged);

        ChainVerifier verifier = walk(tampered);

        assertEquals(
                List.of(new ChainBreak(
                        3,
                        AuditSource.ADMIN,
                        1003L,
                        "Le maillon ne suit pas le précédent : la chaîne a été modifiée.")),
                verifier.breaks());
    }

    @Test
    void linksRemovedAtTheEndAreFoundAgainstTheHead() {
        ChainVerifier verifier = new ChainVerifier();
        links.subList(0, 3)
                .forEach(link ->
                        verifier.check(link, ChainHashes.digest(AuditSource.ADMIN, rows.get(link.getSourceId()))));
        verifier.end(5, links.get(4).getHash());

        assertFalse(verifier.intact());
        assertTrue(
                verifier.breaks().get(0).reason().contains("n'est pas sa tête enregistrée (n° 5)"),
                verifier.breaks().toString());
    }

    @Test
    void rowsErasedByTheRetentionAreAcceptedUpToTheRecordedCountAndOneMoreIsABreak() {
        rows.remove(1001L);
        rows.remove(1002L);
        ChainVerifier retained = walk(links, new Pruning(AuditSource.ADMIN, 2, 2));

        assertTrue(retained.intact(), retained.breaks().toString());
        assertEquals(2, retained.pruned());

        ChainVerifier oneTooMany = walk(links, new Pruning(AuditSource.ADMIN, 2, 1));
        assertFalse(oneTooMany.intact());
        assertTrue(
                oneTooMany
                        .breaks()
                        .get(0)
                        .reason()
                        .startsWith("1 ligne(s) scellée(s) jusqu'au maillon n° 2 ont disparu en plus des 1"),
                oneTooMany.breaks().toString());
    }

    @Test
    void aRowDeletedAfterThePrunedRangeIsStillABreak() {
        rows.remove(1001L);
        rows.remove(1004L);

        ChainVerifier verifier = walk(links, new Pruning(AuditSource.ADMIN, 2, 1));

        assertEquals(
                List.of(new ChainBreak(4, AuditSource.ADMIN, 1004L, "La ligne scellée a été supprimée.")),
                verifier.breaks());
    }

    private ChainVerifier walk(List<ChainLink> chain) {
        return walk(chain, Pruning.NONE);
    }

    private ChainVerifier walk(List<ChainLink> chain, Pruning pruning) {
        ChainVerifier verifier = new ChainVerifier(pruning);
        for (ChainLink link : chain) {
            Object[] row = rows.get(link.getSourceId());
            verifier.check(link, row == null ? null : ChainHashes.digest(AuditSource.ADMIN, row));
        }
        ChainLink last = links.get(links.size() - 1);
        verifier.end(last.getSeq(), last.getHash());
        return verifier;
    }
}
