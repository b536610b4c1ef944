-- One row per SMS to send. UNIQUE (event_key, recipient): re-running the event that queued it never
-- queues it twice. The dispatcher claims PENDING rows (SENDING), then marks them SENT or retries.
CREATE TABLE outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    event_key        VARCHAR(100)  NOT NULL,
    ticket_id        BIGINT        NULL,
    recipient        VARCHAR(32)   NOT NULL,
    text             TEXT          NOT NULL,
    -- PENDING | SENDING | SENT | FAILED
    state            VARCHAR(8)    NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    claimed_at       DATETIME(3)   NULL,
    sent_at          DATETIME(3)   NULL,
    account          VARCHAR(32)   NULL,
    link_message_ids VARCHAR(500)  NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_outbox_event_recipient (event_key, recipient),
    KEY ix_outbox_due (state, next_attempt_at),
    KEY ix_outbox_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages per number per day, for the daily limit.
CREATE TABLE number_daily_count (
    number   VARCHAR(32) NOT NULL,
    day      DATE        NOT NULL,
    messages INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (number, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
