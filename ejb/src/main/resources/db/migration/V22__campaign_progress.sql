-- Where a campaign's background work stands, on the campaign's row: each batch updates it in its own transaction.
-- The progress bar, polled by every agent following a launch, reads one row instead of counting the targets and
-- notices; the next batch starts after the marks instead of looking for the highest facility or account handled.
ALTER TABLE campaign ADD COLUMN created_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN skipped_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN called_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN reminded_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN overdue_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE campaign ADD COLUMN handled_up_to BIGINT;
ALTER TABLE campaign ADD COLUMN mailing_notice VARCHAR(10);
ALTER TABLE campaign ADD COLUMN mailed_up_to BIGINT;
-- Campaigns launched before: their figures from the rows. No mail mark: their next mail batch starts from the
-- lowest account, and skips those already mailed (a notice row per holder and kind, unique).
UPDATE campaign SET
    created_count = (SELECT COUNT(*) FROM campaign_target t WHERE t.campaign_id = campaign.id AND t.outcome = 'CREATED'),
    skipped_count = (SELECT COUNT(*) FROM campaign_target t WHERE t.campaign_id = campaign.id AND t.outcome = 'SKIPPED'),
    called_count = (SELECT COUNT(*) FROM campaign_notice n WHERE n.campaign_id = campaign.id AND n.notice = 'CALL'),
    reminded_count = (SELECT COUNT(*) FROM campaign_notice n WHERE n.campaign_id = campaign.id AND n.notice = 'REMINDER'),
    overdue_count = (SELECT COUNT(*) FROM campaign_notice n WHERE n.campaign_id = campaign.id AND n.notice = 'OVERDUE'),
    handled_up_to = (SELECT MAX(t.facility_id) FROM campaign_target t WHERE t.campaign_id = campaign.id);
