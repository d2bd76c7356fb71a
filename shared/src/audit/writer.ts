/**
 * Appending to an agency's audit log.
 *
 * Entries are chained in the order given: the writer locks the agency's
 * chain head (`SELECT ... FOR UPDATE`), links every entry onto it in memory,
 * inserts all rows with one statement and moves the head, all in one
 * transaction. Writers of one agency are therefore serialised; that is what
 * keeps the chain ordered and gapless.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { computeEntryHash } from './chain';

export interface AuditEntry {
  at: Date;
  requestId: string;
  officerId: string;
  organisation: string;
  roles: string[];
  /** Null for queries that concern no single person. */
  participantId: string | null;
  categories: string[];
  action: 'READ' | 'WRITE';
  purpose: string;
  decision: 'GRANTED' | 'WITHHELD' | 'DENIED';
  reason: string;
  /**
   * Whether the officer was on the person's team (as the owning agency
   * records it) when the decision was taken; null when no person or no team.
   * Lets auditors find access by staff outside the person's team.
   */
  callerOnTeam?: boolean | null;
}

/**
 * Runs one SQL statement with positional (`$1`) parameters and resolves to
 * the result rows. Wraps e.g. a TypeORM `QueryRunner.query`, an
 * `EntityManager.query` inside a transaction, or a `pg` client's query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller reads the columns it selected
export type AuditQuery = (sql: string, params?: unknown[]) => Promise<any[]>;

const ACTIONS: ReadonlySet<string> = new Set<AuditEntry['action']>(['READ', 'WRITE']);
const DECISIONS: ReadonlySet<string> = new Set<AuditEntry['decision']>(['GRANTED', 'WITHHELD', 'DENIED']);

function checkText(value: unknown, field: string, index: number): void {
  if (typeof value !== 'string') throw new TypeError(`audit entry ${index}: ${field} must be a string`);
  if (value.includes('\0')) throw new TypeError(`audit entry ${index}: ${field} contains a NUL character`);
}

function checkEntry(entry: AuditEntry, index: number): void {
  if (!(entry.at instanceof Date) || Number.isNaN(entry.at.getTime())) {
    throw new TypeError(`audit entry ${index}: at must be a valid Date`);
  }
  checkText(entry.requestId, 'requestId', index);
  checkText(entry.officerId, 'officerId', index);
  checkText(entry.organisation, 'organisation', index);
  checkText(entry.purpose, 'purpose', index);
  checkText(entry.reason, 'reason', index);
  if (entry.participantId !== null) checkText(entry.participantId, 'participantId', index);
  for (const field of ['roles', 'categories'] as const) {
    const list = entry[field];
    if (!Array.isArray(list)) throw new TypeError(`audit entry ${index}: ${field} must be an array`);
    list.forEach((item) => checkText(item, field, index));
  }
  if (!ACTIONS.has(entry.action)) throw new TypeError(`audit entry ${index}: invalid action ${String(entry.action)}`);
  if (!DECISIONS.has(entry.decision)) {
    throw new TypeError(`audit entry ${index}: invalid decision ${String(entry.decision)}`);
  }
}

/**
 * One INSERT for any number of rows: every column is passed as one array
 * parameter and zipped by `unnest`. The two text[] columns travel as JSON
 * arrays (Postgres arrays cannot be ragged) and are unpacked in order.
 * The head moves in the same statement, which saves a round trip while the
 * head is locked (writers of one agency wait for each other there).
 */
