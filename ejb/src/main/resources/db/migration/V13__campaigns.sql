-- Calls for declarations (campagnes): a Caf calls every eligible facility for a year and kind. The launch runs in the
-- background, batch after batch, each its own transaction: a target row per facility (created, or skipped with why)
-- then a recipient row per role holder mailed once; unique keys make a batch run twice (two servers, a restart)
-- roll back rather than duplicate. Reminders and overdue notices are rows too, one per holder and kind.
CREATE TABLE campaign (
    id BIGINT NOT NULL PRIMARY KEY,
    caf_id BIGINT NOT NULL,
    kind VARCHAR(10) NOT NULL,
    fiscal_year INTEGER NOT NULL,
    facility_types VARCHAR(200) NOT NULL,
    opens_on DATE NOT NULL,
    deadline DATE NOT NULL,
    reminder_days INTEGER NOT NULL,
    financial_requested BOOLEAN NOT NULL,
    state VARCHAR(12) NOT NULL,
    eligible_count INTEGER NOT NULL,
    created_by VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    launched_at TIMESTAMP,
    finished_at TIMESTAMP,
    reminder_requested BOOLEAN NOT NULL,
    reminders_done BOOLEAN NOT NULL,
    overdue_done BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_campaign_caf ON campaign (caf_id, created_at);
CREATE INDEX ix_campaign_state ON campaign (state);

CREATE TABLE campaign_target (
    id BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL,
    facility_id BIGINT NOT NULL,
    declaration_id BIGINT,
    outcome VARCHAR(10) NOT NULL,
    reason VARCHAR(300),
    version BIGINT NOT NULL,
    CONSTRAINT uk_campaign_target UNIQUE (campaign_id, facility_id)
);
CREATE INDEX ix_campaign_target_facility ON campaign_target (facility_id);

CREATE TABLE campaign_notice (
    id BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    notice VARCHAR(10) NOT NULL,
    email VARCHAR(254) NOT NULL,
    facilities INTEGER NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_campaign_notice UNIQUE (campaign_id, account_id, notice)
);
