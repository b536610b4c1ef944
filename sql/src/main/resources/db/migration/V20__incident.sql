-- Incidents: reports of the same thing from different citizens, each keeping its own ticket. An incident is
-- named by its first ticket (its head): incident_id is the head's id on every ticket of it, the head included.
-- incident_member marks the tickets that joined another's incident, so that the flow's one query per batch for
-- candidate incidents reads only heads and lone tickets (ix_ticket_incident_candidate).
ALTER TABLE ticket
    ADD COLUMN incident_id     BIGINT  NULL,
    ADD COLUMN incident_member BOOLEAN NOT NULL DEFAULT FALSE,
    ADD KEY ix_ticket_incident (incident_id),
    ADD KEY ix_ticket_incident_candidate (category, kecamatan_code, incident_member, created_at);
