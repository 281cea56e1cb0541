package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAnalysis;
import fr.mcp.declaration.application.internal.PeerComparison;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.Forbidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of declarations, computed in the database: for a Caf's agents, a year and kind in figures; for anyone
 * who may read a declaration, its estimate against similar facilities.
 */
@Stateless
public class DeclarationStatistics {

    private static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private DeclarationAccess access;

    @Inject
    private DeclarationAnalysis analysis;

    @RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    public CampaignFigures figures(Integer year, DeclarationKind kind) {
        UserAccount me = actors.caller();
        if (me.getCafId() == null || me.getPartnerId() != null) {
            throw Forbidden.of("declaration.rights.reviewer");
        }
        Problems problems = new Problems();
        problems.check(year != null && year >= 2000 && year <= 2100, "declaration.year.invalid", 2000, 2100);
        problems.check(kind != null, "declaration.kind.required");
        problems.throwIfAny();
        String scope = " WHERE d.cafId = :caf AND d.year = :year AND d.kind = :kind";
        Map<DeclarationState, Long> byState = new EnumMap<>(DeclarationState.class);
        em.createQuery("SELECT d.state, COUNT(d) FROM Declaration d" + scope + " GROUP BY d.state", Object[].class)
                .setParameter("caf", me.getCafId())
                .setParameter("year", year)
                .setParameter("kind", kind)
                .getResultList()
                .forEach(row -> byState.put((DeclarationState) row[0], (Long) row[1]));
        List<CampaignFigures.StateCount> states = new ArrayList<>();
        for (DeclarationState state : DeclarationState.values()) {
            states.add(new CampaignFigures.StateCount(state.name(), state.label(), byState.getOrDefault(state, 0L)));
        }
        List<CampaignFigures.TypeAmount> amounts = em
                .createQuery(
                        "SELECT d.facilityType, COUNT(d), SUM(d.frozenTotal) FROM Declaration d" + scope
                                + " AND d.frozenTotal IS NOT NULL GROUP BY d.facilityType ORDER BY d.facilityType",
                        Object[].class)
                .setParameter("caf", me.getCafId())
                .setParameter("year", year)
                .setParameter("kind", kind)
                .getResultList()
                .stream()
                .map(row -> {
                    long count = (Long) row[1];
                    BigDecimal total = ((BigDecimal) row[2]).setScale(2, RoundingMode.HALF_UP);
                    return new CampaignFigures.TypeAmount(
                            (String) row[0],
                            count,
                            total,
                            total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
                })
                .toList();
        return new CampaignFigures(year, kind.name(), states, progress(me.getCafId(), year, kind), amounts);
    }

    /** Day by day, how many declarations had been opened, started, transmitted and validated (first time each). */
    private List<CampaignFigures.DayProgress> progress(long cafId, int year, DeclarationKind kind) {
        List<Instant> opened = em.createQuery(
                        "SELECT d.createdAt FROM Declaration d WHERE d.cafId = :caf AND d.year = :year AND d.kind = :kind",
                        Instant.class)
                .setParameter("caf", cafId)
                .setParameter("year", year)
                .setParameter("kind", kind)
                .getResultList();
        if (opened.isEmpty()) {
            return List.of();
        }
        Map<DeclarationState, TreeMap<LocalDate, Long>> reached = new EnumMap<>(DeclarationState.class);
        em.createQuery(
                        "SELECT e.toState, MIN(e.occurredAt) FROM Declaration d JOIN d.history e WHERE d.cafId = :caf AND d.year = :year"
                                + " AND d.kind = :kind AND e.toState IN :steps GROUP BY d.id, e.toState",
                        Object[].class)
                .setParameter("caf", cafId)
                .setParameter("year", year)
                .setParameter("kind", kind)
                .setParameter(
                        "steps",
                        List.of(DeclarationState.IN_PROGRESS, DeclarationState.TRANSMITTED, DeclarationState.VALIDATED))
                .getResultList()
                .forEach(row -> reached.computeIfAbsent((DeclarationState) row[0], s -> new TreeMap<>())
                        .merge(day((Instant) row[1]), 1L, Long::sum));
        TreeMap<LocalDate, Long> openedByDay = new TreeMap<>();
        opened.forEach(at -> openedByDay.merge(day(at), 1L, Long::sum));
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.zone()));
        LocalDate first = openedByDay.firstKey().isBefore(today.minusDays(MAX_DAYS - 1))
                ? today.minusDays(MAX_DAYS - 1)
                : openedByDay.firstKey();
        List<CampaignFigures.DayProgress> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new CampaignFigures.DayProgress(
                    day,
                    upTo(openedByDay, day),
                    upTo(reached.get(DeclarationState.IN_PROGRESS), day),
                    upTo(reached.get(DeclarationState.TRANSMITTED), day),
                    upTo(reached.get(DeclarationState.VALIDATED), day)));
        }
        return days;
    }

    private static long upTo(TreeMap<LocalDate, Long> counts, LocalDate day) {
        return counts == null
                ? 0
                : counts.headMap(day, true).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, BusinessTime.zone());
    }

    /** A declaration the caller may read, against the frozen estimates of similar facilities of every Caf. */
    @RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
    public Comparison comparison(Long declarationId) {
        Declaration declaration = access.open(declarationId).declaration();
        return PeerComparison.of(em, declaration, PeerComparison.own(declaration, () -> analysis.analyse(declaration)));
    }
}
