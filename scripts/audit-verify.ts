/**
 * `npm run audit:verify`: checks the hash chain of each agency's audit log
 * and says, in plain words, whether any entry was changed or removed.
 *
 *   npm run audit:verify
 *   npm run audit:verify -- --agency AF --agency FK
 *   npm run audit:verify -- --json
 *
 * Where each log is read from:
 *  - `<AGENCY>_AUDIT_DATABASE_URL` (e.g. AF_AUDIT_DATABASE_URL) if set;
 *  - else the database `<prefix>_<agency>` (prefix `mk`, as `npm start`
 *    creates them) on the server of PG_ADMIN_URL, or on the local server
 *    postgres://postgres@127.0.0.1:5432/postgres.
 * Nothing is written: each log is read in one read-only transaction, so the
 * check sees one consistent moment even while the system keeps appending.
 *
 * Exit status: 0 every chain checked is intact; 1 a problem was found in
 * some chain (even if another agency could not be checked); 2 wrong usage,
 * or an agency's log could not be read (connection refused, no such
 * database, not migrated, ...).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { Client } from 'pg';
import { AGENCIES, type Agency } from '../shared/src/caller';
import { DEFAULT_KEY_DIR } from '../shared/src/auth/keys';
import { LOCAL_ADMIN_URL } from '../dev/src/postgres';
import {
  CHECKPOINT_PUBLIC_KEY_FILE,
  readCheckpointPublicKey,
  verifyAuditLog,
  type AuditProblem,
  type AuditQuery,
} from '../shared/src/audit';
import {
  describeError,
  processIo,
  readCheckpoints,
  target,
  UsageError,
  readOptions,
  type CommonOptions,
  type ScriptIo,
  type Target,
} from './audit-common';

export type VerifyIo = ScriptIo;

const USAGE = `usage: npm run audit:verify -- [--agency <${AGENCIES.join('|')}>]... [--prefix <name>] [--json] [--page-size <n>] [--checkpoint-key <file>]

Checks the hash chain of each agency's audit log (every agency by default), and
checks it against the signed checkpoints (npm run audit:checkpoint) that the
agency's own database and the other agencies' databases hold.

  --agency <a>          check only this agency; repeat, or separate with commas
  --prefix <name>       database name prefix: the log of AF is read from <name>_af
                        (default mk, the databases \`npm start\` creates)
  --json                print the result as JSON on stdout
  --page-size <n>       entries read per query (default 5000)
  --checkpoint-key <f>  the checkpoint key's public half (PEM); default
                        AUDIT_CHECKPOINT_PUBLIC_KEY_FILE, else .keys/${CHECKPOINT_PUBLIC_KEY_FILE}
                        if it exists. Without one, no checkpoint is checked.

Each agency's log is read from <AGENCY>_AUDIT_DATABASE_URL if that is set,
else from <prefix>_<agency> on the server of PG_ADMIN_URL, else on
${LOCAL_ADMIN_URL}. Nothing is written. (When \`npm start\` runs an
embedded PostgreSQL under .data/, set PG_ADMIN_URL to that server.)

Exit status: 0 all chains intact; 1 a chain has been changed or cut;
2 wrong usage, or a log could not be read.
`;

const DEFAULT_PREFIX = 'mk';
/** Seconds between progress lines while one agency's log is being walked. */
const PROGRESS_INTERVAL_MS = 2000;

interface Options extends CommonOptions {
  json: boolean;
  pageSize: number | undefined;
  checkpointKey: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const defaults: Options = {
    agencies: [],
    prefix: DEFAULT_PREFIX,
    json: false,
    pageSize: undefined,
    checkpointKey: undefined,
    help: false,
  };
  return readOptions(argv, defaults, (option, options) => {
    switch (option.name) {
      case '--json':
        options.json = option.flag();
        return true;
      case '--page-size': {
        const raw = option.value();
        const n = Number(raw);
        if (!Number.isSafeInteger(n) || n < 1)
          throw new UsageError(`--page-size must be a whole number of at least 1; got "${raw}"`);
        options.pageSize = n;
        return true;
      }
      case '--checkpoint-key':
        options.checkpointKey = option.value();
        return true;
      default:
        return false;
    }
  });
}

