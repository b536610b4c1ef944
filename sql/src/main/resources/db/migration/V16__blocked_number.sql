-- Numbers blocked from the console (spam, pranks) until a time; the flow ignores their messages while the block
-- lasts, as it does for conf's fixed blocklist. One row per number: blocking again replaces the expiry.
CREATE TABLE blocked_number (
    number        VARCHAR(32)   NOT NULL,
    blocked_until DATETIME(3)   NOT NULL,
    reason        VARCHAR(500)  NULL,
    ticket_id     BIGINT        NULL,
    blocked_by    VARCHAR(64)   NOT NULL,
    blocked_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (number),
    KEY ix_blocked_number_until (blocked_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
