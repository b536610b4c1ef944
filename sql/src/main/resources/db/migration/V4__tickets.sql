-- Complaints (tickets), the units each is routed to, and the audit trail of every ticket.
CREATE TABLE ticket (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    -- what people read out and type, e.g. K7M4PX
    number             VARCHAR(16)   NOT NULL,
    -- sms | radio
    channel            VARCHAR(8)    NOT NULL,
    citizen_number     VARCHAR(32)   NULL,
    citizen_name       VARCHAR(200)  NULL,
    anonymous          BOOLEAN       NOT NULL DEFAULT FALSE,
    secret             BOOLEAN       NOT NULL DEFAULT FALSE,
    notify_citizen     BOOLEAN       NOT NULL DEFAULT FALSE,
    text               TEXT          NOT NULL,
    normalised_text    TEXT          NOT NULL,
    -- SHA-256 of the normalised text: same text from the same number within the window = same ticket
    text_hash          CHAR(64)      NOT NULL,
    category           VARCHAR(32)   NOT NULL,
    urgent             BOOLEAN       NOT NULL DEFAULT FALSE,
    confident          BOOLEAN       NOT NULL DEFAULT FALSE,
    kecamatan_code     VARCHAR(16)   NULL,
    kecamatan_name     VARCHAR(100)  NULL,
    desa_code          VARCHAR(20)   NULL,
    desa_name          VARCHAR(100)  NULL,
    -- TRIAGE | OPEN | IN_PROGRESS | DONE | REJECTED
    state              VARCHAR(16)   NOT NULL,
    due_at             DATETIME(3)   NOT NULL,
    escalations        INT           NOT NULL DEFAULT 0,
    last_escalated_at  DATETIME(3)   NULL,
    operator           VARCHAR(64)   NULL,
    station            VARCHAR(100)  NULL,
    inbound_message_id BIGINT        NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_ticket_number (number),
    KEY ix_ticket_dedupe (citizen_number, text_hash, created_at),
    KEY ix_ticket_state_due (state, due_at),
    KEY ix_ticket_created (created_at),
    KEY ix_ticket_inbound (inbound_message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_unit (
    ticket_id BIGINT      NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    -- false once the ticket was handed over (ALIH) to another unit
    active    BOOLEAN     NOT NULL DEFAULT TRUE,
    routed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (ticket_id, unit_code),
    KEY ix_ticket_unit_unit (unit_code, active),
    CONSTRAINT fk_ticket_unit_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_unit_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id  BIGINT        NOT NULL,
    at         DATETIME(3)   NOT NULL,
    -- CITIZEN | OFFICER | OPERATOR | SYSTEM
    actor_kind VARCHAR(10)   NOT NULL,
    -- masked citizen number, officer number, operator username, or 'wadul'
    actor      VARCHAR(64)   NOT NULL,
    -- CREATED, ROUTED, TRIAGED, DUPLICATE, FORWARDED, STATUS_QUERY, PROSES, SELESAI, TOLAK, ALIH, ESCALATED, NOTE
    kind       VARCHAR(16)   NOT NULL,
    unit_code  VARCHAR(64)   NULL,
    detail     VARCHAR(1000) NULL,
    -- the rule that made an automatic decision (classifier rule, routing entry), else NULL
    rule       VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    KEY ix_ticket_event_ticket (ticket_id, id),
    CONSTRAINT fk_ticket_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
