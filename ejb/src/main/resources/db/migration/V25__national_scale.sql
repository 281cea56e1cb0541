-- The national scale of the subsidy estimate (PS_RULES.md), shipped as reference data so that a production install
-- computes estimates from its first campaign. Rates, bonuses, billing bands and payment rules are the published ones,
-- with their source. The yearly ceilings (prix plafonds) are published by the Cnaf each year and not in the material
-- at hand: they ship as illustrative values, marked as such on the scale page and in every estimate line that uses
-- them, until a Caf administrator enters the official value (which clears the mark). A database that already has a
-- value for a name and date (the demonstration's) keeps it. Ids below the sequence's first value (1000).

INSERT INTO scale_parameter (id, name, param_value, unit, valid_from, reference, illustrative, recorded_by, recorded_at, version)
-- TRIM: Derby types the strings of a VALUES list as CHAR of the longest one, padded with spaces.
SELECT v.id, TRIM(v.name), v.param_value, TRIM(v.unit), CAST(TRIM(v.valid_from) AS DATE), TRIM(v.reference), v.illustrative, 'MIGRATION',
       CAST('2026-12-08 00:00:00' AS TIMESTAMP), 0
FROM (VALUES
(101, 'RPE.rate', 0.43, 'taux', '2024-01-01', FALSE, 'Cnaf, prestation de service RPE : 43 % du prix de revient par ETP, dans la limite du prix plafond'),
(102, 'RPE.ceilingPerFte', 55000, '€/ETP', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(103, 'RPE.reinforcedMissionBonus', 3229, '€', '2024-01-01', FALSE, 'Cnaf, RPE : bonus annuel forfaitaire des missions renforcées (3 000 € en 2017, 3 229 € aux barèmes suivants)'),
(104, 'ALSH.rate', 0.30, 'taux', '2024-01-01', FALSE, 'Cnaf, prestation de service ALSH : 30 % du prix de revient horaire, dans la limite du prix plafond'),
(105, 'ALSH.ceilingPerHour', 5.00, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(106, 'LAEP.rate', 0.30, 'taux', '2024-01-01', TRUE, 'Cnaf, prestation de service LAEP : 30 % à confirmer au barème de l''année'),
(107, 'LAEP.ceilingPerHour', 80, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(108, 'ER.rate', 0.60, 'taux', '2024-01-01', FALSE, 'Cnaf, prestation de service Espace de rencontre : 60 % du prix de revient horaire depuis 2019'),
(109, 'ER.ceilingPerHour', 60, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(110, 'MF.rate', 0.75, 'taux', '2024-01-01', FALSE, 'Cnaf, prestation de service Médiation familiale : 75 % du prix de revient par ETP financé (66 % auparavant)'),
(111, 'MF.ceilingPerFte', 70000, '€/ETP', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(112, 'EAJE.rate', 0.66, 'taux', '2024-01-01', FALSE, 'Cnaf, PSU : 66 % du prix de revient horaire dans la limite du prix plafond (lettre circulaire 2011-105)'),
(113, 'EAJE.linearBillingRate', 0, 'indicateur 0 ou 1', '2024-01-01', FALSE, 'Cnaf, PSU : prix plafond par tranche de taux de facturation jusqu''en 2024 (circulaire 2014-009)'),
(114, 'EAJE.linearBillingRate', 1, 'indicateur 0 ou 1', '2025-01-01', FALSE, 'Cnaf, PSU : prix plafond dégressif et linéaire selon le taux de facturation à compter du 1er janvier 2025'),
(115, 'EAJE.billingBand1', 1.07, 'taux de facturation', '2024-01-01', FALSE, 'Cnaf, PSU : seuil de taux de facturation de 107 % (circulaire 2014-009)'),
(116, 'EAJE.billingBand2', 1.17, 'taux de facturation', '2024-01-01', FALSE, 'Cnaf, PSU : seuil de taux de facturation de 117 % (circulaire 2014-009)'),
(117, 'EAJE.billingLinearEnd', 1.20, 'taux de facturation', '2025-01-01', FALSE, 'Cnaf, PSU 2025 : fin de la décroissance linéaire du prix plafond à 120 % de taux de facturation'),
(118, 'EAJE.ceilingPerHour.meals.upTo107', 10.00, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(119, 'EAJE.ceilingPerHour.meals.upTo117', 9.50, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(120, 'EAJE.ceilingPerHour.meals.above117', 9.00, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(121, 'EAJE.ceilingPerHour.meals.from120', 8.80, '€/heure', '2025-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(122, 'EAJE.ceilingPerHour.noMeals.upTo107', 9.40, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(123, 'EAJE.ceilingPerHour.noMeals.upTo117', 8.90, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(124, 'EAJE.ceilingPerHour.noMeals.above117', 8.40, '€/heure', '2024-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(125, 'EAJE.ceilingPerHour.noMeals.from120', 8.20, '€/heure', '2025-01-01', TRUE, 'Valeur illustrative : les prix plafonds de l''année sont publiés par la Cnaf ; un administrateur de Caf saisit la valeur officielle'),
(126, 'EAJE.socialMix.threshold1', 0.75, '€/heure', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 0,75 €/h'),
(127, 'EAJE.socialMix.amount1', 2100, '€/place', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale de 2 100 € par place'),
(128, 'EAJE.socialMix.threshold2', 1.00, '€/heure', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 1 €/h'),
(129, 'EAJE.socialMix.amount2', 800, '€/place', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale de 800 € par place'),
(130, 'EAJE.socialMix.threshold3', 1.25, '€/heure', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale, participation familiale moyenne jusqu''à 1,25 €/h'),
(131, 'EAJE.socialMix.amount3', 300, '€/place', '2024-01-01', FALSE, 'Cnaf, PSU : bonus mixité sociale de 300 € par place'),
(132, 'EAJE.inclusionBonus.ceilingPerPlace', 1300, '€/place', '2024-01-01', FALSE, 'Cnaf, PSU : bonus inclusion handicap, jusqu''à 1 300 € par place'),
(133, 'PAYMENT.advanceRate', 0.35, 'taux', '2024-01-01', FALSE, 'Cnaf, versement de la PS : deux acomptes de 35 % (mars et octobre)'),
(134, 'PAYMENT.capRate', 0.70, 'taux', '2024-01-01', FALSE, 'Cnaf, versement de la PS : acomptes plafonnés à 70 % du droit réel N-1 en cas d''écart non justifié'),
(135, 'PAYMENT.gapThreshold', 0.10, 'taux', '2024-01-01', FALSE, 'Cnaf, versement de la PS : écart de plus de 10 % entre prévisionnel N et réel N-1 à justifier')
) AS v (id, name, param_value, unit, valid_from, illustrative, reference)
WHERE NOT EXISTS (SELECT 1 FROM scale_parameter p WHERE p.name = TRIM(v.name) AND p.valid_from = CAST(TRIM(v.valid_from) AS DATE));
