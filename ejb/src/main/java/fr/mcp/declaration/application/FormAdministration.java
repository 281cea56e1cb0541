package fr.mcp.declaration.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.FieldType;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.LineRole;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The forms as Caf administrators keep them. A form (facility type, or * for the common financial form, and kind) has
 * versions by first year; a declaration of year N uses the latest version starting on or before N. A new version starts
 * as a copy of the one in force; fields are added, removed or reshaped only in a version no declaration uses yet, while
 * their wording can be corrected at any time. Every change is audited with before and after.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class FormAdministration {

    public static final String VERSION_ADDED = "FORM_VERSION_ADDED";
    public static final String FIELD_ADDED = "FORM_FIELD_ADDED";
    public static final String FIELD_CORRECTED = "FORM_FIELD_CORRECTED";
    public static final String FIELD_REMOVED = "FORM_FIELD_REMOVED";
    private static final Pattern CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9]{0,59}$");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RuleRevision rules;

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    /** Every version of a form, oldest first, fields in their order. */
    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<FormField> fields(String facilityType, FormKind kind) {
        checkForm(facilityType, kind);
        return em.createQuery(
                        "SELECT f FROM FormField f WHERE f.facilityType = :type AND f.formKind = :kind ORDER BY f.fromYear, f.position, f.code",
                        FormField.class)
                .setParameter("type", facilityType)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** How many declarations use the version of a form starting that year (0: it can still be reshaped). */
    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public long declarationsUsing(String facilityType, FormKind kind, int fromYear) {
        Integer next = em.createQuery(
                        "SELECT MIN(f.fromYear) FROM FormField f WHERE f.facilityType = :type AND f.formKind = :kind"
                                + " AND f.fromYear > :year",
                        Integer.class)
                .setParameter("type", facilityType)
                .setParameter("kind", kind)
                .setParameter("year", fromYear)
                .getSingleResult();
        String typeFilter = FormField.ANY_TYPE.equals(facilityType) ? "" : " AND d.facilityType = :type";
        var query = em.createQuery(
                        "SELECT COUNT(d) FROM Declaration d WHERE d.year >= :from AND d.year < :to" + typeFilter,
                        Long.class)
                .setParameter("from", fromYear)
                .setParameter("to", next == null ? Integer.MAX_VALUE : next);
        if (!typeFilter.isEmpty()) {
            query.setParameter("type", facilityType);
        }
        return query.getSingleResult();
    }

    @RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
    public List<AuditEntry> history(int first, int max) {
        return audit.ofActions(List.of(VERSION_ADDED, FIELD_ADDED, FIELD_CORRECTED, FIELD_REMOVED), first, max);
    }

    /** A new version from that year, a copy of the version in force that year; returns the number of fields copied. */
    public int newVersion(String facilityType, FormKind kind, Integer fromYear, ClientInfo client) {
        checkForm(facilityType, kind);
        checkYear(fromYear);
        List<FormField> existing = fields(facilityType, kind);
        if (existing.stream().anyMatch(f -> f.getFromYear() == fromYear)) {
            throw RuleViolation.of("form.version.exists", fromYear);
        }
        int source = existing.stream()
                .mapToInt(FormField::getFromYear)
                .filter(y -> y < fromYear)
                .max()
                .orElseThrow(() -> RuleViolation.of("form.version.none", fromYear));
        List<FormField> copies = existing.stream()
                .filter(f -> f.getFromYear() == source)
                .map(f -> f.copyFor(fromYear))
                .toList();
        copies.forEach(em::persist);
        record(
                VERSION_ADDED,
                form(facilityType, kind, fromYear),
                "version " + source + " (" + copies.size() + " champs)",
                "version " + fromYear + " reprise de " + source,
                client);
        return copies.size();
    }

    public long addField(NewFormField form, ClientInfo client) {
        if (form == null) {
            throw RuleViolation.of("form.kind.invalid");
        }
        checkForm(form.facilityType(), form.formKind());
        checkYear(form.fromYear());
        Problems problems = new Problems();
        String code = Problems.trimmed(form.code());
        problems.check(code != null && CODE.matcher(code).matches(), "form.field.code.invalid", String.valueOf(code));
        problems.check(form.valueType() != null, "form.field.valueType.required");
        LineRole role = form.lineRole() == null ? LineRole.NONE : form.lineRole();
        problems.check(role == LineRole.NONE || form.formKind() == FormKind.FINANCIAL, "form.field.role.invalid");
        String aggregation = Problems.trimmed(form.aggregation()) == null
                ? "SUM"
                : form.aggregation().trim();
        problems.check(
                validAggregation(aggregation, form.facilityType(), form.formKind(), form.fromYear()),
                "form.field.aggregation.invalid");
        Wording wording = wording(problems, form.label(), form.unit(), form.help(), form.section(), form.position());
        String kinds = shape(problems, form.valueType(), form.minValue(), form.maxValue(), form.requiredKinds());
        problems.throwIfAny();
        lockedVersion(form.facilityType(), form.formKind(), form.fromYear());
        if (fields(form.facilityType(), form.formKind()).stream()
                .anyMatch(f -> f.getFromYear() == form.fromYear() && f.getCode().equals(code))) {
            throw RuleViolation.of("form.field.code.exists", code, form.fromYear());
        }
        FormField field = new FormField(
                form.facilityType(),
                form.formKind(),
                form.fromYear(),
                code,
                wording.label(),
                wording.unit(),
                form.valueType(),
                numeric(form.valueType()) ? form.minValue() : null,
                numeric(form.valueType()) ? form.maxValue() : null,
                wording.help(),
                kinds,
                wording.section(),
                role,
                aggregation,
                wording.position());
        em.persist(field);
        em.flush();
        record(FIELD_ADDED, form(form.facilityType(), form.formKind(), form.fromYear()), null, field, client);
        return field.getId();
    }

    public void correct(Long id, Long expectedVersion, FieldCorrection correction, ClientInfo client) {
        FormField field = find(id);
        if (correction == null) {
            throw RuleViolation.of("form.field.label.required");
        }
        Problems problems = new Problems();
        Wording wording = wording(
                problems,
                correction.label(),
                correction.unit(),
                correction.help(),
                correction.section(),
                correction.position());
        String kinds = shape(
                problems,
                field.getValueType(),
                correction.minValue(),
                correction.maxValue(),
                correction.requiredKinds());
        problems.throwIfAny();
        checkVersion(field, expectedVersion);
        String before = field.toString();
        BigDecimal min = numeric(field.getValueType()) ? correction.minValue() : null;
        BigDecimal max = numeric(field.getValueType()) ? correction.maxValue() : null;
        if (field.reshapedBy(min, max, kinds)) {
            lockedVersion(field.getFacilityType(), field.getFormKind(), field.getFromYear());
            field.reshape(min, max, kinds);
        }
        field.reword(wording.label(), wording.unit(), wording.help(), wording.section(), wording.position());
        record(
                FIELD_CORRECTED,
                form(field.getFacilityType(), field.getFormKind(), field.getFromYear()),
                before,
                field,
                client);
    }

    public void remove(Long id, Long expectedVersion, ClientInfo client) {
        FormField field = find(id);
        checkVersion(field, expectedVersion);
        lockedVersion(field.getFacilityType(), field.getFormKind(), field.getFromYear());
        long siblings = fields(field.getFacilityType(), field.getFormKind()).stream()
                .filter(f -> f.getFromYear() == field.getFromYear())
                .count();
        if (siblings <= 1) {
            throw RuleViolation.of("form.field.last");
        }
        String before = field.toString();
        em.remove(field);
        record(
                FIELD_REMOVED,
                form(field.getFacilityType(), field.getFormKind(), field.getFromYear()),
                before,
                null,
                client);
    }

    private record Wording(String label, String unit, String help, String section, int position) {}

    private static Wording wording(
            Problems problems, String label, String unit, String help, String section, Integer position) {
        String l = Problems.trimmed(label);
        String u = Problems.trimmed(unit);
        String h = Problems.trimmed(help);
        String s = Problems.trimmed(section);
        if (problems.required(l, "form.field.label.required")) {
            problems.maxLength(l, 200, "form.field.label.tooLong");
        }
        if (problems.required(u, "form.field.unit.required")) {
            problems.maxLength(u, 40, "form.field.unit.tooLong");
        }
        problems.maxLength(h, 1000, "form.field.help.tooLong");
        if (problems.required(s, "form.field.section.required")) {
            problems.maxLength(s, 100, "form.field.section.tooLong");
        }
        problems.check(position == null || (position >= 0 && position <= 10_000), "form.field.position.invalid");
        return new Wording(l, u, h, s, position == null ? 0 : position);
    }

    /** Checks bounds and required kinds; returns the kinds as stored (null: never required). */
    private static String shape(
            Problems problems, FieldType type, BigDecimal min, BigDecimal max, List<String> requiredKinds) {
        if ((min != null || max != null) && type != null && !numeric(type)) {
            problems.check(false, "form.field.bounds.notNumber");
        } else {
            problems.check(
                    bound(min) && bound(max) && (min == null || max == null || min.compareTo(max) <= 0),
                    "form.field.bounds.invalid");
        }
        List<String> kinds = requiredKinds == null
                ? List.of()
                : requiredKinds.stream()
                        .filter(k -> k != null && !k.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
        problems.check(kinds.stream().allMatch(FormAdministration::isKind), "form.field.kinds.invalid");
        return kinds.isEmpty()
                ? null
                : String.join(
                        ",",
                        Arrays.stream(DeclarationKind.values())
                                .map(Enum::name)
                                .filter(kinds::contains)
                                .toList());
    }

    private static boolean bound(BigDecimal value) {
        return value == null || (value.scale() <= 2 && value.abs().compareTo(LIMIT) < 0);
    }

    private static boolean numeric(FieldType type) {
        return type == FieldType.DECIMAL || type == FieldType.INTEGER;
    }

    private boolean validAggregation(String aggregation, String type, FormKind kind, Integer year) {
        if (List.of("SUM", "MAX", "MIN").contains(aggregation)) {
            return true;
        }
        if (!aggregation.startsWith("WEIGHTED:") || year == null) {
            return false;
        }
        String weight = aggregation.substring("WEIGHTED:".length());
        return fields(type, kind).stream()
                .anyMatch(f -> f.getFromYear() == year && f.getCode().equals(weight) && numeric(f.getValueType()));
    }

    /** Refuses a change of a version some declaration uses; locks the version's fields against a concurrent change. */
    private void lockedVersion(String type, FormKind kind, int fromYear) {
        List<FormField> version = em.createQuery(
                        "SELECT f FROM FormField f WHERE f.facilityType = :type AND f.formKind = :kind"
                                + " AND f.fromYear = :year",
                        FormField.class)
                .setParameter("type", type)
                .setParameter("kind", kind)
                .setParameter("year", fromYear)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (version.isEmpty()) {
            throw RuleViolation.of("form.version.unknown", fromYear);
        }
        long using = declarationsUsing(type, kind, fromYear);
        if (using > 0) {
            throw RuleViolation.of("form.version.inUse", fromYear, using);
        }
    }

    private FormField find(Long id) {
        FormField field = id == null ? null : em.find(FormField.class, id);
        if (field == null) {
            throw OutOfScope.of("form.field.notFound");
        }
        return field;
    }

    private static void checkVersion(FormField field, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != field.getVersion()) {
            throw new ConcurrentEntry(RuleViolation.message("concurrent.modification"), field.getVersion(), Map.of());
        }
    }

    private static void checkForm(String type, FormKind kind) {
        Problems problems = new Problems();
        problems.check(
                FormField.ANY_TYPE.equals(type)
                        || (type != null
                                && Arrays.stream(FacilityType.values())
                                        .anyMatch(t -> t.name().equals(type))),
                "form.type.invalid",
                String.valueOf(type));
        problems.check(kind != null, "form.kind.invalid");
        problems.throwIfAny();
    }

    private static void checkYear(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.of("form.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
    }

    private static boolean isKind(String kind) {
        return Arrays.stream(DeclarationKind.values()).anyMatch(k -> k.name().equals(kind));
    }

    private static String form(String type, FormKind kind, int year) {
        return "Formulaire " + (kind == FormKind.FINANCIAL ? "financier" : "d'activité") + " " + type + " " + year;
    }

    private void record(String action, String target, Object before, Object after, ClientInfo client) {
        UserAccount me = actors.caller();
        audit.record(me.getLogin(), client, me.getCafId(), null, action, target, before, after);
        rules.changed();
    }
}
