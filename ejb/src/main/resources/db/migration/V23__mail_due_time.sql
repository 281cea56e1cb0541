-- When a waiting mail's next attempt is due (NULL once sent or parked): a mail long past it lost its message, kept in
-- the messaging store of the server that queued it, and is queued again (MailSweep).
ALTER TABLE outbound_mail ADD COLUMN due_at TIMESTAMP;
UPDATE outbound_mail SET due_at = created_at WHERE status IN ('QUEUED', 'RETRYING');
CREATE INDEX ix_outbound_mail_due ON outbound_mail (due_at);
