/**
 * Starts the whole federation in one process: the four agencies' subgraphs,
 * each on its own database with its own role, and the gateway in front,
 * talking HTTP to them. Used by `npm start` and by the end-to-end tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import {
  agencyDatabase,
  close,
  createLogger,
  createVerifier,
  demoPopulation,
  ensureDevKeys,
  listen,
  provisionDatabase,
  runMigrations,
  tokenConfig,
  type Agency,
  type AgencyModule,
  type DemoPerson,
  type Logger,
  type SubgraphService,
  type VerifyCaller,
} from '@malmokraften/shared';
import { afModule } from '@malmokraften/subgraph-af';
import { malmoModule } from '@malmokraften/subgraph-malmo';
import { fkModule } from '@malmokraften/subgraph-fk';
import { regionModule } from '@malmokraften/subgraph-region';
import { buildGateway } from '@malmokraften/gateway';

export interface SystemOptions {
  adminUrl: string;
  /** Database name prefix; each agency gets `<prefix>_<agency>`. */
  databasePrefix: string;
  ports?: Partial<Record<Agency | 'GATEWAY', number>>;
  population?: { ongoing: number; discharged: number };
  teamCapacity?: number;
  keyDir?: string;
  log?: Logger;
  production?: boolean;
  /** The built web app to serve at the gateway's `/` (`web/dist`). */
  webDir?: string;
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
  stop(): Promise<void>;
}

const MODULES: Record<Agency, AgencyModule> = { AF: afModule, MALMO: malmoModule, FK: fkModule, REGION: regionModule };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startSystem(opts: SystemOptions): Promise<RunningSystem> {
  const log = opts.log ?? createLogger('system');
  const keys = await ensureDevKeys(opts.keyDir);
  const verify: VerifyCaller = createVerifier({ ...tokenConfig({}), jwksFile: keys.jwksFile });
  const people = demoPopulation(opts.population ?? { ongoing: 120, discharged: 60 });
  const teamCapacity = opts.teamCapacity ?? 100;
  const servers: Server[] = [];
  const sources: DataSource[] = [];
  const subgraphs = {} as Record<Agency, RunningSubgraph>;

  try {
    for (const agency of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      const spec = agencyDatabase(agency);
      const database = `${opts.databasePrefix}_${agency.toLowerCase()}`;
      const databaseUrl = await provisionDatabase(opts.adminUrl, { database, role: spec.role, password: spec.password });
      const m = MODULES[agency];
      const agencyLog = log.child({ service: agency.toLowerCase() });
      await runMigrations({ url: withDatabase(opts.adminUrl, database), entities: [], migrations: m.migrations, log: agencyLog });
      const ds = m.dataSource(databaseUrl, agencyLog);
      await ds.initialize();
      sources.push(ds);
      const settings = { defaultTeamCapacity: teamCapacity };
      await m.seed(ds, people, settings);
      const service = m.build({ dataSource: ds, verify, log: agencyLog, production: opts.production ?? false, settings });
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
      ...(opts.keyDir ? { devKeyDir: opts.keyDir } : {}),
    });
    servers.push(gateway.http);
    const { url: gatewayUrl } = await listen(gateway.http, opts.ports?.GATEWAY ?? 0);
    return {
      gatewayUrl,
      subgraphs,
      people,
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
