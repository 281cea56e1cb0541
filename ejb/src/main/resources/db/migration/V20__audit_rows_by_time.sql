-- The periodic audit sealing reads only the rows written in the last minutes, by their time: an index on it for the
-- two audit tables that had none (security_event has ix_security_event_time since V3).
CREATE INDEX ix_admin_audit_time ON admin_audit (occurred_at);
CREATE INDEX ix_declaration_event_time ON declaration_event (occurred_at);
