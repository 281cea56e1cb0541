-- Declarations (DOMAIN.md §7): per facility, year and kind, with an activity form per site and a financial form, their
-- values, history and justifications; the forms and the coherence controls are data, versioned by first year.
CREATE TABLE declaration (
    id BIGINT NOT NULL PRIMARY KEY,
    facility_id BIGINT NOT NULL REFERENCES facility (id),
    partner_id BIGINT NOT NULL REFERENCES partner (id),
    caf_id BIGINT NOT NULL REFERENCES caf (id),
    facility_type VARCHAR(20) NOT NULL,
    fiscal_year INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    deadline DATE,
    approval_step INTEGER NOT NULL,
    transmitted_at TIMESTAMP,
    transmitted_by VARCHAR(20),
    validated_at TIMESTAMP,
    validated_by VARCHAR(20),
    frozen_total DECIMAL(14, 2),
    frozen_estimate VARCHAR(32000),
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_declaration UNIQUE (facility_id, fiscal_year, kind)
);
CREATE INDEX ix_declaration_partner ON declaration (partner_id, fiscal_year);
CREATE INDEX ix_declaration_caf_state ON declaration (caf_id, state);

CREATE TABLE declaration_form (
    id BIGINT NOT NULL PRIMARY KEY,
    declaration_id BIGINT NOT NULL REFERENCES declaration (id),
    kind VARCHAR(20) NOT NULL,
    site_id BIGINT REFERENCES site (id),
    label VARCHAR(250) NOT NULL,
    state VARCHAR(20) NOT NULL,
    updated_by VARCHAR(20),
    updated_at TIMESTAMP,
    sent_back_comment VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_form_declaration ON declaration_form (declaration_id);

CREATE TABLE form_value (
    form_id BIGINT NOT NULL REFERENCES declaration_form (id),
    code VARCHAR(60) NOT NULL,
    field_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (form_id, code)
);

CREATE TABLE declaration_event (
    id BIGINT NOT NULL PRIMARY KEY,
    declaration_id BIGINT NOT NULL REFERENCES declaration (id),
    occurred_at TIMESTAMP NOT NULL,
    actor_login VARCHAR(20) NOT NULL,
    actor_name VARCHAR(200) NOT NULL,
    action VARCHAR(200) NOT NULL,
    from_state VARCHAR(20),
    to_state VARCHAR(20),
    form_label VARCHAR(250),
    comment VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_event_declaration ON declaration_event (declaration_id);

CREATE TABLE control_justification (
    id BIGINT NOT NULL PRIMARY KEY,
    declaration_id BIGINT NOT NULL REFERENCES declaration (id),
    control_code VARCHAR(40) NOT NULL,
    justification VARCHAR(2000) NOT NULL,
    justified_by VARCHAR(20) NOT NULL,
    justified_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_justification UNIQUE (declaration_id, control_code)
);

CREATE TABLE form_field (
    id BIGINT NOT NULL PRIMARY KEY,
    facility_type VARCHAR(20) NOT NULL,
    form_kind VARCHAR(20) NOT NULL,
    from_year INTEGER NOT NULL,
    code VARCHAR(60) NOT NULL,
    label VARCHAR(200) NOT NULL,
    unit VARCHAR(40) NOT NULL,
    value_type VARCHAR(20) NOT NULL,
    min_value DECIMAL(16, 2),
    max_value DECIMAL(16, 2),
    help VARCHAR(1000),
    required_kinds VARCHAR(60),
    section VARCHAR(100) NOT NULL,
    line_role VARCHAR(20) NOT NULL,
    aggregation VARCHAR(80) NOT NULL,
    position INTEGER NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_form_field UNIQUE (facility_type, form_kind, from_year, code)
);

CREATE TABLE coherence_control (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    facility_type VARCHAR(20) NOT NULL,
    declaration_kinds VARCHAR(60) NOT NULL,
    check_type VARCHAR(20) NOT NULL,
    left_operand VARCHAR(60) NOT NULL,
    right_operand VARCHAR(60),
    threshold DECIMAL(16, 4) NOT NULL,
    message VARCHAR(1000) NOT NULL,
    from_year INTEGER NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_coherence_control UNIQUE (code, from_year)
);

-- Forms in force from 2024 (ids below the sequence start are reserved for reference data).
INSERT INTO form_field (id, facility_type, form_kind, from_year, code, label, unit, value_type, min_value, max_value, help,
                        required_kinds, section, line_role, aggregation, position, version) VALUES
(1, 'RPE', 'ACTIVITY', 2024, 'fteDeclared', 'ETP d''animateur', 'ETP', 'DECIMAL', 0, 6, 'Équivalents temps plein des animateurs du relais sur ce site (remplaçant validé par la Caf compris, au plus 1 ETP ; une suppléance administrative ne compte pas).', 'FORECAST,UPDATE,ACTUAL', 'Animateurs', 'NONE', 'SUM', 10, 0),
(2, 'RPE', 'ACTIVITY', 2024, 'monthsOpen', 'Mois d''ouverture', 'mois', 'INTEGER', 1, 12, 'Mois d''ouverture dans l''année, vacances scolaires comprises ; tout mois civil commencé compte pour un mois entier.', 'FORECAST,UPDATE,ACTUAL', 'Animateurs', 'NONE', 'MAX', 20, 0),
(3, 'RPE', 'ACTIVITY', 2024, 'monthsPresent', 'Mois de présence de l''animateur', 'mois', 'INTEGER', 1, 12, 'Mois où l''animateur a été présent pendant l''ouverture ; tout mois civil commencé compte.', 'FORECAST,UPDATE,ACTUAL', 'Animateurs', 'NONE', 'MAX', 30, 0),
(4, 'RPE', 'ACTIVITY', 2024, 'reinforcedMissions', 'Missions renforcées exercées', 'missions', 'INTEGER', 0, 3, 'Nombre de missions renforcées exercées (0 à 3) : une seule suffit pour le bonus annuel.', 'FORECAST,UPDATE,ACTUAL', 'Missions', 'NONE', 'MAX', 40, 0),
(5, 'RPE', 'ACTIVITY', 2024, 'territories', 'Communes couvertes', 'communes', 'INTEGER', 0, 500, 'Nombre de communes du territoire couvert par ce site.', 'ACTUAL', 'Missions', 'NONE', 'SUM', 50, 0),
(6, 'RPE', 'ACTIVITY', 2024, 'collectiveSessions', 'Temps collectifs organisés', 'séances', 'INTEGER', 0, 10000, 'Ateliers et temps collectifs proposés aux assistants maternels.', 'ACTUAL', 'Activité', 'NONE', 'SUM', 60, 0),
(7, 'ALSH', 'ACTIVITY', 2024, 'hoursDelivered', 'Heures réalisées', 'heures', 'DECIMAL', 0, 10000000, 'Heures enfants réalisées : toute la plage horaire compte dès que l''enfant est présent sur une partie, quelle que soit la facturation.', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'SUM', 10, 0),
(8, 'ALSH', 'ACTIVITY', 2024, 'generalSchemeShare', 'Part des enfants du régime général', 'part (0 à 1)', 'DECIMAL', 0, 1, 'Part des enfants relevant du régime général (1 si tous) ; laisser vide pour 1.', NULL, 'Activité', 'NONE', 'WEIGHTED:hoursDelivered', 20, 0),
(9, 'ALSH', 'ACTIVITY', 2024, 'places', 'Places agréées', 'places', 'INTEGER', 0, 10000, 'Capacité d''accueil déclarée à la PMI / au SDJES.', 'FORECAST,UPDATE,ACTUAL', 'Capacité', 'NONE', 'SUM', 30, 0),
(10, 'ALSH', 'ACTIVITY', 2024, 'openingDays', 'Jours d''ouverture', 'jours', 'INTEGER', 0, 366, 'Jours d''ouverture dans l''année.', 'FORECAST,UPDATE,ACTUAL', 'Capacité', 'NONE', 'MAX', 40, 0),
(11, 'ALSH', 'ACTIVITY', 2024, 'wednesdayHours', 'Heures par mercredi scolaire (journée avec repas)', 'heures', 'DECIMAL', 0, 24, 'Durée d''accueil d''un mercredi scolaire en journée avec repas : plafonnée à 9 h pour le calcul.', NULL, 'Capacité', 'NONE', 'MAX', 50, 0),
(12, 'LAEP', 'ACTIVITY', 2024, 'openingHours', 'Heures d''ouverture au public', 'heures', 'DECIMAL', 0, 100000, 'Heures d''accueil des enfants et de leurs parents.', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'SUM', 10, 0),
(13, 'LAEP', 'ACTIVITY', 2024, 'organisationHours', 'Heures d''organisation', 'heures', 'DECIMAL', 0, 100000, 'Heures de préparation, d''analyse des pratiques et de réunion d''équipe.', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'SUM', 20, 0),
(14, 'LAEP', 'ACTIVITY', 2024, 'families', 'Familles accueillies', 'familles', 'INTEGER', 0, 100000, 'Nombre de familles différentes accueillies dans l''année.', 'ACTUAL', 'Public', 'NONE', 'SUM', 30, 0),
(15, 'ER', 'ACTIVITY', 2024, 'meetingHoursS1', 'Heures de rencontres et passages de bras — 1er semestre', 'heures', 'DECIMAL', 0, 100000, 'Rencontres parents-enfants et remises d''enfants, de janvier à juin.', 'FORECAST,UPDATE,ACTUAL', 'Premier semestre', 'NONE', 'SUM', 10, 0),
(16, 'ER', 'ACTIVITY', 2024, 'interviewHoursS1', 'Heures d''entretiens avec les familles — 1er semestre', 'heures', 'DECIMAL', 0, 100000, 'Entretiens préalables et de suivi avec les familles, de janvier à juin.', 'FORECAST,UPDATE,ACTUAL', 'Premier semestre', 'NONE', 'SUM', 20, 0),
(17, 'ER', 'ACTIVITY', 2024, 'organisationHoursS1', 'Heures d''organisation — 1er semestre', 'heures', 'DECIMAL', 0, 100000, 'Organisation de l''activité, de janvier à juin.', 'FORECAST,UPDATE,ACTUAL', 'Premier semestre', 'NONE', 'SUM', 30, 0),
(18, 'ER', 'ACTIVITY', 2024, 'meetingHoursS2', 'Heures de rencontres et passages de bras — 2nd semestre', 'heures', 'DECIMAL', 0, 100000, 'Rencontres parents-enfants et remises d''enfants, de juillet à décembre.', 'FORECAST,ACTUAL', 'Second semestre', 'NONE', 'SUM', 40, 0),
(19, 'ER', 'ACTIVITY', 2024, 'interviewHoursS2', 'Heures d''entretiens avec les familles — 2nd semestre', 'heures', 'DECIMAL', 0, 100000, 'Entretiens préalables et de suivi avec les familles, de juillet à décembre.', 'FORECAST,ACTUAL', 'Second semestre', 'NONE', 'SUM', 50, 0),
(20, 'ER', 'ACTIVITY', 2024, 'organisationHoursS2', 'Heures d''organisation — 2nd semestre', 'heures', 'DECIMAL', 0, 100000, 'Organisation de l''activité, de juillet à décembre.', 'FORECAST,ACTUAL', 'Second semestre', 'NONE', 'SUM', 60, 0),
(21, 'ER', 'ACTIVITY', 2024, 'familiesReceived', 'Familles reçues', 'familles', 'INTEGER', 0, 100000, 'Familles différentes reçues dans l''année.', 'ACTUAL', 'Données annuelles', 'NONE', 'SUM', 70, 0),
(22, 'ER', 'ACTIVITY', 2024, 'childrenConcerned', 'Enfants concernés', 'enfants', 'INTEGER', 0, 100000, 'Enfants concernés par une mesure dans l''année.', 'ACTUAL', 'Données annuelles', 'NONE', 'SUM', 80, 0),
(23, 'ER', 'ACTIVITY', 2024, 'courtOrderedMeasures', 'Mesures ordonnées par un juge', 'mesures', 'INTEGER', 0, 100000, 'Mesures de droit de visite ordonnées par le juge aux affaires familiales.', 'ACTUAL', 'Données annuelles', 'NONE', 'SUM', 90, 0),
(24, 'MF', 'ACTIVITY', 2024, 'fteActual', 'ETP de médiateurs réalisés', 'ETP', 'DECIMAL', 0, 50, 'Équivalents temps plein de médiateurs familiaux diplômés réellement employés.', 'FORECAST,UPDATE,ACTUAL', 'Médiateurs', 'NONE', 'SUM', 10, 0),
(25, 'MF', 'ACTIVITY', 2024, 'fteFinanced', 'ETP financés', 'ETP', 'DECIMAL', 0, 50, 'Équivalents temps plein financés par la convention.', 'FORECAST,UPDATE,ACTUAL', 'Médiateurs', 'NONE', 'SUM', 20, 0),
(26, 'MF', 'ACTIVITY', 2024, 'mediationsStarted', 'Médiations engagées', 'médiations', 'INTEGER', 0, 100000, 'Médiations familiales engagées dans l''année.', 'ACTUAL', 'Activité', 'NONE', 'SUM', 30, 0),
(27, 'MF', 'ACTIVITY', 2024, 'informationSessions', 'Entretiens d''information', 'entretiens', 'INTEGER', 0, 100000, 'Entretiens d''information préalable.', 'ACTUAL', 'Activité', 'NONE', 'SUM', 40, 0),
(28, 'EAJE', 'ACTIVITY', 2024, 'places', 'Places agréées', 'places', 'INTEGER', 0, 1000, 'Capacité autorisée par la PMI.', 'FORECAST,UPDATE,ACTUAL', 'Capacité', 'NONE', 'SUM', 10, 0),
(29, 'EAJE', 'ACTIVITY', 2024, 'hoursDelivered', 'Heures réalisées', 'heures', 'DECIMAL', 0, 10000000, 'Heures de présence réelle des enfants.', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'SUM', 20, 0),
(30, 'EAJE', 'ACTIVITY', 2024, 'hoursBilled', 'Heures facturées', 'heures', 'DECIMAL', 0, 10000000, 'Heures facturées aux familles (le taux de facturation = heures facturées ÷ heures réalisées).', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'SUM', 30, 0),
(31, 'EAJE', 'ACTIVITY', 2024, 'mealsAndNappies', 'Repas et couches fournis', 'oui / non', 'BOOLEAN', NULL, NULL, 'Le service fournit les repas et les couches (niveau de service du plafond).', 'FORECAST,UPDATE,ACTUAL', 'Activité', 'NONE', 'MAX', 40, 0),
(32, 'EAJE', 'ACTIVITY', 2024, 'averageFamilyContributionPerHour', 'Participation familiale moyenne par heure', '€/heure', 'DECIMAL', 0, 100, 'Participations familiales ÷ heures facturées : ouvre le bonus mixité sociale.', NULL, 'Activité', 'NONE', 'WEIGHTED:hoursBilled', 50, 0),
(33, '*', 'FINANCIAL', 2024, 'purchases', 'Achats (60)', '€', 'DECIMAL', 0, 100000000, 'Fournitures, alimentation, petit matériel.', NULL, 'Charges', 'EXPENSE', 'SUM', 10, 0),
(34, '*', 'FINANCIAL', 2024, 'externalServices', 'Services extérieurs (61-62)', '€', 'DECIMAL', 0, 100000000, 'Locations, entretien, assurances, honoraires, déplacements.', NULL, 'Charges', 'EXPENSE', 'SUM', 20, 0),
(35, '*', 'FINANCIAL', 2024, 'taxes', 'Impôts et taxes (63)', '€', 'DECIMAL', 0, 100000000, 'Taxes sur les salaires, formation professionnelle.', NULL, 'Charges', 'EXPENSE', 'SUM', 30, 0),
(36, '*', 'FINANCIAL', 2024, 'staffCosts', 'Charges de personnel (64)', '€', 'DECIMAL', 0, 100000000, 'Salaires et charges sociales du personnel affecté à l''équipement.', 'FORECAST,UPDATE,ACTUAL', 'Charges', 'EXPENSE', 'SUM', 40, 0),
(37, '*', 'FINANCIAL', 2024, 'otherExpenses', 'Autres charges (65 à 68)', '€', 'DECIMAL', 0, 100000000, 'Charges de gestion courante, financières, exceptionnelles, dotations.', NULL, 'Charges', 'EXPENSE', 'SUM', 50, 0),
(38, '*', 'FINANCIAL', 2024, 'familyContributions', 'Participations des familles (70)', '€', 'DECIMAL', 0, 100000000, 'Participations familiales et, en médiation familiale, consignations ordonnées par le juge.', NULL, 'Produits', 'INCOME', 'SUM', 60, 0),
(39, '*', 'FINANCIAL', 2024, 'cafServiceGrant', 'Prestation de service Caf', '€', 'DECIMAL', 0, 100000000, 'La prestation de service attendue de la Caf (comptée parmi les produits).', 'FORECAST,UPDATE,ACTUAL', 'Produits', 'INCOME', 'SUM', 70, 0),
(40, '*', 'FINANCIAL', 2024, 'otherCafFunding', 'Autres financements Caf', '€', 'DECIMAL', 0, 100000000, 'Bonus, fonds publics et territoires, aides à l''investissement.', NULL, 'Produits', 'INCOME', 'SUM', 80, 0),
(41, '*', 'FINANCIAL', 2024, 'localAuthorities', 'Subventions des collectivités', '€', 'DECIMAL', 0, 100000000, 'Communes, intercommunalités, département, région.', NULL, 'Produits', 'INCOME', 'SUM', 90, 0),
(42, '*', 'FINANCIAL', 2024, 'otherIncome', 'Autres produits', '€', 'DECIMAL', 0, 100000000, 'Autres subventions, dons, produits financiers.', NULL, 'Produits', 'INCOME', 'SUM', 100, 0);

-- Coherence controls in force from 2024 (PS_RULES.md "Coherence controls known from public material").
INSERT INTO coherence_control (id, code, facility_type, declaration_kinds, check_type, left_operand, right_operand, threshold, message, from_year, version) VALUES
(501, 'BILAN', '*', 'ACTUAL', 'BALANCE', 'expenses', 'income', 1, 'Le compte de résultat n''est pas équilibré : total des charges {0} €, total des produits {1} € (la prestation de service Caf est comptée parmi les produits).', 2024, 0),
(502, 'PREV-REEL', '*', 'FORECAST,UPDATE', 'GAP', 'expenses', 'previous:expenses', 0.10, 'Les charges déclarées ({0} €) s''écartent de {3} des charges du réel de l''année précédente ({1} €) : au-delà de 10 %, justifiez l''écart (sans justification, les acomptes sont plafonnés à 70 % du droit réel N−1).', 2024, 0),
(503, 'REEL-N-1', '*', 'ACTUAL', 'GAP', 'expenses', 'previous:expenses', 0.20, 'Les charges réelles ({0} €) varient de {3} par rapport au réel de l''année précédente ({1} €) : au-delà de 20 %, justifiez la variation.', 2024, 0),
(504, 'RPE-ETP', 'RPE', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'fteDeclared', 'facility.validatedFte', 1, 'Les ETP d''animateur déclarés ({0}) dépassent les ETP validés par la Caf ({1}).', 2024, 0),
(505, 'ALSH-MERCREDI', 'ALSH', 'FORECAST,UPDATE,ACTUAL', 'ABOVE', 'wednesdayHours', NULL, 9, 'Un mercredi scolaire en journée avec repas est plafonné à 9 heures : {0} h déclarées.', 2024, 0),
(506, 'ALSH-HEURES-PLACE', 'ALSH', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'hoursDelivered', 'places', 1500, '{0} heures réalisées pour {1} places : plus de 1 500 heures par place et par an est peu plausible.', 2024, 0),
(507, 'ALSH-HEURES-N-1', 'ALSH', 'ACTUAL', 'GAP', 'hoursDelivered', 'previous:hoursDelivered', 0.20, 'Les heures réalisées ({0}) varient de {3} par rapport à l''année précédente ({1}).', 2024, 0),
(508, 'EAJE-FACTURATION', 'EAJE', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'hoursBilled', 'hoursDelivered', 1.17, 'Le taux de facturation (heures facturées {0} ÷ heures réalisées {1} = {3}) dépasse 117 %.', 2024, 0),
(509, 'EAJE-HEURES-PLACE', 'EAJE', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'hoursDelivered', 'places', 2800, '{0} heures réalisées pour {1} places : plus de 2 800 heures par place et par an est peu plausible.', 2024, 0),
(510, 'MF-ETP', 'MF', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'fteActual', 'fteFinanced', 1, 'Les ETP réalisés ({0}) dépassent les ETP financés ({1}) : les charges et participations seront proratisées.', 2024, 0),
(511, 'LAEP-ORGANISATION', 'LAEP', 'FORECAST,UPDATE,ACTUAL', 'RATIO_ABOVE', 'organisationHours', 'openingHours', 0.5, 'Les heures d''organisation ({0}) dépassent la moitié des heures d''ouverture au public ({1}).', 2024, 0);
