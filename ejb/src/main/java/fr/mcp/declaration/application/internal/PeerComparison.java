package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.application.Analysis;
import fr.mcp.declaration.application.Comparison;
import fr.mcp.declaration.domain.Declaration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A declaration's estimate against the frozen estimates of similar facilities of every Caf (no rights checked here).
 * The peers are counted, then only the values each quartile lies between are read (their index keeps them in order):
 * a facility type has thousands of peers nationally, and the page is opened at every step of a declaration.
 */
public final class PeerComparison {

    private PeerComparison() {}

    /** {@code own}: the declaration's frozen estimate, or today's when it is not transmitted (null: not computable). */
    public static Comparison of(EntityManager em, Declaration declaration, BigDecimal own) {
        int peers = peers(em, declaration, "COUNT(d)", "", Long.class)
                .getSingleResult()
                .intValue();
        IntFunction<List<BigDecimal>> fromPosition =
                position -> peers(em, declaration, "d.frozenTotal", " ORDER BY d.frozenTotal", BigDecimal.class)
                        .setFirstResult(position)
                        .setMaxResults(2)
                        .getResultList();
        BigDecimal[] quartiles = new BigDecimal[3];
        if (peers >= Comparison.MIN_PEERS) {
            for (int q = 0; q < 3; q++) {
                quartiles[q] = quantile(peers, q + 1, 4, fromPosition);
            }
        }
        // A peer whose estimate was unfrozen between the count and the reads (a declaration sent back) leaves a
        // position
        // empty: not shown this time rather than a figure read across two states.
        boolean shown = quartiles[0] != null && quartiles[1] != null && quartiles[2] != null;
        return new Comparison(
                declaration.getFacilityType(),
                declaration.getYear(),
                declaration.getKind().name(),
                peers,
                shown,
                own,
                quartiles[0],
                quartiles[1],
                quartiles[2]);
    }

    /** What {@code selected} reads of the peers (their count, or their frozen estimates, in the given order). */
    private static <T> TypedQuery<T> peers(
            EntityManager em, Declaration declaration, String selected, String order, Class<T> type) {
        return em.createQuery(
                        "SELECT " + selected
                                + " FROM Declaration d WHERE d.facilityType = :type AND d.year = :year AND d.kind = :kind"
                                + " AND d.frozenTotal IS NOT NULL AND d.id <> :id" + order,
                        type)
                .setParameter("type", declaration.getFacilityType())
                .setParameter("year", declaration.getYear())
                .setParameter("kind", declaration.getKind())
                .setParameter("id", declaration.getId());
    }

    /** The own figure: frozen at transmission, else today's estimate (the analysis is asked for only then). */
    public static BigDecimal own(Declaration declaration, Supplier<Analysis> analysis) {
        if (declaration.getFrozenTotal() != null) {
            return declaration.getFrozenTotal();
        }
        Analysis made = analysis.get();
        return made.estimate().computed() ? made.estimate().estimate().total() : null;
    }

    /**
     * The q-quantile (numerator / denominator) of {@code size} sorted values, of which {@code fromPosition} gives the one at a position (from 0)
     * and the next one if there is one: the quantile is interpolated between them (null when it gives none).
     */
    static BigDecimal quantile(int size, int numerator, int denominator, IntFunction<List<BigDecimal>> fromPosition) {
        BigDecimal position = BigDecimal.valueOf((long) (size - 1) * numerator)
                .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        List<BigDecimal> neighbours = fromPosition.apply(below);
        if (neighbours.isEmpty()) {
            return null;
        }
        BigDecimal low = neighbours.get(0);
        BigDecimal high = neighbours.get(neighbours.size() - 1);
        return low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
    }
}
