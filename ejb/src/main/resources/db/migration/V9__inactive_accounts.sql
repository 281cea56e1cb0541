-- Control plan: detection rules as dated data, and the inactivity of accounts (warned, then suspended).
CREATE TABLE detection_rule (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    valid_from DATE NOT NULL,
    threshold INTEGER NOT NULL,
    window_days INTEGER,
    grace_days INTEGER,
    severity VARCHAR(10) NOT NULL,
    label VARCHAR(300) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_detection_rule UNIQUE (code, valid_from)
);
-- Accounts without a sign-in for more than 180 days are warned by mail, then suspended 30 days later (DOMAIN.md §8).
INSERT INTO detection_rule (id, code, valid_from, threshold, window_days, grace_days, severity, label, version) VALUES
(1, 'INACTIVE_ACCOUNT', '2024-01-01', 180, NULL, 30, 'MEDIUM', 'Compte sans connexion depuis plus de 6 mois : averti par e-mail, puis suspendu après le délai de grâce', 0);

ALTER TABLE user_account ADD COLUMN inactivity_warned_at TIMESTAMP;
ALTER TABLE user_account ADD COLUMN reopened_at TIMESTAMP;
