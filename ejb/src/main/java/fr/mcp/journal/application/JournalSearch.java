package fr.mcp.journal.application;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.audit.domain.AuditSource;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationEvent;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.SecurityEvent;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The journal of the caller's Caf, searched across its three sources (security events of the Caf's accounts, the Caf's
 * administrative changes, the steps of its declarations), newest first. Each source is read in the database up to the
 * requested page, then merged; pages beyond 10 000 entries are refused (narrow the period, or export).
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class JournalSearch {

    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    public List<JournalRow> page(JournalQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.of("journal.page.invalid");
        }
        if ((long) (page + 1) * size > MAX_DEPTH) {
            throw RuleViolation.of("journal.tooDeep", MAX_DEPTH);
        }
        List<JournalRow> rows = search(query, (page + 1) * size);
        return rows.subList(Math.min(rows.size(), page * size), Math.min(rows.size(), (page + 1) * size));
    }

    /** Every matching entry, newest first, for an export (at most 100 000: narrow the search beyond). */
    public List<JournalRow> export(JournalQuery query) {
        List<JournalRow> rows = search(query, MAX_EXPORT + 1);
        if (rows.size() > MAX_EXPORT) {
            throw RuleViolation.of("journal.export.tooLarge", MAX_EXPORT);
        }
        return rows;
    }

    private List<JournalRow> search(JournalQuery query, int max) {
        JournalQuery q = checked(query);
        long cafId = actors.caller().getCafId();
        Instant from = q.from() == null
                ? null
                : q.from().atStartOfDay(BusinessTime.zone()).toInstant();
        Instant to = q.to() == null
                ? null
                : q.to().plusDays(1).atStartOfDay(BusinessTime.zone()).toInstant();
        List<JournalRow> rows = new ArrayList<>();
        if (q.source() == null || q.source().equals(AuditSource.SECURITY.name())) {
            rows.addAll(read(
                    "SELECT e, a FROM SecurityEvent e, UserAccount a WHERE a.id = e.accountId"
                            + " AND (a.cafId = :caf OR a.partnerId IN (SELECT p.id FROM Partner p WHERE p.cafId = :caf))",
                    "e.occurredAt",
                    "UPPER(e.login)",
                    "a.partnerId",
                    "e.type",
                    JournalSearch::eventType,
                    q,
                    cafId,
                    from,
                    to,
                    max,
                    row -> {
                        SecurityEvent e = (SecurityEvent) row[0];
                        UserAccount a = (UserAccount) row[1];
                        return new JournalRow(
                                e.getOccurredAt(),
                                AuditSource.SECURITY.name(),
                                e.getLogin(),
                                e.getType().name(),
                                a.getPartnerId(),
                                "compte " + e.getLogin(),
                                e.getDetail(),
                                e.getClientAddress());
                    }));
        }
        if (q.source() == null || q.source().equals(AuditSource.ADMIN.name())) {
            rows.addAll(read(
                    "SELECT e, e FROM AuditEntry e WHERE e.cafId = :caf",
                    "e.occurredAt",
                    "UPPER(e.actorLogin)",
                    "e.partnerId",
                    "UPPER(e.action)",
                    JournalSearch::upper,
                    q,
                    cafId,
                    from,
                    to,
                    max,
                    row -> {
                        AuditEntry e = (AuditEntry) row[0];
                        return new JournalRow(
                                e.getOccurredAt(),
                                AuditSource.ADMIN.name(),
                                e.getActorLogin(),
                                e.getAction(),
                                e.getPartnerId(),
                                e.getTarget(),
                                summary(e.getBeforeState(), e.getAfterState()),
                                e.getClientAddress());
                    }));
        }
        if (q.source() == null || q.source().equals(AuditSource.DECLARATION.name())) {
            rows.addAll(read(
                    "SELECT e, d FROM Declaration d JOIN d.history e WHERE d.cafId = :caf",
                    "e.occurredAt",
                    "UPPER(e.actorLogin)",
                    "d.partnerId",
                    "UPPER(e.action)",
                    JournalSearch::upper,
                    q,
                    cafId,
                    from,
                    to,
                    max,
                    row -> {
                        DeclarationEvent e = (DeclarationEvent) row[0];
                        Declaration d = (Declaration) row[1];
                        return new JournalRow(
                                e.getOccurredAt(),
                                AuditSource.DECLARATION.name(),
                                e.getActorLogin(),
                                e.getAction(),
                                d.getPartnerId(),
                                "déclaration " + d.getId() + " (" + d.getFacilityType() + " " + d.getYear() + ")",
                                e.getComment(),
                                null);
                    }));
        }
        rows.sort(Comparator.comparing(JournalRow::at).reversed());
        return rows.size() > max ? rows.subList(0, max) : rows;
    }

    /** @param actionValue the parameter matching a typed action in that source, null when none can match */
    private List<JournalRow> read(
            String base,
            String time,
            String login,
            String partner,
            String action,
            Function<String, Object> actionValue,
            JournalQuery q,
            long cafId,
            Instant from,
            Instant to,
            int max,
            Function<Object[], JournalRow> map) {
        Object actionParameter = q.action() == null ? null : actionValue.apply(q.action());
        if (q.action() != null && actionParameter == null) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder(base);
        if (q.login() != null) {
            jpql.append(" AND ").append(login).append(" = :login");
        }
        if (q.partnerId() != null) {
            jpql.append(" AND ").append(partner).append(" = :partner");
        }
        if (q.action() != null) {
            jpql.append(" AND ").append(action).append(" = :action");
        }
        if (from != null) {
            jpql.append(" AND ").append(time).append(" >= :from");
        }
        if (to != null) {
            jpql.append(" AND ").append(time).append(" < :to");
        }
        jpql.append(" ORDER BY ").append(time).append(" DESC");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("caf", cafId)
                .setMaxResults(max);
        Map<String, Object> parameters = new HashMap<>();
        if (q.login() != null) {
            parameters.put("login", q.login().toUpperCase(Locale.ROOT));
        }
        if (q.partnerId() != null) {
            parameters.put("partner", q.partnerId());
        }
        if (q.action() != null) {
            parameters.put("action", actionParameter);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(map).toList();
    }

    private static Object eventType(String action) {
        return Arrays.stream(SecurityEventType.values())
                .filter(t -> t.name().equalsIgnoreCase(action))
                .findFirst()
                .orElse(null);
    }

    private static Object upper(String action) {
        return action.toUpperCase(Locale.ROOT);
    }

    private static JournalQuery checked(JournalQuery query) {
        JournalQuery q = query == null ? new JournalQuery(null, null, null, null, null, null) : query;
        Problems problems = new Problems();
        String source = Problems.trimmed(q.source());
        problems.check(
                source == null
                        || Arrays.stream(AuditSource.values())
                                .anyMatch(s -> s.name().equals(source)),
                "journal.source.invalid",
                String.valueOf(source));
        problems.check(q.from() == null || q.to() == null || !q.from().isAfter(q.to()), "journal.period.invalid");
        problems.throwIfAny();
        return new JournalQuery(
                source, Problems.trimmed(q.login()), q.partnerId(), Problems.trimmed(q.action()), q.from(), q.to());
    }

    private static String summary(String before, String after) {
        if (before == null && after == null) {
            return null;
        }
        String text = (before == null ? "" : "avant : " + before)
                + (before != null && after != null ? " — " : "")
                + (after == null ? "" : "après : " + after);
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }
}
