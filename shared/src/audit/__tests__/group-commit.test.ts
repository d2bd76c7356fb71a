/**
 * Group commit of audit entries against a real PostgreSQL (127.0.0.1:5432,
 * user postgres): a fresh database and application role per run, the schema
 * applied as the superuser, the appends made as the application role through
 * TypeORM, as a subgraph makes them. Which transaction wrote a row is read
 * from PostgreSQL itself (the row's xmin).
 */
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { DataSource } from 'typeorm';
import { auditSchemaSql } from '../schema';
import { auditAnchorSchemaSql, auditAppendSetBasedSql } from '../anchor';
import { verifyAuditLog, type AuditQuery } from '../index';
import { writeAudit, type AuditEntry } from '../writer';
import { AuditGroupCommit } from '../group-commit';

jest.setTimeout(60_000);

const ADMIN_URL = new URL(process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const HOST = ADMIN_URL.hostname;
const PORT = Number(ADMIN_URL.port || 5432);
const ADMIN = {
  user: decodeURIComponent(ADMIN_URL.username || 'postgres'),
  password: decodeURIComponent(ADMIN_URL.password) || undefined,
};
const ROLE_PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const SUFFIX = randomBytes(6).toString('hex');
const DB = `mkt_auditgc_${SUFFIX}`;
const ROLE = `mkt_auditgc_${SUFFIX}`;
const AGENCY = 'MALMO';

let server: Client; // superuser, maintenance database
let dbAdmin: Client; // superuser, inside the test database
let ds: DataSource; // the application role through TypeORM

const appQuery: AuditQuery = (sql, params) => ds.query(sql, params);
const adminQuery = async (sql: string, params: unknown[] = []) => (await dbAdmin.query(sql, params)).rows;

let counter = 0;
/** One request's entries: `n` decisions, told apart by their reason. */
function request(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry[] {
  counter += 1;
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(),
    requestId: `gc-req-${counter}`,
    officerId: 'malmo-o1',
    organisation: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    participantId: `P-${String(i).padStart(8, '0')}`,
    categories: ['PLAN'],
    action: 'READ' as const,
    purpose: 'JOINT_PLANNING',
    decision: 'GRANTED' as const,
    reason: `entry ${i}`,
    ...overrides,
  }));
}

async function headSeq(): Promise<number> {
  const [row] = await appQuery('SELECT seq::text AS seq FROM audit_chain_head WHERE agency = $1', [AGENCY]);
  return Number(row.seq);
}

/** The rows of the given requests, in chain order, with the transaction that wrote each. */
async function rowsOf(
  requestIds: string[],
): Promise<Array<{ seq: number; request_id: string; reason: string; xmin: string }>> {
  const rows = await adminQuery(
    `SELECT seq::text AS seq, request_id, reason, xmin::text AS xmin FROM audit_log WHERE request_id = ANY($1::text[]) ORDER BY audit_log.seq`,
    [requestIds],
  );
  return rows.map((r: { seq: string; request_id: string; reason: string; xmin: string }) => ({
    ...r,
    seq: Number(r.seq),
  }));
}

const requestIdOf = (entries: AuditEntry[]) => entries[0]!.requestId;

beforeAll(async () => {
  server = new Client({ host: HOST, port: PORT, ...ADMIN, database: 'postgres' });
  await server.connect();
  await server.query(`CREATE ROLE ${escapeIdentifier(ROLE)} LOGIN PASSWORD '${ROLE_PASSWORD}'`);
  await server.query(`CREATE DATABASE ${escapeIdentifier(DB)}`);
  await server.query(`REVOKE CONNECT ON DATABASE ${escapeIdentifier(DB)} FROM PUBLIC`);
  await server.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(DB)} TO ${escapeIdentifier(ROLE)}`);

  dbAdmin = new Client({ host: HOST, port: PORT, ...ADMIN, database: DB });
  await dbAdmin.connect();
  await dbAdmin.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${escapeIdentifier(ROLE)}`,
  );
  await dbAdmin.query('BEGIN');
  for (const statement of auditSchemaSql(ROLE, AGENCY).up) await dbAdmin.query(statement);
  for (const statement of auditAnchorSchemaSql(ROLE).up) await dbAdmin.query(statement);
  for (const statement of auditAppendSetBasedSql().up) await dbAdmin.query(statement);
  await dbAdmin.query('COMMIT');

  ds = new DataSource({
    type: 'postgres',
    host: HOST,
    port: PORT,
    username: ROLE,
    password: ROLE_PASSWORD,
    database: DB,
    poolSize: 4,
  });
  await ds.initialize();
});

