-- The two roles of one network database, run by the superuser connected to that database.
-- docker-compose runs it through init-roles.sh when a database volume is new; npm start and the
-- tests run it at every start (scripts/lib/db-roles.ts). It converges, so running it again is safe:
-- that is also how a database made before the two roles is brought over (see docs/deployment.md).
-- Parameters, set with set_config before it runs: jcn.owner, jcn.owner_password, jcn.app, jcn.app_password.
DO $roles$
DECLARE
  owner text := current_setting('jcn.owner');
  app text := current_setting('jcn.app');
  owner_oid oid;
  stmt text;
BEGIN
  IF owner = '' OR app = '' OR owner = app THEN
    RAISE EXCEPTION 'jcn.owner and jcn.app must name two different roles';
  END IF;
  -- Neither may be a superuser, make roles or databases, replicate, or bypass row security.
  EXECUTE format('%s ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
    CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner) THEN 'ALTER' ELSE 'CREATE' END,
    owner, current_setting('jcn.owner_password'));
  EXECUTE format('%s ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD %L',
    CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN 'ALTER' ELSE 'CREATE' END,
    app, current_setting('jcn.app_password'));
  -- The application role acts only as itself: membership in another role could lend it that role's rights.
  FOR stmt IN SELECT format('REVOKE %I FROM %I', g.rolname, app)
                FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
               WHERE r.rolname = app LOOP
    EXECUTE stmt;
  END LOOP;
  SELECT oid INTO owner_oid FROM pg_roles WHERE rolname = owner;

  -- The owner owns the database and its schema; only the two roles may connect, only the owner may create.
  EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), owner);
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app);
  EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner);
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;

  -- What an earlier superuser-run migration made moves to the owner (sequences of a column move with their table).
  FOR stmt IN
    SELECT format('ALTER %s %s OWNER TO %I',
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
             c.oid::regclass, owner)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> owner_oid
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, owner)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.proowner <> owner_oid
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, owner)
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r') AND t.typowner <> owner_oid
  LOOP
    EXECUTE stmt;
  END LOOP;
END
$roles$;
