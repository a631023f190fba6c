-- Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d),
-- as the superuser, in the database named by POSTGRES_DB.
--
--   attesta_owner  owns the database and every table; migrations connect as it
--                  (DATABASE_MIGRATION_URL). Not a superuser, no BYPASSRLS.
--   attesta_app    what the api and the worker connect as (DATABASE_URL). Owns nothing,
--                  NOSUPERUSER NOBYPASSRLS, so row-level security always applies to it.
--                  The migrate job grants it table privileges after each run.
--
-- Passwords come from the container environment (psql 15+ \getenv), never from this file.
\set ON_ERROR_STOP on

\getenv owner_password ATTESTA_OWNER_DB_PASSWORD
\getenv app_password ATTESTA_APP_DB_PASSWORD
\getenv dbname POSTGRES_DB

SELECT format('CREATE ROLE attesta_owner LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION', :'owner_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attesta_owner')
\gexec

SELECT format('CREATE ROLE attesta_app LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT', :'app_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attesta_app')
\gexec

-- The owner role owns the database, and (PostgreSQL 15+) thereby the public schema
-- through pg_database_owner: it may create tables there; nobody else may.
SELECT format('ALTER DATABASE %I OWNER TO attesta_owner', :'dbname')
\gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'dbname')
\gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO attesta_app', :'dbname')
\gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Guard: fail the initialisation loudly if the app role could bypass row-level security.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attesta_app' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'attesta_app must be NOSUPERUSER NOBYPASSRLS';
  END IF;
END
$$;
