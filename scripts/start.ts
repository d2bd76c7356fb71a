/**
 * `npm start`: the whole federation with demo data on this machine.
 * Uses PG_ADMIN_URL, else a PostgreSQL server on 127.0.0.1:5432, else an
 * embedded PostgreSQL kept under .data/ between runs.
 *
 * `npm start -- --as-of 2027-04-30` runs the services as if that day were
 * today, with the demo dated from it (REFERENCE_DAY does the same).
 */
import path from 'node:path';
import { createLogger, DEFAULT_PORTS, startTracing, stopTracing } from '@malmokraften/shared';
import { DEMO_POPULATION, ensurePostgres, SHOWCASE } from '@malmokraften/dev';
import { referenceDayArgument } from './args';
import { startSystem } from './system';
import { ensureWebBuilt } from './web-build';

async function main(): Promise<void> {
  const referenceDay = referenceDayArgument(process.argv.slice(2), 'npm start -- [--as-of YYYY-MM-DD]');
  const log = createLogger('malmokraften');
  // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; each span names its service (gateway, af, ...).
  const tracing = startTracing('malmokraften');
  const root = path.join(__dirname, '..');
  const pg = await ensurePostgres({ dataDir: path.join(root, '.data'), persistent: true, log: (m) => log.info(m) });
  log.info(
    { embedded: pg.embedded },
    pg.embedded ? 'using the embedded PostgreSQL (its folder is named above)' : 'using the PostgreSQL server found',
  );
  const webDir = ensureWebBuilt((m) => log.info(m));
  const system = await startSystem({
    adminUrl: pg.adminUrl,
    databasePrefix: 'mk',
    ports: DEFAULT_PORTS,
    population: DEMO_POPULATION,
    ...(referenceDay ? { referenceDay } : {}),
    webDir,
    log,
  });
  const appUrl = new URL('/', system.gatewayUrl).toString();
  const lines = [
    '',
    `Malmökraften is running, with the demo dated from ${system.referenceDay}${referenceDay || process.env.REFERENCE_DAY ? ' (the services take that day as today)' : ''}.`,
    `  web app      ${appUrl}  (sign in as a demo persona, e.g. af-t01 or analyst)`,
    `  gateway      ${system.gatewayUrl}`,
    ...Object.values(system.subgraphs).map((s) => `  ${s.agency.padEnd(12)} ${s.url}`),
    '',
    'Get a token for a demo persona (list them with `npm run token`):',
    '  TOKEN=$(npm run -s token -- af-t01)',
    'Then ask for a joint plan:',
    `  curl -s ${system.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ participant(id: \\"${SHOWCASE.consenting}\\") { name jointPlan { items { intervention { agency title startDate } parallelWith } withheld { agency message } } } }"}'`,
    '',
    ...(tracing
      ? [
          `Tracing is on: spans go to ${process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_ENDPOINT}.`,
          '',
        ]
      : []),
    'Stop with Ctrl+C.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await system.stop();
    await pg.stop();
    await stopTracing();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`Could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
