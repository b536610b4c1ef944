-- One row per call logged at the desk: who took it, at which station, and the ticket it opened or was
-- linked to. The ticket itself (status, units, events) lives in the flow's tables.
CREATE TABLE desk_call (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_id      BIGINT        NOT NULL,
    ticket_number  VARCHAR(16)   NOT NULL,
    linked         BOOLEAN       NOT NULL DEFAULT FALSE,
    operator       VARCHAR(64)   NOT NULL,
    station        VARCHAR(100)  NOT NULL,
    caller_name    VARCHAR(100)  NULL,
    citizen_number VARCHAR(20)   NULL,
    notify_citizen BOOLEAN       NOT NULL DEFAULT FALSE,
    kecamatan_code VARCHAR(16)   NOT NULL,
    desa_code      VARCHAR(16)   NULL,
    text           VARCHAR(1000) NOT NULL,
    category       VARCHAR(32)   NOT NULL,
    urgent         BOOLEAN       NOT NULL DEFAULT FALSE,
    emergency      BOOLEAN       NOT NULL DEFAULT FALSE,
    anonymous      BOOLEAN       NOT NULL DEFAULT FALSE,
    secret         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_desk_call_station_created (station, created_at),
    KEY ix_desk_call_created (created_at),
    KEY ix_desk_call_ticket (ticket_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
