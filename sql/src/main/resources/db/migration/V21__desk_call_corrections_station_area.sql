-- A desk call may be corrected or withdrawn by its operator for a short while after it was logged
-- (id.wadul.routes.desk.CallCorrections): when that last happened.
ALTER TABLE desk_call ADD COLUMN corrected_at DATETIME(3) NULL;
ALTER TABLE desk_call ADD COLUMN withdrawn_at DATETIME(3) NULL;

-- The kecamatan a radio station covers: its follow-up list shows the (non-secret) SMS tickets of these
-- kecamatan. A station without rows covers the whole regency. Station names compare exactly (as in V9).
CREATE TABLE desk_station_area (
    station        VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    kecamatan_code VARCHAR(16)  NOT NULL,
    PRIMARY KEY (station, kecamatan_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
