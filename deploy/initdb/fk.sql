-- Written by `npm run registry` from the agency registry (shared/src/agencies.ts); do not edit.
--
-- Försäkringskassan's database, first start only: the official postgres image runs
-- this once, as the superuser in database mk_fk, when the volume is empty.
--
-- Creates the one login role Försäkringskassan's subgraph uses at run time
-- (agencyDatabase() in shared/src/service/config.ts) with the rights
-- provisionDatabase() gives it in development: read and write rows, never
-- change the schema. The tables are created by the subgraph's migrations,
-- run as the superuser through MIGRATION_DATABASE_URL; the default
-- privileges below let the role use them, and the migrations narrow that
-- further where they need to. The password comes from the container's
-- APP_DB_PASSWORD, the same value that is in the subgraph's DATABASE_URL.
\set ON_ERROR_STOP on
\getenv app_password APP_DB_PASSWORD
\if :{?app_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'APP_DB_PASSWORD is not set for the mk_fk database container'; END $$;
\endif

CREATE ROLE mk_fk_app WITH LOGIN PASSWORD :'app_password';

REVOKE ALL ON DATABASE mk_fk FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE mk_fk TO mk_fk_app;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO mk_fk_app;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO mk_fk_app;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO mk_fk_app;
