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
    // Where the background work stands, kept by each batch in the transaction that does it (the campaign's version
    // moves with every batch): the progress is read from this row, and the next batch starts after the marks.
    @Column(name = "created_count")
    private int createdCount;

    @Column(name = "skipped_count")
    private int skippedCount;

    @Column(name = "called_count")
    private int calledCount;

    @Column(name = "reminded_count")
    private int remindedCount;

    @Column(name = "overdue_count")
    private int overdueCount;

    @Column(name = "handled_up_to")
    private Long handledUpTo;

    @Column(name = "mailing_notice")
    private String mailingNotice;

    @Column(name = "mailed_up_to")
    private Long mailedUpTo;

    protected Campaign() {}

    public Campaign(
            long cafId,
            DeclarationKind kind,
            int year,
            List<FacilityType> types,
            LocalDate opensOn,
            LocalDate deadline,
            int reminderDays,
            boolean financialRequested,
            int eligibleCount,
            String createdBy,
            Instant at) {
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

    /**
     * A creation batch is done: every eligible facility up to {@code lastFacility} (in id order) has its target,
     * {@code created} with a new declaration and {@code skipped} without.
     */
    public void facilitiesHandled(long lastFacility, int created, int skipped) {
        if (handledUpTo != null && lastFacility <= handledUpTo) {
            throw new IllegalArgumentException(
                    "Facilities handled out of order: " + lastFacility + " after " + handledUpTo);
        }
        handledUpTo = lastFacility;
        createdCount += created;
        skippedCount += skipped;
    }

    /** The highest facility id handled so far, or {@code null} before the first creation batch. */
    public Long getHandledUpTo() {
        return handledUpTo;
    }

    /** A mail batch is done: {@code count} holders mailed this notice, up to account {@code lastAccount} (in id order). */
    public void holdersMailed(String notice, long lastAccount, int count) {
        if (notice.equals(mailingNotice) && mailedUpTo != null && lastAccount <= mailedUpTo) {
            throw new IllegalArgumentException("Holders mailed out of order: " + lastAccount + " after " + mailedUpTo);
        }
        mailingNotice = notice;
        mailedUpTo = lastAccount;
        switch (notice) {
            case CampaignNotice.CALL -> calledCount += count;
            case CampaignNotice.REMINDER -> remindedCount += count;
            case CampaignNotice.OVERDUE -> overdueCount += count;
            default -> throw new IllegalArgumentException("Unknown notice " + notice);
        }
    }

    /** The highest account mailed this notice so far, or {@code null} when none was (or the mark is of another notice). */
    public Long mailedUpTo(String notice) {
        return notice.equals(mailingNotice) ? mailedUpTo : null;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    /** How many holders were mailed this notice. */
    public int mailedCount(String notice) {
        return switch (notice) {
            case CampaignNotice.CALL -> calledCount;
            case CampaignNotice.REMINDER -> remindedCount;
            case CampaignNotice.OVERDUE -> overdueCount;
            default -> throw new IllegalArgumentException("Unknown notice " + notice);
        };
    }

    public LocalDate reminderDay() {
        return deadline.minusDays(reminderDays);
    }

    /** Whether the reminder is due: asked by an agent, or its day has come, and the deadline not passed. */
    public boolean reminderDue(LocalDate today) {
        return state == CampaignState.LAUNCHED
                && !remindersDone
                && !today.isAfter(deadline)
                && (reminderRequested || !today.isBefore(reminderDay()));
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
        return Arrays.stream(facilityTypes.split(","))
                .map(FacilityType::valueOf)
                .toList();
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
