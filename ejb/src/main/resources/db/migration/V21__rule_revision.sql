-- The yearly rules (form fields, coherence controls, scale values) are read on every declaration page and save; each
-- server keeps them in memory while this number has not moved. Every change to those tables increments it in the
-- same transaction, so a server reads the rules again as soon as the change commits, whichever server made it.
CREATE TABLE rule_revision (
    id INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO rule_revision (id, revision) VALUES (1, 0);
