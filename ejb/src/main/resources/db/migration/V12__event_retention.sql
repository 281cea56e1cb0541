-- Retention of personal data: each run of the retention erases the security events older than the retention period,
-- once sealed, and records here up to which link and how many rows; the verification of the audit chain accepts
-- exactly that many missing rows in that range.
CREATE TABLE event_pruning (
    id BIGINT NOT NULL PRIMARY KEY,
    pruned_at TIMESTAMP NOT NULL,
    cutoff TIMESTAMP NOT NULL,
    through_seq BIGINT NOT NULL,
    rows_deleted BIGINT NOT NULL,
    version BIGINT NOT NULL
);

-- Sign-ins far from the user's own habit (run when the user signs in): at least 10 sign-ins over the previous 30 days
-- make a habit; a sign-in 4 hours or more from every hour of it is raised.
CREATE INDEX ix_security_event_login ON security_event (login, occurred_at);
INSERT INTO detection_rule (id, code, valid_from, threshold, window_days, grace_days, severity, label, version, hour_from, hour_to, window_hours) VALUES
(8, 'UNUSUAL_FOR_USER', '2024-01-01', 10, 30, NULL, 'LOW', 'Connexion à au moins 4 h de toutes les heures habituelles de l''utilisateur (habitude : au moins 10 connexions sur les 30 jours précédents)', 0, NULL, NULL, 4);
