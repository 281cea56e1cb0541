package fr.mcp.campaign.application;

import java.util.List;

/** The report of a launch: the campaign, the facilities skipped with why, the holders mailed. */
public record CampaignReport(CampaignRow campaign, List<Skipped> skipped, List<Mailed> mailed) {

    /** A facility without a declaration from this campaign, and why. */
    public record Skipped(long facilityId, String facility, String partner, String reason) {}

    /** A role holder mailed, with how many of their facilities the mail named. */
    public record Mailed(String notice, String email, int facilities) {}
}
