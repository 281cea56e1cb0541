-- The tamper-evident audit chain: link n seals one row of admin_audit, security_event or declaration_event (its
-- SHA-256 digest) and the hash of link n - 1. The head row is locked by whoever extends the chain.
CREATE TABLE audit_chain (
    seq BIGINT NOT NULL PRIMARY KEY,
    source VARCHAR(20) NOT NULL,
    source_id BIGINT NOT NULL,
    digest VARCHAR(64) NOT NULL,
    previous_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    sealed_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_audit_chain_row UNIQUE (source, source_id)
);

CREATE TABLE audit_chain_head (
    id INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, version)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- The head of the chain published outside the database: each digest mails the head number and hash, so that a
-- chain recomputed by someone who can rewrite the database no longer matches what was sent.
CREATE TABLE audit_digest (
    id BIGINT NOT NULL PRIMARY KEY,
    slot VARCHAR(60) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    requested_by VARCHAR(20),
    head_seq BIGINT NOT NULL,
    head_hash VARCHAR(64) NOT NULL,
    links_since BIGINT NOT NULL,
    recipients VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uk_audit_digest_slot UNIQUE (slot)
);
