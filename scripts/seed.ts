/**
 * `npm run seed`: makes the four agencies' demo databases anew, dated from
 * a reference day, without starting any service. On the same server and
 * under the same names as `npm start` (PG_ADMIN_URL, else 127.0.0.1:5432,
 * else the embedded PostgreSQL under .data/).
 *
 *   npm run seed                          dated from today
 *   npm run seed -- --as-of 2027-04-30    dated from another day; start with
 *                                         npm start -- --as-of 2027-04-30
 */
import path from 'node:path';
import { createLogger, today } from '@malmokraften/shared';
import { DEMO_POPULATION, ensurePostgres } from '@malmokraften/dev';
import { referenceDayArgument } from './args';
import { seedDemo } from './system';

async function main(): Promise<void> {
  const referenceDay = referenceDayArgument(process.argv.slice(2), 'npm run seed -- [--as-of YYYY-MM-DD]') ?? today();
  const log = createLogger('seed');
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const pg = await ensurePostgres({
    dataDir: path.join(__dirname, '..', '.data'),
    persistent: true,
    log: (m) => log.info(m),
  });
  try {
    say(
      `Seeding the demo dated from ${referenceDay}: ${DEMO_POPULATION.ongoing} ongoing and ${DEMO_POPULATION.discharged} discharged participants.`,
    );
    const started = Date.now();
    const people = await seedDemo({
      adminUrl: pg.adminUrl,
      databasePrefix: 'mk',
      referenceDay,
      population: DEMO_POPULATION,
      log,
      progress: (line) => say(`  ${line}`),
    });
    say(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${people.length} people.`);
    if (referenceDay !== today()) say(`Start the services on that day with: npm start -- --as-of ${referenceDay}`);
  } finally {
    await pg.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Could not seed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
