-- Station names are compared exactly: with the table's accent- and case-insensitive collation an operator of
-- "RADIO Á" saw every call of "Radio A", secret ones included. Near-duplicate names are refused when an
-- account is created (id.wadul.routes.desk.Accounts).
ALTER TABLE desk_operator MODIFY station VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE desk_call MODIFY station VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