export interface AgencyResult {
  agency: Agency;
  database: string;
  server: string;
  /** True when the chain was read and has no problem. */
  ok: boolean;
  /** Entries read and checked; null when the log could not be read. */
  entries: number | null;
  problems: AuditProblem[];
  problemsOmitted: number;
  /** The last entry a valid checkpoint anchors; null without one (or without the key). */
  anchored?: { seq: number; signedAt: Date } | null;
  /** Entries after the last checkpoint. */
  unanchored?: number;
  /** Why the log could not be checked. */
  error?: string;
}

/** The checkpoint key's public half: --checkpoint-key, AUDIT_CHECKPOINT_PUBLIC_KEY_FILE, else the development key if there is one. */
async function checkpointKey(option: string | undefined, env: NodeJS.ProcessEnv): Promise<KeyObject | null> {
  const file = option ?? (env.AUDIT_CHECKPOINT_PUBLIC_KEY_FILE || undefined);
  if (file !== undefined) {
    try {
      return await readCheckpointPublicKey(file);
    } catch (err) {
      throw new UsageError(
        `cannot read the checkpoint key ${file}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const dev = path.join(DEFAULT_KEY_DIR, CHECKPOINT_PUBLIC_KEY_FILE);
  return existsSync(dev) ? readCheckpointPublicKey(dev) : null;
}

async function checkAgency(
  agency: Agency,
  t: Target,
  targets: (a: Agency) => Target,
  key: KeyObject | null,
  pageSize: number | undefined,
  progress: (line: string) => void,
): Promise<AgencyResult> {
  const base = { agency, database: t.database, server: t.server };
  const client = new Client({
    connectionString: t.url,
    connectionTimeoutMillis: 10_000,
    application_name: 'audit-verify',
  });
  client.on('error', () => {});
  try {
    // The checkpoints first: each was signed over a head committed before it was stored, so the snapshot below sees it.
    const checkpoints = key ? await readCheckpoints(agency, targets, key) : null;
    for (const u of checkpoints?.unread ?? []) progress(`${agency}: checkpoints not read from ${u}`);
    await client.connect();
    // One snapshot for the whole walk; and a guarantee that nothing is written.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await client.query<{ log: boolean; head: boolean }>(
      `SELECT to_regclass('audit_log') IS NOT NULL AS log, to_regclass('audit_chain_head') IS NOT NULL AS head`,
    );
    if (!tables.rows[0]?.log || !tables.rows[0]?.head) {
      return {
        ...base,
        ok: false,
        entries: null,
        problems: [],
        problemsOmitted: 0,
        error: `database "${t.database}" on ${t.server} has no audit log (audit_log / audit_chain_head); is it an agency database, migrated?`,
      };
    }
    const head = await client.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM audit_chain_head WHERE agency = $1`,
      [agency],
    );
    const total = head.rows[0] ? Number(head.rows[0].seq) : null;
    progress(
      `${agency}: checking ${t.database} on ${t.server} as ${t.user} (${t.source})` +
        (total === null ? ', no chain head found' : `, chain head at entry ${total}`),
    );

    let seen = 0;
    let lastSeq = 0;
    let lastReport = Date.now();
    const query: AuditQuery = async (sql, params) => {
      const result = await client.query(sql, params);
      const rows = result.rows as Array<Record<string, unknown>>;
      // Pages of entries carry their hashes; count them for the progress line.
      if (rows.length > 0 && 'prev_hash' in rows[0]! && 'seq' in rows[0]) {
        seen += rows.length;
        lastSeq = Number(rows[rows.length - 1]!.seq);
        if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
          lastReport = Date.now();
          const share = total && total > 0 ? ` (${Math.min(100, Math.floor((lastSeq / total) * 100))} %)` : '';
          progress(
            `${agency}: ${seen} entries checked, at entry ${lastSeq}${total !== null ? ` of ${total}` : ''}${share}`,
          );
        }
      }
      return rows;
    };
    const verification = await verifyAuditLog(query, agency, {
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(checkpoints ? { checkpoints: checkpoints.found, ownCheckpointsRead: checkpoints.ownRead } : {}),
    });
    await client.query('COMMIT');
    return {
      ...base,
      ok: verification.ok,
      entries: verification.entries,
      problems: verification.problems,
      problemsOmitted: verification.problemsOmitted,
      anchored: key ? verification.anchored : null,
      unanchored: verification.unanchored,
    };
  } catch (err) {
    return { ...base, ok: false, entries: null, problems: [], problemsOmitted: 0, error: describeError(err, t) };
  } finally {
    await client.end().catch(() => {});
  }
}