afterAll(async () => {
  await ds?.destroy().catch(() => undefined);
  await dbAdmin?.end().catch(() => undefined);
  if (server) {
    await server.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(DB)} WITH (FORCE)`);
    await server.query(`DROP ROLE IF EXISTS ${escapeIdentifier(ROLE)}`);
    await server.end();
  }
});

function groupCommit(maxEntries?: number): AuditGroupCommit {
  return new AuditGroupCommit((entries) => writeAudit(ds, AGENCY, entries), maxEntries);
}

describe('audit group commit', () => {
  it('starts a lone request’s transaction at once and writes the requests waiting meanwhile in one transaction', async () => {
    const audit = groupCommit();
    const before = await headSeq();
    const requests = [2, 1, 3, 1, 2, 4, 1, 1, 2, 3].map((n) => request(n));
    const first = audit.append(requests[0]!);
    // Nothing was in flight: the first request's transaction is under way without waiting for company.
    expect(audit.stats.transactions).toBe(1);
    expect(audit.queued).toBe(0);
    const rest = requests.slice(1).map((r) => audit.append(r));
    expect(audit.queued).toBe(9);
    await Promise.all([first, ...rest]);

    expect(audit.stats).toEqual({ requests: 10, entries: 20, transactions: 2, failedTransactions: 0 });
    const rows = await rowsOf(requests.map(requestIdOf));
    // PostgreSQL's own word: the rows came from two transactions, the first request's and everyone else's.
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(2);
    expect(new Set(rows.filter((r) => r.request_id === requestIdOf(requests[0]!)).map((r) => r.xmin)).size).toBe(1);
    // In arrival order, each request's entries together and in their own order, numbered on from the head.
    expect(rows.map((r) => [r.request_id, r.reason])).toEqual(
      requests.flatMap((r) => r.map((e) => [e.requestId, e.reason])),
    );
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => before + 1 + i));
    expect(await headSeq()).toBe(before + 20);
    expect(await verifyAuditLog(appQuery, AGENCY)).toMatchObject({ ok: true, problems: [] });
  });

  it('keeps one gapless chain that verifies under many concurrent requests, in fewer transactions than requests', async () => {
    const audit = groupCommit();
    const before = await headSeq();
    const ids: string[] = [];
    const client = async (c: number) => {
      for (let i = 0; i < 10; i++) {
        const entries = request(1 + ((c + i) % 3), { officerId: `malmo-c${c}` });
        ids.push(requestIdOf(entries));
        await audit.append(entries);
        // Whatever resolved is committed: it is there for any other connection to read.
        expect((await rowsOf([requestIdOf(entries)])).length).toBe(entries.length);
      }
    };
    await Promise.all([0, 1, 2, 3, 4, 5].map(client));

    expect(audit.stats.requests).toBe(60);
    expect(audit.stats.transactions).toBeLessThan(60);
    const rows = await rowsOf(ids);
    expect(rows.length).toBe(audit.stats.entries);
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(audit.stats.transactions);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => before + 1 + i));
    // Each request's entries are one run of the chain.
    const runs = rows.map((r) => r.request_id).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(runs.length).toBe(60);
    expect(await verifyAuditLog(appQuery, AGENCY, { pageSize: 7 })).toMatchObject({
      ok: true,
      problems: [],
      entries: before + rows.length,
    });
  });

  it('fails every request of a failing group and writes nothing of it; the next group is written', async () => {
    const audit = groupCommit();
    const before = await headSeq();
    // A refusal in the database part-way through the group's inserts.
    await adminQuery(`CREATE FUNCTION gc_refuse() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $fn$`);
    await adminQuery(
      `CREATE TRIGGER gc_refuse BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.reason = 'refuse me') EXECUTE FUNCTION gc_refuse()`,
    );
    const alone = request(2);
    const group = [request(3), request(1, { reason: 'refuse me' }), request(2)];
    let outcomes: PromiseSettledResult<void>[];
    try {
      outcomes = await Promise.allSettled([audit.append(alone), ...group.map((r) => audit.append(r))]);
    } finally {
      await adminQuery('DROP TRIGGER gc_refuse ON audit_log');
      await adminQuery('DROP FUNCTION gc_refuse()');
    }
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    for (const o of outcomes.slice(1))
      expect(String((o as PromiseRejectedResult).reason)).toMatch(/refused for the test/);
    expect(audit.stats).toMatchObject({ transactions: 2, failedTransactions: 1 });
    // The request committed alone is there; not one entry of the failed group, not even those inserted before the refusal.
    expect((await rowsOf([requestIdOf(alone)])).length).toBe(2);
    expect(await rowsOf(group.map(requestIdOf))).toEqual([]);
    expect(await headSeq()).toBe(before + 2);

    const after = request(2);
    await audit.append(after);
    expect((await rowsOf([requestIdOf(after)])).map((r) => r.seq)).toEqual([before + 3, before + 4]);
    expect(await verifyAuditLog(appQuery, AGENCY)).toMatchObject({ ok: true, problems: [] });
  });

  it('fails every request of the group when the log cannot be written at all', async () => {
    const audit = groupCommit();
    const before = await headSeq();
    await adminQuery(`REVOKE EXECUTE ON FUNCTION audit_append(text, jsonb) FROM ${escapeIdentifier(ROLE)}`);
    let outcomes: PromiseSettledResult<void>[];
    try {
      outcomes = await Promise.allSettled([1, 2, 3].map((n) => audit.append(request(n))));
    } finally {
      await adminQuery(`GRANT EXECUTE ON FUNCTION audit_append(text, jsonb) TO ${escapeIdentifier(ROLE)}`);
    }
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(audit.stats).toMatchObject({ transactions: 2, failedTransactions: 2 });
    expect(await headSeq()).toBe(before);
  });

  it('refuses a request with a malformed entry on its own, before it can fail anyone else’s group', async () => {
    const audit = groupCommit();
    const before = await headSeq();
    const good = [request(1), request(2)];
    const bad = request(2);
    bad[1] = { ...bad[1]!, decision: 'MAYBE' as AuditEntry['decision'] };
    const outcomes = await Promise.allSettled([audit.append(good[0]!), audit.append(bad), audit.append(good[1]!)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/invalid decision/);
    expect(audit.stats).toMatchObject({ requests: 2, transactions: 2, failedTransactions: 0 });
    expect(await headSeq()).toBe(before + 3);
    expect(await rowsOf([requestIdOf(bad)])).toEqual([]);
  });

  it('sends nothing for a request without entries', async () => {
    const audit = groupCommit();
    await audit.append([]);
    expect(audit.stats).toEqual({ requests: 0, entries: 0, transactions: 0, failedTransactions: 0 });
  });

  it('bounds a group by its entries, taking whole requests', async () => {
    const audit = groupCommit(4);
    const before = await headSeq();
    const requests = [request(1), request(3), request(1), request(3), request(6)];
    await Promise.all(requests.map((r) => audit.append(r)));
    // [1] alone (nothing in flight), then [3, 1], [3], and [6], over the bound, whole and alone.
    expect(audit.stats.transactions).toBe(4);
    const rows = await rowsOf(requests.map(requestIdOf));
    const xminOf = (r: AuditEntry[]) =>
      new Set(rows.filter((row) => row.request_id === requestIdOf(r)).map((row) => row.xmin));
    expect(xminOf(requests[1]!)).toEqual(xminOf(requests[2]!));
    expect(xminOf(requests[3]!)).not.toEqual(xminOf(requests[2]!));
    expect(xminOf(requests[4]!).size).toBe(1);
    expect(await headSeq()).toBe(before + 14);
    expect(() => groupCommit(0)).toThrow(/maxEntries/);
  });
});
