/**
 * Tables, triggers and grants for one agency's audit log.
 *
 * Each agency database holds exactly one hash chain: `audit_log` is the
 * chain itself (append-only for the application role) and
 * `audit_chain_head` remembers the last link so that a removed tail is
 * noticed. The statements are meant to be run by a migration as the
 * database admin (the owner of the tables), never as the application role.
 */

/** Hash that the first entry of a chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Quote a name for use as an SQL identifier (role names are not bindable). */
function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw new Error('invalid SQL identifier');
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quote a value for use as an SQL string literal (only for DDL, where binding is impossible). */
function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('invalid SQL literal');
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * @param appRole the role the subgraph connects as. It may read and append
 *   to the log and move the chain head, nothing else.
 * @param agency the key of this database's chain head row (e.g. `'AF'`).
 *   The head row starts at seq 0 with {@link GENESIS_HASH}. Without it no head
 *   row is created and every write fails until one exists.
 */
export function auditSchemaSql(appRole: string, agency?: string): { up: string[]; down: string[] } {
  const role = quoteIdent(appRole);
  const up: string[] = [
    `CREATE TABLE audit_log (
      seq bigint PRIMARY KEY CHECK (seq > 0),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      at timestamptz NOT NULL,
      request_id text NOT NULL,
      officer_id text NOT NULL,
      organisation text NOT NULL,
      roles text[] NOT NULL,
      participant_id text,
      categories text[] NOT NULL,
      action text NOT NULL CHECK (action IN ('READ', 'WRITE')),
      purpose text NOT NULL,
      decision text NOT NULL CHECK (decision IN ('GRANTED', 'WITHHELD', 'DENIED')),
      reason text NOT NULL,
      caller_on_team boolean,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`,
    `CREATE TABLE audit_chain_head (
      agency text PRIMARY KEY,
      seq bigint NOT NULL CHECK (seq >= 0),
      hash text NOT NULL
    )`,
    `CREATE INDEX audit_log_participant_at_idx ON audit_log (participant_id, at)`,
    `CREATE INDEX audit_log_officer_at_idx ON audit_log (officer_id, at)`,
    `CREATE INDEX audit_log_at_idx ON audit_log (at)`,

    // The log is append-only for everybody, superusers included; only
    // disabling the trigger (an admin act) gets past this, and the hash
    // chain makes the result of that visible.
    `CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'P0001', HINT = 'Audit entries can only be added, never changed or removed.';
    END
    $fn$`,
    `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,

    // The head only moves forward and never changes agency or disappears.
    `CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        IF NEW.agency IS DISTINCT FROM OLD.agency THEN
          RAISE EXCEPTION 'audit_chain_head: the agency of a chain head cannot change';
        END IF;
        IF NEW.seq < OLD.seq THEN
          RAISE EXCEPTION 'audit_chain_head: the chain head cannot move backwards (from % to %)', OLD.seq, NEW.seq;
        END IF;
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_chain_head: % is not allowed', TG_OP
        USING HINT = 'The chain head can only be moved forward by an audit append.';
    END
    $fn$`,
    `CREATE TRIGGER audit_chain_head_guard_row BEFORE UPDATE OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`,
    `CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
      FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_guard()`,

    // Default privileges in the agency databases hand the app role
    // SELECT/INSERT/UPDATE/DELETE on every new table; take back what the
    // audit tables must not allow, then grant exactly what is needed.
    `REVOKE ALL ON audit_log, audit_chain_head FROM PUBLIC`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${role}`,
    `REVOKE INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain_head FROM ${role}`,
    `GRANT SELECT, INSERT ON audit_log TO ${role}`,
    `GRANT SELECT, UPDATE ON audit_chain_head TO ${role}`,
  ];
  if (agency !== undefined) {
    up.push(`INSERT INTO audit_chain_head (agency, seq, hash) VALUES (${quoteLiteral(agency)}, 0, '${GENESIS_HASH}')`);
  }
  const down: string[] = [
    `DROP TABLE IF EXISTS audit_log`,
    `DROP TABLE IF EXISTS audit_chain_head`,
    `DROP FUNCTION IF EXISTS audit_log_refuse_change()`,
    `DROP FUNCTION IF EXISTS audit_chain_head_guard()`,
  ];
  return { up, down };
}