const APPEND_SQL = `
WITH appended AS (
INSERT INTO audit_log (seq, id, at, request_id, officer_id, organisation, roles, participant_id,
                       categories, action, purpose, decision, reason, caller_on_team, prev_hash, hash)
SELECT u.seq, u.id, u.at, u.request_id, u.officer_id, u.organisation,
       ARRAY(SELECT r.v FROM jsonb_array_elements_text(u.roles::jsonb) WITH ORDINALITY AS r(v, i) ORDER BY r.i),
       u.participant_id,
       ARRAY(SELECT c.v FROM jsonb_array_elements_text(u.categories::jsonb) WITH ORDINALITY AS c(v, i) ORDER BY c.i),
       u.action, u.purpose, u.decision, u.reason, u.caller_on_team, u.prev_hash, u.hash
  FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[],
              $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::text[], $16::text[])
       AS u(seq, id, at, request_id, officer_id, organisation, roles, participant_id,
            categories, action, purpose, decision, reason, caller_on_team, prev_hash, hash)
)
UPDATE audit_chain_head SET seq = $18::bigint, hash = $19 WHERE agency = $17`;

/**
 * Appends `entries`, in order, to the chain of `agency`.
 *
 * Must run inside a transaction that the caller opened on one connection
 * (and commits afterwards); `query` must send every statement over that
 * connection. The head row stays locked until the caller's transaction
 * ends, so keep the rest of that transaction short. Throws if called
 * outside a transaction block (it sets a savepoint, `audit_append`, to
 * find out). Use READ COMMITTED: under REPEATABLE READ or
 * SERIALIZABLE a concurrent append makes the head lock fail with a
 * serialisation error.
 */
export async function appendAuditEntries(query: AuditQuery, agency: string, entries: AuditEntry[]): Promise<void> {
  await append(query, agency, entries, true);
}

async function append(query: AuditQuery, agency: string, entries: AuditEntry[], checkTransaction: boolean): Promise<void> {
  if (entries.length === 0) return;
  entries.forEach(checkEntry);

  // Outside a transaction block the head lock would be released at once and
  // the rows and the head could be committed apart; SAVEPOINT refuses to run
  // there, which makes it a reliable check. It is released with the
  // caller's transaction.
  if (checkTransaction) {
    try {
      await query('SAVEPOINT audit_append');
    } catch (error) {
      const e = error as { code?: unknown; driverError?: { code?: unknown } };
      if (e.code === '25P01' || e.driverError?.code === '25P01') {
        throw new Error('audit: appendAuditEntries must run inside a transaction (use writeAudit otherwise)', { cause: error });
      }
      throw error;
    }
  }
  const headRows = await query(`SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1 FOR UPDATE`, [agency]);
  const head = headRows[0] as { seq: string; hash: string } | undefined;
  if (!head) {
    throw new Error(`audit: no chain head for agency ${agency}; the audit schema must be migrated with that agency`);
  }
  let seq = Number(head.seq);
  if (!Number.isSafeInteger(seq)) throw new Error(`audit: chain head seq ${head.seq} out of range`);
  let prevHash = head.hash;

  const columns: unknown[][] = Array.from({ length: 16 }, () => []);
  const push = (...values: unknown[]) => values.forEach((v, i) => columns[i]!.push(v));
  for (const entry of entries) {
    seq += 1;
    const id = randomUUID();
    const hash = computeEntryHash(prevHash, { ...entry, seq, id });
    push(
      String(seq),
      id,
      entry.at.toISOString(),
      entry.requestId,
      entry.officerId,
      entry.organisation,
      JSON.stringify(entry.roles),
      entry.participantId,
      JSON.stringify(entry.categories),
      entry.action,
      entry.purpose,
      entry.decision,
      entry.reason,
      entry.callerOnTeam ?? null,
      prevHash,
      hash,
    );
    prevHash = hash;
  }

  await query(APPEND_SQL, [...columns, agency, String(seq), prevHash]);
}

/**
 * Appends `entries` to the chain of `agency` in a transaction of its own,
 * committed before it resolves: BEGIN, the head lock, one append
 * statement, COMMIT. Nothing is sent for an empty list.
 */
export async function writeAudit(dataSource: DataSource, agency: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await dataSource.transaction((manager) => append((sql, params) => manager.query(sql, params), agency, entries, false));
}
