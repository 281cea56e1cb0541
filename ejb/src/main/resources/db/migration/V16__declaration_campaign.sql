-- The campaign that opened a declaration, to filter the review queue by campaign.
ALTER TABLE declaration ADD COLUMN campaign_id BIGINT;
CREATE INDEX ix_declaration_campaign ON declaration (campaign_id);
