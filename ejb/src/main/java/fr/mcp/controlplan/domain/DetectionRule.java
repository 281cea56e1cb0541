package fr.mcp.controlplan.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule of the control plan as dated data: a code, a threshold, a window and a grace period in days when the rule
 * has them, a severity, from a start date. A run on a day uses, per code, the latest version starting on or before it.
 */
@Entity
@Table(name = "detection_rule")
public class DetectionRule extends BaseEntity {

    public static final String INACTIVE_ACCOUNT = "INACTIVE_ACCOUNT";
    public static final String UNUSUAL_HOURS = "UNUSUAL_HOURS";
    public static final String MANY_ADDRESSES = "MANY_ADDRESSES";

    /** Every rule of the control plan, in the order the screens list them. */
    public static final List<String> CODES = List.of(
            INACTIVE_ACCOUNT,
            UNUSUAL_HOURS,
            "UNUSUAL_FOR_USER",
            MANY_ADDRESSES,
            "FAST_ROTATION",
            "MANY_GROUPS",
            "CROWDED_GROUP",
            "ACCESS_CONDITIONS");

    private String code;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    private int threshold;

    @Column(name = "window_days")
    private Integer windowDays;

    @Column(name = "grace_days")
    private Integer graceDays;

    private String severity;
    private String label;

    @Column(name = "hour_from")
    private Integer hourFrom;

    @Column(name = "hour_to")
    private Integer hourTo;

    @Column(name = "window_hours")
    private Integer windowHours;

    protected DetectionRule() {}

    public DetectionRule(
            String code,
            LocalDate validFrom,
            int threshold,
            Integer windowDays,
            Integer graceDays,
            Integer windowHours,
            Integer hourFrom,
            Integer hourTo,
            String severity,
            String label) {
        this.code = code;
        this.validFrom = validFrom;
        this.threshold = threshold;
        this.windowDays = windowDays;
        this.graceDays = graceDays;
        this.windowHours = windowHours;
        this.hourFrom = hourFrom;
        this.hourTo = hourTo;
        this.severity = severity;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public int getThreshold() {
        return threshold;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public String getSeverity() {
        return severity;
    }

    public String getLabel() {
        return label;
    }

    public Integer getHourFrom() {
        return hourFrom;
    }

    public Integer getHourTo() {
        return hourTo;
    }

    public Integer getWindowHours() {
        return windowHours;
    }
}
