-- A ticket merged into another (the same matter from another citizen or call): closed, and linked here.
CREATE TABLE ticket_merge (
    ticket_id      BIGINT      NOT NULL,
    into_ticket_id BIGINT      NOT NULL,
    merged_by      VARCHAR(64) NOT NULL,
    merged_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (ticket_id),
    KEY ix_ticket_merge_into (into_ticket_id),
    CONSTRAINT fk_ticket_merge_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_merge_into FOREIGN KEY (into_ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
