import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { AGENCIES, type Agency } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { computeEntryHash, ensureCheckpointKeys } from '../shared/src/audit';
import { main as auditVerify } from '../scripts/audit-verify';
import { main as auditCheckpoint } from '../scripts/audit-checkpoint';
import { asAdmin as adminSession, databasesOf, runScript, type Databases } from './support/audit-databases';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * An audit chain that cannot be rewound or extended quietly, end to end:
 * the services' own roles cannot append past the one path that hashes, and
 * `npm run audit:checkpoint` anchors each chain with a key the services do
 * not hold, in the agency's own database and as witnesses in the others';
 * `npm run audit:verify` then reports a cut tail, a moved head, forged
 * entries and forged checkpoints, even when the agency's own copy of the
 * checkpoints is removed.
 */
let sys: TestSystem;
let prefix: string;
let dbs: Databases;
let keyDir: string;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 20, discharged: 2 } });
  dbs = databasesOf(sys);
  prefix = dbs.prefix;
  keyDir = mkdtempSync(path.join(tmpdir(), 'mk-checkpoint-'));
  await ensureCheckpointKeys(keyDir);
  // Entries in every agency's chain.
  for (const who of ['af-t01', 'af-other', 'soc-t01', 'fk-utredare', 'region-vsam', 'ams-t01', 'af-t02', 'syv']) {
    const res = await sys.query(
      who,
      `query P($id: ID!) { participant(id: $id) { name afPlanPart { withheld { code } } malmoPlanPart { withheld { code } } fkPlanPart { withheld { code } } regionPlanPart { withheld { code } } } }`,
      {
        id: SHOWCASE.consenting,
      },
    );
    expect(res.errors).toBeUndefined();
  }
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const run = (script: typeof auditVerify, ...args: string[]) => runScript(script, dbs, ...args);
const verify = (...args: string[]) =>
  run(auditVerify, '--checkpoint-key', path.join(keyDir, 'audit-checkpoint.public.pem'), ...args);
const checkpoint = (...args: string[]) =>
  run(auditCheckpoint, '--key', path.join(keyDir, 'audit-checkpoint.private.pem'), ...args);

const asAdmin = <T>(agency: Agency, fn: (db: Client) => Promise<T>) => adminSession(dbs, agency, fn);

async function head(agency: Agency): Promise<{ seq: number; hash: string }> {
  return asAdmin(agency, async (db) => {
    const r = await db.query<{ seq: string; hash: string }>(
      'SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1',
      [agency],
    );
    return { seq: Number(r.rows[0]!.seq), hash: r.rows[0]!.hash };
  });
}

/** Someone with the database owner's rights, switching the guards off to rewrite the log. */
async function asTamperer<T>(agency: Agency, fn: (db: Client) => Promise<T>): Promise<T> {
  return asAdmin(agency, async (db) => {
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await db.query('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    try {
      return await fn(db);
    } finally {
      await db.query('ALTER TABLE audit_chain_head ENABLE TRIGGER USER');
      await db.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    }
  });
}

const ENTRY_COLUMNS =
  'seq, id, at, request_id, officer_id, organisation, roles, participant_id, categories, action, purpose, decision, reason, caller_on_team, prev_hash, hash';

/** Entries made to look like a quiet night, correctly hashed and linked onto `prev`. */
function forgedEntries(from: number, to: number, prev: string) {
  const rows: unknown[][] = [];
  for (let seq = from; seq <= to; seq++) {
    const e = {
      seq,
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      at: new Date(),
      requestId: `forged-${seq}`,
      officerId: 'af-1001',
      organisation: 'AF',
      roles: ['ARBETSFORMEDLARE'],
      participantId: SHOWCASE.consenting,
      categories: ['PROGRAMME'],
      action: 'READ' as const,
      purpose: 'JOINT_PLANNING',
      decision: 'GRANTED' as const,
      reason: "on the person's team",
      callerOnTeam: true,
    };
    const hash = computeEntryHash(prev, e);
    rows.push([
      e.seq,
      e.id,
      e.at,
      e.requestId,
      e.officerId,
      e.organisation,
      e.roles,
      e.participantId,
      e.categories,
      e.action,
      e.purpose,
      e.decision,
      e.reason,
      e.callerOnTeam,
      prev,
      hash,
    ]);
    prev = hash;
  }
  return { rows, last: prev };
}

