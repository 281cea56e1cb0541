-- How many coherence controls were raised (and justified) when the declaration was transmitted: the review queue
-- filters on it without recomputing every declaration. NULL while not transmitted, and for declarations transmitted
-- before this column existed (the filter then leaves them out of both "with" and "without").
ALTER TABLE declaration ADD COLUMN controls_raised INTEGER;
CREATE INDEX ix_declaration_caf_controls ON declaration (caf_id, controls_raised, deadline, id);

-- Reminders sent by Caf agents for selected declarations: one per declaration and day.
CREATE TABLE declaration_reminder (
    id BIGINT NOT NULL PRIMARY KEY,
    declaration_id BIGINT NOT NULL REFERENCES declaration (id),
    sent_on DATE NOT NULL,
    sent_by VARCHAR(20) NOT NULL,
    recipients INTEGER NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_declaration_reminder UNIQUE (declaration_id, sent_on)
);

-- The comparison with similar facilities (declaration page) reads the frozen estimates of one type, year and kind:
-- from the index alone, not by scanning every declaration of every Caf.
CREATE INDEX ix_declaration_peers ON declaration (facility_type, fiscal_year, kind, frozen_total);
