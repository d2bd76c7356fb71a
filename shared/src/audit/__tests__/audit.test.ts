/**
 * The audit log against a real PostgreSQL (127.0.0.1:5432, user postgres):
 * a fresh database and application role per run, the schema applied as the
 * superuser, everything else done as the application role.
 */
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool, escapeIdentifier } from 'pg';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, computeEntryHash } from '../chain';
import { canonicalJson } from '../../canonical-json';
import { accessesOutsideOfficeHours, extractForParticipant, unusuallyManyParticipants } from '../review';
import { auditSchemaSql } from '../schema';
import { auditAnchorSchemaSql, auditAppendSetBasedSql, checkpointSignatureValid, signCheckpoint } from '../anchor';
import { verifyAuditLog, type FoundCheckpoint } from '../verify';
import { appendAuditEntries, writeAudit, type AuditEntry, type AuditQuery } from '../writer';

jest.setTimeout(60_000);

// The server the test run uses (the global setup sets PG_ADMIN_URL: the local
// server, or an embedded one where there is none).
const ADMIN_URL = new URL(process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const HOST = ADMIN_URL.hostname;
const PORT = Number(ADMIN_URL.port || 5432);
const ADMIN = {
  user: decodeURIComponent(ADMIN_URL.username || 'postgres'),
  password: decodeURIComponent(ADMIN_URL.password) || undefined,
};
const ROLE_PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
const SUFFIX = randomBytes(6).toString('hex');
const DB = `mkt_audit_${SUFFIX}`;
const ROLE = `mkt_audit_${SUFFIX}`;
const AGENCY = 'AF';

let server: Client; // superuser, maintenance database
let dbAdmin: Client; // superuser, inside the test database
let app: Pool; // the application role
let ds: DataSource | undefined; // the application role through TypeORM

const appQuery: AuditQuery = async (sql, params) => (await app.query(sql, params as unknown[])).rows;
const adminQuery: AuditQuery = async (sql, params) => (await dbAdmin.query(sql, params as unknown[])).rows;

/** Runs `fn` in a transaction on one pooled connection of the application role. */
async function inTransaction<T>(fn: (query: AuditQuery) => Promise<T>): Promise<T> {
  const client = await app.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(async (sql, params) => (await client.query(sql, params as unknown[])).rows);
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

let counter = 0;
function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  counter += 1;
  return {
    at: new Date(),
    requestId: `req-${counter}`,
    officerId: 'af-o1',
    organisation: 'AF',
    roles: ['ARBETSFORMEDLARE', 'SAMORDNARE'],
    participantId: `P-${String(counter % 50).padStart(8, '0')}`,
    categories: ['PLAN', 'ACTIVITIES'],
    action: 'READ',
    purpose: 'planering',
    decision: 'GRANTED',
    reason: 'assigned officer',
    ...overrides,
  };
}

async function headSeq(): Promise<number> {
  const rows = await appQuery('SELECT seq::text AS seq FROM audit_chain_head WHERE agency = $1', [AGENCY]);
  return Number(rows[0].seq);
}

beforeAll(async () => {
  server = new Client({ host: HOST, port: PORT, ...ADMIN, database: 'postgres' });
  await server.connect();
  await server.query(`CREATE ROLE ${escapeIdentifier(ROLE)} LOGIN PASSWORD '${ROLE_PASSWORD}'`);
  await server.query(`CREATE DATABASE ${escapeIdentifier(DB)}`);
  await server.query(`REVOKE CONNECT ON DATABASE ${escapeIdentifier(DB)} FROM PUBLIC`);
  await server.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(DB)} TO ${escapeIdentifier(ROLE)}`);

  dbAdmin = new Client({ host: HOST, port: PORT, ...ADMIN, database: DB });
  await dbAdmin.connect();
  // As the provisioning does: the app role gets row rights on every new table.
  await dbAdmin.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${escapeIdentifier(ROLE)}`,
  );
  await dbAdmin.query('BEGIN');
  for (const statement of auditSchemaSql(ROLE, AGENCY).up) await dbAdmin.query(statement);
  for (const statement of auditAnchorSchemaSql(ROLE).up) await dbAdmin.query(statement);
  for (const statement of auditAppendSetBasedSql().up) await dbAdmin.query(statement);
  await dbAdmin.query('COMMIT');

  app = new Pool({ host: HOST, port: PORT, user: ROLE, password: ROLE_PASSWORD, database: DB, max: 8 });
});

