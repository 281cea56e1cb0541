-- Control plan: findings raised by the detection rules, kept for the Caf's security officers to assign, comment,
-- close as legitimate or act on. A finding is raised once: its fingerprint (rule, subject, first event or state) is unique.
CREATE TABLE finding (
    id BIGINT NOT NULL PRIMARY KEY,
    caf_id BIGINT NOT NULL,
    partner_id BIGINT,
    account_id BIGINT,
    rule_code VARCHAR(40) NOT NULL,
    severity VARCHAR(10) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    fingerprint VARCHAR(300) NOT NULL,
    occurred_from TIMESTAMP,
    occurred_to TIMESTAMP,
    summary VARCHAR(500) NOT NULL,
    evidence VARCHAR(8000) NOT NULL,
    raised_at TIMESTAMP NOT NULL,
    status VARCHAR(12) NOT NULL,
    assignee VARCHAR(20),
    closed_by VARCHAR(20),
    closed_at TIMESTAMP,
    outcome VARCHAR(1000),
    version BIGINT NOT NULL,
    CONSTRAINT uk_finding_fingerprint UNIQUE (fingerprint)
);
CREATE INDEX ix_finding_queue ON finding (caf_id, status, raised_at);

CREATE TABLE finding_comment (
    id BIGINT NOT NULL PRIMARY KEY,
    finding_id BIGINT NOT NULL,
    author VARCHAR(20) NOT NULL,
    written_at TIMESTAMP NOT NULL,
    body VARCHAR(2000) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_finding_comment ON finding_comment (finding_id);

-- The rules over habilitations and access conditions (DOMAIN.md §8), as dated data.
INSERT INTO detection_rule (id, code, valid_from, threshold, window_days, grace_days, severity, label, version, hour_from, hour_to, window_hours) VALUES
(4, 'FAST_ROTATION', '2024-01-01', 3, 30, NULL, 'MEDIUM', 'Habilitations d''un même utilisateur attribuées puis retirées au moins 3 fois en 30 jours', 0, NULL, NULL, NULL),
(5, 'MANY_GROUPS', '2024-01-01', 4, NULL, NULL, 'MEDIUM', 'Utilisateur membre d''au moins 4 groupes', 0, NULL, NULL, NULL),
(6, 'CROWDED_GROUP', '2024-01-01', 30, NULL, NULL, 'LOW', 'Groupe d''au moins 30 membres', 0, NULL, NULL, NULL),
(7, 'ACCESS_CONDITIONS', '2024-01-01', 1, NULL, NULL, 'HIGH', 'Partenaire dont la convention, le contrat de service ou le bulletin d''adhésion manque, a expiré ou ne couvre pas les rôles en usage, alors que ses utilisateurs gardent un accès', 0, NULL, NULL, NULL);
