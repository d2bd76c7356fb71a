/**
 * One agency's database migrations as a step of their own, for deployments
 * where the subgraph itself never holds the owner's credentials (the
 * Kubernetes manifests in deploy/kubernetes/).
 *
 *   node --import tsx scripts/migrate.ts af
 *     runs the pending migrations with MIGRATION_DATABASE_URL (the database
 *     owner) and exits 0; the migration Job.
 *
 *   node --import tsx scripts/migrate.ts af --wait [--timeout 600]
 *     changes nothing: connects with DATABASE_URL (the agency's app role)
 *     every few seconds until every migration this image knows is applied,
 *     then exits 0; exit 1 after the timeout (seconds). The subgraph's init
 *     container, so a new version starts only on the schema it was built for.
 *
 * The subgraph process can still migrate at start-up when it is given
 * MIGRATION_DATABASE_URL (docker-compose.yml does that).
 */
import {
  AGENCIES,
  agencyKey,
  agencyNamed,
  createAgencyDataSource,
  createLogger,
  runMigrations,
} from '@malmokraften/shared';
// Only the agency migrated is loaded (./agencies would load them all).
import { agencyModule } from './agency-module';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: node --import tsx scripts/migrate.ts <${AGENCIES.map(agencyKey).join('|')}> [--wait] [--timeout SECONDS]\n`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const agency = agencyNamed(args[0] ?? '') ?? usage(`unknown agency "${args[0] ?? ''}"`);
  const wait = args.includes('--wait');
  const timeoutArg = args.indexOf('--timeout');
  const timeoutSeconds = timeoutArg >= 0 ? Number(args[timeoutArg + 1]) : 600;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1) usage('--timeout takes a whole number of seconds');
  const log = createLogger(`${agency.toLowerCase()}-migrations`);
  const mod = agencyModule(agency);

  if (!wait) {
    const url = process.env.MIGRATION_DATABASE_URL;
    if (!url) usage('MIGRATION_DATABASE_URL (the database owner) is not set');
    const applied = await runMigrations({ url, entities: [], migrations: mod.migrations, log });
    log.info({ applied }, applied.length ? 'migrations applied' : 'no pending migrations');
    return;
  }

  const url = process.env.DATABASE_URL;
  if (!url) usage('DATABASE_URL (the agency role) is not set');
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (let attempt = 1; ; attempt += 1) {
    const ds = createAgencyDataSource({ url, entities: [], migrations: mod.migrations, log, poolSize: 1 });
    let pending: boolean | string;
    try {
      await ds.initialize();
      pending = await ds.showMigrations();
    } catch (err) {
      // No database yet, or no migrations table (the role may not create it): not ready either.
      pending = err instanceof Error ? err.message : String(err);
    } finally {
      if (ds.isInitialized) await ds.destroy().catch(() => {});
    }
    if (pending === false) {
      log.info({ attempt }, 'schema is current');
      return;
    }
    if (Date.now() > deadline) {
      log.fatal(
        { attempt, reason: pending === true ? 'migrations pending' : pending },
        'gave up waiting for the migrations',
      );
      process.exit(1);
    }
    if (attempt === 1 || attempt % 10 === 0)
      log.info({ attempt, reason: pending === true ? 'migrations pending' : pending }, 'waiting for the migrations');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`migrations failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
