-- The review queue is read in deadline order, then id, within a Caf (with or without a state): indexes in that order
-- let the database read the first page and stop, whatever the number of declarations.
CREATE INDEX ix_declaration_caf_deadline ON declaration (caf_id, deadline, id);
CREATE INDEX ix_declaration_caf_state_deadline ON declaration (caf_id, state, deadline, id);
DROP INDEX ix_declaration_queue;
