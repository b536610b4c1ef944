-- The web server's accounts serve the office console too: Kominfo's supervisors (triage), unit officers and
-- the system's admins beside the radio stations' operators and admins (id.wadul.routes.desk.Role).
ALTER TABLE desk_operator DROP CONSTRAINT ck_desk_operator_role;
ALTER TABLE desk_operator ADD CONSTRAINT ck_desk_operator_role
    CHECK (role IN ('OPERATOR', 'ADMIN', 'SUPERVISOR', 'OFFICER', 'SYSADMIN'));
