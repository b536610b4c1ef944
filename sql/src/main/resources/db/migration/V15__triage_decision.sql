-- Each decision taken in the office console's triage queue, beside what the system had suggested: the labels
-- learned routing learns from (issue 12). Units are comma-separated unit codes in the order chosen.
CREATE TABLE triage_decision (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id           BIGINT        NOT NULL,
    -- RELEASE | MERGE | SPAM | ASK
    action              VARCHAR(16)   NOT NULL,
    suggested_category  VARCHAR(32)   NULL,
    suggested_kecamatan VARCHAR(16)   NULL,
    suggested_desa      VARCHAR(20)   NULL,
    suggested_units     VARCHAR(500)  NULL,
    suggested_score     DOUBLE        NULL,
    chosen_category     VARCHAR(32)   NULL,
    chosen_kecamatan    VARCHAR(16)   NULL,
    chosen_desa         VARCHAR(20)   NULL,
    chosen_units        VARCHAR(500)  NULL,
    -- MERGE: the ticket it joined
    merged_into_id      BIGINT        NULL,
    -- ASK: what the citizen was asked; SPAM: the reason
    detail              VARCHAR(1000) NULL,
    decided_by          VARCHAR(64)   NOT NULL,
    decided_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_triage_decision_ticket (ticket_id, id),
    KEY ix_triage_decision_at (decided_at),
    CONSTRAINT fk_triage_decision_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
