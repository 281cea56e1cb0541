-- The national scale of the subsidy estimate (PS_RULES.md), shipped as reference data so that a production install
-- computes estimates from its first campaign. Rates, bonuses, billing bands and payment rules are the published ones,
-- with their source. The yearly ceilings (prix plafonds) are published by the Cnaf each year and not in the material
-- at hand: they ship as illustrative values, marked as such on the scale page and in every estimate line that uses
-- them, until a Caf administrator enters the official value (which clears the mark). A database that already has a
-- value for a name and date (the demonstration's) keeps it. Ids below the sequence's first value (1000).

INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 101, 'RPE.rate', 0.43, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, prestation de service RPE : 43 % du prix de revient par ETP, dans la limite du prix plafond', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'RPE.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 102, 'RPE.ceilingPerFte', 55000, '€/ETP', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'RPE.ceilingPerFte' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 103, 'RPE.reinforcedMissionBonus', 3229, '€', CAST('2024-01-01' AS DATE), 'Cnaf, RPE : bonus annuel forfaitaire des missions renforcées (3 000 € en 2017, 3 229 € aux barèmes suivants)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'RPE.reinforcedMissionBonus' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 104, 'ALSH.rate', 0.30, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, prestation de service ALSH : 30 % du prix de revient horaire, dans la limite du prix plafond', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'ALSH.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 105, 'ALSH.ceilingPerHour', 5.00, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'ALSH.ceilingPerHour' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 106, 'LAEP.rate', 0.30, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, prestation de service LAEP : 30 % à confirmer au barème de l''année', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'LAEP.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 107, 'LAEP.ceilingPerHour', 80, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'LAEP.ceilingPerHour' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 108, 'ER.rate', 0.60, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, prestation de service Espace de rencontre : 60 % du prix de revient horaire depuis 2019', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'ER.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 109, 'ER.ceilingPerHour', 60, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'ER.ceilingPerHour' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 110, 'MF.rate', 0.75, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, prestation de service Médiation familiale : 75 % du prix de revient par ETP financé (66 % auparavant)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'MF.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 111, 'MF.ceilingPerFte', 70000, '€/ETP', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'MF.ceilingPerFte' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 112, 'EAJE.rate', 0.66, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : 66 % du prix de revient horaire dans la limite du prix plafond (lettre circulaire 2011-105)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.rate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 113, 'EAJE.linearBillingRate', 0, 'indicateur 0 ou 1', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : prix plafond par tranche de taux de facturation jusqu''en 2024 (circulaire 2014-009)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.linearBillingRate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 114, 'EAJE.linearBillingRate', 1, 'indicateur 0 ou 1', CAST('2025-01-01' AS DATE), 'Cnaf, PSU : prix plafond dégressif et linéaire selon le taux de facturation à compter du 1er janvier 2025', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.linearBillingRate' AND valid_from = CAST('2025-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 115, 'EAJE.billingBand1', 1.07, 'taux de facturation', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : seuil de taux de facturation de 107 % (circulaire 2014-009)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.billingBand1' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 116, 'EAJE.billingBand2', 1.17, 'taux de facturation', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : seuil de taux de facturation de 117 % (circulaire 2014-009)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.billingBand2' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 117, 'EAJE.billingLinearEnd', 1.20, 'taux de facturation', CAST('2025-01-01' AS DATE), 'Cnaf, PSU 2025 : fin de la décroissance linéaire du prix plafond à 120 % de taux de facturation', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.billingLinearEnd' AND valid_from = CAST('2025-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 118, 'EAJE.ceilingPerHour.meals.upTo107', 10.00, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.meals.upTo107' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 119, 'EAJE.ceilingPerHour.meals.upTo117', 9.50, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.meals.upTo117' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 120, 'EAJE.ceilingPerHour.meals.above117', 9.00, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.meals.above117' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 121, 'EAJE.ceilingPerHour.meals.from120', 8.80, '€/heure', CAST('2025-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.meals.from120' AND valid_from = CAST('2025-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 122, 'EAJE.ceilingPerHour.noMeals.upTo107', 9.40, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.noMeals.upTo107' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 123, 'EAJE.ceilingPerHour.noMeals.upTo117', 8.90, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.noMeals.upTo117' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 124, 'EAJE.ceilingPerHour.noMeals.above117', 8.40, '€/heure', CAST('2024-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.noMeals.above117' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 125, 'EAJE.ceilingPerHour.noMeals.from120', 8.20, '€/heure', CAST('2025-01-01' AS DATE), 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle', TRUE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.ceilingPerHour.noMeals.from120' AND valid_from = CAST('2025-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 126, 'EAJE.socialMix.threshold1', 0.75, '€/heure', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 0,75 €/h', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.threshold1' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 127, 'EAJE.socialMix.amount1', 2100, '€/place', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale de 2 100 € par place', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.amount1' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 128, 'EAJE.socialMix.threshold2', 1.00, '€/heure', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 1 €/h', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.threshold2' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 129, 'EAJE.socialMix.amount2', 800, '€/place', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale de 800 € par place', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.amount2' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 130, 'EAJE.socialMix.threshold3', 1.25, '€/heure', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 1,25 €/h', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.threshold3' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 131, 'EAJE.socialMix.amount3', 300, '€/place', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus mixité sociale de 300 € par place', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.socialMix.amount3' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 132, 'EAJE.inclusionBonus.ceilingPerPlace', 1300, '€/place', CAST('2024-01-01' AS DATE), 'Cnaf, PSU : bonus inclusion handicap, jusqu''à 1 300 € par place', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'EAJE.inclusionBonus.ceilingPerPlace' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 133, 'PAYMENT.advanceRate', 0.35, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, versement de la PS : deux acomptes de 35 % (mars et octobre)', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'PAYMENT.advanceRate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 134, 'PAYMENT.capRate', 0.70, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, versement de la PS : acomptes plafonnés à 70 % du droit réel N-1 en cas d''écart non justifié', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'PAYMENT.capRate' AND valid_from = CAST('2024-01-01' AS DATE));
INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
SELECT 135, 'PAYMENT.gapThreshold', 0.10, 'taux', CAST('2024-01-01' AS DATE), 'Cnaf, versement de la PS : écart de plus de 10 % entre prévisionnel N et réel N-1 à justifier', FALSE, 'MIGRATION', CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0 FROM rule_revision
WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM scale_parameter WHERE name = 'PAYMENT.gapThreshold' AND valid_from = CAST('2024-01-01' AS DATE));
