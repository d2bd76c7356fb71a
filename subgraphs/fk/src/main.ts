/**
 * Försäkringskassan's subgraph as a process of its own (one container in docker-compose.yml).
 * Settings come from the environment; .env.example lists them.
 */
import { close, createLogger, createVerifier, demoPopulation, listen, runMigrations, subgraphConfig } from '@malmokraften/shared';
import { buildFkSubgraph, migrations, fkDataSource, seedFk } from './index';

const log = createLogger('fk');

function readConfig() {
  try {
    return subgraphConfig('FK');
  } catch (err) {
    log.fatal(`invalid configuration: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  if (config.migrationDatabaseUrl) {
    const applied = await runMigrations({ url: config.migrationDatabaseUrl, entities: [], migrations: [...migrations], log });
    log.info({ applied }, 'migrations done');
  }
  const ds = fkDataSource(config.databaseUrl, log, config.poolSize);
  await ds.initialize();
  if (process.env.SEED_DEMO_DATA === 'true') {
    // Everyone is enrolled at AF; Försäkringskassan holds records only on the people it knows.
    const known = demoPopulation({ ongoing: 1200, discharged: 3000 }).filter((p) => p.knownTo.includes('FK'));
    log.info((await seedFk(ds, known)) ? 'demo data seeded' : 'demo data already present');
  }
  const service = buildFkSubgraph({ dataSource: ds, verify: createVerifier(config.token), log, production: config.production });
  const { url } = await listen(service.http, config.port, process.env.HOST ?? '0.0.0.0');
  log.info({ url }, 'Försäkringskassan subgraph listening');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 10_000).unref(); // give up on stuck requests
    try {
      await close(service.http); // stops accepting, lets open requests finish
      await service.apollo.stop();
      await ds.destroy();
      process.exit(0);
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'could not start');
  process.exit(1);
});
