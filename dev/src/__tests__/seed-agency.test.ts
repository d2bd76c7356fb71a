import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { agencyDatabase } from '@malmokraften/shared';
import { databaseUrl, dropDatabase, LOCAL_ADMIN_URL, provisionDatabase } from '../postgres';
import { DEMO_POPULATION, SHOWCASE } from '../demo/population';

/**
 * The demo seed step of docker-compose.yml (`node --import tsx
 * dev/src/seed-agency.ts <agency>`), run as the containers run it, against
 * a fresh database on the PostgreSQL at 127.0.0.1:5432 (or PG_ADMIN_URL).
 */
const adminUrl = process.env.PG_ADMIN_URL || LOCAL_ADMIN_URL;
const ROOT = path.join(__dirname, '..', '..', '..');
const database = `mkt_seed_${process.pid}_${randomBytes(3).toString('hex')}_region`;

async function seedStep(env: Record<string, string>, agency = 'region') {
  const base = { ...process.env };
  for (const name of ['SEED_DEMO_DATA', 'DATABASE_URL', 'MIGRATION_DATABASE_URL']) delete base[name];
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'dev/src/seed-agency.ts'), agency],
      { cwd: ROOT, env: { ...base, LOG_LEVEL: 'info', ...env } },
    );
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

async function participants(): Promise<number> {
  const client = new Client({ connectionString: databaseUrl(adminUrl, database) });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>('select count(*) as n from participant');
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('the demo seed step (dev/src/seed-agency.ts)', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    const spec = agencyDatabase('REGION');
    const appUrl = await provisionDatabase(adminUrl, { database, role: spec.role, password: spec.password });
    env = { DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: databaseUrl(adminUrl, database) };
  });
  afterAll(() => dropDatabase(adminUrl, database));

  it('changes nothing without SEED_DEMO_DATA=true', async () => {
    const run = await seedStep({ ...env, SEED_DEMO_DATA: 'false' });
    expect(run.code).toBe(0);
    expect(run.out).toContain('no demo data seeded');
    const client = new Client({ connectionString: databaseUrl(adminUrl, database) });
    await client.connect();
    const tables = await client.query("select count(*) as n from pg_tables where schemaname = 'public'");
    await client.end();
    expect(Number(tables.rows[0].n)).toBe(0);
  });

  it('migrates as the owner, seeds the demo as the agency role once, and leaves a seeded database alone', async () => {
    const first = await seedStep({ ...env, SEED_DEMO_DATA: 'true' });
    expect(first.code).toBe(0);
    expect(first.out).toContain('migrations done');
    expect(first.out).toContain('demo data seeded');
    const seeded = await participants();
    // The region knows some of the demo population, the showcase people among them.
    expect(seeded).toBeGreaterThan(0);
    expect(seeded).toBeLessThanOrEqual(DEMO_POPULATION.ongoing + DEMO_POPULATION.discharged);
    const client = new Client({ connectionString: databaseUrl(adminUrl, database) });
    await client.connect();
    const showcase = await client.query('select 1 from participant where id = $1', [SHOWCASE.consenting]);
    await client.end();
    expect(showcase.rowCount).toBeGreaterThan(0);

    const again = await seedStep({ ...env, SEED_DEMO_DATA: 'true' });
    expect(again.code).toBe(0);
    expect(again.out).toContain('demo data already present');
    expect(await participants()).toBe(seeded);
  });

  it('refuses an agency the registry does not name', async () => {
    const run = await seedStep({ ...env, SEED_DEMO_DATA: 'true' }, 'nowhere');
    expect(run.code).toBe(2);
    expect(run.out).toContain('unknown agency "nowhere"');
  });
});
