/**
 * The whole federation with every service in a process of its own, as in
 * production: the agencies' subgraphs and the gateway are started with
 * `node --import tsx <main.ts>`, configured through the environment only.
 * Used by the fault tests and the soak, which stop, freeze and restart
 * services and cut a subgraph off from its database while the rest runs.
 *
 * Each subgraph reaches PostgreSQL through a small TCP relay in this
 * process, so its database can be cut (open connections reset, new ones
 * refused) and restored without touching the shared server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import {
  AGENCIES,
  agencyDatabase,
  agencyFolder,
  createLogger,
  referenceDayForChildren,
  ensureDevKeys,
  runMigrations,
  today,
  agencyDatabaseName,
  type Agency,
} from '@malmokraften/shared';
import { demoPopulation, dropDatabase, provisionDatabase, signPersonaToken, type DemoPerson } from '@malmokraften/dev';
import { AGENCY_DEMOS as DEMOS, AGENCY_MODULES as MODULES } from './agencies';
import { copyDemoTemplate, sharedDemoTemplates } from './system';

const ROOT = path.join(__dirname, '..');
/** Each service's main file: an agency's is in the folder the registry names. */
const mainFile = (service: Agency | 'GATEWAY') =>
  service === 'GATEWAY' ? 'gateway/src/main.ts' : `subgraphs/${agencyFolder(service)}/src/main.ts`;

export type Signal = 'SIGTERM' | 'SIGKILL';

export interface ProcessSystemOptions {
  /** Administrator URL of the PostgreSQL server; default PG_ADMIN_URL. */
  adminUrl?: string;
  /** Database name prefix; each agency gets `<prefix>_<agency>`. Default `mkt_<pid>_<random>`. */
  databasePrefix?: string;
  population?: { ongoing: number; discharged: number };
  teamCapacity?: number;
  /** Fixed ports; free ports are chosen for the others. */
  ports?: Partial<Record<Agency | 'GATEWAY', number>>;
  /** Folder with the development signing key; default a fresh temporary one. */
  keyDir?: string;
  /** Runs every service with NODE_ENV=production. */
  production?: boolean;
  /** Further environment per service (e.g. the gateway's breaker settings). */
  env?: Partial<Record<Agency | 'GATEWAY', Record<string, string>>>;
  /** pino level of the services; default info, so the logs can be read back. */
  logLevel?: string;
  /** How long a service may take to answer `/health/ready`; default 90 s. */
  startTimeoutMs?: number;
  /** Drop the databases on stop; default true. */
  dropDatabases?: boolean;
  /** Copy every service line to this process's stderr as it arrives. */
  echo?: boolean;
  /**
   * Demo databases to copy instead of migrating and seeding anew
   * (`templatePrefix` of `startSystem`); default those of this population
   * in the tests' run (`sharedDemoTemplates` of TEST_TEMPLATE_PREFIX, which
   * the tests' global setup sets).
   */
  templatePrefix?: string;
}

export interface ServiceProcess {
  /** The service's GraphQL URL (`http://127.0.0.1:<port>/graphql`). */
  url: string;
  /** `http://127.0.0.1:<port>`, for `/health/live` and `/health/ready`. */
  baseUrl: string;
  /** The running process's id; throws when it is not running. */
  pid(): number;
  running(): boolean;
  /** Sends the signal and waits until the process has exited; resolves with its exit code (null when killed by a signal). */
  stop(signal?: Signal): Promise<number | null>;
  /** Starts the service again on the same port and waits until it is ready. */
  start(): Promise<void>;
  /** Resolves when the current process exits, with its exit code and signal. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SubgraphProcess extends ServiceProcess {
  agency: Agency;
  /** The subgraph's own connection URL (its role), through the relay. */
  databaseUrl: string;
  /** Resets the subgraph's open database connections and refuses new ones. */
  cutDatabase(): Promise<void>;
  /**
   * Holds what the subgraph sends to its database (connections stay open,
   * statements wait), as a database that has stopped answering.
   */
  holdDatabase(): Promise<void>;
  /** Lets the subgraph reach its database again, after a cut or a hold. */
  restoreDatabase(): Promise<void>;
}

