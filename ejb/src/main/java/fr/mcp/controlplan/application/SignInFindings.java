package fr.mcp.controlplan.application;

import fr.mcp.controlplan.application.internal.SignInHistories;
import fr.mcp.controlplan.domain.Finding;
import fr.mcp.controlplan.domain.SignInRule;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sign-in rules of the control plan (UNUSUAL_HOURS, MANY_ADDRESSES, dated data) run on the recent successful
 * sign-ins of the accounts of the caller's Caf (its agents and its partners' users): the findings, newest first.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class SignInFindings {

    private static final int MAX_DAYS = 90;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private SignInHistories histories;

    public List<Finding> recent(Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw RuleViolation.of("findings.days.invalid", MAX_DAYS);
        }
        Instant now = clock.instant();
        List<SignInRule> rules = histories.rules(LocalDate.ofInstant(now, BusinessTime.zone()));
        List<Finding> findings = new ArrayList<>();
        histories
                .since(actors.caller().getCafId(), now.minus(Duration.ofDays(days)))
                .values()
                .forEach(history -> rules.forEach(rule -> findings.addAll(rule.findings(history))));
        findings.sort(Comparator.comparing(Finding::to).reversed());
        return findings;
    }
}
