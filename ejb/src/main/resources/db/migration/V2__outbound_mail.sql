-- One row per notification: its id is the idempotency key carried by the JMS message.
CREATE TABLE outbound_mail (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    template VARCHAR(60) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    parameters VARCHAR(8000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INTEGER NOT NULL,
    last_error VARCHAR(1000),
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX ix_outbound_mail_status ON outbound_mail (status);
