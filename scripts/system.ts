/**
 * Starts the whole federation in one process: the four agencies' subgraphs,
 * each on its own database with its own role, and the gateway in front,
 * talking HTTP to them. Used by `npm start` and by the end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { Client } from 'pg';
import {
  AGENCIES,
  agencyDatabase,
  close,
  createLogger,
  createVerifier,
  ensureDevKeys,
  listen,
  runMigrations,
  setReferenceDay,
  today,
  tokenConfig,
  warmFigures,
  agencyDatabaseName,
  type Agency,
  type Logger,
  type SubgraphService,
  type VerifyCaller,
} from '@malmokraften/shared';
import {
  copyDatabase,
  databaseComment,
  demoPopulation,
  devSignInRoutes,
  dropDatabase,
  provisionDatabase,
  setDatabaseComment,
  type DemoPerson,
} from '@malmokraften/dev';
import { AGENCY_DEMOS as DEMOS, AGENCY_MODULES as MODULES } from './agencies';
import { buildGateway } from '@malmokraften/gateway';

export interface SystemOptions {
  adminUrl: string;
  /** Database name prefix; each agency gets `<prefix>_<agency>`. */
  databasePrefix: string;
  ports?: Partial<Record<Agency | 'GATEWAY', number>>;
  population?: { ongoing: number; discharged: number };
  /**
   * The day the whole process takes as today (YYYY-MM-DD): the clock of the
   * services and the day the demo population is dated from. Default: the
   * process's clock as it stands (REFERENCE_DAY, else the system's).
   */
  referenceDay?: string;
  teamCapacity?: number;
  keyDir?: string;
  log?: Logger;
  production?: boolean;
  /** The built web app to serve at the gateway's `/` (`web/dist`). */
  webDir?: string;
  /**
   * Demo databases made before with the same demo (`prepareDemoTemplates`),
   * `<templatePrefix>_<agency>`: each agency's database is copied from its
   * template instead of migrated and seeded anew, when the template holds the
   * same demo (its mark). The tests make them once per run.
   */
  templatePrefix?: string;
}

export interface RunningSubgraph {
  agency: Agency;
  url: string;
  service: SubgraphService;
  dataSource: DataSource;
  databaseUrl: string;
}

