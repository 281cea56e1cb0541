package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAnalysis;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.domain.Forbidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The partner's tracking board (declarations of the facilities where the caller holds an AFAS role today) and the
 * Caf's review queue (declarations of its partners), filtered and paged in the database.
 */
@Stateless
@RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class DeclarationLists {

    private static final int EXPORT_CHUNK = 1_000;
    /** Rows counted past the page at most: beyond, the list says "more than" (the filters narrow it). */
    public static final int COUNT_CAP = 1_000;

    private static final String ROW =
            "SELECT NEW fr.mcp.declaration.application.DeclarationRow(d.id, p.name, f.name, d.facilityType, d.year,"
                    + " d.kind, d.state, d.deadline, d.frozenTotal, d.transmittedAt, FALSE, FALSE, d.reviewer, d.controlsRaised)"
                    + " FROM Declaration d JOIN Facility f ON f.id = d.facilityId JOIN Partner p ON p.id = d.partnerId";

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private DeclarationAnalysis analysis;

    /** Partner side: the declarations the caller may read today. */
    public Page<DeclarationRow> board(DeclarationFilter filter, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Page<DeclarationRow> page = page(boardScope(parameters), parameters, filter, first, size);
        return new Page<>(
                page.rows().stream()
                        .map(row ->
                                row.estimate() != null ? row : row.withEstimate(currentEstimate(row.id()), row.late()))
                        .toList(),
                page.total(),
                page.first(),
                page.size());
    }

    /** Partner side: every declaration of the board's filters, with today's estimate of those not frozen yet, to {@code sink}. */
    public long exportBoard(DeclarationFilter filter, Consumer<DeclarationRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String scope = boardScope(parameters);
        return export(
                scope,
                parameters,
                filter,
                row -> sink.accept(
                        row.estimate() != null ? row : row.withEstimate(currentEstimate(row.id()), row.late())));
    }

    /** The caller's partner, and the facilities where the caller holds an AFAS role in force today. */
    private String boardScope(Map<String, Object> parameters) {
        UserAccount me = actors.caller();
        if (me.getPartnerId() == null) {
            throw Forbidden.of("rights.missing");
        }
        parameters.put("partner", me.getPartnerId());
        parameters.put("me", me.getId());
        parameters.put("today", LocalDate.now(clock));
        parameters.put("effective", List.of(ValidationStatus.NOT_REQUIRED, ValidationStatus.VALIDATED));
        return " WHERE d.partnerId = :partner AND EXISTS (SELECT a FROM RoleAssignment a WHERE a.accountId = :me"
                + " AND a.facilityId = d.facilityId AND a.startsOn <= :today AND (a.endsOn IS NULL OR a.endsOn >= :today)"
                + " AND a.validationStatus IN :effective)";
    }

    private BigDecimal currentEstimate(long declarationId) {
        var outcome =
                analysis.analyse(em.find(Declaration.class, declarationId)).estimate();
        return outcome.computed() ? outcome.estimate().total() : null;
    }

    /** Caf side: the declarations of the caller's Caf (by default those transmitted, oldest transmission first). */
    public Page<DeclarationRow> queue(DeclarationFilter filter, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return page(queueScope(parameters), parameters, filter, first, size);
    }

    /** The caller's Caf, for its agents only. */
    private String queueScope(Map<String, Object> parameters) {
        UserAccount me = actors.caller();
        if (me.getCafId() == null || me.getPartnerId() != null) {
            throw Forbidden.of("declaration.rights.reviewer");
        }
        parameters.put("caf", me.getCafId());
        return " WHERE d.cafId = :caf";
    }

    /**
     * Caf side: every declaration of the queue's filters, in chunks read by id (keyset), handed to {@code sink} one
     * by one: an export of any length holds one chunk in memory at a time.
     */
    public long exportQueue(DeclarationFilter filter, Consumer<DeclarationRow> sink) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return export(queueScope(parameters), parameters, filter, sink);
    }

    private long export(
            String scope,
            Map<String, Object> scopeParameters,
            DeclarationFilter filter,
            Consumer<DeclarationRow> sink) {
        LocalDate today = LocalDate.now(clock);
        long after = 0;
        long total = 0;
        List<DeclarationRow> chunk;
        do {
            Map<String, Object> parameters = new LinkedHashMap<>(scopeParameters);
            parameters.put("after", after);
            StringBuilder where = new StringBuilder(scope).append(" AND d.id > :after");
            filters(where, parameters, filter);
            TypedQuery<DeclarationRow> rows = em.createQuery(ROW + where + " ORDER BY d.id", DeclarationRow.class);
            parameters.forEach(rows::setParameter);
            chunk = rows.setMaxResults(EXPORT_CHUNK).getResultList();
            for (DeclarationRow row : chunk) {
                sink.accept(row.withEstimate(null, late(row, today)));
                after = row.id();
                total++;
            }
            em.clear();
        } while (chunk.size() == EXPORT_CHUNK);
        return total;
    }

    /**
     * One page in deadline order (then id: the order of an index, so the database stops after the page instead of
     * sorting every match) and a count that stops past {@link #COUNT_CAP} rows after the page: the first page costs
     * the same on a thousand declarations as on a million.
     */
    private Page<DeclarationRow> page(
            String scope, Map<String, Object> parameters, DeclarationFilter filter, int first, int size) {
        StringBuilder where = new StringBuilder(scope);
        filters(where, parameters, filter);
        TypedQuery<DeclarationRow> rows =
                em.createQuery(ROW + where + " ORDER BY d.deadline, d.id", DeclarationRow.class);
        TypedQuery<Long> count = em.createQuery(
                "SELECT d.id FROM Declaration d JOIN Facility f ON f.id = d.facilityId"
                        + " JOIN Partner p ON p.id = d.partnerId" + where,
                Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        LocalDate today = LocalDate.now(clock);
        List<DeclarationRow> found = rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(r -> r.withEstimate(null, late(r, today)))
                .toList();
        long counted =
                count.setMaxResults(first + COUNT_CAP + 1).getResultList().size();
        return new Page<>(found, counted, first, size);
    }

    private static void filters(StringBuilder where, Map<String, Object> parameters, DeclarationFilter filter) {
        DeclarationFilter f = filter == null ? DeclarationFilter.none() : filter;
        if (f.year() != null) {
            where.append(" AND d.year = :year");
            parameters.put("year", f.year());
        }
        if (f.kind() != null) {
            where.append(" AND d.kind = :kind");
            parameters.put("kind", f.kind());
        }
        if (f.facilityType() != null && !f.facilityType().isBlank()) {
            where.append(" AND d.facilityType = :type");
            parameters.put("type", f.facilityType());
        }
        if (f.state() != null) {
            where.append(" AND d.state = :state");
            parameters.put("state", f.state());
        }
        if (f.campaignId() != null) {
            where.append(" AND d.campaignId = :campaign");
            parameters.put("campaign", f.campaignId());
        }
        if (f.deadlineBefore() != null) {
            where.append(" AND d.deadline <= :deadlineBefore");
            parameters.put("deadlineBefore", f.deadlineBefore());
        }
        if (f.partnerId() != null) {
            where.append(" AND d.partnerId = :partnerFilter");
            parameters.put("partnerFilter", f.partnerId());
        }
        if (Boolean.TRUE.equals(f.controlsRaised())) {
            where.append(" AND d.controlsRaised > 0");
        } else if (Boolean.FALSE.equals(f.controlsRaised())) {
            where.append(" AND d.controlsRaised = 0");
        }
        if ("-".equals(f.reviewer())) {
            where.append(" AND d.reviewer IS NULL");
        } else if (f.reviewer() != null && !f.reviewer().isBlank()) {
            where.append(" AND d.reviewer = :reviewer");
            parameters.put("reviewer", f.reviewer().trim());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(f.name) LIKE :text OR LOWER(p.name) LIKE :text)");
            parameters.put("text", "%" + f.text().trim().toLowerCase() + "%");
        }
    }

    /** Past its deadline and not transmitted yet. */
    private static boolean late(DeclarationRow row, LocalDate today) {
        return row.deadline() != null && row.deadline().isBefore(today) && !sent(row.state());
    }

    private static boolean sent(DeclarationState state) {
        return state == DeclarationState.TRANSMITTED || state == DeclarationState.VALIDATED;
    }
}