afterAll(async () => {
  await ds?.destroy().catch(() => undefined);
  await app?.end().catch(() => undefined);
  await dbAdmin?.end().catch(() => undefined);
  if (server) {
    await server.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(DB)} WITH (FORCE)`);
    await server.query(`DROP ROLE IF EXISTS ${escapeIdentifier(ROLE)}`);
    await server.end();
  }
});

describe('hash chain', () => {
  it('hashes prev_hash, a newline and the canonical JSON of the entry', () => {
    const e = {
      ...entry({ at: new Date('2030-05-01T08:00:00.123Z') }),
      seq: 7,
      id: '6f1c1a34-62b8-4a43-9c2a-0e2f1d7f2a11',
    };
    const json =
      '{"action":"READ","at":"2030-05-01T08:00:00.123Z","caller_on_team":null,"categories":["PLAN","ACTIVITIES"],' +
      `"decision":"GRANTED","id":"${e.id}","officer_id":"af-o1","organisation":"AF",` +
      `"participant_id":"${e.participantId}","purpose":"planering","reason":"assigned officer",` +
      `"request_id":"${e.requestId}","roles":["ARBETSFORMEDLARE","SAMORDNARE"],"seq":7}`;
    const expected = createHash('sha256')
      .update(`${'a'.repeat(64)}\n${json}`)
      .digest('hex');
    expect(computeEntryHash('a'.repeat(64), e)).toBe(expected);
    expect(computeEntryHash('b'.repeat(64), e)).not.toBe(expected);
    expect(canonicalJson({ b: [2, { d: null, c: 'x' }], a: true }, { strict: true })).toBe(
      '{"a":true,"b":[2,{"c":"x","d":null}]}',
    );
  });

  it('schema SQL quotes the role and seeds the head only when given the agency', () => {
    const withAgency = auditSchemaSql('app"role', 'AF').up.join('\n');
    expect(withAgency).toContain('"app""role"');
    expect(withAgency).toContain(`VALUES ('AF', 0, '${GENESIS_HASH}')`);
    expect(auditSchemaSql('app').up.join('\n')).not.toContain('INSERT INTO audit_chain_head');
  });
});

describe('writing', () => {
  it('sends no SQL for an empty batch', async () => {
    const query = jest.fn(async () => []);
    await appendAuditEntries(query, AGENCY, []);
    expect(query).not.toHaveBeenCalled();
    const dsQuery = jest.fn(async () => []);
    await writeAudit({ query: dsQuery } as unknown as DataSource, AGENCY, []);
    expect(dsQuery).not.toHaveBeenCalled();
  });

  it('refuses to append outside a transaction', async () => {
    await expect(appendAuditEntries(appQuery, AGENCY, [entry()])).rejects.toThrow(/inside a transaction/);
    expect(await headSeq()).toBe(0);
  });

  it('refuses an unknown agency and malformed entries without writing', async () => {
    await expect(inTransaction((q) => appendAuditEntries(q, 'NOPE', [entry()]))).rejects.toThrow(/no chain head/);
    const bad = { ...entry(), decision: 'MAYBE' } as unknown as AuditEntry;
    await expect(inTransaction((q) => appendAuditEntries(q, AGENCY, [bad]))).rejects.toThrow(/invalid decision/);
    expect(await headSeq()).toBe(0);
  });

  it('chains one batch in order with one statement, hashed in the database', async () => {
    const batch = Array.from({ length: 10 }, (_, i) =>
      entry({
        participantId: i === 3 ? null : `P-0000000${i}`,
        categories: i === 3 ? [] : ['B', 'A', 'it\'s "quoted"'],
      }),
    );
    const statements: string[] = [];
    await inTransaction((q) =>
      appendAuditEntries(
        (sql, params) => {
          statements.push(sql.trim().split(/\s+/)[0]!.toUpperCase());
          return q(sql, params);
        },
        AGENCY,
        batch,
      ),
    );
    expect(statements).toEqual(['SAVEPOINT', 'SELECT']);

    const rows = await appQuery(
      'SELECT seq::text AS seq, at, participant_id, categories, roles, prev_hash, hash FROM audit_log ORDER BY audit_log.seq',
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(rows[i].hash));
    expect(rows[3].participant_id).toBeNull();
    expect(rows[3].categories).toEqual([]);
    expect(rows[4].categories).toEqual(['B', 'A', 'it\'s "quoted"']);
    expect(rows[4].roles).toEqual(['ARBETSFORMEDLARE', 'SAMORDNARE']);
    expect((rows[0].at as Date).getTime()).toBe(batch[0]!.at.getTime());
    expect(await headSeq()).toBe(10);

    const result = await verifyAuditLog(appQuery, AGENCY);
    expect(result).toEqual({ ok: true, entries: 10, problems: [], problemsOmitted: 0, anchored: null, unanchored: 10 });
  });

  it('hashes in the database exactly as computeEntryHash does, whatever the text', async () => {
    const awkward = [
      'quote " backslash \\ slash /',
      'tab\tnewline\ncarriage\rbell\u0007 escape\u001b del\u007f',
      'Åsa Ölund, Øresund, ß, 北京, 😀',
      '\u2028\u2029 \u00a0',
      '',
    ];
    const before = await headSeq();
    await inTransaction((q) =>
      appendAuditEntries(
        q,
        AGENCY,
        awkward.map((text, i) =>
          entry({
            reason: text || 'none',
            purpose: text || 'x',
            categories: [text, 'B'],
            roles: [text || 'R'],
            participantId: i === 0 ? null : 'P-AWKWARD1',
            callerOnTeam: i % 2 === 0,
          }),
        ),
      ),
    );
    expect(await headSeq()).toBe(before + awkward.length);
    expect(await verifyAuditLog(appQuery, AGENCY)).toMatchObject({ ok: true, problems: [] });
  });

  it('links entries written before the set-based audit_append and after it into one valid chain, and back again', async () => {
    const awkward = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        entry({ reason: `upgrade "${i}"\n☃`, categories: i % 2 ? [] : ['PLAN'], callerOnTeam: i % 3 ? null : true }),
      );
    const setBased = auditAppendSetBasedSql();
    const before = await headSeq();
    for (const statement of setBased.down) await dbAdmin.query(statement);
    // The first audit_append, entry by entry, is back; the link function no longer exists.
    expect((await adminQuery(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'audit_entry_text'`))[0].n).toBe(
      0,
    );
    await inTransaction((q) => appendAuditEntries(q, AGENCY, awkward(7)));
    for (const statement of setBased.up) await dbAdmin.query(statement);
    await inTransaction((q) => appendAuditEntries(q, AGENCY, awkward(60)));
    expect(await headSeq()).toBe(before + 67);
    expect(await verifyAuditLog(appQuery, AGENCY)).toMatchObject({ ok: true, problems: [] });
  });

  it('keeps the chain gapless and valid under five concurrent writers', async () => {
    ds = new DataSource({
      type: 'postgres',
      host: HOST,
      port: PORT,
      username: ROLE,
      password: ROLE_PASSWORD,
      database: DB,
      poolSize: 5,
    });
    await ds.initialize();
    const dataSource = ds;
    const before = await headSeq();
    let written = 0;
    const writer = async (w: number) => {
      for (let i = 0; i < 12; i++) {
        const batch = Array.from({ length: 1 + ((w + i) % 3) }, () => entry({ officerId: `af-w${w}` }));
        written += batch.length;
        await writeAudit(dataSource, AGENCY, batch);
      }
    };
    // A verifier running alongside must not mistake appends in flight for tampering.
    const during = (async () => {
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await verifyAuditLog(appQuery, AGENCY, { pageSize: 4 }));
      return results;
    })();
    await Promise.all([0, 1, 2, 3, 4].map(writer));
    for (const r of await during) expect(r.problems).toEqual([]);

    const after = await headSeq();
    expect(after).toBe(before + written);
    const seqs = (await appQuery('SELECT seq::text AS seq FROM audit_log ORDER BY audit_log.seq')).map((r) =>
      Number(r.seq),
    );
    expect(seqs).toEqual(Array.from({ length: after }, (_, i) => i + 1));
    const result = await verifyAuditLog(appQuery, AGENCY, { pageSize: 7 });
    expect(result).toEqual({
      ok: true,
      entries: after,
      problems: [],
      problemsOmitted: 0,
      anchored: null,
      unanchored: after,
    });
  });
  it('appends inside a TypeORM transaction of the caller and refuses a bare TypeORM query function', async () => {
    const dataSource = ds!;
    const before = await headSeq();
    await dataSource.transaction((m) =>
      appendAuditEntries((sql, params) => m.query(sql, params), AGENCY, [entry(), entry()]),
    );
    expect(await headSeq()).toBe(before + 2);
    await expect(appendAuditEntries((sql, params) => dataSource.query(sql, params), AGENCY, [entry()])).rejects.toThrow(
      /inside a transaction/,
    );
    expect(await headSeq()).toBe(before + 2);
    expect((await verifyAuditLog(appQuery, AGENCY)).ok).toBe(true);
  });
});

