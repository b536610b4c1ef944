-- An OFFICER account is a person of the units (id.wadul.routes.desk.Role.OFFICER): its units are the person's.
CREATE TABLE account_person (
    operator_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (operator_id),
    KEY ix_account_person_person (person_id),
    CONSTRAINT fk_account_person_operator FOREIGN KEY (operator_id) REFERENCES desk_operator (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_person_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
