-- Scale parameters of the subsidy estimate (PS_RULES.md): one row per name and start date, kept by Caf agents.
CREATE TABLE scale_parameter (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    param_value DECIMAL(14, 4) NOT NULL,
    unit VARCHAR(20) NOT NULL,
    valid_from DATE NOT NULL,
    reference VARCHAR(200),
    illustrative BOOLEAN NOT NULL,
    recorded_by VARCHAR(20) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_scale_parameter UNIQUE (name, valid_from)
);