describe('append-only', () => {
  const pgCode = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: { code?: string }) => error.code,
    );

  it('refuses the application role to write the log or move the head except through audit_append', async () => {
    expect(await pgCode(app.query(`UPDATE audit_log SET reason = 'x' WHERE seq = 1`))).toBe('42501');
    expect(await pgCode(app.query(`DELETE FROM audit_log WHERE seq = 1`))).toBe('42501');
    expect(await pgCode(app.query(`TRUNCATE audit_log`))).toBe('42501');
    expect(await pgCode(app.query(`DELETE FROM audit_chain_head`))).toBe('42501');
    expect(await pgCode(app.query(`INSERT INTO audit_chain_head VALUES ('X', 0, 'x')`))).toBe('42501');
    const privileges = await appQuery(
      `SELECT p, has_table_privilege('audit_log', p) AS log, has_table_privilege('audit_chain_head', p) AS head,
              has_table_privilege('audit_checkpoint', p) AS checkpoint
         FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p`,
    );
    expect(Object.fromEntries(privileges.map((r) => [r.p, [r.log, r.head, r.checkpoint]]))).toEqual({
      SELECT: [true, true, false],
      INSERT: [false, false, false],
      UPDATE: [false, false, false],
      DELETE: [false, false, false],
      TRUNCATE: [false, false, false],
    });
    // A forged entry with a correct hash, and the head moved over it: neither is possible for the role.
    const [head] = await appQuery('SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1', [AGENCY]);
    const forged = {
      ...entry({ reason: 'nothing happened' }),
      seq: Number(head.seq) + 1,
      id: '6f1c1a34-62b8-4a43-9c2a-0e2f1d7f2a11',
    };
    const hash = computeEntryHash(head.hash, forged);
    expect(
      await pgCode(
        app.query(
          `INSERT INTO audit_log (seq, id, at, request_id, officer_id, organisation, roles, participant_id, categories, action, purpose, decision, reason, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            forged.seq,
            forged.id,
            forged.at,
            forged.requestId,
            forged.officerId,
            forged.organisation,
            forged.roles,
            forged.participantId,
            forged.categories,
            forged.action,
            forged.purpose,
            forged.decision,
            forged.reason,
            head.hash,
            hash,
          ],
        ),
      ),
    ).toBe('42501');
    expect(
      await pgCode(app.query(`UPDATE audit_chain_head SET seq = seq + 1, hash = $2 WHERE agency = $1`, [AGENCY, hash])),
    ).toBe('42501');
    expect(await pgCode(app.query(`UPDATE audit_chain_head SET seq = 0 WHERE agency = $1`, [AGENCY]))).toBe('42501');
    expect(await pgCode(app.query(`SELECT * FROM audit_checkpoint`))).toBe('42501');
    expect((await verifyAuditLog(appQuery, AGENCY)).ok).toBe(true);
  });

  it('refuses even the superuser through the triggers', async () => {
    await expect(dbAdmin.query(`UPDATE audit_log SET reason = 'x' WHERE seq = 1`)).rejects.toThrow(
      /audit_log is append-only: UPDATE is not allowed/,
    );
    await expect(dbAdmin.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(
      /audit_log is append-only: DELETE is not allowed/,
    );
    await expect(dbAdmin.query(`TRUNCATE audit_log`)).rejects.toThrow(
      /audit_log is append-only: TRUNCATE is not allowed/,
    );
    await expect(dbAdmin.query(`DELETE FROM audit_chain_head`)).rejects.toThrow(
      /audit_chain_head: DELETE is not allowed/,
    );
    expect((await verifyAuditLog(appQuery, AGENCY)).ok).toBe(true);
  });
});

describe('tampering by someone who can disable the triggers', () => {
  beforeAll(async () => {
    await dbAdmin.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
  });
  afterAll(async () => {
    await dbAdmin.query('ALTER TABLE audit_log ENABLE TRIGGER ALL');
  });

  const problems = async () =>
    (await verifyAuditLog(appQuery, AGENCY, { pageSize: 9 })).problems.map((p) => ({ seq: p.seq, kind: p.kind }));

  it('detects a changed entry at its seq', async () => {
    const [row] = await adminQuery('SELECT reason FROM audit_log WHERE seq = 3');
    await adminQuery(`UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 3`);
    expect(await problems()).toEqual([{ seq: 3, kind: 'CHANGED' }]);
    await adminQuery('UPDATE audit_log SET reason = $1 WHERE seq = 3', [row.reason]);
    expect(await problems()).toEqual([]);
  });

  it('detects an entry rewritten with a recomputed hash by the broken link after it', async () => {
    await adminQuery('CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE seq = 4');
    const [row] = await adminQuery(
      `SELECT seq::text AS seq, id::text AS id, at, request_id, officer_id, organisation, roles, participant_id,
              categories, action, purpose, decision, reason, prev_hash FROM audit_log WHERE seq = 4`,
    );
    const forged: AuditEntry & { seq: number; id: string } = {
      seq: 4,
      id: row.id,
      at: row.at,
      requestId: row.request_id,
      officerId: row.officer_id,
      organisation: row.organisation,
      roles: row.roles,
      participantId: 'P-99999999',
      categories: row.categories,
      action: row.action,
      purpose: row.purpose,
      decision: row.decision,
      reason: row.reason,
    };
    await adminQuery(`UPDATE audit_log SET participant_id = $1, hash = $2 WHERE seq = 4`, [
      forged.participantId,
      computeEntryHash(row.prev_hash, forged),
    ]);
    expect(await problems()).toEqual([{ seq: 5, kind: 'CHANGED' }]);
    await adminQuery('DELETE FROM audit_log WHERE seq = 4');
    await adminQuery('INSERT INTO audit_log SELECT * FROM saved');
    await adminQuery('DROP TABLE saved');
    expect(await problems()).toEqual([]);
  });

  it('detects a removed entry in the middle as MISSING', async () => {
    await adminQuery('CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE seq = 5');
    await adminQuery('DELETE FROM audit_log WHERE seq = 5');
    const result = await verifyAuditLog(appQuery, AGENCY);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ seq: 5, kind: 'MISSING', detail: 'entry 5 is missing' }]);
    await adminQuery('INSERT INTO audit_log SELECT * FROM saved');
    await adminQuery('DROP TABLE saved');
    expect(await problems()).toEqual([]);
  });

  it('detects a removed last entry as HEAD_MISMATCH', async () => {
    const last = await headSeq();
    await adminQuery('CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE seq = $1', [last]);
    await adminQuery('DELETE FROM audit_log WHERE seq = $1', [last]);
    const result = await verifyAuditLog(appQuery, AGENCY);
    expect(result.ok).toBe(false);
    expect(result.entries).toBe(last - 1);
    expect(result.problems.map((p) => ({ seq: p.seq, kind: p.kind }))).toEqual([{ seq: last, kind: 'HEAD_MISMATCH' }]);
    await adminQuery('INSERT INTO audit_log SELECT * FROM saved');
    await adminQuery('DROP TABLE saved');
    expect(await problems()).toEqual([]);
  });

  it('detects rows added past the head', async () => {
    const last = await headSeq();
    await adminQuery(
      `INSERT INTO audit_log (seq, at, request_id, officer_id, organisation, roles, participant_id, categories,
                              action, purpose, decision, reason, prev_hash, hash)
       VALUES ($1, now(), 'r', 'o', 'AF', '{}', NULL, '{}', 'READ', 'p', 'GRANTED', 'r', 'x', 'y')`,
      [last + 1],
    );
    expect(await problems()).toEqual([{ seq: last + 1, kind: 'HEAD_MISMATCH' }]);
    await adminQuery('DELETE FROM audit_log WHERE seq = $1', [last + 1]);
    expect(await problems()).toEqual([]);
  });
});

describe('review', () => {
  const at = (iso: string) => new Date(iso);
  const person = (id: number) => `P-REV${String(id).padStart(5, '0')}`;

  beforeAll(async () => {
    const entries: AuditEntry[] = [
      // Office hours in Stockholm (UTC+1 in January, UTC+2 in June).
      entry({ officerId: 'rev-a', participantId: person(1), at: at('2031-01-06T05:59:00Z') }), // Mon 06:59 outside
      entry({ officerId: 'rev-a', participantId: person(1), at: at('2031-01-06T06:00:00Z') }), // Mon 07:00 inside
      entry({ officerId: 'rev-a', participantId: person(1), at: at('2031-01-06T16:59:59Z') }), // Mon 17:59:59 inside
      entry({ officerId: 'rev-a', participantId: person(2), at: at('2031-01-06T17:00:00Z') }), // Mon 18:00 outside
      entry({ officerId: 'rev-b', participantId: person(2), at: at('2031-01-11T11:00:00Z'), decision: 'DENIED' }), // Sat
      entry({ officerId: 'rev-b', participantId: null, at: at('2031-01-12T11:00:00Z') }), // Sun, no person
      entry({ officerId: 'rev-b', participantId: person(3), at: at('2031-06-16T04:30:00Z') }), // Mon 06:30 CEST outside
      entry({ officerId: 'rev-b', participantId: person(3), at: at('2031-06-16T05:30:00Z') }), // Mon 07:30 CEST inside
    ];
    // rev-burst: six people in six minutes, across a :10 boundary.
    ['09:07', '09:08', '09:09', '09:10', '09:11', '09:12'].forEach((hm, i) =>
      entries.push(entry({ officerId: 'rev-burst', participantId: person(10 + i), at: at(`2031-01-07T${hm}:00Z`) })),
    );
    // rev-slow: six people spread over five hours.
    for (let i = 0; i < 6; i++) {
      entries.push(entry({ officerId: 'rev-slow', participantId: person(20 + i), at: at(`2031-01-07T1${i}:00:00Z`) }));
    }
    // rev-same: one person, many times.
    for (let i = 0; i < 8; i++) {
      entries.push(entry({ officerId: 'rev-same', participantId: person(30), at: at(`2031-01-07T09:0${i}:00Z`) }));
    }
    await inTransaction((q) => appendAuditEntries(q, AGENCY, entries));
  });

  it('lists person-level accesses outside weekday office hours in local time', async () => {
    const period = { from: at('2031-01-01T00:00:00Z'), to: at('2031-07-01T00:00:00Z'), timezone: 'Europe/Stockholm' };
    const rows = await accessesOutsideOfficeHours(appQuery, period);
    const hits = rows.filter((r) => r.officerId === 'rev-a' || r.officerId === 'rev-b');
    expect(hits.map((r) => [r.officerId, r.localTime])).toEqual([
      ['rev-a', '2031-01-06T06:59:00.000'],
      ['rev-a', '2031-01-06T18:00:00.000'],
      ['rev-b', '2031-01-11T12:00:00.000'],
      ['rev-b', '2031-06-16T06:30:00.000'],
    ]);
    expect(hits[2]!.decision).toBe('DENIED');
    const withNonPerson = await accessesOutsideOfficeHours(appQuery, { ...period, includeNonPerson: true });
    expect(withNonPerson.filter((r) => r.officerId === 'rev-b').map((r) => r.participantId)).toEqual([
      person(2),
      null,
      person(3),
    ]);
    expect(
      await accessesOutsideOfficeHours(appQuery, { from: at('2031-01-06T06:00:00Z'), to: at('2031-01-06T17:00:00Z') }),
    ).toEqual([]);
  });

  it('finds officers who touched many distinct participants within a sliding window', async () => {
    const period = { from: at('2031-01-07T00:00:00Z'), to: at('2031-01-08T00:00:00Z') };
    const found = await unusuallyManyParticipants(appQuery, { ...period, windowMinutes: 10, threshold: 5 });
    expect(found).toEqual([
      {
        officerId: 'rev-burst',
        windowStart: at('2031-01-07T09:07:00Z'),
        windowEnd: at('2031-01-07T09:17:00Z'),
        participants: 6,
      },
    ]);
    expect(await unusuallyManyParticipants(appQuery, { ...period, windowMinutes: 10, threshold: 6 })).toEqual([]);
    const wide = await unusuallyManyParticipants(appQuery, { ...period, windowMinutes: 6 * 60, threshold: 5 });
    expect(wide.map((f) => [f.officerId, f.participants])).toEqual([
      ['rev-burst', 6],
      ['rev-slow', 6],
    ]);
  });

  it('extracts every entry about one participant, oldest first', async () => {
    const rows = await extractForParticipant(appQuery, person(2));
    expect(rows.map((r) => [r.officerId, r.at.toISOString(), r.categories, r.decision])).toEqual([
      ['rev-a', '2031-01-06T17:00:00.000Z', ['PLAN', 'ACTIVITIES'], 'GRANTED'],
      ['rev-b', '2031-01-11T11:00:00.000Z', ['PLAN', 'ACTIVITIES'], 'DENIED'],
    ]);
    expect(await extractForParticipant(appQuery, person(2), { from: at('2031-01-10T00:00:00Z') })).toHaveLength(1);
    expect(await extractForParticipant(appQuery, 'P-NOBODY00')).toEqual([]);
  });

  it('leaves a valid chain behind', async () => {
    const result = await verifyAuditLog(appQuery, AGENCY, { pageSize: 5000 });
    expect(result.ok).toBe(true);
    expect(result.entries).toBe(await headSeq());
  });
});

describe('checkpoints', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');

  async function head(): Promise<{ agency: string; seq: number; hash: string }> {
    const [row] = await appQuery('SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1', [AGENCY]);
    return { agency: AGENCY, seq: Number(row.seq), hash: row.hash };
  }
  const found = (c: ReturnType<typeof signCheckpoint>, source = 'own', own = true): FoundCheckpoint => ({
    ...c,
    source,
    own,
    signatureValid: checkpointSignatureValid(publicKey, c),
  });
  const kinds = async (checkpoints: FoundCheckpoint[], ownCheckpointsRead = true) =>
    (await verifyAuditLog(appQuery, AGENCY, { checkpoints, ownCheckpointsRead })).problems.map((p) => ({
      seq: p.seq,
      kind: p.kind,
    }));

  it('signs a head with a key the application does not hold, and knows a checkpoint not signed with it', async () => {
    const c = signCheckpoint(privateKey, await head(), new Date());
    expect(checkpointSignatureValid(publicKey, c)).toBe(true);
    expect(checkpointSignatureValid(other.publicKey, c)).toBe(false);
    expect(checkpointSignatureValid(publicKey, { ...c, seq: c.seq + 1 })).toBe(false);
    expect(checkpointSignatureValid(publicKey, { ...c, hash: '0'.repeat(64) })).toBe(false);
    const result = await verifyAuditLog(appQuery, AGENCY, { checkpoints: [found(c)], ownCheckpointsRead: true });
    expect(result).toMatchObject({ ok: true, anchored: { seq: c.seq }, unanchored: 0 });
    const forged = { ...signCheckpoint(other.privateKey, await head(), new Date()), keyId: c.keyId };
    expect(await kinds([found(c), found(forged, 'witness', false)])).toEqual([
      { seq: c.seq, kind: 'FORGED_CHECKPOINT' },
    ]);
    // Held by a witness, gone from the agency's own database.
    expect(await kinds([found(c, 'witness', false)])).toEqual([{ seq: c.seq, kind: 'CHECKPOINT_REMOVED' }]);
  });

  it('finds a tail cut off with the head moved back, and entries rewritten and relinked with the head moved on', async () => {
    await inTransaction((q) => appendAuditEntries(q, AGENCY, [entry(), entry(), entry()]));
    const signed = await head();
    const c = signCheckpoint(privateKey, signed, new Date());
    const cutAt = signed.seq - 2;
    await dbAdmin.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
    await dbAdmin.query('ALTER TABLE audit_chain_head DISABLE TRIGGER ALL');
    await dbAdmin.query('CREATE TEMP TABLE saved_tail AS SELECT * FROM audit_log WHERE seq > $1', [cutAt]);
    try {
      // The tail cut off and the head moved back onto the entry before it: on its own, the chain looks whole.
      const [before] = await adminQuery('SELECT hash FROM audit_log WHERE seq = $1', [cutAt]);
      await adminQuery('DELETE FROM audit_log WHERE seq > $1', [cutAt]);
      await adminQuery('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', [
        AGENCY,
        cutAt,
        before.hash,
      ]);
      expect((await verifyAuditLog(appQuery, AGENCY)).ok).toBe(true);
      expect(await kinds([found(c)])).toEqual([{ seq: signed.seq, kind: 'TAIL_CUT' }]);

      // Forged entries in their place, correctly hashed and linked, and the head moved on over them.
      let prev = before.hash as string;
      for (let seq = cutAt + 1; seq <= signed.seq + 1; seq++) {
        const forged = { ...entry({ reason: 'forged' }), seq, id: randomUUID() };
        const hash = computeEntryHash(prev, forged);
        await adminQuery(
          `INSERT INTO audit_log (seq, id, at, request_id, officer_id, organisation, roles, participant_id, categories, action, purpose, decision, reason, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            seq,
            forged.id,
            forged.at,
            forged.requestId,
            forged.officerId,
            forged.organisation,
            forged.roles,
            forged.participantId,
            forged.categories,
            forged.action,
            forged.purpose,
            forged.decision,
            forged.reason,
            prev,
            hash,
          ],
        );
        prev = hash;
      }
      await adminQuery('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', [
        AGENCY,
        signed.seq + 1,
        prev,
      ]);
      expect((await verifyAuditLog(appQuery, AGENCY)).ok).toBe(true);
      expect(await kinds([found(c)])).toEqual([{ seq: signed.seq, kind: 'REWRITTEN' }]);
    } finally {
      await adminQuery('DELETE FROM audit_log WHERE seq > $1', [cutAt]);
      await adminQuery('INSERT INTO audit_log SELECT * FROM saved_tail');
      await adminQuery('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', [
        AGENCY,
        signed.seq,
        signed.hash,
      ]);
      await dbAdmin.query('DROP TABLE saved_tail');
      await dbAdmin.query('ALTER TABLE audit_chain_head ENABLE TRIGGER ALL');
      await dbAdmin.query('ALTER TABLE audit_log ENABLE TRIGGER ALL');
    }
    expect(await kinds([found(c)])).toEqual([]);
  });
});