function anchorNote(r: AgencyResult): string {
  if (!r.anchored) return '';
  const at = r.anchored.signedAt.toISOString().replace('T', ' ').slice(0, 19);
  return `; anchored to entry ${r.anchored.seq} by the checkpoint of ${at} UTC, ${plural(r.unanchored ?? 0, 'entry', 'entries')} after it`;
}

function problemLine(p: AuditProblem): string {
  const where = p.seq > 0 ? `entry ${p.seq}` : 'chain head';
  return `  ${where}: ${p.kind} - ${p.detail}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function textReport(results: AgencyResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const where = `${r.agency} (${r.database} on ${r.server})`;
    if (r.error !== undefined) {
      lines.push(`${where}: NOT CHECKED - ${r.error}`);
      continue;
    }
    if (r.ok) {
      lines.push(`${where}: ${plural(r.entries ?? 0, 'entry', 'entries')} checked, OK${anchorNote(r)}`);
      continue;
    }
    const count = r.problems.length + r.problemsOmitted;
    lines.push(
      `${where}: ${plural(r.entries ?? 0, 'entry', 'entries')} checked, ${plural(count, 'PROBLEM', 'PROBLEMS')}`,
    );
    for (const p of r.problems) lines.push(problemLine(p));
    if (r.problemsOmitted > 0)
      lines.push(`  ... and ${plural(r.problemsOmitted, 'more problem', 'more problems')} not listed`);
  }
  const broken = results.filter((r) => r.error === undefined && !r.ok).map((r) => r.agency);
  const unchecked = results.filter((r) => r.error !== undefined).map((r) => r.agency);
  lines.push('');
  if (broken.length > 0) {
    lines.push(
      `The audit log has been changed or cut in: ${broken.join(', ')}. Keep the databases as they are and report it.`,
    );
  }
  if (unchecked.length > 0) lines.push(`Could not be checked: ${unchecked.join(', ')}.`);
  if (broken.length === 0 && unchecked.length === 0) {
    lines.push(results.length === 1 ? 'The audit chain is intact.' : `All ${results.length} audit chains are intact.`);
  }
  return `${lines.join('\n')}\n`;
}

function exitCode(results: AgencyResult[]): number {
  if (results.some((r) => r.error === undefined && !r.ok)) return 1;
  if (results.some((r) => r.error !== undefined)) return 2;
  return 0;
}

/**
 * Runs the check. `argv` are the arguments after the script name; resolves
 * to the exit status (see the file comment). Never throws for bad input or
 * an unreachable database: it says so and resolves to 2.
 */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: VerifyIo = processIo,
): Promise<number> {
  let options: Options;
  let targets: Array<[Agency, Target]>;
  let key: KeyObject | null;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    const prefix = options.prefix;
    targets = options.agencies.map((agency) => [agency, target(agency, prefix, env)]);
    key = await checkpointKey(options.checkpointKey, env);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`audit:verify: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`audit:verify: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }

  if (!key)
    io.stderr(
      'audit:verify: no checkpoint key (--checkpoint-key, AUDIT_CHECKPOINT_PUBLIC_KEY_FILE): the chains are checked without their checkpoints\n',
    );
  const results: AgencyResult[] = [];
  const witnesses = (a: Agency) => target(a, options.prefix, env);
  for (const [agency, t] of targets) {
    results.push(await checkAgency(agency, t, witnesses, key, options.pageSize, (line) => io.stderr(`${line}\n`)));
  }
  const code = exitCode(results);
  if (options.json) {
    io.stdout(`${JSON.stringify({ ok: code === 0, exitCode: code, agencies: results }, null, 2)}\n`);
  } else {
    io.stdout(textReport(results));
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // Exit once everything written so far has reached stdout (it may be a pipe).
    (code) => void process.stdout.write('', () => process.exit(code)),
    (err: unknown) => {
      process.stderr.write(`audit:verify: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
