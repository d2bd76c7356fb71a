import type { DataSource } from 'typeorm';

/**
 * Whether an agency's records changed, without reading them: a counter in
 * the agency's database that every committed change to a table the figures
 * may read moves on by one. A report computed at counter n (and day d) is
 * the report of every later request that finds n (and asks as of d): it is
 * answered from memory, reading no rows.
 *
 * The counter moves at commit (a deferred trigger), once per transaction,
 * so it is in step with what other connections see: a reader that finds n
 * and then reads the rows sees at least the changes counted in n. A change
 * that commits between the two is seen early and counted at the next read.
 * Writers queue on the counter's row only while they commit.
 *
 * Tables that change on every request (the audit log and its chain head)
 * or that the figures never read (idempotency keys, migrations) are left
 * out; every other table of the agency's database is watched, and a
 * migration that adds a table calls `watch_report_tables()` again
 * (`reportChangeWatchSql`). A test checks that no table is missed.
 */

/** Tables whose changes do not move the counter: written on every request, or never read by a figure. */
export const UNWATCHED_TABLES = [
  'audit_log',
  'audit_chain_head',
  'audit_checkpoint',
  'idempotency_key',
  'schema_migrations',
  'report_change',
] as const;

/** The counter, the function that moves it, and its triggers on every watched table (run as the migration's owner). */
export function reportChangeSchemaSql(appRole: string): { up: string[]; down: string[] } {
  const unwatched = UNWATCHED_TABLES.map((t) => `'${t}'`).join(', ');
  return {
    up: [
      `CREATE TABLE report_change (
         only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         changes bigint NOT NULL
       )`,
      `INSERT INTO report_change (changes) VALUES (0)`,
      `COMMENT ON TABLE report_change IS 'How many transactions have changed the tables the figures read: a report computed at one count is right until the count moves. Moved by a trigger at commit; the application role may only read it.'`,
      `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON report_change FROM ${appRole}`,
      `GRANT SELECT ON report_change TO ${appRole}`,
      // Once per transaction: the first change to commit moves the counter, the rest of the transaction's rows find it moved.
      `CREATE FUNCTION report_change_count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       BEGIN
         IF coalesce(current_setting('malmokraften.report_counted', true), '') <> 'yes' THEN
           PERFORM set_config('malmokraften.report_counted', 'yes', true);
           UPDATE public.report_change SET changes = changes + 1;
         END IF;
         RETURN NULL;
       END $$`,
      `REVOKE ALL ON FUNCTION report_change_count() FROM PUBLIC`,
      // Puts the triggers on every table not yet watched; a later migration that adds a table runs it again.
      `CREATE FUNCTION watch_report_tables() RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
       DECLARE t text;
       BEGIN
         FOR t IN
           SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              AND c.relname NOT IN (${unwatched})
              AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'report_change_rows')
         LOOP
           EXECUTE format('CREATE CONSTRAINT TRIGGER report_change_rows AFTER INSERT OR UPDATE OR DELETE ON public.%I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_change_count()', t);
           EXECUTE format('CREATE TRIGGER report_change_truncate AFTER TRUNCATE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION report_change_count()', t);
         END LOOP;
       END $$`,
      `REVOKE ALL ON FUNCTION watch_report_tables() FROM PUBLIC`,
      `SELECT watch_report_tables()`,
    ],
    down: [
      `DO $$
       DECLARE t text;
       BEGIN
         FOR t IN SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                   WHERE g.tgname IN ('report_change_rows', 'report_change_truncate')
         LOOP
           EXECUTE format('DROP TRIGGER IF EXISTS report_change_rows ON public.%I', t);
           EXECUTE format('DROP TRIGGER IF EXISTS report_change_truncate ON public.%I', t);
         END LOOP;
       END $$`,
      'DROP FUNCTION watch_report_tables()',
      'DROP FUNCTION report_change_count()',
      'DROP TABLE report_change',
    ],
  };
}

/** For a migration that adds tables: watch them too. */
export const reportChangeWatchSql = 'SELECT watch_report_tables()';

/** The agency's change count now. */
export async function reportChanges(ds: DataSource): Promise<string> {
  const rows: Array<{ changes: string }> = await ds.query('SELECT changes::text AS changes FROM report_change');
  if (rows.length !== 1) throw new Error('report: the change counter is missing');
  return rows[0]!.changes;
}
