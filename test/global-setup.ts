import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '@jest/types';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger, referenceDayFromEnvironment, setReferenceDay, swedishDate } from '@malmokraften/shared';
import { dropDatabase, ensurePostgres } from '@malmokraften/dev';
import { sharedDemoTemplates } from '../scripts/system';
import { ensureWebBuilt } from '../scripts/web-build';
import { TEST_POPULATION } from './support/population';
import { ensureChromium, notRunBanner } from './support/browser';

/** The browser tests: test/browser.test.ts and test/browser-*.test.ts, found rather than listed, so none is left out. */
const BROWSER_TESTS = readdirSync(__dirname)
  .filter((f) => /^browser(-[a-z-]+)?\.test\.ts$/.test(f))
  .map((f) => path.join(__dirname, f));

/** Whether this run includes the browser tests: the whole suite, or a path pattern that names one of them. */
function runsBrowserTests(globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  return patterns.length === 0 || patterns.some((p) => BROWSER_TESTS.some((file) => new RegExp(p, 'i').test(file)));
}

const TEMPLATE_PREFIX = 'mkt_template_';

/** Drops the template databases of runs whose process is gone (interrupted before their teardown). */
async function dropTemplatesOfEndedRuns(adminUrl: string): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [TEMPLATE_PREFIX],
    );
    for (const { datname } of rows) {
      const pid = Number(datname.slice(TEMPLATE_PREFIX.length).split('_')[0]);
      if (Number.isSafeInteger(pid) && pid > 0 && !alive(pid)) await dropDatabase(adminUrl, datname);
    }
  } finally {
    await client.end();
  }
}

/**
 * The end-to-end tests, each of which starts systems: those under test/, and
 * each agency's own beside its code (subgraphs/<agency>/src/.../__tests__/*.e2e.test.ts,
 * the e2e project of jest.config.js).
 */
function endToEndTestFiles(): string[] {
  const underTest = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(__dirname, f));
  const subgraphs = path.join(__dirname, '../subgraphs');
  const besideCode = readdirSync(subgraphs).flatMap((agency) => {
    const src = path.join(subgraphs, agency, 'src');
    if (!existsSync(src)) return [];
    return readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.e2e.test.ts') && f.split(path.sep).includes('__tests__'))
      .map((f) => path.join(src, f));
  });
  return [...underTest, ...besideCode];
}

/** Whether this run includes an end-to-end test: the whole suite, or a path pattern that names one. */
function runsEndToEndTests(globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  const files = endToEndTestFiles();
  return patterns.length === 0 || patterns.some((p) => files.some((file) => new RegExp(p, 'i').test(file)));
}

/**
 * Finds Chromium for the browser tests, installing Debian's package when
 * the machine allows it. Without one the browser tests are skipped and the
 * run says so; in CI that fails the run instead.
 */
function prepareBrowser(): void {
  const outcome = ensureChromium((line) => process.stderr.write(`${line}\n`));
  if (outcome.path !== null) {
    process.env.CHROMIUM_PATH = outcome.path;
    return;
  }
  if (process.env.CI === 'true') throw new Error(`The browser tests cannot run in CI: ${outcome.reason}.`);
  process.env.BROWSER_TESTS_NOT_RUN = outcome.reason;
  process.stderr.write(notRunBanner(outcome.reason));
}

/**
 * Finds the PostgreSQL server the tests use: PG_ADMIN_URL, else the local
 * server on 127.0.0.1:5432, else an embedded one started for this run.
 *
 * Sets the reference day every test and service of the run takes as today:
 * REFERENCE_DAY if given (`REFERENCE_DAY=2028-02-29 npm test`), else the
 * real day. The clock starts at 10:00 Swedish time on that day, so a run
 * never crosses midnight or leaves office hours.
 *
 * Finds Chromium for the browser tests when they are part of the run.
 *
 * Makes the test systems' demo databases once, as templates each system
 * copies (test/support/harness.ts), when the run starts systems; those of
 * runs that ended without their teardown are dropped first.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (runsBrowserTests(globalConfig)) {
    prepareBrowser();
    // Built here, once, if stale: the browser files run side by side and must not each build web/dist.
    ensureWebBuilt((line) => process.stderr.write(`${line}\n`));
  }
  const given = referenceDayFromEnvironment(process.env);
  const day = given === null ? swedishDate(new Date()) : given.slice(0, 10);
  process.env.REFERENCE_DAY = given !== null && given.length > 10 ? given : `${day}T10:00`;
  process.stderr.write(`tests take ${day} as today (repeat a run with REFERENCE_DAY=${day} npm test)\n`);
  const pg = await ensurePostgres({
    dataDir: path.join(__dirname, '../.data/test'),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  process.env.PG_ADMIN_URL = pg.adminUrl;
  process.env.NODE_ENV = 'test';
  (globalThis as { __PG__?: typeof pg }).__PG__ = pg;
  if (pg.embedded) process.stderr.write(`tests use an embedded PostgreSQL at ${new URL(pg.adminUrl).host}\n`);
  if (!runsEndToEndTests(globalConfig)) return;
  // The test systems' demo, made once per population: each system copies its four databases from these instead of migrating and seeding them anew.
  setReferenceDay(process.env.REFERENCE_DAY);
  await dropTemplatesOfEndedRuns(pg.adminUrl);
  const started = Date.now();
  const base = `${TEMPLATE_PREFIX}${process.pid}_${randomBytes(3).toString('hex')}`;
  process.env.TEST_TEMPLATE_PREFIX = base;
  // The population most files start with, made now; the others' by the first system that asks (sharedDemoTemplates).
  const made = await sharedDemoTemplates({
    adminUrl: pg.adminUrl,
    base,
    referenceDay: day,
    population: TEST_POPULATION,
    log: createLogger('test-templates'),
  });
  process.stderr.write(`test demo databases made in ${((Date.now() - started) / 1000).toFixed(1)} s (${made}_*)\n`);
}
