package fr.mcp.habilitation.application.internal;

import fr.mcp.habilitation.application.Actor;
import fr.mcp.habilitation.application.AssignmentFilter;
import fr.mcp.habilitation.application.AssignmentRow;
import fr.mcp.habilitation.application.Habilitations;
import fr.mcp.habilitation.domain.AssignmentState;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.RequiredHolders;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.application.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The habilitation search of an actor already checked by {@link Habilitations} (a plain bean running in its
 * transaction, not an EJB of its own): assignments filtered and paged in the
 * database, their state computed from today's date; or the facilities and sites still missing a role holder.
 */
@Dependent
public class AssignmentSearch {

    private static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Page<AssignmentRow> search(Actor actor, AssignmentFilter filter, int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int from = Math.max(0, first);
        if (filter.state() == AssignmentState.NOT_ASSIGNED) {
            List<AssignmentRow> missing = notAssigned(actor, filter);
            return new Page<>(
                    missing.subList(Math.min(from, missing.size()), Math.min(from + pageSize, missing.size())),
                    missing.size(),
                    from,
                    pageSize);
        }
        String where = where(filter);
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(r) FROM RoleAssignment r, Facility f, UserAccount a"
                        + " WHERE f.id = r.facilityId AND a.id = r.accountId AND " + where,
                Long.class);
        TypedQuery<Object[]> rows = em.createQuery(
                "SELECT r, f, a.login, a.lastName, a.firstName FROM RoleAssignment r, Facility f, UserAccount a"
                        + " WHERE f.id = r.facilityId AND a.id = r.accountId AND " + where
                        + " ORDER BY f.name, r.role, a.lastName, r.id",
                Object[].class);
        bind(count, actor, filter);
        bind(rows, actor, filter);
        LocalDate today = LocalDate.now(clock);
        List<AssignmentRow> page = rows.setFirstResult(from).setMaxResults(pageSize).getResultList().stream()
                .map(row -> {
                    RoleAssignment r = (RoleAssignment) row[0];
                    Facility f = (Facility) row[1];
                    return new AssignmentRow(
                            r.getId(),
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            r.getRole().name(),
                            f.getId(),
                            f.getName(),
                            f.getType().name(),
                            f.getNature(),
                            siteName(f, r.getSiteId()),
                            r.getStartsOn(),
                            r.getEndsOn(),
                            r.stateOn(today).name(),
                            r.getValidationStatus().name(),
                            r.getRefusalReason());
                })
                .toList();
        return new Page<>(page, count.getSingleResult(), from, pageSize);
    }

    private static String where(AssignmentFilter filter) {
        StringBuilder where = new StringBuilder("f.partnerId = :partner");
        if (filter.accountId() != null) {
            where.append(" AND r.accountId = :account");
        }
        if (filter.role() != null) {
            where.append(" AND r.role = :role");
        }
        if (filter.facilityType() != null) {
            where.append(" AND f.type = :type");
        }
        if (Problems.trimmed(filter.nature()) != null) {
            where.append(" AND LOWER(f.nature) LIKE :nature");
        }
        if (filter.onSite() != null) {
            where.append(filter.onSite() ? " AND r.siteId IS NOT NULL" : " AND r.siteId IS NULL");
        }
        if (filter.state() != null) {
            where.append(
                    switch (filter.state()) {
                        case HISTORY -> " AND r.endsOn < :today";
                        case INACTIVE -> " AND (r.endsOn IS NULL OR r.endsOn >= :today) AND (r.startsOn > :today OR r.validationStatus IN :waiting)";
                        case ACTIVE -> " AND (r.endsOn IS NULL OR r.endsOn >= :today) AND r.startsOn <= :today AND r.validationStatus NOT IN :waiting";
                        case NOT_ASSIGNED -> "";
                    });
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, Actor actor, AssignmentFilter filter) {
        query.setParameter("partner", actor.partnerId());
        if (filter.accountId() != null) {
            query.setParameter("account", filter.accountId());
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.facilityType() != null) {
            query.setParameter("type", filter.facilityType());
        }
        if (Problems.trimmed(filter.nature()) != null) {
            query.setParameter("nature", "%" + filter.nature().trim().toLowerCase() + "%");
        }
        if (filter.state() != null) {
            query.setParameter("today", LocalDate.now(clock));
            if (filter.state() != AssignmentState.HISTORY) {
                query.setParameter("waiting", List.of(ValidationStatus.PENDING, ValidationStatus.REFUSED));
            }
        }
    }

    /** Facilities and sites of the partner missing a holder of a required role (FDA, FDF, approver). */
    private List<AssignmentRow> notAssigned(Actor actor, AssignmentFilter filter) {
        TypedQuery<Facility> query = em.createQuery(
                        "SELECT f FROM Facility f WHERE f.partnerId = :partner"
                                + (filter.facilityType() == null ? "" : " AND f.type = :type")
                                + (Problems.trimmed(filter.nature()) == null ? "" : " AND LOWER(f.nature) LIKE :nature")
                                + " ORDER BY f.name",
                        Facility.class)
                .setParameter("partner", actor.partnerId());
        if (filter.facilityType() != null) {
            query.setParameter("type", filter.facilityType());
        }
        if (Problems.trimmed(filter.nature()) != null) {
            query.setParameter("nature", "%" + filter.nature().trim().toLowerCase() + "%");
        }
        List<Facility> facilities = query.getResultList();
        if (facilities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RoleAssignment>> byFacility = em
                .createQuery("SELECT r FROM RoleAssignment r WHERE r.facilityId IN :ids", RoleAssignment.class)
                .setParameter("ids", facilities.stream().map(Facility::getId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(RoleAssignment::getFacilityId));
        LocalDate today = LocalDate.now(clock);
        List<AssignmentRow> rows = new ArrayList<>();
        for (Facility f : facilities) {
            List<Long> siteIds = f.getSites().stream().map(Site::getId).toList();
            for (RequiredHolders.Missing missing : RequiredHolders.missing(
                    f.isMultiSite(), siteIds, byFacility.getOrDefault(f.getId(), List.of()), today)) {
                if (filter.role() != null && filter.role() != missing.role()) {
                    continue;
                }
                if (filter.onSite() != null && filter.onSite() != (missing.siteId() != null)) {
                    continue;
                }
                rows.add(new AssignmentRow(
                        null,
                        null,
                        null,
                        null,
                        missing.role().name(),
                        f.getId(),
                        f.getName(),
                        f.getType().name(),
                        f.getNature(),
                        siteName(f, missing.siteId()),
                        null,
                        null,
                        AssignmentState.NOT_ASSIGNED.name(),
                        null,
                        null));
            }
        }
        return rows;
    }

    private static String siteName(Facility facility, Long siteId) {
        if (siteId == null) {
            return null;
        }
        Map<Long, Site> sites =
                facility.getSites().stream().collect(Collectors.toMap(Site::getId, Function.identity()));
        Site site = sites.get(siteId);
        return site == null ? null : site.getName();
    }
}
