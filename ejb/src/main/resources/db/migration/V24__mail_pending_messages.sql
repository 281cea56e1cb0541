-- The messages of a mail queued and not yet consumed (OutboundMail#pendingMessages): at 0 nothing can act on it any more.
ALTER TABLE outbound_mail ADD COLUMN pending_messages INTEGER DEFAULT 0 NOT NULL;
UPDATE outbound_mail SET pending_messages = 1 WHERE status IN ('QUEUED', 'RETRYING');
CREATE INDEX ix_outbound_mail_pending ON outbound_mail (pending_messages);
