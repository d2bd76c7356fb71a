/**
 * The hash chain over audit entries.
 *
 *   hash = hex(sha256(prev_hash + "\n" + canonicalJson(fields)))
 *
 * `fields` are the stored columns of the entry except the two hashes, keyed
 * by column name, with `at` as an ISO-8601 UTC string (millisecond
 * precision, as produced by `Date.prototype.toISOString`) and `seq` as a
 * number. Canonical JSON sorts object keys by UTF-16 code unit order, keeps
 * array order and uses `JSON.stringify` for strings and numbers, so the hash
 * can be recomputed from the table alone by any implementation.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { AuditEntry } from './writer';

export { GENESIS_HASH } from './schema';

/** An entry as it sits in the chain. */
export interface ChainedEntry extends AuditEntry {
  /** Position in the chain, 1-based, without gaps. */
  seq: number;
  /** The row's uuid; part of the hash so that it cannot be swapped. */
  id: string;
}

export type CanonicalValue = null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

/** The hashed fields of an entry, keyed by column name. */
export function entryHashFields(entry: ChainedEntry): { [key: string]: CanonicalValue } {
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) throw new TypeError(`audit: invalid seq ${entry.seq}`);
  if (!(entry.at instanceof Date) || Number.isNaN(entry.at.getTime())) throw new TypeError('audit: invalid timestamp');
  return {
    seq: entry.seq,
    id: entry.id.toLowerCase(),
    at: entry.at.toISOString(),
    request_id: entry.requestId,
    officer_id: entry.officerId,
    organisation: entry.organisation,
    roles: [...entry.roles],
    participant_id: entry.participantId,
    categories: [...entry.categories],
    action: entry.action,
    purpose: entry.purpose,
    decision: entry.decision,
    reason: entry.reason,
    caller_on_team: entry.callerOnTeam ?? null,
  };
}

/** Hex SHA-256 link of `entry` onto the entry whose hash is `prevHash`. */
export function computeEntryHash(prevHash: string, entry: ChainedEntry): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(entryHashFields(entry), { strict: true })}`, 'utf8')
    .digest('hex');
}

/** Columns selected wherever entries are read back (see {@link chainedEntryFromRow}). */
export const AUDIT_ENTRY_COLUMNS = `seq::text AS seq, id::text AS id, at, request_id, officer_id, organisation, roles,
  participant_id, categories, action, purpose, decision, reason, caller_on_team`;

function textArray(value: unknown, column: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new TypeError(`audit: column ${column} is not a text array`);
  }
  return value;
}

/** An entry from a row selected with {@link AUDIT_ENTRY_COLUMNS}. */
export function chainedEntryFromRow(row: Record<string, unknown>): ChainedEntry {
  const at = row.at instanceof Date ? row.at : new Date(String(row.at));
  return {
    seq: Number(row.seq),
    id: String(row.id),
    at,
    requestId: String(row.request_id),
    officerId: String(row.officer_id),
    organisation: String(row.organisation),
    roles: textArray(row.roles, 'roles'),
    participantId: typeof row.participant_id === 'string' ? row.participant_id : null,
    categories: textArray(row.categories, 'categories'),
    action: String(row.action) as ChainedEntry['action'],
    purpose: String(row.purpose),
    decision: String(row.decision) as ChainedEntry['decision'],
    reason: String(row.reason),
    callerOnTeam: row.caller_on_team === null || row.caller_on_team === undefined ? null : Boolean(row.caller_on_team),
  };
}
