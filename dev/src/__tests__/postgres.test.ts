import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, escapeIdentifier } from 'pg';
import {
  LOCAL_ADMIN_URL,
  copyDatabase,
  databaseUrl,
  dropDatabase,
  ensurePostgres,
  provisionDatabase,
  startEmbeddedPostgres,
} from '../postgres';
import { packagedNativeDir } from '../embedded';

/**
 * Runs against the PostgreSQL at 127.0.0.1:5432 (user postgres, or
 * PG_ADMIN_URL). Trust authentication there means passwords are not
 * checked; what keeps one agency's role out of another agency's database
 * is the CONNECT privilege, which is what these tests assert. Password
 * authentication is checked against the embedded server.
 */
const adminUrl = process.env.PG_ADMIN_URL || LOCAL_ADMIN_URL;

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function sqlError(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected the statement to fail');
}

async function dropRole(role: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP ROLE IF EXISTS "${role}"`));
}

describe('databaseUrl', () => {
  it('swaps the database and keeps host, port and parameters', () => {
    expect(databaseUrl('postgres://postgres:pw@127.0.0.1:5433/postgres?sslmode=disable', 'mkt_af')).toBe(
      'postgres://postgres:pw@127.0.0.1:5433/mkt_af?sslmode=disable',
    );
  });

  it('logs in as the role, encoding its password', () => {
    const url = databaseUrl('postgres://postgres@127.0.0.1:5432/postgres', 'mkt_fk', {
      name: 'mkt_fk',
      password: 'p@ss:w/rd%?#',
    });
    expect(url).toBe('postgres://mkt_fk:p%40ss%3Aw%2Frd%25%3F%23@127.0.0.1:5432/mkt_fk');
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.password)).toBe('p@ss:w/rd%?#');
  });
});

describe('name validation', () => {
  it.each([
    ['database', { database: 'Mkt', role: 'mkt_ok', password: 'x' }],
    ['database', { database: 'mkt"; drop', role: 'mkt_ok', password: 'x' }],
    ['database', { database: '1mkt', role: 'mkt_ok', password: 'x' }],
    ['database', { database: 'a'.repeat(64), role: 'mkt_ok', password: 'x' }],
    ['role', { database: 'mkt_ok', role: 'mkt-af', password: 'x' }],
    ['role', { database: 'mkt_ok', role: '', password: 'x' }],
  ])('rejects a bad %s name before connecting', async (kind, spec) => {
    await expect(provisionDatabase('postgres://nobody@127.0.0.1:1/none', spec)).rejects.toThrow(`invalid ${kind} name`);
  });

  it('rejects a bad name when dropping', async () => {
    await expect(dropDatabase('postgres://nobody@127.0.0.1:1/none', 'x y')).rejects.toThrow('invalid database name');
  });
});

describe('provisionDatabase against the local server', () => {
  const tag = randomBytes(4).toString('hex');
  const a = { database: `mkt_${tag}_a`, role: `mkt_${tag}_a`, password: `pw-a-${tag}` };
  const b = { database: `mkt_${tag}_b`, role: `mkt_${tag}_b`, password: `pw-b-${tag}` };
  let urlA = '';

  beforeAll(async () => {
    // Twice at once for A: two processes racing must both succeed.
    const [first, second] = await Promise.all([provisionDatabase(adminUrl, a), provisionDatabase(adminUrl, a)]);
    expect(second).toBe(first);
    urlA = first;
    await provisionDatabase(adminUrl, b);
  }, 30_000);

  afterAll(async () => {
    await dropDatabase(adminUrl, a.database);
    await dropDatabase(adminUrl, b.database);
    await dropRole(a.role);
    await dropRole(b.role);
    const left = await withClient(adminUrl, (c) =>
      c.query(
        'select (select count(*) from pg_database where datname like $1)::int as dbs, (select count(*) from pg_roles where rolname like $1)::int as roles',
        [`mkt_${tag}_%`],
      ),
    );
    expect(left.rows[0]).toEqual({ dbs: 0, roles: 0 });
  }, 30_000);

  it('returns a URL for the role on the same server', () => {
    const base = new URL(adminUrl);
    const url = new URL(urlA);
    expect(url.host).toBe(base.host);
    expect(url.username).toBe(a.role);
    expect(decodeURIComponent(url.password)).toBe(a.password);
    expect(url.pathname).toBe(`/${a.database}`);
  });

  it('owns the database as the administrator and gives PUBLIC nothing', async () => {
    const { rows } = await withClient(adminUrl, (c) =>
      c.query<{ owner: string; admin: string; acl: string[] }>(
        'select pg_get_userbyid(datdba) as owner, current_user as admin, datacl::text[] as acl from pg_database where datname = $1',
        [a.database],
      ),
    );
    const row = rows[0]!;
    expect(row.owner).toBe(row.admin);
    expect(row.acl.some((entry) => entry.startsWith('='))).toBe(false);
    expect(row.acl).toContain(`${a.role}=Tc/${row.admin}`);
  });

  it('lets role A into database A, where it can create nothing', async () => {
    await withClient(urlA, async (c) => {
      const me = await c.query<{ user: string; db: string }>('select current_user as user, current_database() as db');
      expect(me.rows[0]).toEqual({ user: a.role, db: a.database });
      const createTable = await sqlError(c.query('create table public.sneaky (x int)'));
      expect(createTable.code).toBe('42501');
      expect(createTable.message).toMatch(/permission denied for schema public/);
      const createSchema = await sqlError(c.query('create schema sneaky'));
      expect(createSchema.code).toBe('42501');
      // Temporary tables are allowed (TEMP privilege).
      await c.query('create temporary table scratch (x int)');
    });
  });

  it('refuses role A in database B', async () => {
    const err = await sqlError(
      withClient(databaseUrl(adminUrl, b.database, { name: a.role, password: a.password }), (c) => c.query('select 1')),
    );
    expect(err.code).toBe('42501');
    expect(err.message).toMatch(/permission denied for database/);
  });

  it('refuses role B in database A', async () => {
    const err = await sqlError(
      withClient(databaseUrl(adminUrl, a.database, { name: b.role, password: b.password }), (c) => c.query('select 1')),
    );
    expect(err.code).toBe('42501');
  });

  it('gives the role row rights on tables and sequences the administrator creates later', async () => {
    await withClient(databaseUrl(adminUrl, a.database), (c) =>
      c.query('create table plan_item (id serial primary key, note text not null)'),
    );
    await withClient(urlA, async (c) => {
      await c.query(`insert into plan_item (note) values ('Malmö')`);
      await c.query(`update plan_item set note = 'Malmö stad'`);
      const { rows } = await c.query<{ note: string }>('select note from plan_item');
      expect(rows).toEqual([{ note: 'Malmö stad' }]);
      await c.query('delete from plan_item');
      const drop = await sqlError(c.query('drop table plan_item'));
      expect(drop.code).toBe('42501');
      const alter = await sqlError(c.query('alter table plan_item add column extra text'));
      expect(alter.code).toBe('42501');
    });
  });

  it('is idempotent and keeps grants on existing tables', async () => {
    const again = await provisionDatabase(adminUrl, { ...a, password: `${a.password}-new` });
    expect(decodeURIComponent(new URL(again).password)).toBe(`${a.password}-new`);
    await withClient(again, (c) => c.query('select count(*) from plan_item'));
    urlA = again;
  });

  it('gives back nothing a migration took away when the database is provisioned again (as every start does)', async () => {
    // As the audit anchor does: the role may read the log but not write it, and may not touch the checkpoints.
    await withClient(databaseUrl(adminUrl, a.database), async (c) => {
      await c.query('create table log_entry (seq bigint primary key, note text not null)');
      await c.query('create table checkpoint (seq bigint primary key)');
      await c.query(`revoke insert, update, delete on log_entry from ${escapeIdentifier(a.role)}`);
      await c.query(`revoke all on checkpoint from ${escapeIdentifier(a.role)}`);
    });
    urlA = await provisionDatabase(adminUrl, a);
    await withClient(urlA, async (c) => {
      await c.query('select count(*) from log_entry');
      expect((await sqlError(c.query(`insert into log_entry values (1, 'forged')`))).code).toBe('42501');
      expect((await sqlError(c.query('select * from checkpoint'))).code).toBe('42501');
    });
  });

  it('copies a database with its tables, rows and grants inside; the copy is provisioned for the role like any other', async () => {
    const copy = `${a.database}_copy`;
    await withClient(databaseUrl(adminUrl, a.database), (c) => c.query(`insert into log_entry values (7, 'kept')`));
    try {
      await copyDatabase(adminUrl, a.database, copy);
      const url = await provisionDatabase(adminUrl, { ...a, database: copy });
      await withClient(url, async (c) => {
        expect((await c.query('select seq::int, note from log_entry')).rows).toEqual([{ seq: 7, note: 'kept' }]);
        expect((await sqlError(c.query(`insert into log_entry values (8, 'forged')`))).code).toBe('42501');
      });
    } finally {
      await dropDatabase(adminUrl, copy);
    }
  });

  it('refuses to use the administrator as an agency role', async () => {
    const admin = await withClient(
      adminUrl,
      async (c) => (await c.query<{ u: string }>('select current_user as u')).rows[0]!.u,
    );
    await expect(provisionDatabase(adminUrl, { database: a.database, role: admin, password: 'x' })).rejects.toThrow(
      /administrator/,
    );
  });
});

describe('ensurePostgres', () => {
  const saved = process.env.PG_ADMIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.PG_ADMIN_URL;
    else process.env.PG_ADMIN_URL = saved;
  });

  it('finds the local server, or starts an embedded one where there is none', async () => {
    delete process.env.PG_ADMIN_URL;
    const local = await withClient(LOCAL_ADMIN_URL, (c) => c.query('select 1')).then(
      () => true,
      () => false,
    );
    const messages: string[] = [];
    const pg = await ensurePostgres({ dataDir: path.join(os.tmpdir(), 'mkt-unused'), log: (m) => messages.push(m) });
    try {
      if (local) {
        expect(pg).toMatchObject({ adminUrl: LOCAL_ADMIN_URL, embedded: false });
        expect(messages.join('\n')).toMatch(/local PostgreSQL/);
      } else {
        expect(pg.embedded).toBe(true);
      }
      await withClient(pg.adminUrl, (c) => c.query('select 1'));
    } finally {
      await pg.stop();
    }
  }, 60_000);

  it('uses PG_ADMIN_URL when set', async () => {
    process.env.PG_ADMIN_URL = databaseUrl(adminUrl, 'template1');
    const pg = await ensurePostgres({ dataDir: path.join(os.tmpdir(), 'mkt-unused') });
    expect(pg).toMatchObject({ adminUrl: process.env.PG_ADMIN_URL, embedded: false });
  });

  it('does not fall back when PG_ADMIN_URL cannot be reached', async () => {
    process.env.PG_ADMIN_URL = 'postgres://postgres:secret@127.0.0.1:1/postgres';
    const err = await sqlError(ensurePostgres({ dataDir: path.join(os.tmpdir(), 'mkt-unused') }));
    expect(err.message).toMatch(
      /PG_ADMIN_URL is set, but PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/postgres cannot be reached/,
    );
    expect(err.message).not.toContain('secret');
  });
});

describe('embedded PostgreSQL', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mkt-pg-'));
  });
  afterAll(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('starts, serves an agency role with password authentication, and stops', async () => {
    // Left behind by a run whose process no longer exists.
    const stale = path.join(dataDir, 'pg-1-999999999-abcdef');
    await fs.mkdir(stale);

    const startedAt = Date.now();
    const pg = await startEmbeddedPostgres({ dataDir });
    const startMs = Date.now() - startedAt;
    let stopped = false;
    try {
      expect(pg.embedded).toBe(true);
      const admin = new URL(pg.adminUrl);
      expect(admin.hostname).toBe('127.0.0.1');
      expect(admin.password).not.toBe('');
      await expect(fs.access(stale)).rejects.toThrow();

      const spec = { database: 'mkt_embedded', role: 'mkt_embedded', password: randomBytes(12).toString('base64url') };
      const appUrl = await provisionDatabase(pg.adminUrl, spec);
      await withClient(appUrl, async (c) => {
        const { rows } = await c.query<{ one: number; user: string; encoding: string }>(
          `select 1 as one, current_user as user, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`,
        );
        expect(rows[0]).toEqual({ one: 1, user: spec.role, encoding: 'UTF8' });
      });

      const wrong = await sqlError(
        withClient(databaseUrl(pg.adminUrl, spec.database, { name: spec.role, password: 'wrong' }), (c) =>
          c.query('select 1'),
        ),
      );
      expect(wrong.code).toBe('28P01');

      const runDirs = (await fs.readdir(dataDir)).filter((name) => name.startsWith('pg-'));
      expect(runDirs).toHaveLength(1);
      const totalMs = Date.now() - startedAt;
      await pg.stop();
      stopped = true;
      // Non-persistent: the run's folder goes with the server.
      expect((await fs.readdir(dataDir)).filter((name) => name.startsWith('pg-'))).toEqual([]);
      await expect(withClient(pg.adminUrl, (c) => c.query('select 1'))).rejects.toThrow();
      // eslint-disable-next-line no-console -- the test reports the server's start and stop times on purpose
      console.info(
        `embedded PostgreSQL: started in ${startMs} ms, provisioned and queried by ${totalMs} ms, stopped by ${Date.now() - startedAt} ms`,
      );
    } finally {
      if (!stopped) await pg.stop();
    }
  }, 90_000);
});

describe('embedded PostgreSQL from a folder closed to others', () => {
  let closed = '';
  beforeAll(async () => {
    // mkdtemp makes a folder only its owner may enter: a home folder, or a checkout under `mktemp -d`.
    closed = await fs.mkdtemp(path.join(os.tmpdir(), 'mkt-closed-'));
    expect((await fs.stat(closed)).mode & 0o077).toBe(0);
  });
  afterAll(async () => {
    await fs.rm(closed, { recursive: true, force: true });
  });

  it('starts with its binaries and data inside it, as root or not, and says where it put what it moved', async () => {
    // The server's binaries inside the closed folder, as in a checkout's node_modules.
    const nativeDir = path.join(closed, 'native');
    await fs.cp(packagedNativeDir(), nativeDir, { recursive: true, verbatimSymlinks: true });
    const messages: string[] = [];
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(closed, '.data'),
      nativeDir,
      log: (m) => messages.push(m),
    });
    try {
      await withClient(pg.adminUrl, async (c) => {
        const { rows } = await c.query<{ one: number }>('select 1 as one');
        expect(rows[0]!.one).toBe(1);
      });
      const asRoot = process.getuid?.() === 0;
      // Run as root, the server's user cannot enter the folder: both moved out, and the log says so.
      expect(messages.some((m) => /cannot enter .*mkt-closed-.*binaries run from a copy in/.test(m))).toBe(asRoot);
      expect(messages.some((m) => /cannot enter .*mkt-closed-.*data is kept in/.test(m))).toBe(asRoot);
    } finally {
      await pg.stop();
      // The copy made of this test's own binaries is of no use to anyone else.
      const copy = messages.map((m) => /binaries run from a copy in (\S+)$/.exec(m)?.[1]).find(Boolean);
      if (copy) await fs.rm(copy, { recursive: true, force: true });
    }
  }, 90_000);

  it('fails at once with what is wrong when the binaries are missing, instead of hanging', async () => {
    const started = Date.now();
    const err = await sqlError(
      startEmbeddedPostgres({ dataDir: path.join(closed, 'none'), nativeDir: path.join(closed, 'no-such-folder') }),
    );
    expect(err.message).toMatch(
      /embedded PostgreSQL is incomplete: .*bin\/initdb is missing or not executable.*PG_ADMIN_URL/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
