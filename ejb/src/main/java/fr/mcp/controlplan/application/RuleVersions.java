package fr.mcp.controlplan.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detection rules as dated data, edited by Caf administrators: a change is a new version from today or a later
 * day (past runs keep the version they used); each rule's parameters are checked against what makes sense for it,
 * so an impossible threshold, window or hour range is refused in French and nothing is stored.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class RuleVersions {

    /** Per rule: the threshold's bounds, and the window used (days or hours) with its bounds. */
    private record Limits(int minThreshold, int maxThreshold, String window, int minWindow, int maxWindow) {}

    private static final Map<String, Limits> LIMITS = Map.of(
            DetectionRule.INACTIVE_ACCOUNT,
            new Limits(30, 3650, null, 0, 0),
            DetectionRule.UNUSUAL_HOURS,
            new Limits(1, 1, null, 0, 0),
            DetectionRule.MANY_ADDRESSES,
            new Limits(2, 50, "heures", 1, 720),
            "FAST_ROTATION",
            new Limits(1, 100, "jours", 1, 365),
            "MANY_GROUPS",
            new Limits(2, 1000, null, 0, 0),
            "CROWDED_GROUP",
            new Limits(2, 100_000, null, 0, 0),
            "ACCESS_CONDITIONS",
            new Limits(1, 1, null, 0, 0),
            "UNUSUAL_FOR_USER",
            new Limits(1, 1000, "jours", 1, 365));
    private static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    public List<DetectionRule> all() {
        return em.createQuery("SELECT r FROM DetectionRule r ORDER BY r.code, r.validFrom DESC", DetectionRule.class)
                .getResultList();
    }

    public long add(NewRuleVersion form, ClientInfo client) {
        Limits limits = form.code() == null ? null : LIMITS.get(form.code().trim());
        if (limits == null) {
            throw RuleViolation.of("rule.code.unknown", form.code());
        }
        String code = form.code().trim();
        Problems problems = new Problems();
        problems.check(
                form.validFrom() != null && !form.validFrom().isBefore(LocalDate.now(clock)), "rule.validFrom.past");
        problems.check(
                form.threshold() != null
                        && form.threshold() >= limits.minThreshold()
                        && form.threshold() <= limits.maxThreshold(),
                "rule.threshold.invalid",
                code,
                limits.minThreshold(),
                limits.maxThreshold());
        Integer window = "heures".equals(limits.window()) ? form.windowHours() : form.windowDays();
        if (limits.window() != null) {
            problems.check(
                    window != null && window >= limits.minWindow() && window <= limits.maxWindow(),
                    "rule.window.invalid",
                    code,
                    limits.minWindow(),
                    limits.maxWindow(),
                    limits.window());
        }
        if (code.equals(DetectionRule.INACTIVE_ACCOUNT)) {
            problems.check(
                    form.graceDays() != null && form.graceDays() >= 1 && form.graceDays() <= 365, "rule.grace.invalid");
        }
        if (code.equals("UNUSUAL_FOR_USER")) {
            problems.check(
                    form.windowHours() != null && form.windowHours() >= 1 && form.windowHours() <= 12,
                    "rule.distance.invalid");
        }
        if (code.equals(DetectionRule.UNUSUAL_HOURS)) {
            problems.check(
                    form.hourFrom() != null
                            && form.hourTo() != null
                            && form.hourFrom() >= 0
                            && form.hourTo() <= 24
                            && form.hourFrom() < form.hourTo(),
                    "rule.hours.invalid");
        }
        problems.check(form.severity() != null && SEVERITIES.contains(form.severity()), "rule.severity.invalid");
        problems.check(
                form.label() != null
                        && !form.label().isBlank()
                        && form.label().trim().length() <= 300,
                "rule.label.required");
        problems.throwIfAny();
        boolean taken = em.createQuery(
                                "SELECT COUNT(r) FROM DetectionRule r WHERE r.code = :code AND r.validFrom = :day",
                                Long.class)
                        .setParameter("code", code)
                        .setParameter("day", form.validFrom())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw RuleViolation.of("rule.validFrom.taken", code, form.validFrom());
        }
        boolean hours = "heures".equals(limits.window());
        DetectionRule rule = new DetectionRule(
                code,
                form.validFrom(),
                form.threshold(),
                !hours && limits.window() != null ? window : null,
                code.equals(DetectionRule.INACTIVE_ACCOUNT) ? form.graceDays() : null,
                hours ? window : code.equals("UNUSUAL_FOR_USER") ? form.windowHours() : null,
                code.equals(DetectionRule.UNUSUAL_HOURS) ? form.hourFrom() : null,
                code.equals(DetectionRule.UNUSUAL_HOURS) ? form.hourTo() : null,
                form.severity(),
                form.label().trim());
        em.persist(rule);
        em.flush();
        UserAccount caller = actors.caller();
        audit.record(
                caller.getLogin(),
                client,
                caller.getCafId(),
                null,
                "DETECTION_RULE_ADDED",
                "règle " + code,
                null,
                "à partir du " + form.validFrom() + " : seuil " + form.threshold()
                        + (window == null ? "" : ", fenêtre " + window + " " + limits.window())
                        + (rule.getGraceDays() == null ? "" : ", grâce " + rule.getGraceDays() + " jours")
                        + (rule.getHourFrom() == null
                                ? ""
                                : ", heures " + rule.getHourFrom() + " h – " + rule.getHourTo() + " h")
                        + ", gravité " + form.severity() + " — " + form.label().trim());
        return rule.getId();
    }
}
