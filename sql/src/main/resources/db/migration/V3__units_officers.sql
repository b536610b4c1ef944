-- Units (OPD, Polsek, Kominfo triage desk, ...) and their officers. conf/routing.yaml is the source:
-- the application syncs these tables from it at startup, so reports and the desk can join on them.
CREATE TABLE unit (
    code                VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    -- never | urgent | always: when the unit may see the citizen's full number
    sees_citizen_number VARCHAR(8)   NOT NULL DEFAULT 'never',
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE officer (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code  VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    -- normalised, e.g. 6281234567890
    number     VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_officer_unit_number (unit_code, number),
    KEY ix_officer_number (number),
    CONSTRAINT fk_officer_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
