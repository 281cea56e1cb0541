package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.domain.AccessConditions;
import fr.mcp.controlplan.domain.CountRule;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.FastRotationRule;
import fr.mcp.controlplan.domain.Finding;
import fr.mcp.controlplan.domain.HabilitationChange;
import fr.mcp.controlplan.domain.HabitHoursRule;
import fr.mcp.controlplan.domain.SignIn;
import fr.mcp.controlplan.domain.SignInRule;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.shared.config.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every detection rule in force on one Caf's data: sign-ins of its accounts, habilitation changes and group
 * memberships of its partners' users, its partners' contract documents. Reads what the rules need, nothing more.
 */
@ApplicationScoped
public class DetectionSources {

    private static final List<String> GRANTS = List.of("ROLE_ASSIGNED", "GROUP_MEMBER_ADDED");
    private static final List<String> WITHDRAWALS = List.of("ROLE_ENDED", "GROUP_MEMBER_REMOVED");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DetectionRules rules;

    @Inject
    private SignInHistories signIns;

    public List<Located> findings(long cafId, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, BusinessTime.zone());
        Accounts accounts = new Accounts();
        List<Finding> found = new ArrayList<>();
        List<SignInRule> signInRules = signIns.rules(day);
        if (!signInRules.isEmpty()) {
            signIns.since(cafId, startOfDay(now, 2))
                    .forEach((login, history) -> signInRules.forEach(r -> found.addAll(r.findings(history))));
        }
        rules.inForce(FastRotationRule.CODE, day).ifPresent(rule -> {
            FastRotationRule rotation = new FastRotationRule(
                    rule.getThreshold(),
                    Duration.ofDays(rule.getWindowDays()),
                    rule.getSeverity(),
                    BusinessTime.zone());
            changes(cafId, startOfDay(now, 2L * rule.getWindowDays()))
                    .values()
                    .forEach(history -> found.addAll(rotation.findings(history)));
        });
        List<Object[]> memberships = memberships(cafId);
        rules.inForce(CountRule.MANY_GROUPS, day)
                .ifPresent(rule -> found.addAll(
                        new CountRule(CountRule.MANY_GROUPS, rule.getThreshold(), rule.getSeverity(), "groupes")
                                .findings(group(memberships, row -> (String) row[0], row -> groupLabel(row)))));
        rules.inForce(CountRule.CROWDED_GROUP, day)
                .ifPresent(rule -> found.addAll(
                        new CountRule(CountRule.CROWDED_GROUP, rule.getThreshold(), rule.getSeverity(), "membres")
                                .findings(group(memberships, DetectionSources::groupLabel, row -> (String) row[0]))));
        List<Located> located = new ArrayList<>();
        Map<String, Long> partnerOfGroup = new HashMap<>();
        memberships.forEach(row -> partnerOfGroup.put(groupLabel(row), (Long) row[3]));
        for (Finding finding : found) {
            if (finding.rule().equals(CountRule.CROWDED_GROUP)) {
                located.add(new Located(finding, partnerOfGroup.get(finding.subject()), null));
            } else {
                Long[] account = accounts.of(finding.subject());
                located.add(new Located(finding, account[1], account[0]));
            }
        }
        rules.inForce(AccessConditions.CODE, day)
                .ifPresent(rule -> located.addAll(
                        accessConditions(cafId, memberships, day, new AccessConditions(rule.getSeverity()))));
        return located;
    }

    /** The sign-in rules, and the rule of the user's habit, on one user's recent sign-ins: the findings of yesterday and today. */
    public List<Located> signInFindings(String login, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, BusinessTime.zone());
        List<SignInRule> signInRules = new ArrayList<>(signIns.rules(day));
        int days = 2;
        var habit = rules.inForce(HabitHoursRule.CODE, day);
        if (habit.isPresent()) {
            DetectionRule rule = habit.get();
            signInRules.add(new HabitHoursRule(
                    rule.getThreshold(),
                    rule.getWindowDays(),
                    rule.getWindowHours(),
                    rule.getSeverity(),
                    BusinessTime.zone()));
            days += rule.getWindowDays();
        }
        List<SignIn> history = signIns.ofLogin(login, startOfDay(now, days));
        Instant recent = startOfDay(now, 1);
        List<Located> located = new ArrayList<>();
        Long[] account = new Accounts().of(login);
        signInRules.forEach(rule -> rule.findings(history).stream()
                .filter(finding -> !finding.to().isBefore(recent))
                .forEach(finding -> located.add(new Located(finding, account[1], account[0]))));
        return located;
    }

    private static Instant startOfDay(Instant now, long daysBefore) {
        return LocalDate.ofInstant(now, BusinessTime.zone())
                .minusDays(daysBefore)
                .atStartOfDay(BusinessTime.zone())
                .toInstant();
    }

    /** Per login, the rights given and taken (AFAS roles, group places) in the Caf's partners since an instant. */
    private Map<String, List<HabilitationChange>> changes(long cafId, Instant since) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.occurredAt, a.action, a.target, a.beforeState, a.afterState FROM AuditEntry a"
                                + " WHERE a.cafId = :caf AND a.occurredAt >= :since AND a.action IN :actions ORDER BY a.occurredAt, a.id",
                        Object[].class)
                .setParameter("caf", cafId)
                .setParameter("since", since)
                .setParameter(
                        "actions", List.of("ROLE_ASSIGNED", "GROUP_MEMBER_ADDED", "ROLE_ENDED", "GROUP_MEMBER_REMOVED"))
                .getResultList();
        Map<Long, Object[]> ended = endedAssignments(rows);
        Map<String, List<HabilitationChange>> byLogin = new TreeMap<>();
        for (Object[] row : rows) {
            String action = (String) row[1];
            String target = (String) row[2];
            String login;
            String what;
            if (action.startsWith("GROUP_")) {
                login = afterWord((String) (action.equals("GROUP_MEMBER_ADDED") ? row[4] : row[3]));
                what = target;
            } else if (action.equals("ROLE_ASSIGNED")) {
                login = afterWord(target);
                what = (String) row[4];
            } else {
                Object[] assignment = ended.get(assignmentId(target));
                login = assignment == null ? null : (String) assignment[0];
                what = assignment == null ? target : assignment[1] + " (habilitation n° " + assignmentId(target) + ")";
            }
            if (login != null) {
                byLogin.computeIfAbsent(login, l -> new ArrayList<>())
                        .add(new HabilitationChange(login, (Instant) row[0], GRANTS.contains(action), what));
            }
        }
        return byLogin;
    }

    private Map<Long, Object[]> endedAssignments(List<Object[]> rows) {
        Set<Long> ids = rows.stream()
                .filter(row -> WITHDRAWALS.get(0).equals(row[1]))
                .map(row -> assignmentId((String) row[2]))
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, Object[]> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "SELECT r.id, u.login, r.role FROM RoleAssignment r, UserAccount u WHERE u.id = r.accountId AND r.id IN :ids",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> byId.put((Long) row[0], new Object[] {row[1], row[2]}));
        }
        return byId;
    }

    private static Long assignmentId(String target) {
        try {
            return Long.valueOf(afterWord(target));
        } catch (NumberFormatException | NullPointerException notAnId) {
            return null;
        }
    }

    /** "membre jdupont" → "jdupont". */
    private static String afterWord(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return null;
        }
        String rest = text.substring(text.indexOf(' ') + 1).trim();
        return rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
    }

    /** Rows (login, group name, partner name, partner id, service) of the open accounts in the Caf's partners' groups. */
    private List<Object[]> memberships(long cafId) {
        return em.createQuery(
                        "SELECT u.login, g.name, p.name, p.id, g.service FROM UserGroup g JOIN g.memberIds m, UserAccount u, Partner p"
                                + " WHERE u.id = m AND p.id = g.partnerId AND p.cafId = :caf AND u.status = :open",
                        Object[].class)
                .setParameter("caf", cafId)
                .setParameter("open", AccountStatus.OPEN)
                .getResultList();
    }

    private static String groupLabel(Object[] row) {
        return "Groupe « " + row[1] + " » de " + row[2];
    }

    private static Map<String, List<String>> group(
            List<Object[]> rows, Function<Object[], String> key, Function<Object[], String> item) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        rows.forEach(row ->
                grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(item.apply(row)));
        return grouped;
    }

    private List<Located> accessConditions(
            long cafId, List<Object[]> memberships, LocalDate day, AccessConditions conditions) {
        Map<Long, Map<Service, Set<String>>> members = new HashMap<>();
        memberships.forEach(row -> members.computeIfAbsent((Long) row[3], p -> new EnumMap<>(Service.class))
                .computeIfAbsent((Service) row[4], s -> new HashSet<>())
                .add((String) row[0]));
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Convention>> conventions = em
                .createQuery("SELECT c FROM Convention c WHERE c.partnerId IN :partners", Convention.class)
                .setParameter("partners", members.keySet())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Convention::getPartnerId));
        Map<Long, Map<AfasRole, Integer>> roles = new HashMap<>();
        em.createQuery(
                        "SELECT f.partnerId, r.role, COUNT(r) FROM RoleAssignment r, Facility f WHERE f.id = r.facilityId AND f.partnerId IN :partners"
                                + " AND r.startsOn <= :day AND (r.endsOn IS NULL OR r.endsOn >= :day) AND r.validationStatus <> :refused"
                                + " GROUP BY f.partnerId, r.role",
                        Object[].class)
                .setParameter("partners", members.keySet())
                .setParameter("day", day)
                .setParameter("refused", ValidationStatus.REFUSED)
                .getResultList()
                .forEach(row -> roles.computeIfAbsent((Long) row[0], p -> new EnumMap<>(AfasRole.class))
                        .put((AfasRole) row[1], ((Number) row[2]).intValue()));
        List<Located> located = new ArrayList<>();
        em.createQuery("SELECT p FROM Partner p WHERE p.id IN :partners ORDER BY p.name", Partner.class)
                .setParameter("partners", members.keySet())
                .getResultList()
                .forEach(partner -> {
                    Map<Service, Integer> counts = new EnumMap<>(Service.class);
                    members.get(partner.getId()).forEach((service, logins) -> counts.put(service, logins.size()));
                    conditions
                            .check(
                                    partner.getName() + " (SIRET " + partner.getSiret() + ")",
                                    conventions.getOrDefault(partner.getId(), List.of()),
                                    counts,
                                    roles.getOrDefault(partner.getId(), Map.of()),
                                    day)
                            .ifPresent(finding -> located.add(new Located(finding, partner.getId(), null)));
                });
        return located;
    }

    /** Account id and partner id per login, read once per login. */
    private final class Accounts {

        private final Map<String, Long[]> byLogin = new HashMap<>();

        Long[] of(String login) {
            return byLogin.computeIfAbsent(login, l -> em
                    .createQuery("SELECT a.id, a.partnerId FROM UserAccount a WHERE a.login = :login", Object[].class)
                    .setParameter("login", l)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .map(row -> new Long[] {(Long) row[0], (Long) row[1]})
                    .orElse(new Long[] {null, null}));
        }
    }
}
