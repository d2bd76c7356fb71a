/**
 * Checking an agency's audit chain.
 *
 * Anyone able to bypass the append-only triggers (a database admin) can
 * still change or remove rows; the chain makes that visible:
 *  - CHANGED: an entry's content no longer matches its hash, or its link to
 *    the entry before it is broken (that entry was rewritten with a
 *    recomputed hash, or the link itself was altered);
 *  - MISSING: a gap in seq, i.e. one or more entries were removed;
 *  - HEAD_MISMATCH: the chain head does not point at the last entry (entries
 *    removed from the end, a head moved by hand, rows added past the head).
 *
 * A chain that was cut and relinked by someone who can also move the head
 * looks whole on its own. Signed checkpoints (anchor.ts) are checked too,
 * when given:
 *  - TAIL_CUT: the head lies before an entry a checkpoint signed (entries
 *    were removed from the end and the head moved back);
 *  - REWRITTEN: the entry a checkpoint signed is no longer the same (entries
 *    up to it were replaced or forged, and relinked);
 *  - FORGED_CHECKPOINT: a checkpoint not signed with the checkpoint key, or
 *    two that disagree;
 *  - CHECKPOINT_REMOVED: a checkpoint a witness holds is gone from the
 *    agency's own database.
 */
import { AUDIT_ENTRY_COLUMNS, GENESIS_HASH, chainedEntryFromRow, computeEntryHash } from './chain';
import type { Checkpoint } from './anchor';
import type { AuditQuery } from './writer';

export type AuditProblemKind =
  'CHANGED' | 'MISSING' | 'HEAD_MISMATCH' | 'TAIL_CUT' | 'REWRITTEN' | 'FORGED_CHECKPOINT' | 'CHECKPOINT_REMOVED';

/** A checkpoint as found in one database, with whether its signature holds. */
export interface FoundCheckpoint extends Checkpoint {
  /** Where it was read: the agency's own database or a witness's. */
  source: string;
  own: boolean;
  signatureValid: boolean;
}

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
  detail: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries read and checked (those up to the chain head). */
  entries: number;
  problems: AuditProblem[];
  /** Problems found beyond `maxProblems` and therefore not listed. */
  problemsOmitted: number;
  /** The last entry a valid checkpoint anchors, and when it was signed; null without one. */
  anchored: { seq: number; signedAt: Date } | null;
  /** Entries after the last checkpoint: checked for links, not yet anchored. */
  unanchored: number;
}

export interface VerifyOptions {
  /** Rows fetched per query; bounds memory. Default 5,000. */
  pageSize?: number;
  /** At most this many problems are listed. Default 1,000. */
  maxProblems?: number;
  /** The agency's checkpoints as found in its own database and its witnesses', each with its signature checked. */
  checkpoints?: readonly FoundCheckpoint[];
  /** Whether the agency's own database was read for checkpoints (then one a witness holds and it does not was removed). */
  ownCheckpointsRead?: boolean;
}

/**
 * Walks the whole chain of `agency` in seq order. `query` may be bound to a
 * pool: the walk only relies on committed entries never changing, and the
 * final comparison with the head is a single statement.
 */
export async function verifyAuditLog(
  query: AuditQuery,
  agency: string,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 5000;
  const maxProblems = options.maxProblems ?? 1000;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError('verifyAuditLog: pageSize must be >= 1');

  const problems: AuditProblem[] = [];
  let problemsOmitted = 0;
  const report = (seq: number, kind: AuditProblemKind, detail: string) => {
    if (problems.length < maxProblems) problems.push({ seq, kind, detail });
    else problemsOmitted += 1;
  };

  // The head is read first: every entry up to it was committed together
  // with it, so entries appended while we walk cannot confuse the check.
  const headRows = await query(`SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1`, [agency]);
  const headRow = headRows[0] as { seq: string; hash: string } | undefined;
  const head = headRow ? { seq: Number(headRow.seq), hash: headRow.hash } : null;
  if (!head) report(0, 'HEAD_MISMATCH', `no chain head for agency ${agency}`);

  let prev = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const rows = await query(
      `SELECT ${AUDIT_ENTRY_COLUMNS}, prev_hash, hash FROM audit_log
        WHERE seq > $1 AND ($2::bigint IS NULL OR seq <= $2::bigint)
        ORDER BY audit_log.seq LIMIT $3`,
      [String(prev.seq), head ? String(head.seq) : null, pageSize],
    );
    for (const row of rows as Array<Record<string, unknown>>) {
      const seq = Number(row.seq);
      const prevHash = String(row.prev_hash);
      const hash = String(row.hash);
      if (seq > prev.seq + 1) {
        const first = prev.seq + 1;
        const last = seq - 1;
        report(first, 'MISSING', first === last ? `entry ${first} is missing` : `entries ${first}–${last} are missing`);
      }
      const changed: string[] = [];
      if (seq === prev.seq + 1 && prevHash !== prev.hash) {
        changed.push(
          seq === 1
            ? 'prev_hash of the first entry is not the genesis hash'
            : `prev_hash does not match the hash of entry ${prev.seq} (that entry was rewritten with a new hash, or this link was altered)`,
        );
      }
      try {
        if (computeEntryHash(prevHash, chainedEntryFromRow(row)) !== hash) {
          changed.push('content does not match the stored hash');
        }
      } catch (error) {
        changed.push(`content cannot be hashed: ${(error as Error).message}`);
      }
      if (changed.length > 0) report(seq, 'CHANGED', changed.join('; '));
      entries += 1;
      prev = { seq, hash };
    }
    if (rows.length < pageSize) break;
  }

  if (head) {
    if (prev.seq !== head.seq) {
      report(
        head.seq,
        'HEAD_MISMATCH',
        `the chain head is at entry ${head.seq} but the log ends at entry ${prev.seq}: ` +
          (head.seq - prev.seq === 1
            ? `entry ${head.seq} was removed`
            : `entries ${prev.seq + 1}–${head.seq} were removed`),
      );
    } else if (prev.hash !== head.hash) {
      report(head.seq, 'HEAD_MISMATCH', `the chain head's hash differs from the hash of entry ${head.seq}`);
    }
  }

  // Rows past the head were not appended through the chain (one statement,
  // so the head and the rows are seen at the same moment).
  const beyondRows = await query(
    `SELECT h.seq::text AS seq, (SELECT count(*) FROM audit_log l WHERE l.seq > h.seq)::text AS beyond
       FROM audit_chain_head h WHERE h.agency = $1`,
    [agency],
  );
  const beyond = beyondRows[0] as { seq: string; beyond: string } | undefined;
  if (beyond && Number(beyond.beyond) > 0) {
    report(
      Number(beyond.seq) + 1,
      'HEAD_MISMATCH',
      `${beyond.beyond} entries lie beyond the chain head (entry ${beyond.seq}); they were not appended through the chain`,
    );
  }

  const anchored = await checkAnchors(
    query,
    agency,
    options.checkpoints ?? [],
    options.ownCheckpointsRead ?? false,
    head,
    report,
  );
  return {
    ok: problems.length === 0 && problemsOmitted === 0,
    entries,
    problems,
    problemsOmitted,
    anchored,
    unanchored: anchored && head ? Math.max(0, head.seq - anchored.seq) : (head?.seq ?? 0),
  };
}

