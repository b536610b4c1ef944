-- Call-in desk accounts: radio operators and admins. Passwords are bcrypt hashes, never plain text.
-- Times are UTC (id.wadul.sql.UtcInstantTypeHandler), set by the application.
CREATE TABLE desk_operator (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    station       VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_desk_operator_username UNIQUE (username),
    CONSTRAINT ck_desk_operator_role CHECK (role IN ('OPERATOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
