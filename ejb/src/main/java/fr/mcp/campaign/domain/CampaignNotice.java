package fr.mcp.campaign.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail of a campaign to one role holder: the call, the reminder or the overdue notice, each sent once. */
@Entity
@Table(name = "campaign_notice")
public class CampaignNotice extends BaseEntity {

    public static final String CALL = "CALL";
    public static final String REMINDER = "REMINDER";
    public static final String OVERDUE = "OVERDUE";

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "account_id")
    private Long accountId;

    private String notice;
    private String email;
    private int facilities;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected CampaignNotice() {}

    public CampaignNotice(
            long campaignId, long accountId, String notice, String email, int facilities, Instant sentAt) {
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.notice = notice;
        this.email = email;
        this.facilities = facilities;
        this.sentAt = sentAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getNotice() {
        return notice;
    }

    public String getEmail() {
        return email;
    }

    public int getFacilities() {
        return facilities;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
