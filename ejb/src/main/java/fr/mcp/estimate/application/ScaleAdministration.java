package fr.mcp.estimate.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.estimate.domain.Estimator;
import fr.mcp.estimate.domain.ScaleParameter;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.application.RuleRevision;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scale as Caf administrators keep it: every rate, ceiling, threshold and bonus is a dated value; a new value
 * applies to the years whose 1 January falls on or after its start date; a correction keeps its start date. Every
 * change is in the audit trail (before, after, who, when). Declarations already transmitted keep their frozen estimate.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class ScaleAdministration {

    public static final String ADDED = "SCALE_VALUE_ADDED";
    public static final String CORRECTED = "SCALE_VALUE_CORRECTED";
    /** The prefix of the payment parameters (advance rate, cap, gap threshold). */
    public static final String PAYMENT = "PAYMENT.";

    private static final Pattern NAME = Pattern.compile("^[A-Z]+\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$");
    private static final int MAX_NAME = 80;
    private static final int MAX_UNIT = 20;
    private static final int MAX_REFERENCE = 200;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RuleRevision rules;

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<ScaleParameter> parameters() {
        return em.createQuery("SELECT p FROM ScaleParameter p ORDER BY p.name, p.validFrom", ScaleParameter.class)
                .getResultList();
    }

    /** The changes to the scale, newest first. */
    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<AuditEntry> history(int first, int max) {
        return audit.ofActions(List.of(ADDED, CORRECTED), first, max);
    }

    public long add(NewScaleValue form, ClientInfo client) {
        Problems problems = new Problems();
        String name = Problems.trimmed(form == null ? null : form.name());
        if (problems.required(name, "scale.name.required")) {
            problems.check(
                    name.length() <= MAX_NAME
                            && NAME.matcher(name).matches()
                            && (Estimator.supports(name.substring(0, name.indexOf('.'))) || name.startsWith(PAYMENT)),
                    "scale.name.invalid",
                    name);
        }
        checkValue(problems, name, form == null ? null : form.value());
        String unit = Problems.trimmed(form == null ? null : form.unit());
        if (problems.required(unit, "scale.unit.required")) {
            problems.maxLength(unit, MAX_UNIT, "scale.unit.tooLong");
        }
        String reference = checkReference(problems, form == null ? null : form.reference());
        problems.check(form != null && form.validFrom() != null, "scale.validFrom.required");
        problems.throwIfAny();
        long existing = em.createQuery(
                        "SELECT COUNT(p) FROM ScaleParameter p WHERE p.name = :name AND p.validFrom = :from",
                        Long.class)
                .setParameter("name", name)
                .setParameter("from", form.validFrom())
                .getSingleResult();
        if (existing > 0) {
            throw RuleViolation.of("scale.exists", name, form.validFrom().toString());
        }
        UserAccount me = actors.caller();
        ScaleParameter parameter = new ScaleParameter(
                name, form.value(), unit, form.validFrom(), reference, false, me.getLogin(), clock.instant());
        em.persist(parameter);
        em.flush();
        audit.record(me.getLogin(), client, me.getCafId(), null, ADDED, "Barème " + name, null, parameter);
        rules.changed();
        return parameter.getId();
    }

    /** Corrects a dated value (the version read guards against a concurrent correction). */
    public void correct(Long id, Long expectedVersion, BigDecimal value, String reference, ClientInfo client) {
        ScaleParameter parameter = id == null ? null : em.find(ScaleParameter.class, id);
        if (parameter == null) {
            throw OutOfScope.of("scale.notFound");
        }
        Problems problems = new Problems();
        checkValue(problems, parameter.getName(), value);
        String checkedReference = checkReference(problems, reference);
        problems.throwIfAny();
        if (expectedVersion != null && expectedVersion != parameter.getVersion()) {
            throw RuleViolation.of("concurrent.modification");
        }
        String before = parameter.toString();
        UserAccount me = actors.caller();
        parameter.correct(value, checkedReference, me.getLogin(), clock.instant());
        audit.record(
                me.getLogin(),
                client,
                me.getCafId(),
                null,
                CORRECTED,
                "Barème " + parameter.getName(),
                before,
                parameter);
        rules.changed();
    }

    private static void checkValue(Problems problems, String name, BigDecimal value) {
        if (problems.check(value != null, "scale.value.required")) {
            problems.check(value.signum() >= 0, "scale.value.negative");
            problems.check(value.scale() <= 4 && value.precision() - value.scale() <= 10, "scale.value.precision");
            problems.check(
                    name == null || !name.endsWith(".rate") || value.compareTo(BigDecimal.ONE) <= 0,
                    "scale.value.rate");
        }
    }

    private static String checkReference(Problems problems, String reference) {
        String trimmed = Problems.trimmed(reference);
        if (problems.required(trimmed, "scale.reference.required")) {
            problems.maxLength(trimmed, MAX_REFERENCE, "scale.reference.tooLong");
        }
        return trimmed;
    }
}
