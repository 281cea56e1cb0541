package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * A coherence control as data: code, facility type ('*': all), declaration kinds, what it compares (figures of the
 * declaration, or {@code previous:<figure>} from the actual of the year before), the threshold, the French message
 * ({0} left, {1} right, {2} threshold, {3} the ratio or gap found) and the first year it applies to.
 */
@Entity
@Table(name = "coherence_control")
public class CoherenceControl extends BaseEntity {

    public static final String PREVIOUS = "previous:";

    private String code;

    @Column(name = "facility_type")
    private String facilityType;

    @Column(name = "declaration_kinds")
    private String declarationKinds;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type")
    private CheckType checkType;

    @Column(name = "left_operand")
    private String leftOperand;

    @Column(name = "right_operand")
    private String rightOperand;

    private BigDecimal threshold;
    private String message;

    @Column(name = "from_year")
    private int fromYear;

    protected CoherenceControl() {}

    public CoherenceControl(
            String code,
            String facilityType,
            String declarationKinds,
            CheckType checkType,
            String leftOperand,
            String rightOperand,
            BigDecimal threshold,
            String message,
            int fromYear) {
        this.code = code;
        this.facilityType = facilityType;
        this.declarationKinds = declarationKinds;
        this.checkType = checkType;
        this.leftOperand = leftOperand;
        this.rightOperand = rightOperand;
        this.threshold = threshold;
        this.message = message;
        this.fromYear = fromYear;
    }

    /** A Caf administrator corrects the threshold or the message of this version. */
    public void correct(BigDecimal newThreshold, String newMessage) {
        threshold = newThreshold;
        message = newMessage;
    }

    @Override
    public String toString() {
        return code + " (" + facilityType + ", " + declarationKinds + ", dès " + fromYear + ") : " + checkType + " "
                + leftOperand + (rightOperand == null ? "" : " / " + rightOperand) + " > "
                + threshold.stripTrailingZeros().toPlainString() + " — " + message;
    }

    public boolean appliesTo(String type, DeclarationKind kind) {
        return (FormField.ANY_TYPE.equals(facilityType) || facilityType.equals(type))
                && Arrays.asList(declarationKinds.split(",")).contains(kind.name());
    }

    /** The control raised by these figures, if any; a control whose figures are not there yet stays silent. */
    public Optional<RaisedControl> evaluate(DeclarationFigures current, DeclarationFigures previous) {
        Optional<BigDecimal> left = operand(leftOperand, current, previous);
        Optional<BigDecimal> right =
                checkType == CheckType.ABOVE ? Optional.of(BigDecimal.ZERO) : operand(rightOperand, current, previous);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal l = left.get();
        BigDecimal r = right.get();
        BigDecimal found =
                switch (checkType) {
                    case BALANCE -> l.subtract(r).abs();
                    case GAP -> r.signum() == 0 ? null : l.subtract(r).abs().divide(r.abs(), MathContext.DECIMAL64);
                    case RATIO_ABOVE -> r.signum() == 0 ? null : l.divide(r, MathContext.DECIMAL64);
                    case ABOVE -> l;
                };
        if (found == null || found.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        String shownFound = checkType == CheckType.GAP || checkType == CheckType.RATIO_ABOVE
                ? found.multiply(BigDecimal.valueOf(100))
                                .setScale(1, RoundingMode.HALF_UP)
                                .toPlainString() + " %"
                : plain(found);
        String text = message.replace("{0}", plain(l))
                .replace("{1}", plain(r))
                .replace("{2}", plain(threshold))
                .replace("{3}", shownFound);
        return Optional.of(new RaisedControl(code, text, null));
    }

    private static Optional<BigDecimal> operand(String name, DeclarationFigures current, DeclarationFigures previous) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.startsWith(PREVIOUS)) {
            return previous == null ? Optional.empty() : previous.get(name.substring(PREVIOUS.length()));
        }
        return current.get(name);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public String getCode() {
        return code;
    }

    public String getFacilityType() {
        return facilityType;
    }

    public String getDeclarationKinds() {
        return declarationKinds;
    }

    public String getLeftOperand() {
        return leftOperand;
    }

    public String getRightOperand() {
        return rightOperand;
    }

    public CheckType getCheckType() {
        return checkType;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getMessage() {
        return message;
    }

    public int getFromYear() {
        return fromYear;
    }
}
