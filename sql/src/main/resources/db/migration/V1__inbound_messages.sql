-- Inbound SMS as the gateway received them: the inbox of the complaint flow.
-- A message is RECEIVED when stored (and acknowledged to the link); the flow marks it HANDLED.

CREATE TABLE inbound_message (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account      VARCHAR(16)  NOT NULL,
    source       VARCHAR(32)  NOT NULL,
    destination  VARCHAR(32)  NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    data_coding  SMALLINT     NOT NULL,
    total_parts  SMALLINT     NOT NULL DEFAULT 1,
    incomplete   BOOLEAN      NOT NULL DEFAULT FALSE,
    dedupe_key   VARCHAR(128) NOT NULL,
    received_at  DATETIME(3)  NOT NULL,
    state        VARCHAR(16)  NOT NULL DEFAULT 'RECEIVED',
    handled_at   DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY ix_inbound_message_dedupe (dedupe_key, received_at),
    KEY ix_inbound_message_state (state, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One part of a concatenated SMS, stored (and acknowledged) on its own; message_id is set in the same
-- transaction that stores the assembled message.
CREATE TABLE inbound_part (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account      VARCHAR(16)  NOT NULL,
    source       VARCHAR(32)  NOT NULL,
    destination  VARCHAR(32)  NOT NULL,
    reference    INT          NOT NULL,
    total        SMALLINT     NOT NULL,
    seq          SMALLINT     NOT NULL,
    text         TEXT         NOT NULL,
    data_coding  SMALLINT     NOT NULL,
    dedupe_key   VARCHAR(128) NOT NULL,
    received_at  DATETIME(3)  NOT NULL,
    message_id   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_inbound_part_dedupe (dedupe_key, received_at),
    KEY ix_inbound_part_pending (message_id, id),
    CONSTRAINT fk_inbound_part_message FOREIGN KEY (message_id) REFERENCES inbound_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
