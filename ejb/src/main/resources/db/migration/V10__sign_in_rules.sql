-- Control plan: rules over sign-in histories, as dated data.
ALTER TABLE detection_rule ADD COLUMN hour_from INTEGER;
ALTER TABLE detection_rule ADD COLUMN hour_to INTEGER;
ALTER TABLE detection_rule ADD COLUMN window_hours INTEGER;

INSERT INTO detection_rule (id, code, valid_from, threshold, window_days, grace_days, severity, label, version, hour_from, hour_to, window_hours) VALUES
(2, 'UNUSUAL_HOURS', '2024-01-01', 1, NULL, NULL, 'LOW', 'Connexion hors des heures habituelles (avant 6 h ou à partir de 22 h, heure de Paris)', 0, 6, 22, NULL),
(3, 'MANY_ADDRESSES', '2024-01-01', 3, NULL, NULL, 'HIGH', 'Connexions d''un même utilisateur depuis au moins 3 adresses différentes en 24 heures', 0, NULL, NULL, 24);
