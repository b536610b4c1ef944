-- Labels the learned routing trains on: a complaint text and the category it belonged to, with where the label
-- came from (import: a history file; triage: the console's triage decision; alih: an officer's ALIH to a unit of
-- one category; selesai: a ticket closed SELESAI by a unit it was routed to). A wrong label is deleted.
-- ticket_id is the ticket it came from (none for imported history); no foreign key: a label is kept as taught.
CREATE TABLE label (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    text       TEXT        NOT NULL,
    category   VARCHAR(32) NOT NULL,
    source     VARCHAR(16) NOT NULL,
    ticket_id  BIGINT      NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_label_ticket (ticket_id),
    CONSTRAINT ck_label_source CHECK (source IN ('import', 'triage', 'alih', 'selesai'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
