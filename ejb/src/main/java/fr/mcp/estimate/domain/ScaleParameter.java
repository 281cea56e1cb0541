package fr.mcp.estimate.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rate, ceiling or bonus of the scale, in force from a date, with its unit and reference (circular, page). */
@Entity
@Table(name = "scale_parameter")
public class ScaleParameter extends BaseEntity {

    private String name;

    @Column(name = "param_value")
    private BigDecimal value;

    private String unit;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    private String reference;
    /** Demo values, not the official scale. */
    private boolean illustrative;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ScaleParameter() {}

    public ScaleParameter(
            String name,
            BigDecimal value,
            String unit,
            LocalDate validFrom,
            String reference,
            boolean illustrative,
            String recordedBy,
            Instant recordedAt) {
        this.name = name;
        this.value = value;
        this.unit = unit;
        this.validFrom = validFrom;
        this.reference = reference;
        this.illustrative = illustrative;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A Caf administrator corrects the value (e.g. enters the official one): it is no longer illustrative. */
    public void correct(BigDecimal newValue, String newReference, String by, Instant at) {
        value = newValue;
        reference = newReference;
        illustrative = false;
        recordedBy = by;
        recordedAt = at;
    }

    @Override
    public String toString() {
        return name + " = " + value.stripTrailingZeros().toPlainString() + " " + unit + " depuis le " + validFrom
                + (illustrative ? " (illustratif)" : "") + " [" + reference + "]";
    }

    public ParameterValue toValue() {
        return new ParameterValue(name, value, validFrom);
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getReference() {
        return reference;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
