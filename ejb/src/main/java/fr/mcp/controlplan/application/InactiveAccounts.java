package fr.mcp.controlplan.application;

import fr.mcp.controlplan.application.internal.DetectionRules;
import fr.mcp.controlplan.application.internal.InactivityJob;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.InactivityPolicy;
import fr.mcp.controlplan.domain.InactivityPolicy.Step;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.application.SecurityEvents;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inactivity rule of the control plan (rule INACTIVE_ACCOUNT, dated data): open accounts silent for too long are
 * warned by mail, then suspended after the grace period unless their holder signed in; each step is a security event
 * (sealed in the audit chain) and a mail. Run daily for every account by {@link InactivityJob}; a Caf administrator can
 * run it on the accounts of the Caf or of one of its partners, on a given day.
 */
@Stateless
public class InactiveAccounts {

    private static final int BATCH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private SecurityEvents events;

    @Inject
    private Notifier notifier;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private DetectionRules rules;

    /** Every account, today (the daily job). */
    @PermitAll
    public InactivityReport runEverywhere() {
        return run(clock.instant(), null, null);
    }

    /**
     * The accounts of the caller's Caf (its agents and its partners' users), or of one of its partners, as on a day
     * (today by default; a later day anticipates the rule on those accounts). Returns what was done.
     */
    @RolesAllowed(Roles.CAF_ADMIN)
    public InactivityReport runForCaf(Long partnerId, LocalDate asOf) {
        long cafId = actors.caller().getCafId();
        if (partnerId != null) {
            Partner partner = em.find(Partner.class, partnerId);
            if (partner == null || partner.getCafId() != cafId) {
                throw OutOfScope.of("partner.notFound");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.zone()));
        if (asOf != null && asOf.isBefore(today)) {
            throw RuleViolation.of("inactivity.asOf.past");
        }
        Instant when = asOf == null || asOf.equals(today)
                ? clock.instant()
                : asOf.atStartOfDay(BusinessTime.zone()).toInstant();
        return run(when, partnerId == null ? cafId : null, partnerId);
    }

    private InactivityReport run(Instant now, Long cafId, Long partnerId) {
        LocalDate day = LocalDate.ofInstant(now, BusinessTime.zone());
        DetectionRule rule = rules.inForce(DetectionRule.INACTIVE_ACCOUNT, day)
                .orElseThrow(() -> RuleViolation.of("inactivity.rule.missing", day));
        InactivityPolicy policy = InactivityPolicy.of(rule);
        List<String> warned = new ArrayList<>();
        for (UserAccount account : candidates(
                "a.inactivityWarnedAt IS NULL AND a.createdAt < :cutoff AND (a.lastLoginAt IS NULL OR a.lastLoginAt < :cutoff)"
                        + " AND (a.reopenedAt IS NULL OR a.reopenedAt < :cutoff)",
                policy.inactiveBefore(now),
                cafId,
                partnerId)) {
            if (policy.step(account.getStatus(), account.lastActivity(), null, now) == Step.WARN) {
                warn(account, policy, now);
                warned.add(account.getLogin());
            }
        }
        List<String> suspended = new ArrayList<>();
        for (UserAccount account : candidates(
                "a.inactivityWarnedAt IS NOT NULL AND a.inactivityWarnedAt < :cutoff",
                policy.warnedBefore(now),
                cafId,
                partnerId)) {
            if (policy.step(account.getStatus(), account.lastActivity(), account.getInactivityWarnedAt(), now)
                    == Step.SUSPEND) {
                suspend(account, now);
                suspended.add(account.getLogin());
            }
        }
        return new InactivityReport(
                day, rule.getValidFrom(), policy.inactiveDays(), policy.graceDays(), warned, suspended);
    }

    private List<UserAccount> candidates(String condition, Instant cutoff, Long cafId, Long partnerId) {
        String scope = partnerId != null
                ? " AND a.partnerId = :partner"
                : cafId != null
                        ? " AND (a.cafId = :caf OR a.partnerId IN (SELECT p.id FROM Partner p WHERE p.cafId = :caf))"
                        : "";
        TypedQuery<UserAccount> query = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.status = :open AND " + condition + scope
                                + " ORDER BY a.id",
                        UserAccount.class)
                .setParameter("open", AccountStatus.OPEN)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH);
        if (partnerId != null) {
            query.setParameter("partner", partnerId);
        } else if (cafId != null) {
            query.setParameter("caf", cafId);
        }
        return query.getResultList();
    }

    private void warn(UserAccount account, InactivityPolicy policy, Instant now) {
        account.warnInactive(now);
        Instant suspension = policy.suspensionAfter(now);
        events.record(
                SecurityEventType.INACTIVITY_WARNED,
                account,
                ClientInfo.SYSTEM,
                "no sign of life since " + account.lastActivity() + "; suspension after " + suspension);
        notifier.send(new Notification(
                "account-inactive-warning",
                account.getEmail(),
                Map.of(
                        "firstName",
                        account.getFirstName(),
                        "lastName",
                        account.getLastName(),
                        "login",
                        account.getLogin(),
                        "lastActivity",
                        day(account.lastActivity()),
                        "inactiveDays",
                        String.valueOf(policy.inactiveDays()),
                        "suspensionDate",
                        day(suspension))));
    }

    private void suspend(UserAccount account, Instant now) {
        Instant warnedAt = account.getInactivityWarnedAt();
        account.suspend();
        events.record(
                SecurityEventType.ACCOUNT_SUSPENDED,
                account,
                ClientInfo.SYSTEM,
                "inactivity: warned " + warnedAt + ", no sign-in since");
        notifier.send(new Notification(
                "account-inactive-suspended",
                account.getEmail(),
                Map.of(
                        "firstName",
                        account.getFirstName(),
                        "lastName",
                        account.getLastName(),
                        "login",
                        account.getLogin(),
                        "lastActivity",
                        day(account.lastActivity()),
                        "warnedOn",
                        day(warnedAt))));
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, BusinessTime.zone()).format(DAY);
    }
}