export interface ProcessSystem {
  gatewayUrl: string;
  people: DemoPerson[];
  keyDir: string;
  subgraphs: Record<Agency, SubgraphProcess>;
  gateway: ServiceProcess;
  /** A signed token of a demo persona, for the running services. */
  token(persona: string): Promise<string>;
  /** Every line the services wrote to stdout and stderr so far, in arrival order. */
  logs(): string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Ports that are free now: all are held open together, then released, so no two are the same. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** A TCP relay from a local port to the PostgreSQL server that can be cut, held and restored. */
class DatabaseRelay {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private cut = false;
  private held = false;
  port = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket): void {
    if (this.cut) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.upstreamPort, this.upstreamHost);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.setNoDelay(true);
      s.on('close', () => this.sockets.delete(s));
    }
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    const pair = { client, upstream };
    this.pairs.add(pair);
    client.on('close', () => this.pairs.delete(pair));
    if (!this.held) client.pipe(upstream);
    upstream.pipe(client);
  }

  setCut(cut: boolean): void {
    this.cut = cut;
    if (!cut) return;
    for (const s of this.sockets) s.resetAndDestroy();
    this.sockets.clear();
  }

  /** Stops forwarding what the clients send (kept, not lost) or starts again. */
  setHeld(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    for (const { client, upstream } of this.pairs) {
      if (held) {
        client.unpipe(upstream);
        client.pause();
      } else {
        client.pipe(upstream);
      }
    }
  }

  async close(): Promise<void> {
    this.setCut(true);
    await new Promise((resolve) => this.server.close(resolve));
  }
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** How many of a service's last output lines a failed start reports. */
const TAIL_LINES = 20;

/** A service that died before it was ready, with what it wrote last. */
class StartFailed extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(output ? `${message}; its last output:\n${output}` : message);
  }
}

/** One service: its command, environment and port, and whichever process currently runs it. */
class Service implements ServiceProcess {
  private child: ChildProcess | null = null;
  private exit: Promise<Exit> = Promise.resolve({ code: null, signal: null });
  /** The last lines the current process wrote, for the error when it dies before it is ready. */
  private tail: string[] = [];
  private wasReady = false;

  /**
   * @param env the process's environment; its PORT is the service's port, set at each start.
   * @param portChosen the launcher chose the port (a free one, released
   *   before the service binds it), so another may be taken if something
   *   else binds it first; not so for a port the caller named.
   */
  constructor(
    readonly name: string,
    private readonly mainFile: string,
    private port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly sink: (service: string, line: string) => void,
    private readonly startTimeoutMs: number,
    private readonly portChosen: boolean,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `${this.baseUrl}/graphql`;
  }

  pid(): number {
    if (!this.child?.pid || !this.running()) throw new Error(`${this.name} is not running`);
    return this.child.pid;
  }

  running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  exited(): Promise<Exit> {
    return this.exit;
  }

  /** Kills the process at once, synchronously: for the launcher's own exit. */
  killNow(): void {
    if (this.running()) this.child?.kill('SIGKILL');
  }

