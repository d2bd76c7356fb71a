/**
 * The demo seed of one agency's database, as a step of its own before the
 * agency's subgraph starts (docker-compose.yml's `<agency>-seed` services):
 *
 *   node --import tsx dev/src/seed-agency.ts af
 *
 * With SEED_DEMO_DATA=true it runs the agency's pending migrations as the
 * database's owner (MIGRATION_DATABASE_URL, when set), then, as the
 * agency's own role (DATABASE_URL), fills an empty database with the demo
 * population (1,200 ongoing and 3,000 discharged participants, dated from
 * today or REFERENCE_DAY); a database that already holds the demo is left
 * alone. Without SEED_DEMO_DATA=true it changes nothing. Exits 0 when done.
 *
 * The subgraph itself (subgraphs/<agency>/src/main.ts) never loads this
 * workspace; it migrates again at its start, which finds nothing pending.
 */
import {
  agencyDatabase,
  agencyNamed,
  createLogger,
  runMigrations,
  wholeNumberSetting,
  type Agency,
  type Logger,
} from '@malmokraften/shared';
import { agencyDemo } from './agency-demo';
import { DEMO_POPULATION, demoPopulation } from './demo/population';

export type SeedOutcome = 'seeded' | 'already present' | 'off';

/**
 * Seeds one agency's database from the environment as described above:
 * SEED_DEMO_DATA, MIGRATION_DATABASE_URL, DATABASE_URL (in development the
 * agency's database on 127.0.0.1:5432, as the subgraph's default),
 * DEFAULT_TEAM_CAPACITY.
 */
export async function seedAgencyFromEnvironment(
  agency: Agency,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<SeedOutcome> {
  if (env.SEED_DEMO_DATA !== 'true') {
    log.info('SEED_DEMO_DATA is not true: no demo data seeded');
    return 'off';
  }
  const settings = { defaultTeamCapacity: wholeNumberSetting(env, 'DEFAULT_TEAM_CAPACITY', 100, 1, 10_000) };
  const db = agencyDatabase(agency);
  const databaseUrl = env.DATABASE_URL || `postgres://${db.role}:${db.password}@127.0.0.1:5432/${db.database}`;
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) throw new Error('DATABASE_URL is required in production.');
  const demo = agencyDemo(agency);
  if (env.MIGRATION_DATABASE_URL) {
    const applied = await runMigrations({
      url: env.MIGRATION_DATABASE_URL,
      entities: [],
      migrations: demo.module.migrations,
      log,
    });
    log.info({ applied }, 'migrations done');
  }
  const ds = demo.module.dataSource(databaseUrl, log, 2);
  await ds.initialize();
  try {
    const seeded = await demo.seed(ds, demoPopulation(DEMO_POPULATION), settings);
    log.info(seeded ? 'demo data seeded' : 'demo data already present');
    return seeded ? 'seeded' : 'already present';
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const agency = agencyNamed(process.argv[2] ?? '');
  if (!agency) {
    process.stderr.write(
      `unknown agency "${process.argv[2] ?? ''}"\nusage: node --import tsx dev/src/seed-agency.ts <agency>\n`,
    );
    process.exit(2);
  }
  const log = createLogger(`${agency.toLowerCase()}-seed`);
  try {
    await seedAgencyFromEnvironment(agency, process.env, log);
  } catch (err) {
    log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'could not seed the demo');
    process.exit(1);
  }
}

if (require.main === module) void main();