const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

/**
 * Checks the chain against its signed checkpoints: every valid one must
 * still sign the entry at its sequence number, and the head may not lie
 * before any of them. Returns the latest valid checkpoint.
 */
async function checkAnchors(
  query: AuditQuery,
  agency: string,
  found: readonly FoundCheckpoint[],
  ownRead: boolean,
  head: { seq: number; hash: string } | null,
  report: (seq: number, kind: AuditProblemKind, detail: string) => void,
): Promise<{ seq: number; signedAt: Date } | null> {
  const mine = found.filter((c) => c.agency === agency);
  for (const c of mine.filter((x) => !x.signatureValid)) {
    report(
      c.seq,
      'FORGED_CHECKPOINT',
      `the checkpoint of entry ${c.seq} in ${c.source} is not signed with the checkpoint key: someone without the key wrote it`,
    );
  }
  const valid = new Map<number, FoundCheckpoint[]>();
  for (const c of mine.filter((x) => x.signatureValid)) valid.set(c.seq, [...(valid.get(c.seq) ?? []), c]);
  if (valid.size === 0) return null;
  const owned = new Set(mine.filter((c) => c.own && c.signatureValid).map((c) => c.seq));
  const seqs = [...valid.keys()].sort((a, b) => a - b);
  const hashes = await query(`SELECT seq::text AS seq, hash FROM audit_log WHERE seq = ANY($1::bigint[])`, [
    seqs.map(String),
  ]);
  const stored = new Map((hashes as Array<{ seq: string; hash: string }>).map((r) => [Number(r.seq), r.hash]));
  let cut = false;
  for (const seq of seqs) {
    const copies = valid.get(seq)!;
    const signed = copies[0]!;
    if (copies.some((c) => c.hash !== signed.hash)) {
      report(
        seq,
        'FORGED_CHECKPOINT',
        `validly signed checkpoints of entry ${seq} disagree (${copies.map((c) => c.source).join(', ')})`,
      );
    }
    if (ownRead && !owned.has(seq)) {
      report(
        seq,
        'CHECKPOINT_REMOVED',
        `the checkpoint of entry ${seq} signed ${when(signed.signedAt)} is held by ${copies.map((c) => c.source).join(', ')} but gone from ${agency}'s own database`,
      );
    }
    if (seq === 0) continue;
    if (head && head.seq < seq) {
      if (!cut) {
        report(
          seq,
          'TAIL_CUT',
          `the chain head was moved back to entry ${head.seq}, but entry ${seq} was signed in the checkpoint of ${when(signed.signedAt)}: ` +
            `entries ${head.seq + 1}–${seq} (at least) were cut off`,
        );
      }
      cut = true;
      continue;
    }
    const hash = stored.get(seq);
    if (hash === undefined) {
      report(seq, 'TAIL_CUT', `entry ${seq}, signed in the checkpoint of ${when(signed.signedAt)}, is gone`);
    } else if (hash !== signed.hash) {
      report(
        seq,
        'REWRITTEN',
        `entry ${seq} is not the entry signed in the checkpoint of ${when(signed.signedAt)}: the chain was rewritten up to it ` +
          `(entries replaced or forged and relinked, the head moved on over them)`,
      );
    }
  }
  const last = valid.get(seqs[seqs.length - 1]!)![0]!;
  return { seq: last.seq, signedAt: last.signedAt };
}
