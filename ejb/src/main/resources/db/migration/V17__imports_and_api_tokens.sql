-- API tokens: created by a user in the portal for a partner's software, shown once (only their SHA-256 is kept),
-- dated, revocable, limited to a scope; a call with one acts as that user, with the rights the user holds at the time.
CREATE TABLE api_token (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(80) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    shown_prefix VARCHAR(12) NOT NULL,
    scope VARCHAR(30) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_on DATE NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by VARCHAR(20),
    last_used_at TIMESTAMP,
    version BIGINT NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);

-- Imports of declaration values by partners' software (FDI): one row per file or API call with its counts, one row per
-- line of the report. A declaration is applied whole or not at all, so the report says which lines entered.
CREATE TABLE declaration_import (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL,
    login VARCHAR(20) NOT NULL,
    partner_id BIGINT NOT NULL,
    source VARCHAR(10) NOT NULL,
    file_name VARCHAR(200),
    received_at TIMESTAMP NOT NULL,
    line_count INTEGER NOT NULL,
    accepted_count INTEGER NOT NULL,
    rejected_count INTEGER NOT NULL,
    declarations_applied INTEGER NOT NULL,
    file_error VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_declaration_import_account ON declaration_import (account_id, received_at);

CREATE TABLE declaration_import_line (
    id BIGINT NOT NULL PRIMARY KEY,
    import_id BIGINT NOT NULL,
    line_no INTEGER NOT NULL,
    declaration_id BIGINT,
    form_id BIGINT,
    field_code VARCHAR(60),
    field_value VARCHAR(200),
    accepted BOOLEAN NOT NULL,
    reason VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX ix_import_line_import ON declaration_import_line (import_id, line_no);
