/**
 * Benchmark databases: one per agency and scale, named `mkb_<scale>_<agency>`,
 * migrated and seeded with the demo population once and reused by later runs
 * while the population (and the migrations) are the same. The population a
 * database holds is written into the database's comment after seeding; a
 * database without the matching comment is dropped and seeded anew.
 */
import { Client } from 'pg';
import {
  AGENCIES,
  agencyDatabase,
  createLogger,
  FigureSource,
  runMigrations,
  today,
  agencyDatabaseName,
  type Agency,
  type AgencyModule,
} from '@malmokraften/shared';
import {
  databaseComment,
  databaseUrl,
  demoPopulation,
  dropDatabase,
  provisionDatabase,
  setDatabaseComment,
  type DemoPerson,
} from '@malmokraften/dev';
import { AGENCY_DEMOS as DEMOS, AGENCY_MODULES as MODULES } from '../scripts/agencies';

export { AGENCIES };

export interface Scale {
  name: 'programme' | 'national';
  ongoing: number;
  discharged: number;
  /** Team capacity, so that AF's team rows fit the population. */
  teamCapacity: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  /** Malmökraften itself: 1,200 ongoing, about 3,000 discharged. */
  programme: { name: 'programme', ongoing: 1200, discharged: 3000, teamCapacity: 200 },
  /** A whole country's coordination associations: 100,000 participants. */
  national: { name: 'national', ongoing: 30_000, discharged: 70_000, teamCapacity: 5000 },
};

export interface SeededScale {
  scale: Scale;
  people: DemoPerson[];
  /** Each agency's connection URL (its own role). */
  urls: Record<Agency, string>;
  /** Seconds seeding each agency took (in this run, or when the reused database was seeded). */
  seedSeconds: Record<Agency, number>;
  reused: boolean;
  /** Seconds to build the population in memory. */
  populationSeconds: number;
}

/** What a database must say it holds to be reused: population and the agency's migrations. */
function fingerprint(scale: Scale, mod: AgencyModule, asOf: string): string {
  const migrations = mod.migrations.map((m) => m.name).join(',');
  return `malmokraften-bench population=${scale.ongoing}/${scale.discharged} as-of=${asOf} capacity=${scale.teamCapacity} seed=42 published-due migrations=${migrations}`;
}

export function benchDatabase(scale: Scale, agency: Agency): string {
  return agencyDatabaseName(`mkb_${scale.name}`, agency);
}

/**
 * Makes sure the four databases of a scale hold its population: reuses them
 * when their comment matches, else (or with `fresh`) drops, migrates and
 * seeds them. The agencies are seeded one after the other (two cores).
 */
export async function ensureScale(
  adminUrl: string,
  scale: Scale,
  opts: { fresh: boolean; say: (line: string) => void },
): Promise<SeededScale> {
  const log = createLogger('bench-seed');
  const t0 = performance.now();
  // The population is dated from today, so a database seeded on an earlier day is seeded anew.
  const asOf = today();
  const people = demoPopulation({ ongoing: scale.ongoing, discharged: scale.discharged, asOf });
  const populationSeconds = (performance.now() - t0) / 1000;
  const urls = {} as Record<Agency, string>;
  const seedSeconds = Object.fromEntries(AGENCIES.map((a) => [a, 0])) as Record<Agency, number>;
  let reused = true;
  for (const agency of AGENCIES) {
    const mod = MODULES[agency];
    const database = benchDatabase(scale, agency);
    const spec = agencyDatabase(agency);
    const wanted = fingerprint(scale, mod, asOf);
    const comment = opts.fresh ? null : await databaseComment(adminUrl, database);
    urls[agency] = databaseUrl(adminUrl, database, { name: spec.role, password: spec.password });
    const recorded = comment?.startsWith(`${wanted} seeded-in=`)
      ? Number(comment.slice(wanted.length + ' seeded-in='.length))
      : null;
    if (recorded !== null) {
      await provisionDatabase(adminUrl, { database, role: spec.role, password: spec.password });
      seedSeconds[agency] = recorded;
      continue;
    }
    reused = false;
    await dropDatabase(adminUrl, database);
    const started = performance.now();
    await provisionDatabase(adminUrl, { database, role: spec.role, password: spec.password });
    await runMigrations({
      url: databaseUrl(adminUrl, database),
      entities: [],
      migrations: mod.migrations,
      log: log.child({ agency }),
    });
    const ds = mod.dataSource(urls[agency], log.child({ agency }), 2);
    await ds.initialize();
    try {
      await DEMOS[agency].seed(ds, people, { defaultTeamCapacity: scale.teamCapacity });
      // What a running agency's publisher would have published by now, so that no workload waits for it.
      if (mod.figures) await new FigureSource(ds, mod.figures, asOf).publishDueNow();
    } finally {
      await ds.destroy();
    }
    // Fresh statistics, so that the planner sees the seeded sizes from the first query.
    const admin = new Client({ connectionString: databaseUrl(adminUrl, database) });
    await admin.connect();
    await admin.query('VACUUM ANALYZE');
    await admin.end();
    seedSeconds[agency] = (performance.now() - started) / 1000;
    await setDatabaseComment(adminUrl, database, `${wanted} seeded-in=${seedSeconds[agency].toFixed(1)}`);
    opts.say(`  seeded ${database} in ${seedSeconds[agency].toFixed(1)} s`);
  }
  return { scale, people, urls, seedSeconds, reused, populationSeconds };
}
