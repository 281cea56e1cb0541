package fr.mcp.estimate.application;

import fr.mcp.estimate.domain.DeclaredValues;
import fr.mcp.estimate.domain.Estimate;
import fr.mcp.estimate.domain.EstimateProblem;
import fr.mcp.estimate.domain.Estimator;
import fr.mcp.estimate.domain.Scale;
import fr.mcp.estimate.domain.ScaleParameter;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.application.RuleRevision;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates a subsidy from declared values with the scale in force on 1 January of the year, optionally with
 * parameter overrides for a simulation (never stored). Bad input is refused with every problem in French.
 */
@Stateless
@RolesAllowed({
    Roles.CAF_ADMIN,
    Roles.CAF_REVIEWER,
    Roles.PARTNER_ADMIN,
    Roles.GROUP_MANAGER,
    Roles.AFAS_DECLARER,
    Roles.AFAS_HABILITER
})
public class EstimateService {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RuleRevision rules;

    public Estimate estimate(
            String facilityType, Integer year, Map<String, String> values, Map<String, String> overrides) {
        Problems problems = new Problems();
        problems.check(
                Estimator.supports(facilityType), "estimate.facilityType.unsupported", String.valueOf(facilityType));
        problems.check(
                year != null && year >= FIRST_YEAR && year <= LAST_YEAR,
                "estimate.year.invalid",
                FIRST_YEAR,
                LAST_YEAR);
        Map<String, BigDecimal> parsedOverrides = new HashMap<>();
        if (overrides != null) {
            overrides.forEach((name, text) -> {
                if (problems.check(
                        facilityType != null && name.startsWith(facilityType + "."),
                        "estimate.override.otherType",
                        name)) {
                    try {
                        parsedOverrides.put(name, new BigDecimal(text));
                    } catch (NumberFormatException | NullPointerException e) {
                        problems.check(false, "estimate.override.notNumber", name);
                    }
                }
            });
        }
        problems.throwIfAny();
        Scale scale = scaleOf(facilityType, year).withOverrides(parsedOverrides);
        try {
            return Estimator.estimate(facilityType, new DeclaredValues(values), scale);
        } catch (EstimateProblem problem) {
            throw new RuleViolation(messages(problem));
        }
    }

    /**
     * The estimate of a declaration's figures as they stand, or the French reasons it cannot be computed yet
     * (values missing, type without formula): never refuses, so a declaration being typed always shows something.
     */
    public EstimateOutcome attempt(String facilityType, int year, Map<String, String> values) {
        if (!Estimator.supports(facilityType)) {
            return EstimateOutcome.problems(
                    List.of(RuleViolation.message("estimate.facilityType.unsupported", facilityType)));
        }
        try {
            return EstimateOutcome.of(
                    Estimator.estimate(facilityType, new DeclaredValues(values), scaleOf(facilityType, year)));
        } catch (EstimateProblem problem) {
            return EstimateOutcome.problems(messages(problem));
        }
    }

    /** The parameters named {@code prefix.*} in force on 1 January of the year. */
    public Scale scaleOf(String prefix, int year) {
        return rules.cached(new ScaleKey(prefix, year), () -> {
            List<ScaleParameter> dated = em.createQuery(
                            "SELECT p FROM ScaleParameter p WHERE p.name LIKE :type", ScaleParameter.class)
                    .setParameter("type", prefix + ".%")
                    .getResultList();
            return Scale.inForce(
                    year, dated.stream().map(ScaleParameter::toValue).toList());
        });
    }

    private record ScaleKey(String prefix, int year) {}

    private static List<String> messages(EstimateProblem problem) {
        return problem.items().stream()
                .map(item -> RuleViolation.message(
                        "estimate." + item.key(), item.arguments().toArray()))
                .toList();
    }
}
