package fr.mcp.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.habilitation.domain.FacilityType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    private final Campaign campaign = new Campaign(
            1L,
            DeclarationKind.FORECAST,
            2027,
            List.of(FacilityType.LAEP),
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 1, 15),
            7,
            true,
            500,
            "CAFADM",
            Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void creationBatchesAddUpAndMoveTheMarkToTheirLastFacility() {
        assertNull(campaign.getHandledUpTo(), "no batch yet: the first starts from the lowest facility");

        campaign.facilitiesHandled(250, 190, 10);
        campaign.facilitiesHandled(460, 200, 0);

        assertEquals(460L, campaign.getHandledUpTo());
        assertEquals(390, campaign.getCreatedCount());
        assertEquals(10, campaign.getSkippedCount());
    }

    @Test
    void aCreationBatchBelowTheMarkIsRefusedAndChangesNothing() {
        campaign.facilitiesHandled(250, 200, 0);

        assertThrows(IllegalArgumentException.class, () -> campaign.facilitiesHandled(250, 200, 0));
        assertEquals(250L, campaign.getHandledUpTo());
        assertEquals(200, campaign.getCreatedCount());
    }

    @Test
    void eachNoticeCountsItsOwnHoldersAndTheMarkIsOnlyThatOfTheNoticeInProgress() {
        campaign.holdersMailed(CampaignNotice.CALL, 40, 20);
        campaign.holdersMailed(CampaignNotice.CALL, 90, 15);

        assertEquals(90L, campaign.mailedUpTo(CampaignNotice.CALL));
        assertNull(
                campaign.mailedUpTo(CampaignNotice.REMINDER),
                "the reminders start from the lowest account, not after the call's mark");

        campaign.holdersMailed(CampaignNotice.REMINDER, 12, 3);

        assertEquals(12L, campaign.mailedUpTo(CampaignNotice.REMINDER));
        assertNull(campaign.mailedUpTo(CampaignNotice.CALL));
        assertEquals(35, campaign.mailedCount(CampaignNotice.CALL));
        assertEquals(3, campaign.mailedCount(CampaignNotice.REMINDER));
        assertEquals(0, campaign.mailedCount(CampaignNotice.OVERDUE));
    }

    @Test
    void aMailBatchBelowTheMarkOfItsNoticeIsRefused() {
        campaign.holdersMailed(CampaignNotice.OVERDUE, 90, 15);

        assertThrows(IllegalArgumentException.class, () -> campaign.holdersMailed(CampaignNotice.OVERDUE, 80, 5));
        assertEquals(15, campaign.mailedCount(CampaignNotice.OVERDUE));
    }
}
