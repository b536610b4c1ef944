-- People and units in the database (issue 11): a person (an officer, a head of an agency) may belong to several
-- units, and the routing table lives here, edited in the console. conf/routing.yaml is only the first-run
-- import (when these tables are empty) and an export.
CREATE TABLE person (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    -- normalised, e.g. 6281234567890; one person per number
    number     VARCHAR(32)  NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_person_number (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_member (
    unit_code VARCHAR(64) NOT NULL,
    person_id BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, person_id),
    KEY ix_unit_member_person (person_id),
    CONSTRAINT fk_unit_member_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_unit_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the officers synced from routing.yaml so far become people and memberships (one person per number)
INSERT INTO person (name, number, active, updated_at)
SELECT MIN(name), number, MAX(active), MAX(updated_at) FROM officer GROUP BY number;
INSERT INTO unit_member (unit_code, person_id)
SELECT o.unit_code, p.id FROM officer o JOIN person p ON p.number = o.number WHERE o.active = TRUE;
DROP TABLE officer;

-- category x kecamatan -> units; kecamatan_code '*' = any kecamatan. One row per unit, in order.
CREATE TABLE routing_rule (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    category       VARCHAR(32) NOT NULL,
    kecamatan_code VARCHAR(16) NOT NULL,
    unit_code      VARCHAR(64) NOT NULL,
    position       INT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_routing_rule_category (category, kecamatan_code),
    CONSTRAINT fk_routing_rule_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- when no rule applies to a category
CREATE TABLE routing_default (
    category  VARCHAR(32) NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    position  INT         NOT NULL,
    PRIMARY KEY (category, unit_code),
    CONSTRAINT fk_routing_default_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- name = 'triage': the unit of unconfident complaints. No row: the tables are empty (first run: import).
CREATE TABLE routing_setting (
    name  VARCHAR(32) NOT NULL,
    value VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
