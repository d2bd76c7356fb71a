import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AGENCIES, agencyDatabase, createLogger, runMigrations, type Agency } from '@malmokraften/shared';
import { dropDatabase, provisionDatabase } from '@malmokraften/dev';
import { AGENCY_MODULES as MODULES } from '../scripts/agencies';

/**
 * The rights of each agency's application role are the migrations' to
 * decide, however often the database is provisioned and started. A
 * database that was started with the old provisioning (row rights on every
 * table at each start, which gave back what the migrations had taken) is
 * repaired by RestoreGrants: afterwards the role holds exactly the rights of
 * a database migrated once, on real PostgreSQL, for every agency.
 */

const adminUrl = () => process.env.PG_ADMIN_URL!;
const prefix = `mkt_${process.pid}_${randomBytes(3).toString('hex')}_grants`;
const log = createLogger('grants');
const made: string[] = [];

function ownerUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withOwner<T>(database: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: ownerUrl(database) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Every right the role holds on tables and columns, one line each. */
async function rights(database: string, role: string): Promise<string[]> {
  return withOwner(database, async (c) => {
    const tables = await c.query<{ line: string }>(
      `SELECT table_name || ' ' || privilege_type AS line FROM information_schema.role_table_grants WHERE grantee = $1 AND table_schema = 'public'`,
      [role],
    );
    const columns = await c.query<{ line: string }>(
      `SELECT table_name || '.' || column_name || ' ' || privilege_type AS line FROM information_schema.column_privileges WHERE grantee = $1 AND table_schema = 'public'`,
      [role],
    );
    return [...tables.rows, ...columns.rows].map((r) => r.line).sort();
  });
}

async function provisioned(agency: Agency, suffix: string): Promise<string> {
  const database = `${prefix}_${agency.toLowerCase()}_${suffix}`;
  made.push(database);
  const spec = agencyDatabase(agency);
  await provisionDatabase(adminUrl(), { database, role: spec.role, password: spec.password });
  return database;
}

afterAll(async () => {
  for (const database of made) await dropDatabase(adminUrl(), database);
});

describe.each(AGENCIES)('%s', (agency) => {
  const { role } = agencyDatabase(agency);
  const migrations = MODULES[agency].migrations;
  const repair = migrations.findIndex((m) => m.name === 'RestoreGrants1765400000001');

  it('holds after a second provisioning exactly the rights of a database migrated once', async () => {
    const database = await provisioned(agency, 'again');
    await runMigrations({ url: ownerUrl(database), entities: [], migrations, log });
    const once = await rights(database, role);
    await provisionDatabase(adminUrl(), { database, role, password: agencyDatabase(agency).password });
    expect(await rights(database, role)).toEqual(once);
    // The migrations did take rights: the audit log is not the role's to write.
    expect(once).toContain('audit_log SELECT');
    expect(once).not.toContain('audit_log INSERT');
  });

  it('has every right the old provisioning gave back taken again by RestoreGrants', async () => {
    expect(repair).toBeGreaterThan(0);
    const clean = await provisioned(agency, 'clean');
    await runMigrations({ url: ownerUrl(clean), entities: [], migrations, log });
    const expected = await rights(clean, role);

    const started = await provisioned(agency, 'old');
    await runMigrations({ url: ownerUrl(started), entities: [], migrations: migrations.slice(0, repair), log });
    // What every start of a service did before provisioning was fixed.
    await withOwner(started, (c) =>
      c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${role}"`),
    );
    const polluted = await rights(started, role);
    expect(polluted).toEqual(
      expect.arrayContaining([
        'audit_log INSERT',
        'audit_chain_head UPDATE',
        'audit_checkpoint SELECT',
        'staff_register DELETE',
      ]),
    );
    if (agency === 'FK') expect(polluted).toContain('benefit_period SELECT');
    if (agency === 'REGION') expect(polluted).toContain('clinical_note SELECT');

    await runMigrations({ url: ownerUrl(started), entities: [], migrations, log });
    expect(await rights(started, role)).toEqual(expected);
  });
});
