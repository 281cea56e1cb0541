-- The Caf's review queue at national scale: a reviewer per declaration, and indexes for its usual filters and order.
ALTER TABLE declaration ADD COLUMN reviewer VARCHAR(20);
CREATE INDEX ix_declaration_queue ON declaration (caf_id, state, deadline);
CREATE INDEX ix_declaration_year ON declaration (caf_id, fiscal_year, kind);
CREATE INDEX ix_declaration_reviewer ON declaration (caf_id, reviewer);