describe('the one path that hashes', () => {
  it("refuses the services' own roles every other way to add an entry or move the head", async () => {
    for (const agency of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      const ds = sys.subgraphs[agency].dataSource;
      const h = await head(agency);
      const { rows, last } = forgedEntries(h.seq + 1, h.seq + 1, h.hash);
      await expect(
        ds.query(
          `INSERT INTO audit_log (${ENTRY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          rows[0],
        ),
      ).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(
        ds.query('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', [agency, h.seq + 1, last]),
      ).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(ds.query('UPDATE audit_chain_head SET seq = 0 WHERE agency = $1', [agency])).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      // Nor read or write the checkpoints.
      await expect(ds.query('SELECT * FROM audit_checkpoint')).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(
        ds.query(
          `INSERT INTO audit_checkpoint (agency, seq, hash, signed_at, key_id, signature) VALUES ($1, 1, 'x', now(), 'k', 's')`,
          [agency],
        ),
      ).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      expect(await head(agency)).toEqual(h);
    }
    expect((await verify()).code).toBe(0);
  }, 60_000);
});

describe('checkpoints', () => {
  it('signs every chain, stores each checkpoint in its own database and witnesses it in the others', async () => {
    const signed = await checkpoint();
    expect(signed.code).toBe(0);
    for (const agency of AGENCIES) {
      expect(signed.out).toMatch(
        new RegExp(
          `^${agency}: checkpoint of entry \\d+ signed, stored in ${prefix}_${agency.toLowerCase()}(, ${prefix}_[a-z]+){${AGENCIES.length - 1}}$`,
          'm',
        ),
      );
      for (const holder of AGENCIES) {
        const n = await asAdmin(
          holder,
          async (db) =>
            (await db.query('SELECT count(*)::int AS n FROM audit_checkpoint WHERE agency = $1', [agency])).rows[0].n,
        );
        expect({ agency, holder, n }).toEqual({ agency, holder, n: 1 });
      }
    }
    const verified = await verify();
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      /^AF \(.*\): \d+ entries checked, OK; anchored to entry \d+ by the checkpoint of .* UTC, \d+ entr(y|ies) after it$/m,
    );
  }, 60_000);

  it('reports a tail cut off with the chain head moved back', async () => {
    // More entries, then a checkpoint over them; then the last three cut off and the head moved back.
    await sys.query('af-other', `query P($id: ID!) { participant(id: $id) { name } }`, { id: SHOWCASE.noConsent });
    expect((await checkpoint('--agency', 'MALMO')).code).toBe(0);
    const h = await head('MALMO');
    const kept = await asTamperer('MALMO', async (db) => {
      const saved = (await db.query(`SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq`, [h.seq - 3]))
        .rows;
      const before = (await db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = $1', [h.seq - 3]))
        .rows[0]!.hash;
      await db.query('DELETE FROM audit_log WHERE seq > $1', [h.seq - 3]);
      await db.query('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', ['MALMO', h.seq - 3, before]);
      return saved;
    });
    const { code, out } = await verify('--agency', 'MALMO');
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(
        `^  entry ${h.seq}: TAIL_CUT - the chain head was moved back to entry ${h.seq - 3}, but entry ${h.seq} was signed in the checkpoint of .*entries ${h.seq - 2}–${h.seq} \\(at least\\) were cut off$`,
        'm',
      ),
    );
    // A checkpoint is never signed over a cut chain.
    const refused = await checkpoint('--agency', 'MALMO');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^MALMO: NOT SIGNED - the chain has problems \(TAIL_CUT\)/m);
    // Put back as it was: whole again.
    await asTamperer('MALMO', async (db) => {
      for (const r of kept)
        await db.query(
          `INSERT INTO audit_log (${ENTRY_COLUMNS}) VALUES (${ENTRY_COLUMNS.split(', ')
            .map((_, i) => `$${i + 1}`)
            .join(', ')})`,
          ENTRY_COLUMNS.split(', ').map((c) => r[c]),
        );
      await db.query('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', ['MALMO', h.seq, h.hash]);
    });
    expect((await verify('--agency', 'MALMO')).code).toBe(0);
  }, 60_000);

  it('reports forged entries appended with the head moved forward over a rewritten tail, even with the own checkpoints removed', async () => {
    expect((await checkpoint('--agency', 'FK')).code).toBe(0);
    const h = await head('FK');
    await asTamperer('FK', async (db) => {
      const before = (await db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = $1', [h.seq - 2]))
        .rows[0]!.hash;
      await db.query('DELETE FROM audit_log WHERE seq > $1', [h.seq - 2]);
      const { rows, last } = forgedEntries(h.seq - 1, h.seq + 4, before);
      for (const r of rows)
        await db.query(
          `INSERT INTO audit_log (${ENTRY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          r,
        );
      await db.query('UPDATE audit_chain_head SET seq = $2, hash = $3 WHERE agency = $1', ['FK', h.seq + 4, last]);
      // And FK's own copy of its checkpoints removed, to leave no trace in FK's database.
      await db.query('ALTER TABLE audit_checkpoint DISABLE TRIGGER USER');
      await db.query(`DELETE FROM audit_checkpoint WHERE agency = 'FK'`);
      await db.query('ALTER TABLE audit_checkpoint ENABLE TRIGGER USER');
    });
    // On its own the chain is whole: every link holds.
    const plain = await run(auditVerify, '--agency', 'FK');
    expect(plain.code).toBe(0);
    const { code, out } = await verify('--agency', 'FK');
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`^  entry ${h.seq}: REWRITTEN - entry ${h.seq} is not the entry signed in the checkpoint of .*`, 'm'),
    );
    expect(out).toMatch(new RegExp(`^  entry ${h.seq}: CHECKPOINT_REMOVED - .*gone from FK's own database$`, 'm'));
    expect(out).toContain('The audit log has been changed or cut in: FK.');
  }, 60_000);

  it('reports a checkpoint written without the key', async () => {
    const h = await head('REGION');
    // Someone who can write the checkpoint tables but does not hold the key "anchors" a head of their choosing.
    for (const holder of ['REGION', 'AF'] as const) {
      await asAdmin(holder, (db) =>
        db.query(
          `INSERT INTO audit_checkpoint (agency, seq, hash, signed_at, key_id, signature) VALUES ('REGION', $1, $2, now(), 'made-up', 'bm90IGEgc2lnbmF0dXJl')`,
          [h.seq + 1, 'f'.repeat(64)],
        ),
      );
    }
    const { code, out } = await verify('--agency', 'REGION', '--json');
    expect(code).toBe(1);
    const region = JSON.parse(out).agencies[0];
    expect(region.problems.map((p: { kind: string }) => p.kind)).toEqual(['FORGED_CHECKPOINT', 'FORGED_CHECKPOINT']);
  }, 60_000);
});