export interface RunningSystem {
  gatewayUrl: string;
  subgraphs: Record<Agency, RunningSubgraph>;
  people: DemoPerson[];
  /** The reference day the demo population is dated from (today on the services' clock when they started). */
  referenceDay: string;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const DEFAULT_POPULATION = { ongoing: 120, discharged: 60 };

/**
 * What a demo database says it holds (its comment): reused only while this
 * is the same. The edition goes up when the demo holds more than before
 * (2: employer work, 3: the joint mapping), so an older demo is made anew.
 */
function demoMark(
  referenceDay: string,
  population: { ongoing: number; discharged: number },
  teamCapacity: number,
  published = true,
): string {
  const mark = `malmokraften demo 3: reference day ${referenceDay}, ${population.ongoing} ongoing, ${population.discharged} discharged, team capacity ${teamCapacity}`;
  return published ? mark : `${mark}, closed periods not published`;
}

interface DemoDatabaseOptions {
  adminUrl: string;
  database: string;
  agency: Agency;
  people: DemoPerson[];
  mark: string;
  teamCapacity: number;
  log: Logger;
  referenceDay: string;
  /** Publish the periods closed before the reference day (default); a service started on it publishes them otherwise. */
  publish?: boolean;
  /** A database holding the same demo to copy, if its mark says so. */
  template?: string;
}

/**
 * Makes one agency's demo database ready: created with the agency's own
 * role, migrated and seeded. A database that holds a demo made for another
 * reference day or population (or whose origin is unknown) is made anew,
 * so the demo is current on the day it runs.
 */
async function prepareDemoDatabase(o: DemoDatabaseOptions): Promise<{ databaseUrl: string; dataSource: DataSource }> {
  const comment = await databaseComment(o.adminUrl, o.database);
  if (comment !== o.mark) {
    // dropDatabase does nothing when there is no such database.
    await dropDatabase(o.adminUrl, o.database);
    if (comment !== null)
      o.log.info(
        { database: o.database },
        `the demo in ${o.database} was made for another day or population (${comment}); made anew`,
      );
  }
  const copied = comment !== o.mark && o.template !== undefined && (await copyOfTemplate(o));
  const spec = agencyDatabase(o.agency);
  const databaseUrl = await provisionDatabase(o.adminUrl, {
    database: o.database,
    role: spec.role,
    password: spec.password,
  });
  const m = MODULES[o.agency];
  await runMigrations({
    url: withDatabase(o.adminUrl, o.database),
    entities: [],
    migrations: m.migrations,
    log: o.log,
  });
  const ds = m.dataSource(databaseUrl, o.log);
  await ds.initialize();
  try {
    if (!copied) {
      if (await DEMOS[o.agency].seed(ds, o.people, { defaultTeamCapacity: o.teamCapacity }))
        await setDatabaseComment(o.adminUrl, o.database, o.mark);
      // The periods closed before the reference day are published now, not on the first question (docs/REPORT-DEFINITIONS.md).
      if (m.figures && o.publish !== false) await warmFigures(ds, m.figures, o.referenceDay);
    }
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return { databaseUrl, dataSource: ds };
}

/** Copies the template when it holds the same demo; false (and the database is made the long way) when it does not or cannot be copied. */
async function copyOfTemplate(o: DemoDatabaseOptions): Promise<boolean> {
  if ((await databaseComment(o.adminUrl, o.template!)) !== o.mark) return false;
  try {
    await copyDatabase(o.adminUrl, o.template!, o.database);
    await setDatabaseComment(o.adminUrl, o.database, o.mark);
    return true;
  } catch (err) {
    o.log.warn(
      { database: o.database, template: o.template, err: (err as Error).message },
      'could not copy the demo template; migrating and seeding instead',
    );
    await dropDatabase(o.adminUrl, o.database);
    return false;
  }
}

/**
 * Copies `<templatePrefix>_<agency>` to `database` when it holds the demo of
 * this population, team capacity and reference day (for systems made
 * otherwise than by `startSystem`, e.g. as separate processes).
 */
export async function copyDemoTemplate(o: {
  adminUrl: string;
  templatePrefix: string;
  agency: Agency;
  database: string;
  population: { ongoing: number; discharged: number };
  teamCapacity: number;
  referenceDay: string;
  /** Whether the template's closed periods are to be published already; default yes. */
  published?: boolean;
  log: Logger;
}): Promise<boolean> {
  return copyOfTemplate({
    adminUrl: o.adminUrl,
    database: o.database,
    agency: o.agency,
    people: [],
    mark: demoMark(o.referenceDay, o.population, o.teamCapacity, o.published),
    teamCapacity: o.teamCapacity,
    log: o.log,
    referenceDay: o.referenceDay,
    template: agencyDatabaseName(o.templatePrefix, o.agency),
  });
}

/**
 * Makes `<prefix>_<agency>` demo databases to copy from (`templatePrefix`):
 * migrated, seeded and with the closed periods published (unless `publish`
 * is false), and no session left open on them. Returns the prefix.
 */
export async function prepareDemoTemplates(opts: {
  adminUrl: string;
  prefix: string;
  referenceDay: string;
  population?: { ongoing: number; discharged: number };
  teamCapacity?: number;
  publish?: boolean;
  log: Logger;
}): Promise<string> {
  await seedDemo({ ...opts, databasePrefix: opts.prefix, population: opts.population ?? DEFAULT_POPULATION });
  return opts.prefix;
}

/**
 * The template databases of one demo (population and team capacity) in the
 * tests' run whose templates are named from `base` (TEST_TEMPLATE_PREFIX,
 * made by their global setup): `<base>_<ongoing>_<discharged>_<capacity>_<agency>`,
 * made by the first system of that demo to ask and copied by every later
 * one, in this process or another (jest's workers). The first holds a lock
 * on the server while it makes them; another asking meanwhile waits for it,
 * then copies. Returns the templates' prefix, for `templatePrefix`.
 *
 * With `publish: false` the closed periods are left unpublished
 * (`<…>_<capacity>_np_<agency>`), as a demo seeded for services started as
 * processes, each of which publishes them when it starts.
 */
export async function sharedDemoTemplates(opts: {
  adminUrl: string;
  base: string;
  referenceDay: string;
  population: { ongoing: number; discharged: number };
  teamCapacity?: number;
  publish?: boolean;
  log: Logger;
}): Promise<string> {
  const teamCapacity = opts.teamCapacity ?? 100;
  const published = opts.publish ?? true;
  const prefix = `${opts.base}_${opts.population.ongoing}_${opts.population.discharged}_${teamCapacity}${published ? '' : '_np'}`;
  const mark = demoMark(opts.referenceDay, opts.population, teamCapacity, published);
  const lock = new Client({ connectionString: opts.adminUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [prefix]);
    const marks = await Promise.all(
      AGENCIES.map((agency) => databaseComment(opts.adminUrl, agencyDatabaseName(prefix, agency))),
    );
    if (marks.some((m) => m !== mark)) await prepareDemoTemplates({ ...opts, teamCapacity, prefix });
  } finally {
    // Closing the session releases the lock.
    await lock.end().catch(() => {});
  }
  return prefix;
}

/**
 * Makes the four agencies' demo databases anew for a reference day, without
 * starting any service (`npm run seed`). Returns the population seeded.
 */
export async function seedDemo(opts: {
  adminUrl: string;
  databasePrefix: string;
  referenceDay: string;
  population: { ongoing: number; discharged: number };
  teamCapacity?: number;
  /** Publish the periods closed before the reference day (default). */
  publish?: boolean;
  log: Logger;
  progress?: (line: string) => void;
}): Promise<DemoPerson[]> {
  const people = demoPopulation({ ...opts.population, asOf: opts.referenceDay });
  const teamCapacity = opts.teamCapacity ?? 100;
  const mark = demoMark(opts.referenceDay, opts.population, teamCapacity, opts.publish ?? true);
  for (const agency of AGENCIES) {
    const database = agencyDatabaseName(opts.databasePrefix, agency);
    await dropDatabase(opts.adminUrl, database);
    const { dataSource } = await prepareDemoDatabase({
      referenceDay: opts.referenceDay,
      adminUrl: opts.adminUrl,
      database,
      agency,
      people,
      mark,
      teamCapacity,
      publish: opts.publish ?? true,
      log: opts.log.child({ service: agency.toLowerCase() }),
    });
    await dataSource.destroy();
    opts.progress?.(`${database}: seeded`);
  }
  return people;
}

export async function startSystem(opts: SystemOptions): Promise<RunningSystem> {
  const log = opts.log ?? createLogger('system');
  if (opts.referenceDay !== undefined) setReferenceDay(opts.referenceDay);
  const referenceDay = today();
  const keys = await ensureDevKeys(opts.keyDir);
  const verify: VerifyCaller = createVerifier({ ...tokenConfig({}), jwksFile: keys.jwksFile });
  const population = opts.population ?? DEFAULT_POPULATION;
  const people = demoPopulation({ ...population, asOf: referenceDay });
  const teamCapacity = opts.teamCapacity ?? 100;
  const mark = demoMark(referenceDay, population, teamCapacity);
  const servers: Server[] = [];
  const sources: DataSource[] = [];
  const subgraphs = {} as Record<Agency, RunningSubgraph>;

  try {
    for (const agency of AGENCIES) {
      const database = agencyDatabaseName(opts.databasePrefix, agency);
      const agencyLog = log.child({ service: agency.toLowerCase() });
      const template = opts.templatePrefix ? agencyDatabaseName(opts.templatePrefix, agency) : undefined;
      const { databaseUrl, dataSource: ds } = await prepareDemoDatabase({
        adminUrl: opts.adminUrl,
        database,
        agency,
        people,
        mark,
        teamCapacity,
        log: agencyLog,
        referenceDay,
        ...(template ? { template } : {}),
      });
      sources.push(ds);
      const settings = { defaultTeamCapacity: teamCapacity };
      const service = MODULES[agency].build({
        dataSource: ds,
        verify,
        log: agencyLog,
        production: opts.production ?? false,
        settings,
      });
      servers.push(service.http);
      const { url } = await listen(service.http, opts.ports?.[agency] ?? 0);
      subgraphs[agency] = { agency, url, service, dataSource: ds, databaseUrl };
    }
    const supergraphSdl = readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
    const gateway = await buildGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(Object.values(subgraphs).map((s) => [s.agency.toLowerCase(), s.url])),
      log: log.child({ service: 'gateway' }),
      production: opts.production ?? false,
      ...(opts.webDir ? { webDir: opts.webDir } : {}),
      // Demo sign-in: the development tooling's, never a production gateway's.
      ...(opts.production
        ? {}
        : {
            devRoutes: devSignInRoutes({
              log: log.child({ service: 'gateway' }),
              ...(opts.keyDir ? { keyDir: opts.keyDir } : {}),
            }),
          }),
    });
    servers.push(gateway.http);
    const { url: gatewayUrl } = await listen(gateway.http, opts.ports?.GATEWAY ?? 0);
    return {
      gatewayUrl,
      subgraphs,
      people,
      referenceDay,
      stop: async () => {
        await Promise.all(servers.map((s) => close(s)));
        await gateway.apollo.stop();
        await Promise.all(sources.map((s) => s.destroy()));
      },
    };
  } catch (err) {
    await Promise.all(servers.map((s) => close(s)));
    await Promise.all(sources.filter((s) => s.isInitialized).map((s) => s.destroy()));
    throw err;
  }
}
