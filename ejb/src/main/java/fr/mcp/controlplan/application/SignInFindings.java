package fr.mcp.controlplan.application;

import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.Finding;
import fr.mcp.controlplan.domain.ManyAddressesRule;
import fr.mcp.controlplan.domain.SignIn;
import fr.mcp.controlplan.domain.SignInRule;
import fr.mcp.controlplan.domain.UnusualHoursRule;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.shared.application.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in rules of the control plan (UNUSUAL_HOURS, MANY_ADDRESSES, dated data) run on the recent successful
 * sign-ins of the accounts of the caller's Caf (its agents and its partners' users): the findings, newest first.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class SignInFindings {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_DAYS = 90;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private DetectionRules detectionRules;

    public List<Finding> recent(Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw RuleViolation.of("findings.days.invalid", MAX_DAYS);
        }
        long cafId = actors.caller().getCafId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        List<SignInRule> rules = new ArrayList<>();
        rule(DetectionRule.UNUSUAL_HOURS, today).ifPresent(r -> rules.add(new UnusualHoursRule(r.getHourFrom(), r.getHourTo(), r.getSeverity(), PARIS)));
        rule(DetectionRule.MANY_ADDRESSES, today).ifPresent(r -> rules.add(new ManyAddressesRule(r.getThreshold(),
                Duration.ofHours(r.getWindowHours()), r.getSeverity(), PARIS)));
        Map<String, List<SignIn>> byLogin = new LinkedHashMap<>();
        em.createQuery("SELECT e.login, e.occurredAt, e.clientAddress FROM SecurityEvent e, UserAccount a WHERE a.id = e.accountId"
                        + " AND e.type = :success AND e.occurredAt >= :since"
                        + " AND (a.cafId = :caf OR a.partnerId IN (SELECT p.id FROM Partner p WHERE p.cafId = :caf))"
                        + " ORDER BY e.login, e.occurredAt", Object[].class)
                .setParameter("success", SecurityEventType.LOGIN_SUCCESS).setParameter("since", now.minus(Duration.ofDays(days)))
                .setParameter("caf", cafId)
                .getResultList()
                .forEach(row -> byLogin.computeIfAbsent((String) row[0], l -> new ArrayList<>())
                        .add(new SignIn((String) row[0], (Instant) row[1], row[2] == null ? "?" : (String) row[2])));
        List<Finding> findings = new ArrayList<>();
        byLogin.values().forEach(history -> rules.forEach(rule -> findings.addAll(rule.findings(history))));
        findings.sort(Comparator.comparing(Finding::to).reversed());
        return findings;
    }

    private Optional<DetectionRule> rule(String code, LocalDate day) {
        return detectionRules.inForce(code, day);
    }
}
