/**
 * Appending to an agency's audit log.
 *
 * Entries are chained in the order given by `audit_append` in the agency's
 * database (anchor.ts): it locks the agency's chain head, links every entry
 * onto it, inserts them and moves the head, inside the caller's
 * transaction. Writers of one agency are therefore serialised; that is what
 * keeps the chain ordered and gapless.
 */
import type { DataSource } from 'typeorm';

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

/** Throws a TypeError naming the first malformed entry; nothing is sent for a list that has one. */
export function checkEntries(entries: readonly AuditEntry[]): void {
  entries.forEach(checkEntry);
}

/**
 * One statement for any number of entries: `audit_append` (owned by the
 * database owner, see anchor.ts) locks the head, numbers and hashes the
 * entries in the database, inserts them and moves the head. It is the
 * only way the application role can write the log or move its head.
 */
const APPEND_SQL = `SELECT audit_append($1, $2::jsonb)`;

function asJson(entry: AuditEntry) {
  return {
    at: entry.at.toISOString(),
    request_id: entry.requestId,
    officer_id: entry.officerId,
    organisation: entry.organisation,
    roles: entry.roles,
    participant_id: entry.participantId,
    categories: entry.categories,
    action: entry.action,
    purpose: entry.purpose,
    decision: entry.decision,
    reason: entry.reason,
    caller_on_team: entry.callerOnTeam ?? null,
  };
}

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

async function append(
  query: AuditQuery,
  agency: string,
  entries: AuditEntry[],
  checkTransaction: boolean,
): Promise<void> {
  if (entries.length === 0) return;
  checkEntries(entries);

  // The entries belong to the caller's write and must be committed with it:
  // outside a transaction block they would be committed on their own.
  // SAVEPOINT refuses to run there, which makes it a reliable check. It is
  // released with the caller's transaction.
  if (checkTransaction) {
    try {
      await query('SAVEPOINT audit_append');
    } catch (error) {
      const e = error as { code?: unknown; driverError?: { code?: unknown } };
      if (e.code === '25P01' || e.driverError?.code === '25P01') {
        throw new Error('audit: appendAuditEntries must run inside a transaction (use writeAudit otherwise)', {
          cause: error,
        });
      }
      throw error;
    }
  }
  await query(APPEND_SQL, [agency, JSON.stringify(entries.map(asJson))]);
}

/**
 * Appends `entries` to the chain of `agency` in a transaction of its own,
 * committed before it resolves: the one `audit_append` statement on its own
 * (autocommit), which PostgreSQL runs as one transaction — the head lock,
 * the inserts and the head's move commit together or not at all — in one
 * round trip rather than BEGIN, the statement and COMMIT. Nothing is sent
 * for an empty list. A subgraph appends its requests' entries through
 * `AuditGroupCommit` (group-commit.ts), which calls this once for all the
 * requests waiting at that moment.
 */
export async function writeAudit(dataSource: DataSource, agency: string, entries: AuditEntry[]): Promise<void> {
  await append((sql, params) => dataSource.query(sql, params), agency, entries, false);
}
