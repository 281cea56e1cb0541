package fr.mcp.campaign.domain;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A call for declarations (appel de déclaration): a Caf calls its eligible facilities of some types for a year and
 * kind, from an opening day to a deadline, with a reminder some days before it. Launched at once: the declarations are
 * created, then the role holders mailed, in the background; then reminded and told when the deadline has passed.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends BaseEntity {

    @Column(name = "caf_id")
    private Long cafId;
    @Enumerated(EnumType.STRING)
    private DeclarationKind kind;
    @Column(name = "fiscal_year")
    private int year;
    @Column(name = "facility_types")
    private String facilityTypes;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    private LocalDate deadline;
    @Column(name = "reminder_days")
    private int reminderDays;
    @Column(name = "financial_requested")
    private boolean financialRequested;
    @Enumerated(EnumType.STRING)
    private CampaignState state;
    @Column(name = "eligible_count")
    private int eligibleCount;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "launched_at")
    private Instant launchedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "reminder_requested")
    private boolean reminderRequested;
    @Column(name = "reminders_done")
    private boolean remindersDone;
    @Column(name = "overdue_done")
    private boolean overdueDone;

    protected Campaign() {
    }

    public Campaign(long cafId, DeclarationKind kind, int year, List<FacilityType> types, LocalDate opensOn, LocalDate deadline, int reminderDays,
                    boolean financialRequested, int eligibleCount, String createdBy, Instant at) {
        this.cafId = cafId;
        this.kind = kind;
        this.year = year;
        this.facilityTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.opensOn = opensOn;
        this.deadline = deadline;
        this.reminderDays = reminderDays;
        this.financialRequested = financialRequested;
        this.eligibleCount = eligibleCount;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.state = CampaignState.SCHEDULED;
    }

    /** On its opening day (or at once when it is today), the launch starts. */
    public boolean start(LocalDate today, Instant at) {
        if (state == CampaignState.SCHEDULED && !today.isBefore(opensOn)) {
            state = CampaignState.CREATING;
            launchedAt = at;
            return true;
        }
        return false;
    }

    /** Every eligible facility has its target: next, the mails. */
    public void declarationsCreated() {
        if (state == CampaignState.CREATING) {
            state = CampaignState.MAILING;
        }
    }

    /** Every role holder is mailed: the launch is over. */
    public void mailed(Instant at) {
        if (state == CampaignState.MAILING) {
            state = CampaignState.LAUNCHED;
            finishedAt = at;
        }
    }

    public LocalDate reminderDay() {
        return deadline.minusDays(reminderDays);
    }

    /** Whether the reminder is due: asked by an agent, or its day has come, and the deadline not passed. */
    public boolean reminderDue(LocalDate today) {
        return state == CampaignState.LAUNCHED && !remindersDone && !today.isAfter(deadline) && (reminderRequested || !today.isBefore(reminderDay()));
    }

    public boolean overdueDue(LocalDate today) {
        return state == CampaignState.LAUNCHED && !overdueDone && today.isAfter(deadline);
    }

    /** An agent asks for the reminder now; it is sent once. */
    public void requestReminder() {
        if (remindersDone) {
            throw new IllegalStateException("Reminders already sent");
        }
        reminderRequested = true;
    }

    public void remindersSent() {
        remindersDone = true;
    }

    public void overdueSent() {
        overdueDone = true;
    }

    public boolean isRemindersDone() {
        return remindersDone;
    }

    public boolean isOverdueDone() {
        return overdueDone;
    }

    public List<FacilityType> getFacilityTypes() {
        return Arrays.stream(facilityTypes.split(",")).map(FacilityType::valueOf).toList();
    }

    public Long getCafId() {
        return cafId;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public boolean isFinancialRequested() {
        return financialRequested;
    }

    public CampaignState getState() {
        return state;
    }

    public int getEligibleCount() {
        return eligibleCount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
