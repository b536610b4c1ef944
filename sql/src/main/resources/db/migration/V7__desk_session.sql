-- Server-side login sessions of the call-in desk. Only a SHA-256 of the cookie token is stored, so a
-- copy of this table cannot be replayed as a login. The CSRF token is tied to the session.
CREATE TABLE desk_session (
    token_hash   CHAR(64)     NOT NULL,
    operator_id  BIGINT       NOT NULL,
    csrf_token   CHAR(43)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_seen_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_desk_session_operator (operator_id),
    CONSTRAINT fk_desk_session_operator FOREIGN KEY (operator_id) REFERENCES desk_operator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
