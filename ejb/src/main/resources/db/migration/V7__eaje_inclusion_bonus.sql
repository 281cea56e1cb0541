-- EAJE: the disability-inclusion bonus per place notified by the Caf (PS_RULES.md: up to 1 300 € per place).
INSERT INTO form_field (id, facility_type, form_kind, from_year, code, label, unit, value_type, min_value, max_value, help,
                        required_kinds, section, line_role, aggregation, position, version) VALUES
(44, 'EAJE', 'ACTIVITY', 2024, 'inclusionBonusPerPlace', 'Bonus inclusion handicap notifié par place', '€/place', 'DECIMAL', 0, 10000,
 'Montant par place notifié par la Caf pour l''accueil d''enfants en situation de handicap ; retenu dans la limite du plafond par place du barème.',
 NULL, 'Activité', 'NONE', 'WEIGHTED:places', 60, 0);
