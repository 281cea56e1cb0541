package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a form, defined as data for a facility type ('*': every type), a form kind and the first year it
 * applies to: French label, unit, type, bounds, help shown as a tooltip, the declaration kinds that require it, its
 * section, its role in the accounts, and how the values of several sites add up for the estimate.
 */
@Entity
@Table(name = "form_field")
public class FormField extends BaseEntity {

    public static final String ANY_TYPE = "*";

    @Column(name = "facility_type")
    private String facilityType;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind")
    private FormKind formKind;

    @Column(name = "from_year")
    private int fromYear;

    private String code;
    private String label;
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    private FieldType valueType;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    private String help;

    @Column(name = "required_kinds")
    private String requiredKinds;

    private String section;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_role")
    private LineRole lineRole;

    private String aggregation;
    private int position;

    protected FormField() {}

    public FormField(
            String facilityType,
            FormKind formKind,
            int fromYear,
            String code,
            String label,
            String unit,
            FieldType valueType,
            BigDecimal minValue,
            BigDecimal maxValue,
            String help,
            String requiredKinds,
            String section,
            LineRole lineRole,
            String aggregation,
            int position) {
        this.facilityType = facilityType;
        this.formKind = formKind;
        this.fromYear = fromYear;
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.valueType = valueType;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.help = help;
        this.requiredKinds = requiredKinds;
        this.section = section;
        this.lineRole = lineRole;
        this.aggregation = aggregation;
        this.position = position;
    }

    /** The same field in a new version of its form, starting in another year. */
    public FormField copyFor(int year) {
        return new FormField(
                facilityType,
                formKind,
                year,
                code,
                label,
                unit,
                valueType,
                minValue,
                maxValue,
                help,
                requiredKinds,
                section,
                lineRole,
                aggregation,
                position);
    }

    /** Corrects what a partner reads (label, unit, help, section, place): allowed even on a version in use. */
    public void reword(String newLabel, String newUnit, String newHelp, String newSection, int newPosition) {
        label = newLabel;
        unit = newUnit;
        help = newHelp;
        section = newSection;
        position = newPosition;
    }

    /** Changes what a value must be (bounds, declarations that require it): only on a version no declaration uses. */
    public void reshape(BigDecimal newMin, BigDecimal newMax, String newRequiredKinds) {
        minValue = newMin;
        maxValue = newMax;
        requiredKinds = newRequiredKinds;
    }

    /** Whether the rules a value must follow would change. */
    public boolean reshapedBy(BigDecimal newMin, BigDecimal newMax, String newRequiredKinds) {
        return !sameNumber(minValue, newMin)
                || !sameNumber(maxValue, newMax)
                || !Objects.equals(requiredKinds, newRequiredKinds);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public String getRequiredKinds() {
        return requiredKinds;
    }

    @Override
    public String toString() {
        return code + " (" + facilityType + ", " + formKind + ", dès " + fromYear + ") : « " + label + " » en " + unit
                + ", " + valueType
                + (minValue == null && maxValue == null ? "" : " [" + bound(minValue) + " ; " + bound(maxValue) + "]")
                + (requiredKinds == null ? "" : ", exigé pour " + requiredKinds) + ", rubrique " + section + ", "
                + lineRole + ", " + aggregation
                + ", position " + position + (help == null ? "" : " — aide : " + help);
    }

    /** Whether a declaration of this kind must have the field filled before its form is complete. */
    public boolean requiredFor(DeclarationKind kind) {
        return requiredKinds != null && Arrays.asList(requiredKinds.split(",")).contains(kind.name());
    }

    /** The problem with a typed value, as a message key and arguments; empty when the value is acceptable (blank included). */
    public Optional<FieldProblem> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        return switch (valueType) {
            case TEXT -> text.length() > Declaration.MAX_TEXT
                    ? Optional.of(new FieldProblem("declaration.field.tooLong", label, Declaration.MAX_TEXT))
                    : Optional.empty();
            case BOOLEAN -> "true".equals(text) || "false".equals(text)
                    ? Optional.empty()
                    : Optional.of(new FieldProblem("declaration.field.notBoolean", label));
            case DECIMAL, INTEGER -> checkNumber(text);
        };
    }

    /** The value as a number (blank: empty); only called on checked values. */
    public Optional<BigDecimal> number(String value) {
        if (value == null || value.isBlank() || valueType == FieldType.TEXT) {
            return Optional.empty();
        }
        if (valueType == FieldType.BOOLEAN) {
            return Optional.of("true".equals(value.trim()) ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return Optional.of(new BigDecimal(value.trim().replace(',', '.')));
    }

    private Optional<FieldProblem> checkNumber(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return Optional.of(new FieldProblem("declaration.field.notNumber", label, text));
        }
        if (valueType == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return Optional.of(new FieldProblem("declaration.field.notInteger", label));
        }
        if (number.scale() > 2) {
            return Optional.of(new FieldProblem("declaration.field.tooPrecise", label));
        }
        if ((minValue != null && number.compareTo(minValue) < 0)
                || (maxValue != null && number.compareTo(maxValue) > 0)) {
            return Optional.of(
                    new FieldProblem("declaration.field.outOfRange", label, text, bound(minValue), bound(maxValue)));
        }
        return Optional.empty();
    }

    private static String bound(BigDecimal value) {
        return value == null ? "∞" : value.stripTrailingZeros().toPlainString();
    }

    public String getFacilityType() {
        return facilityType;
    }

    public FormKind getFormKind() {
        return formKind;
    }

    public int getFromYear() {
        return fromYear;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public FieldType getValueType() {
        return valueType;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public String getHelp() {
        return help;
    }

    public String getSection() {
        return section;
    }

    public LineRole getLineRole() {
        return lineRole;
    }

    public String getAggregation() {
        return aggregation;
    }

    public int getPosition() {
        return position;
    }
}
