package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.Declaration;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;

/** A declaration's estimate against the frozen estimates of similar facilities of every Caf (no rights checked here). */
final class PeerComparison {

    private PeerComparison() {
    }

    /** {@code own}: the declaration's frozen estimate, or today's when it is not transmitted (null: not computable). */
    static Comparison of(EntityManager em, Declaration declaration, BigDecimal own) {
        List<BigDecimal> peers = em.createQuery("SELECT d.frozenTotal FROM Declaration d WHERE d.facilityType = :type AND d.year = :year"
                        + " AND d.kind = :kind AND d.frozenTotal IS NOT NULL AND d.id <> :id ORDER BY d.frozenTotal", BigDecimal.class)
                .setParameter("type", declaration.getFacilityType()).setParameter("year", declaration.getYear())
                .setParameter("kind", declaration.getKind()).setParameter("id", declaration.getId()).getResultList();
        boolean shown = peers.size() >= Comparison.MIN_PEERS;
        return new Comparison(declaration.getFacilityType(), declaration.getYear(), declaration.getKind().name(), peers.size(), shown, own,
                shown ? quantile(peers, 1, 4) : null, shown ? quantile(peers, 1, 2) : null, shown ? quantile(peers, 3, 4) : null);
    }

    /** The own figure: frozen at transmission, else today's estimate (the analysis is asked for only then). */
    static BigDecimal own(Declaration declaration, Supplier<Analysis> analysis) {
        if (declaration.getFrozenTotal() != null) {
            return declaration.getFrozenTotal();
        }
        Analysis made = analysis.get();
        return made.estimate().computed() ? made.estimate().estimate().total() : null;
    }

    /** The q-quantile (numerator / denominator) of sorted values, interpolated between neighbours. */
    static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
        BigDecimal position = BigDecimal.valueOf((long) (sorted.size() - 1) * numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        BigDecimal high = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
    }
}
