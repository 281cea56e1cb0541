-- Supporting documents of a declaration: the metadata here, the bytes in files under mcp.attachments.dir (named by a
-- random key), never loaded with the declaration.
CREATE TABLE attachment (
    id BIGINT NOT NULL PRIMARY KEY,
    declaration_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    storage_key VARCHAR(64) NOT NULL,
    uploaded_by VARCHAR(20) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_attachment_key UNIQUE (storage_key)
);
CREATE INDEX ix_attachment_declaration ON attachment (declaration_id);
