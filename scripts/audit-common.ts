/**
 * What `audit:verify` and `audit:checkpoint` share: where each agency's log
 * is read from, errors in words an operator can act on, and reading an
 * agency's signed checkpoints from its own database and its witnesses'.
 */
import type { KeyObject } from 'node:crypto';
import { Client } from 'pg';
import { AGENCIES, type Agency } from '../shared/src/caller';
import { agencyDatabaseName } from '../shared/src/service/config';
import { databaseUrl, LOCAL_ADMIN_URL } from '../dev/src/postgres';
import { CHECKPOINT_COLUMNS, checkpointFromRow, checkpointSignatureValid } from '../shared/src/audit';
import type { FoundCheckpoint } from '../shared/src/audit/verify';

export class UsageError extends Error {}

/** Where a script writes: the process's streams, or a test's buffers. */
export interface ScriptIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: ScriptIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Where one agency's log is read from; `url` carries the password, the rest is safe to print. */
export interface Target {
  url: string;
  database: string;
  server: string;
  user: string;
  source: string;
}

export function target(agency: Agency, prefix: string, env: NodeJS.ProcessEnv): Target {
  const variable = `${agency}_AUDIT_DATABASE_URL`;
  const own = env[variable];
  let url: string;
  let source: string;
  if (own !== undefined && own !== '') {
    url = own;
    source = variable;
  } else {
    const admin = env.PG_ADMIN_URL !== undefined && env.PG_ADMIN_URL !== '' ? env.PG_ADMIN_URL : LOCAL_ADMIN_URL;
    source = admin === LOCAL_ADMIN_URL ? 'the local default server' : 'PG_ADMIN_URL';
    try {
      url = databaseUrl(admin, agencyDatabaseName(prefix, agency));
    } catch {
      throw new UsageError('PG_ADMIN_URL is not a valid connection URL');
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${source === variable ? variable : 'PG_ADMIN_URL'} is not a valid connection URL`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new UsageError(`${source === variable ? variable : 'PG_ADMIN_URL'} must be a postgres:// URL`);
  }
  return {
    url,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)',
    server: parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname || 'localhost',
    user: decodeURIComponent(parsed.username) || '(default user)',
    source,
  };
}

/** A connection or database failure, in words an operator can act on. */
export function describeError(err: unknown, t: Target): string {
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : String(err);
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot connect to PostgreSQL at ${t.server} (connection refused; is it running? set PG_ADMIN_URL or the agency's _AUDIT_DATABASE_URL)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot connect to PostgreSQL: host of ${t.server} not found`;
    case 'ETIMEDOUT':
      return `cannot connect to PostgreSQL at ${t.server}: timed out`;
    case '3D000':
      return `database "${t.database}" does not exist on ${t.server} (is the system set up there? use --prefix for another name)`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${t.server} refused user "${t.user}": ${message}`;
    case '42501':
      return `user "${t.user}" may not read the audit log in "${t.database}": ${message}`;
    case '42P01':
    case '42703':
      return `the audit tables in "${t.database}" are missing or differ from what this tool expects (${message}); is the database migrated?`;
    default:
      if (/timeout/i.test(message)) return `cannot connect to PostgreSQL at ${t.server}: ${message}`;
      return code ? `${message} (${code})` : message;
  }
}

/** One option on the command line, as `walkOptions` hands it over. */
export interface Option {
  /** The option's name, `--prefix` in both `--prefix mk` and `--prefix=mk`. */
  name: string;
  /** Its value: after `=`, else the next argument (which must not be an option). */
  value(): string;
  /** For an option that takes no value: refuses `--json=yes`. */
  flag(): true;
}

/**
 * Walks a script's arguments: `take` handles each option and returns false
 * for one it does not know, which stops the script with a usage error, as
 * does anything that is not an option.
 */
function walkOptions(argv: string[], take: (option: Option) => boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const option: Option = {
      name,
      value: () => {
        if (eq > 0) return arg.slice(eq + 1);
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
        i += 1;
        return next;
      },
      flag: () => {
        if (eq > 0) throw new UsageError(`${name} takes no value`);
        return true;
      },
    };
    if (!take(option))
      throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument "${arg}"`);
  }
}

/** The options both audit tools take. */
export interface CommonOptions {
  /** The agencies named with --agency; every agency when none is. */
  agencies: Agency[];
  /** The start of each agency's database name (--prefix). */
  prefix: string;
  help: boolean;
}

/**
 * Reads a tool's arguments: --agency (names separated by commas, any case,
 * repeatable), --prefix and --help here, the tool's own options through
 * `own` (false for one it does not know).
 */
export function readOptions<T extends CommonOptions>(
  argv: string[],
  defaults: T,
  own: (option: Option, options: T) => boolean,
): T {
  const options = { ...defaults, agencies: [] as Agency[] };
  walkOptions(argv, (option) => {
    switch (option.name) {
      case '--agency':
        for (const part of option.value().split(',')) {
          const agency = part.trim().toUpperCase();
          if (!(AGENCIES as readonly string[]).includes(agency))
            throw new UsageError(`unknown agency "${part.trim()}"; use one of ${AGENCIES.join(', ')}`);
          if (!options.agencies.includes(agency as Agency)) options.agencies.push(agency as Agency);
        }
        return true;
      case '--prefix': {
        const value = option.value();
        if (!/^[a-z_][a-z0-9_]*$/.test(value) || value.length > 50)
          throw new UsageError(
            `invalid --prefix "${value}": use lower-case letters, digits and _, not starting with a digit`,
          );
        options.prefix = value;
        return true;
      }
      case '-h':
      case '--help':
        options.help = true;
        return true;
      default:
        return own(option, options);
    }
  });
  return { ...options, agencies: options.agencies.length > 0 ? options.agencies : [...AGENCIES] };
}

export async function connect(t: Target, application: string): Promise<Client> {
  const client = new Client({
    connectionString: t.url,
    connectionTimeoutMillis: 10_000,
    application_name: application,
  });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/**
 * The checkpoints of `agency`'s chain as held by its own database and by the
 * other agencies' (witnesses), each with its signature checked against
 * `publicKey`. A database that cannot be read is named in `unread`.
 */
export async function readCheckpoints(
  agency: Agency,
  targets: (a: Agency) => Target,
  publicKey: KeyObject,
): Promise<{ found: FoundCheckpoint[]; ownRead: boolean; unread: string[] }> {
  const found: FoundCheckpoint[] = [];
  const unread: string[] = [];
  let ownRead = false;
  for (const holder of AGENCIES) {
    const t = targets(holder);
    let client: Client | null = null;
    try {
      client = await connect(t, 'audit-checkpoints');
      const rows = await client.query(
        `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoint WHERE agency = $1 ORDER BY seq`,
        [agency],
      );
      for (const row of rows.rows as Array<Record<string, unknown>>) {
        const c = checkpointFromRow(row);
        found.push({
          ...c,
          source: t.database,
          own: holder === agency,
          signatureValid: checkpointSignatureValid(publicKey, c),
        });
      }
      if (holder === agency) ownRead = true;
    } catch (err) {
      unread.push(`${t.database} (${describeError(err, t)})`);
    } finally {
      await client?.end().catch(() => {});
    }
  }
  return { found, ownRead, unread };
}
