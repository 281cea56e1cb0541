-- Portable SQL: the same migrations run on embedded Derby and on PostgreSQL.
CREATE SEQUENCE mcp_seq AS BIGINT START WITH 1000 INCREMENT BY 50;

CREATE TABLE caf (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(3) NOT NULL,
    name VARCHAR(120) NOT NULL,
    departement VARCHAR(3) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_caf_code UNIQUE (code)
);

CREATE TABLE partner (
    id BIGINT NOT NULL PRIMARY KEY,
    siret VARCHAR(14) NOT NULL,
    name VARCHAR(200) NOT NULL,
    legal_form VARCHAR(60) NOT NULL,
    address_line VARCHAR(200) NOT NULL,
    postal_code VARCHAR(5) NOT NULL,
    city VARCHAR(100) NOT NULL,
    head_office_departement VARCHAR(3) NOT NULL,
    multi_departement BOOLEAN NOT NULL,
    family VARCHAR(3) NOT NULL,
    caf_id BIGINT NOT NULL REFERENCES caf (id),
    access_status VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_partner_siret UNIQUE (siret)
);
CREATE INDEX ix_partner_caf ON partner (caf_id);

CREATE TABLE convention (
    id BIGINT NOT NULL PRIMARY KEY,
    partner_id BIGINT NOT NULL REFERENCES partner (id),
    reference VARCHAR(40) NOT NULL,
    starts_on DATE NOT NULL,
    term_months INTEGER NOT NULL,
    tacit_renewal BOOLEAN NOT NULL,
    terminated_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT uk_convention_partner UNIQUE (partner_id)
);

CREATE TABLE service_subscription (
    id BIGINT NOT NULL PRIMARY KEY,
    convention_id BIGINT NOT NULL REFERENCES convention (id),
    service VARCHAR(20) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX ix_subscription_convention ON service_subscription (convention_id);

CREATE TABLE facility (
    id BIGINT NOT NULL PRIMARY KEY,
    partner_id BIGINT NOT NULL REFERENCES partner (id),
    type VARCHAR(20) NOT NULL,
    nature VARCHAR(80) NOT NULL,
    name VARCHAR(200) NOT NULL,
    multi_site BOOLEAN NOT NULL,
    validated_fte DECIMAL(5, 2),
    version BIGINT NOT NULL
);
CREATE INDEX ix_facility_partner ON facility (partner_id);

CREATE TABLE site (
    id BIGINT NOT NULL PRIMARY KEY,
    facility_id BIGINT NOT NULL REFERENCES facility (id),
    name VARCHAR(200) NOT NULL,
    main_site BOOLEAN NOT NULL,
    city VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_site_facility ON site (facility_id);

CREATE TABLE user_account (
    id BIGINT NOT NULL PRIMARY KEY,
    login VARCHAR(20) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    caf_id BIGINT REFERENCES caf (id),
    partner_id BIGINT REFERENCES partner (id),
    last_name VARCHAR(80) NOT NULL,
    first_name VARCHAR(80) NOT NULL,
    email VARCHAR(254) NOT NULL,
    phone VARCHAR(20),
    mobility VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE,
    password_hash VARCHAR(200),
    password_temporary BOOLEAN NOT NULL,
    password_expires_at TIMESTAMP,
    terms_version VARCHAR(20),
    terms_accepted_at TIMESTAMP,
    last_login_at TIMESTAMP,
    previous_login_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_account_login UNIQUE (login)
);
CREATE INDEX ix_account_partner ON user_account (partner_id);
CREATE INDEX ix_account_caf ON user_account (caf_id);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES user_account (id),
    role VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE user_group (
    id BIGINT NOT NULL PRIMARY KEY,
    partner_id BIGINT NOT NULL REFERENCES partner (id),
    name VARCHAR(120) NOT NULL,
    service VARCHAR(20) NOT NULL,
    application_role VARCHAR(30) NOT NULL,
    manager_id BIGINT REFERENCES user_account (id),
    version BIGINT NOT NULL
);
CREATE INDEX ix_group_partner ON user_group (partner_id);

CREATE TABLE group_member (
    group_id BIGINT NOT NULL REFERENCES user_group (id),
    account_id BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX ix_member_account ON group_member (account_id);

CREATE TABLE role_assignment (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES user_account (id),
    role VARCHAR(20) NOT NULL,
    facility_id BIGINT NOT NULL REFERENCES facility (id),
    site_id BIGINT REFERENCES site (id),
    starts_on DATE NOT NULL,
    ends_on DATE,
    validation_status VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_assignment_account ON role_assignment (account_id);
CREATE INDEX ix_assignment_facility ON role_assignment (facility_id);
