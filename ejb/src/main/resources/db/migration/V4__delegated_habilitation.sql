-- Contrat de service (contacts on both sides, hours, escalation) and eligibility form, kept with the convention.
ALTER TABLE convention ADD COLUMN eligibility_received_on DATE;
ALTER TABLE convention ADD COLUMN partner_admin_contact VARCHAR(300);
ALTER TABLE convention ADD COLUMN partner_security_contact VARCHAR(300);
ALTER TABLE convention ADD COLUMN partner_cnil_contact VARCHAR(300);
ALTER TABLE convention ADD COLUMN caf_mcp_officer VARCHAR(300);
ALTER TABLE convention ADD COLUMN opening_hours VARCHAR(300);
ALTER TABLE convention ADD COLUMN escalation_procedure VARCHAR(1000);

-- Roles a bulletin d'adhésion makes available (comma-separated AFAS roles).
ALTER TABLE service_subscription ADD COLUMN available_roles VARCHAR(200);

-- The Caf's decision on an approver assignment, and the end of an assignment.
ALTER TABLE role_assignment ADD COLUMN decided_by VARCHAR(20);
ALTER TABLE role_assignment ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE role_assignment ADD COLUMN refusal_reason VARCHAR(500);
ALTER TABLE role_assignment ADD COLUMN assigned_by VARCHAR(20);
CREATE INDEX ix_assignment_status ON role_assignment (validation_status);

CREATE UNIQUE INDEX uk_group_name ON user_group (partner_id, name);

-- Audit trail of administrative changes: who, when, from where, what, before and after.
CREATE TABLE admin_audit (
    id BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor_login VARCHAR(20) NOT NULL,
    client_address VARCHAR(64),
    caf_id BIGINT,
    partner_id BIGINT,
    action VARCHAR(40) NOT NULL,
    target VARCHAR(200) NOT NULL,
    before_state VARCHAR(2000),
    after_state VARCHAR(2000),
    version BIGINT NOT NULL
);
CREATE INDEX ix_audit_partner ON admin_audit (partner_id, occurred_at);
CREATE INDEX ix_audit_caf ON admin_audit (caf_id, occurred_at);
