package fr.mcp.campaign.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One eligible facility of a campaign: its declaration created, or skipped with why. */
@Entity
@Table(name = "campaign_target")
public class CampaignTarget extends BaseEntity {

    public static final String CREATED = "CREATED";
    public static final String SKIPPED = "SKIPPED";

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "declaration_id")
    private Long declarationId;

    private String outcome;
    private String reason;

    protected CampaignTarget() {}

    private CampaignTarget(long campaignId, long facilityId, Long declarationId, String outcome, String reason) {
        this.campaignId = campaignId;
        this.facilityId = facilityId;
        this.declarationId = declarationId;
        this.outcome = outcome;
        this.reason = reason;
    }

    public static CampaignTarget created(long campaignId, long facilityId, long declarationId) {
        return new CampaignTarget(campaignId, facilityId, declarationId, CREATED, null);
    }

    public static CampaignTarget skipped(long campaignId, long facilityId, String reason) {
        return new CampaignTarget(campaignId, facilityId, null, SKIPPED, reason);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }
}
