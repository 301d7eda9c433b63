-- A migration for MigrationSafeguardIT that fails after its first statement, as a migration that meets a data
-- problem does: the table stays, because H2 commits each DDL statement on its own.
CREATE TABLE left_by_failed_migration (id INTEGER);

INSERT INTO table_that_does_not_exist (id) VALUES (1);