  /**
   * Starts the process and waits until it is ready. A port chosen by the
   * launcher is free when chosen but released before the service binds it,
   * so a process elsewhere on the machine may take it in between; on its
   * first start a service that finds its port taken is given another (at
   * most three tries). Once it has been ready it keeps its port.
   */
  async start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.startOnce();
        this.wasReady = true;
        return;
      } catch (err) {
        const taken = err instanceof StartFailed && err.output.includes('EADDRINUSE');
        if (!taken || !this.portChosen || this.wasReady || attempt === 3) throw err;
        [this.port] = (await freePorts(1)) as [number];
      }
    }
  }

  private async startOnce(): Promise<void> {
    if (this.running()) throw new Error(`${this.name} is already running`);
    this.tail = [];
    const child = spawn(
      process.execPath,
      ['--require', path.join(__dirname, 'exit-with-parent.cjs'), '--import', 'tsx', path.join(ROOT, this.mainFile)],
      {
        cwd: ROOT,
        env: { ...this.env, PORT: String(this.port) },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    for (const stream of [child.stdout, child.stderr]) {
      if (stream)
        createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
          this.tail.push(line);
          if (this.tail.length > TAIL_LINES) this.tail.shift();
          this.sink(this.name, line);
        });
    }
    await this.waitReady(child);
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + this.startTimeoutMs;
    let exited = false;
    void this.exit.then(() => (exited = true));
    while (Date.now() < deadline) {
      if (exited || this.child !== child) {
        // Its last words arrive with or just after its exit.
        await new Promise((r) => setTimeout(r, 50));
        throw new StartFailed(
          `${this.name} exited before it was ready (code ${child.exitCode}, signal ${child.signalCode})`,
          this.tail.join('\n'),
        );
      }
      try {
        const res = await fetch(`${this.baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`${this.name} was not ready within ${this.startTimeoutMs} ms`);
  }

  async stop(signal: Signal = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running()) return child?.exitCode ?? null;
    // A frozen process (SIGSTOP) handles no signal but SIGKILL until it runs again.
    child.kill('SIGCONT');
    child.kill(signal);
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    try {
      return (await this.exit).code;
    } finally {
      clearTimeout(force);
    }
  }
}

const started = new Set<Service>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const s of started) s.killNow();
  });
}

/**
 * Provisions the agencies' databases (fresh, migrated, seeded with the demo
 * population), then starts each subgraph and the gateway as a process of
 * its own and waits until each answers `/health/ready`.
 */
export async function startProcessSystem(opts: ProcessSystemOptions = {}): Promise<ProcessSystem> {
  const adminUrl = opts.adminUrl ?? process.env.PG_ADMIN_URL;
  if (!adminUrl) throw new Error('no PostgreSQL: pass adminUrl or set PG_ADMIN_URL');
  const prefix = opts.databasePrefix ?? `mkt_${process.pid}_${randomBytes(3).toString('hex')}`;
  const keyDir = opts.keyDir ?? mkdtempSync(path.join(tmpdir(), 'mk-keys-'));
  const keys = await ensureDevKeys(keyDir);
  const population = opts.population ?? { ongoing: 40, discharged: 10 };
  const people = demoPopulation(population);
  const settings = { defaultTeamCapacity: opts.teamCapacity ?? 100 };
  const base = process.env.TEST_TEMPLATE_PREFIX;
  const templatePrefix =
    opts.templatePrefix ??
    (base
      ? await sharedDemoTemplates({
          adminUrl,
          base,
          referenceDay: today(),
          population,
          teamCapacity: settings.defaultTeamCapacity,
          // As this launcher seeds a demo: the periods are published by each subgraph when it starts.
          publish: false,
          log: createLogger('test-templates'),
        })
      : undefined);
  const log = createLogger('launcher');
  const admin = new URL(adminUrl);
  const relays: DatabaseRelay[] = [];
  const services: Service[] = [];
  const lines: string[] = [];
  const sink = (service: string, line: string) => {
    lines.push(line);
    if (opts.echo) process.stderr.write(`[${service}] ${line}\n`);
  };
  installExitHook();

  const stopAll = async () => {
    await Promise.all(services.map((s) => s.stop('SIGTERM')));
    for (const s of services) started.delete(s);
    await Promise.all(relays.map((r) => r.close()));
    if (opts.dropDatabases ?? true) {
      await Promise.all(AGENCIES.map((a) => dropDatabase(adminUrl, agencyDatabaseName(prefix, a)).catch(() => {})));
    }
  };

  try {
    const [gatewayPort, ...subgraphPorts] = await freePorts(AGENCIES.length + 1);
    // The services run on this process's clock, the one the demo population was dated from.
    const referenceDay = referenceDayForChildren();
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: opts.production ? 'production' : 'development',
      LOG_LEVEL: opts.logLevel ?? 'info',
      HOST: '127.0.0.1',
      ...(referenceDay ? { REFERENCE_DAY: referenceDay } : {}),
      // The gateway proves itself to the subgraphs as in production, so they do not limit it by address.
      GATEWAY_SECRET: randomBytes(24).toString('base64url'),
    };
    for (const name of ['PG_ADMIN_URL', 'MIGRATION_DATABASE_URL', 'SEED_DEMO_DATA', 'DATABASE_URL', 'PORT'])
      delete baseEnv[name];

    const subgraphs = {} as Record<Agency, SubgraphProcess>;
    await Promise.all(
      AGENCIES.map(async (agency, i) => {
        const spec = agencyDatabase(agency);
        const database = agencyDatabaseName(prefix, agency);
        const m = MODULES[agency];
        const agencyLog = log.child({ service: agency.toLowerCase() });
        const copied =
          templatePrefix !== undefined &&
          (await copyDemoTemplate({
            adminUrl,
            templatePrefix,
            agency,
            database,
            population,
            teamCapacity: settings.defaultTeamCapacity,
            referenceDay: today(),
            published: opts.templatePrefix !== undefined,
            log: agencyLog,
          }));
        const direct = await provisionDatabase(adminUrl, { database, role: spec.role, password: spec.password });
        await runMigrations({
          url: withDatabase(adminUrl, database),
          entities: [],
          migrations: m.migrations,
          log: agencyLog,
        });
        if (!copied) {
          const ds = m.dataSource(direct, agencyLog, 2);
          await ds.initialize();
          try {
            await DEMOS[agency].seed(ds, people, settings);
          } finally {
            await ds.destroy();
          }
        }
        const relay = new DatabaseRelay(admin.hostname || '127.0.0.1', Number(admin.port || 5432));
        relays.push(relay);
        await relay.listen();
        const viaRelay = new URL(direct);
        viaRelay.hostname = '127.0.0.1';
        viaRelay.port = String(relay.port);
        const databaseUrl = viaRelay.toString();
        const port = opts.ports?.[agency] ?? subgraphPorts[i]!;
        const env = {
          ...baseEnv,
          ...opts.env?.[agency],
          DATABASE_URL: databaseUrl,
          TOKEN_JWKS_FILE: keys.jwksFile,
        };
        const service = new Service(
          agency.toLowerCase(),
          mainFile(agency),
          port,
          env,
          sink,
          opts.startTimeoutMs ?? 90_000,
          opts.ports?.[agency] === undefined,
        );
        services.push(service);
        started.add(service);
        subgraphs[agency] = Object.assign(service, {
          agency,
          databaseUrl,
          cutDatabase: async () => relay.setCut(true),
          holdDatabase: async () => relay.setHeld(true),
          restoreDatabase: async () => {
            relay.setCut(false);
            relay.setHeld(false);
          },
        });
      }),
    );
    // Started one after another: on a small machine five TypeScript start-ups at once crowd each other out.
    for (const agency of AGENCIES) await subgraphs[agency].start();

    const port = opts.ports?.GATEWAY ?? gatewayPort!;
    // The gateway verifies tokens too, for its rate limit per caller.
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...baseEnv,
      TOKEN_JWKS_FILE: keys.jwksFile,
      ...opts.env?.GATEWAY,
    };
    for (const agency of AGENCIES) gatewayEnv[`${agency}_URL`] = subgraphs[agency].url;
    const gateway = new Service(
      'gateway',
      mainFile('GATEWAY'),
      port,
      gatewayEnv,
      sink,
      opts.startTimeoutMs ?? 90_000,
      opts.ports?.GATEWAY === undefined,
    );
    services.push(gateway);
    started.add(gateway);
    await gateway.start();

    const tokens = new Map<string, string>();
    return {
      gatewayUrl: gateway.url,
      people,
      keyDir,
      subgraphs,
      gateway,
      token: async (persona) => {
        let t = tokens.get(persona);
        if (!t) {
          t = await signPersonaToken(persona, { keyDir });
          tokens.set(persona, t);
        }
        return t;
      },
      logs: () => lines.join('\n'),
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
