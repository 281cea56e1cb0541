package fr.mcp.declaration.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.declaration.domain.CheckType;
import fr.mcp.declaration.domain.CoherenceControl;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.domain.FacilityType;
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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The coherence controls as Caf administrators keep them: a new dated version of a control (a declaration of year N
 * uses, per code, the latest version starting on or before N), or a correction of a version's threshold and message.
 * Every change is audited with before and after.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class ControlAdministration {

    public static final String ADDED = "CONTROL_ADDED";
    public static final String CORRECTED = "CONTROL_CORRECTED";
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    private static final Pattern OPERAND = Pattern.compile("^(previous:)?[A-Za-z][A-Za-z0-9.]{0,59}$");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_MESSAGE = 1000;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RuleRevision rules;

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<CoherenceControl> controls() {
        return em.createQuery("SELECT c FROM CoherenceControl c ORDER BY c.code, c.fromYear", CoherenceControl.class)
                .getResultList();
    }

    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<AuditEntry> history(int first, int max) {
        return audit.ofActions(List.of(ADDED, CORRECTED), first, max);
    }

    public long add(NewControl form, ClientInfo client) {
        if (form == null) {
            throw RuleViolation.of("control.code.invalid", "");
        }
        Problems problems = new Problems();
        String code = Problems.trimmed(form.code());
        problems.check(code != null && CODE.matcher(code).matches(), "control.code.invalid", String.valueOf(code));
        String type = Problems.trimmed(form.facilityType());
        problems.check(
                FormField.ANY_TYPE.equals(type) || isFacilityType(type), "control.type.invalid", String.valueOf(type));
        List<String> kinds = form.declarationKinds() == null
                ? List.of()
                : form.declarationKinds().stream().map(String::trim).distinct().toList();
        problems.check(
                !kinds.isEmpty() && kinds.stream().allMatch(ControlAdministration::isKind), "control.kinds.invalid");
        problems.check(form.checkType() != null, "control.check.required");
        if (problems.check(Problems.trimmed(form.leftOperand()) != null, "control.left.required")) {
            problems.check(
                    OPERAND.matcher(form.leftOperand().trim()).matches(),
                    "control.operand.invalid",
                    form.leftOperand());
        }
        boolean needsRight = form.checkType() != null && form.checkType() != CheckType.ABOVE;
        if (needsRight && problems.check(Problems.trimmed(form.rightOperand()) != null, "control.right.required")) {
            problems.check(
                    OPERAND.matcher(form.rightOperand().trim()).matches(),
                    "control.operand.invalid",
                    form.rightOperand());
        }
        checkThreshold(problems, form.checkType(), form.threshold());
        String message = checkMessage(problems, form.message());
        problems.check(
                form.fromYear() != null && form.fromYear() >= FIRST_YEAR && form.fromYear() <= LAST_YEAR,
                "control.year.invalid",
                FIRST_YEAR,
                LAST_YEAR);
        problems.throwIfAny();
        long existing = em.createQuery(
                        "SELECT COUNT(c) FROM CoherenceControl c WHERE c.code = :code AND c.fromYear = :year",
                        Long.class)
                .setParameter("code", code)
                .setParameter("year", form.fromYear())
                .getSingleResult();
        if (existing > 0) {
            throw RuleViolation.of("control.exists", code, form.fromYear());
        }
        CoherenceControl control = new CoherenceControl(
                code,
                type,
                String.join(",", kinds),
                form.checkType(),
                form.leftOperand().trim(),
                needsRight ? form.rightOperand().trim() : null,
                form.threshold(),
                message,
                form.fromYear());
        em.persist(control);
        em.flush();
        UserAccount me = actors.caller();
        audit.record(me.getLogin(), client, me.getCafId(), null, ADDED, "Contrôle " + code, null, control);
        rules.changed();
        return control.getId();
    }

    public void correct(Long id, Long expectedVersion, BigDecimal threshold, String message, ClientInfo client) {
        CoherenceControl control = id == null ? null : em.find(CoherenceControl.class, id);
        if (control == null) {
            throw OutOfScope.of("control.notFound");
        }
        Problems problems = new Problems();
        checkThreshold(problems, control.getCheckType(), threshold);
        String checkedMessage = checkMessage(problems, message);
        problems.throwIfAny();
        if (expectedVersion != null && expectedVersion != control.getVersion()) {
            throw RuleViolation.of("concurrent.modification");
        }
        String before = control.toString();
        control.correct(threshold, checkedMessage);
        UserAccount me = actors.caller();
        audit.record(
                me.getLogin(),
                client,
                me.getCafId(),
                null,
                CORRECTED,
                "Contrôle " + control.getCode(),
                before,
                control);
        rules.changed();
    }

    private static void checkThreshold(Problems problems, CheckType check, BigDecimal threshold) {
        if (problems.check(threshold != null, "control.threshold.required")) {
            problems.check(
                    threshold.signum() >= 0
                            && threshold.scale() <= 4
                            && threshold.precision() - threshold.scale() <= 12,
                    "control.threshold.invalid");
            problems.check(check != CheckType.GAP || threshold.compareTo(BigDecimal.TEN) <= 0, "control.threshold.gap");
        }
    }

    private static String checkMessage(Problems problems, String message) {
        String trimmed = Problems.trimmed(message);
        if (problems.required(trimmed, "control.message.required")) {
            problems.maxLength(trimmed, MAX_MESSAGE, "control.message.tooLong");
        }
        return trimmed;
    }

    private static boolean isFacilityType(String type) {
        return type != null
                && Arrays.stream(FacilityType.values()).anyMatch(t -> t.name().equals(type));
    }

    private static boolean isKind(String kind) {
        return Arrays.stream(DeclarationKind.values()).anyMatch(k -> k.name().equals(kind));
    }
}
