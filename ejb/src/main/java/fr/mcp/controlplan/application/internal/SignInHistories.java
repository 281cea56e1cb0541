package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.ManyAddressesRule;
import fr.mcp.controlplan.domain.SignIn;
import fr.mcp.controlplan.domain.SignInRule;
import fr.mcp.controlplan.domain.UnusualHoursRule;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.shared.config.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The successful sign-ins of a Caf's accounts (its agents and its partners' users) per login, and the sign-in rules in force. */
@ApplicationScoped
public class SignInHistories {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DetectionRules detectionRules;

    /** Per login, its sign-ins since an instant, oldest first. */
    public Map<String, List<SignIn>> since(long cafId, Instant since) {
        Map<String, List<SignIn>> byLogin = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT e.login, e.occurredAt, e.clientAddress FROM SecurityEvent e, UserAccount a WHERE a.id = e.accountId"
                                + " AND e.type = :success AND e.occurredAt >= :since"
                                + " AND (a.cafId = :caf OR a.partnerId IN (SELECT p.id FROM Partner p WHERE p.cafId = :caf))"
                                + " ORDER BY e.login, e.occurredAt",
                        Object[].class)
                .setParameter("success", SecurityEventType.LOGIN_SUCCESS)
                .setParameter("since", since)
                .setParameter("caf", cafId)
                .getResultList()
                .forEach(row -> byLogin.computeIfAbsent((String) row[0], l -> new ArrayList<>())
                        .add(new SignIn((String) row[0], (Instant) row[1], row[2] == null ? "?" : (String) row[2])));
        return byLogin;
    }

    /** One login's sign-ins since an instant, oldest first. */
    public List<SignIn> ofLogin(String login, Instant since) {
        return em
                .createQuery(
                        "SELECT e.occurredAt, e.clientAddress FROM SecurityEvent e WHERE e.login = :login AND e.type = :success"
                                + " AND e.occurredAt >= :since ORDER BY e.occurredAt",
                        Object[].class)
                .setParameter("login", login)
                .setParameter("success", SecurityEventType.LOGIN_SUCCESS)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(row -> new SignIn(login, (Instant) row[0], row[1] == null ? "?" : (String) row[1]))
                .toList();
    }

    /** The sign-in rules in force that day. */
    public List<SignInRule> rules(LocalDate day) {
        List<SignInRule> rules = new ArrayList<>();
        detectionRules
                .inForce(DetectionRule.UNUSUAL_HOURS, day)
                .ifPresent(r -> rules.add(
                        new UnusualHoursRule(r.getHourFrom(), r.getHourTo(), r.getSeverity(), BusinessTime.zone())));
        detectionRules
                .inForce(DetectionRule.MANY_ADDRESSES, day)
                .ifPresent(r -> rules.add(new ManyAddressesRule(
                        r.getThreshold(), Duration.ofHours(r.getWindowHours()), r.getSeverity(), BusinessTime.zone())));
        return rules;
    }
}
