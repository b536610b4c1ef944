-- Every admin change (accounts, units, people, routing): who, when, what, and the state before and after as JSON.
CREATE TABLE admin_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(3)  NOT NULL,
    -- the account's username, or 'cli' for the command line
    actor       VARCHAR(64)  NOT NULL,
    actor_role  VARCHAR(16)  NOT NULL,
    -- e.g. account.create, account.deactivate, unit.update, person.create, routing.replace
    action      VARCHAR(40)  NOT NULL,
    -- what was changed: a username, unit code, person id, 'routing'
    target      VARCHAR(200) NOT NULL,
    before_json MEDIUMTEXT   NULL,
    after_json  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_admin_audit_at (at),
    KEY ix_admin_audit_target (target)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
