-- Sign-in: brute-force protection, password history, versioned terms of use, security events, login ids.
ALTER TABLE user_account ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP;

CREATE TABLE password_history (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES user_account (id),
    password_hash VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_password_history_account ON password_history (account_id, changed_at);

CREATE TABLE terms_of_use (
    version VARCHAR(20) NOT NULL PRIMARY KEY,
    body VARCHAR(20000) NOT NULL,
    published_at TIMESTAMP NOT NULL
);

CREATE TABLE security_event (
    id BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    type VARCHAR(30) NOT NULL,
    login VARCHAR(40),
    account_id BIGINT,
    client_address VARCHAR(64),
    user_agent VARCHAR(400),
    detail VARCHAR(400),
    version BIGINT NOT NULL
);
CREATE INDEX ix_security_event_account ON security_event (account_id, occurred_at);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);

-- Every login id ever issued: a login id is never given to anyone else.
CREATE TABLE issued_login_id (
    login VARCHAR(20) NOT NULL PRIMARY KEY,
    issued_at TIMESTAMP NOT NULL
);
INSERT INTO issued_login_id (login, issued_at) SELECT login, created_at FROM user_account;

INSERT INTO terms_of_use (version, body, published_at) VALUES ('2026-01',
'L''accès à Mon Compte Partenaire est réservé aux personnes habilitées par leur organisme dans le cadre de la convention d''accès signée avec la Caf.

Chaque utilisateur est responsable de l''usage de son identifiant et de son mot de passe, qu''il ne communique à personne, y compris à un collègue ou à un agent de la Caf.

Les données consultées ou déclarées sont couvertes par le secret professionnel. Elles ne peuvent être utilisées que pour les missions prévues par la convention et les bulletins d''adhésion de votre organisme.

Les connexions et les opérations sont tracées et contrôlées par la Caf. Un usage non conforme peut conduire à la suspension de l''accès de l''utilisateur ou de l''organisme.

Vous signalez sans délai à votre administrateur toute utilisation anormale de votre compte.',
CAST('2026-01-01 00:00:00' AS TIMESTAMP));
