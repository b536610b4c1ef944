-- Place names the office taught (issue 12 item 7): hamlets, markets, bridges, schools ("pasar kota", "jembatan kali
-- ketek") that join the location matcher for one desa. name is the phrase as the matcher reads it (normalised: lower
-- case words after the shorthand, single spaces). source: triage (captured from a triage release's text), ticket
-- (captured when a ticket's place was corrected on the ticket page), console (added by hand). created_by is the
-- account's username. A name taught for two desa is ambiguous and not used until one is removed.
CREATE TABLE place_name (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    desa_code      VARCHAR(20)  NOT NULL,
    kecamatan_code VARCHAR(16)  NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    ticket_id      BIGINT       NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_place_name (name, desa_code),
    CONSTRAINT ck_place_name_source CHECK (source IN ('triage', 'ticket', 'console'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
