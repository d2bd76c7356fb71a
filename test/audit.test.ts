import { Client } from 'pg';
import { AGENCIES, agencyDatabase, type Agency } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { main as auditVerify } from '../scripts/audit-verify';
import { asAdmin as adminSession, databasesOf, runScript, type Databases } from './support/audit-databases';
import { startTestSystem, type GraphQLAnswer, type TestSystem } from './support/harness';

/**
 * The audit log end to end: requests through the gateway leave a hash chain
 * in every agency's database; `npm run audit:verify` finds it intact, and
 * finds what an administrator who switched off the append-only triggers
 * changed or removed. And: no answer leaves an agency unless its audit
 * entries were written.
 */
let sys: TestSystem;
let adminUrl: string;
/** The test system's database prefix: its databases are `<prefix>_<agency>`. */
let prefix: string;
let dbs: Databases;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 40, discharged: 5 } });
  dbs = databasesOf(sys);
  ({ adminUrl, prefix } = dbs);
}, 120_000);
// Stopping drops four databases, which can take longer than Jest's default 5 s.
afterAll(async () => sys?.stop(), 60_000);

const PARTS = `query Parts($id: ID!) {
  participant(id: $id) {
    id name
    afPlanPart { withheld { code } interventions { id } }
    malmoPlanPart { withheld { code } interventions { id } }
    fkPlanPart { withheld { code } interventions { id } }
    regionPlanPart { withheld { code } interventions { id } }
  }
}`;

const AF_AND_REGION = `query AfAndRegion($id: ID!) {
  participant(id: $id) {
    id
    afPlanPart { agency withheld { code } interventions { id title } }
    regionPlanPart { agency withheld { code } interventions { id title } }
  }
}`;

/** Runs the verifier in-process against the test system's databases. */
const verify = (...args: string[]) => runScript(auditVerify, dbs, ...args);
/** A superuser session on one agency's database. */
const asAdmin = <T>(agency: Agency, fn: (db: Client) => Promise<T>) => adminSession(dbs, agency, fn);

async function seqs(agency: Agency): Promise<number[]> {
  return asAdmin(agency, async (db) =>
    (await db.query<{ seq: string }>('SELECT seq::text AS seq FROM audit_log ORDER BY audit_log.seq')).rows.map((r) =>
      Number(r.seq),
    ),
  );
}

/** An administrator switching off the append-only triggers to tamper with the log. */
async function tamper(agency: Agency, sql: string, params: unknown[]): Promise<number> {
  return asAdmin(agency, async (db) => {
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    try {
      return (await db.query(sql, params)).rowCount ?? 0;
    } finally {
      await db.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    }
  });
}

describe('audit log', () => {
  it('gets entries in every agency from requests through the gateway', async () => {
    for (let round = 0; round < 3; round++) {
      const mine = await sys.query('af-t01', PARTS, { id: SHOWCASE.consenting });
      expect(mine.errors).toBeUndefined();
      expect(mine.data.participant.regionPlanPart.withheld).toBeNull();
      const other = await sys.query('af-other', PARTS, { id: SHOWCASE.consenting });
      expect(other.status).toBe(200);
    }
    for (const agency of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      const rows = await asAdmin(
        agency,
        async (db) =>
          (
            await db.query<{ officer_id: string }>(
              'SELECT DISTINCT officer_id FROM audit_log WHERE participant_id = $1',
              [SHOWCASE.consenting],
            )
          ).rows,
      );
      // Both officers' requests are on record, the one refused included.
      expect(new Set(rows.map((r) => r.officer_id))).toEqual(new Set(['af-1001', 'af-1003']));
      const s = await seqs(agency);
      expect(s.length).toBeGreaterThanOrEqual(3);
      expect(s).toEqual(s.map((_, i) => i + 1));
    }
  }, 60_000);

  it("writes concurrent requests' entries through each subgraph's group commit, every answer after its entries", async () => {
    const agencies = ['AF', 'MALMO', 'FK', 'REGION'] as const;
    const before = Object.fromEntries(agencies.map((a) => [a, { ...sys.subgraphs[a].service.audit.stats }]));
    const rows = async (agency: Agency) =>
      Number(
        (await asAdmin(agency, (db) => db.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log'))).rows[0]!
          .n,
      );
    const entriesBefore = Object.fromEntries(await Promise.all(agencies.map(async (a) => [a, await rows(a)] as const)));
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => sys.query('af-t01', PARTS, { id: SHOWCASE.consenting })),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    for (const agency of agencies) {
      const now = sys.subgraphs[agency].service.audit.stats;
      // Every request of the twelve handed its entries to the group commit, and every entry it took is committed.
      expect(now.requests - before[agency]!.requests).toBeGreaterThanOrEqual(12);
      expect(now.failedTransactions).toBe(before[agency]!.failedTransactions);
      expect(now.transactions - before[agency]!.transactions).toBeLessThanOrEqual(
        now.requests - before[agency]!.requests,
      );
      expect((await rows(agency)) - entriesBefore[agency]!).toBe(now.entries - before[agency]!.entries);
    }
    expect((await verify()).code).toBe(0);
  }, 60_000);

  it('audit:verify finds every chain intact', async () => {
    const { code, out } = await verify();
    expect(code).toBe(0);
    for (const agency of AGENCIES) {
      expect(out).toMatch(
        new RegExp(`^${agency} \\(${prefix}_${agency.toLowerCase()} on .*\\): \\d+ entr(y|ies) checked, OK$`, 'm'),
      );
    }
    expect(out).toContain(`All ${AGENCIES.length} audit chains are intact.`);

    const json = await verify('--json', '--agency', 'AF', '--agency', 'region', '--page-size', '2');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report.ok).toBe(true);
    expect(report.agencies.map((a: { agency: string }) => a.agency)).toEqual(['AF', 'REGION']);
    for (const a of report.agencies) {
      expect(a).toMatchObject({
        ok: true,
        problems: [],
        problemsOmitted: 0,
        database: `${prefix}_${a.agency.toLowerCase()}`,
      });
      expect(a.entries).toBe((await seqs(a.agency)).length);
    }
    // A line per agency on stderr, whatever the output format.
    expect(json.err).toMatch(/^AF: checking /m);
    expect(json.err).toMatch(/^REGION: checking /m);
  }, 60_000);

  it('audit:verify says clearly when it cannot run, without a stack trace', async () => {
    const usage = await verify('--agency', 'XX');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('unknown agency "XX"');

    let out = '';
    const code = await auditVerify(
      ['--agency', 'FK', '--prefix', `${prefix}_nosuch`],
      { PG_ADMIN_URL: adminUrl },
      {
        stdout: (text) => void (out += text),
        stderr: () => {},
      },
    );
    expect(code).toBe(2);
    expect(out).toContain(`database "${prefix}_nosuch_fk" does not exist`);
    expect(out).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("refuses the subgraph's own role to change, remove or truncate entries", async () => {
    for (const agency of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      const ds = sys.subgraphs[agency].dataSource;
      const before = await seqs(agency);
      await expect(ds.query(`UPDATE audit_log SET officer_id = 'nobody' WHERE seq = 1`)).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(ds.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(ds.query('TRUNCATE audit_log')).rejects.toMatchObject({ driverError: { code: '42501' } });
      // Nor can it switch the guard off, or move the chain head back over entries.
      await expect(ds.query('ALTER TABLE audit_log DISABLE TRIGGER USER')).rejects.toMatchObject({
        driverError: { code: '42501' },
      });
      await expect(
        ds.query('UPDATE audit_chain_head SET seq = seq - 1 WHERE agency = $1', [agency]),
      ).rejects.toMatchObject({ driverError: { code: '42501' } });
      await expect(ds.query('DELETE FROM audit_chain_head')).rejects.toMatchObject({ driverError: { code: '42501' } });
      expect(await seqs(agency)).toEqual(before);
    }
  }, 30_000);

  it('refuses even the administrator while the append-only triggers are on', async () => {
    await asAdmin('AF', async (db) => {
      await expect(db.query(`UPDATE audit_log SET officer_id = 'nobody' WHERE seq = 1`)).rejects.toThrow(
        /append-only: UPDATE/,
      );
      await expect(db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only: DELETE/);
      await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
    });
  }, 30_000);
});

describe('when the audit log cannot be written', () => {
  const region = agencyDatabase('REGION');
  let withheld: GraphQLAnswer;

  beforeAll(async () => {
    const before = await seqs('REGION');
    // The one way the role writes the log is audit_append; without it no entry can be written.
    await asAdmin('REGION', (db) =>
      db.query(`REVOKE EXECUTE ON FUNCTION audit_append(text, jsonb) FROM ${region.role}`),
    );
    try {
      withheld = await sys.query('af-t01', AF_AND_REGION, { id: SHOWCASE.consenting });
    } finally {
      await asAdmin('REGION', (db) =>
        db.query(`GRANT EXECUTE ON FUNCTION audit_append(text, jsonb) TO ${region.role}`),
      );
    }
    // Nothing was recorded, because nothing was released.
    expect(await seqs('REGION')).toEqual(before);
  }, 60_000);

  it("withholds that agency's data while the other agencies still answer", async () => {
    const participant = withheld.data?.participant;
    expect(participant?.id).toBe(SHOWCASE.consenting);
    expect(participant.afPlanPart.withheld).toBeNull();
    expect(participant.afPlanPart.interventions.length).toBeGreaterThan(0);
    // Region's part is not there at all: no interventions, no notice.
    expect(participant.regionPlanPart ?? null).toBeNull();
    expect(withheld.errors?.length ?? 0).toBeGreaterThan(0);
    // An error that names a place names Region's part, nothing else.
    for (const e of withheld.errors ?? []) {
      const path = (e as { path?: unknown }).path;
      if (path !== undefined) expect(path).toEqual(['participant', 'regionPlanPart']);
    }
  });

  // The subgraph answers HTTP 503 with an AUDIT_UNAVAILABLE error; the
  // gateway has to hand that code on rather than a generic internal error,
  // so that the person at the screen knows to try again.
  it("tells the caller why: AUDIT_UNAVAILABLE for Region's part", async () => {
    const codes = (withheld.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).toContain('AUDIT_UNAVAILABLE');
  });

  it('answers again once the log can be written', async () => {
    const res = await sys.query('af-t01', AF_AND_REGION, { id: SHOWCASE.consenting });
    expect(res.errors).toBeUndefined();
    expect(res.data.participant.afPlanPart.interventions.length).toBeGreaterThan(0);
    expect(res.data.participant.regionPlanPart).toMatchObject({ agency: 'REGION', withheld: null });
    const regionIds: string[] = res.data.participant.regionPlanPart.interventions.map((i: { id: string }) => i.id);
    expect(regionIds.length).toBeGreaterThan(0);
    // None of them had left Region Skåne while its log could not be written.
    const earlier = JSON.stringify(withheld);
    for (const id of regionIds) expect(earlier).not.toContain(id);
    const { code } = await verify('--agency', 'REGION');
    expect(code).toBe(0);
  }, 30_000);
});

describe('audit:verify finds what an administrator changed behind the triggers', () => {
  it('an entry changed, an entry removed from the middle, the newest entry removed', async () => {
    const af = await seqs('AF');
    const malmo = await seqs('MALMO');
    const fk = await seqs('FK');
    const changed = af[Math.floor(af.length / 2)]!;
    const middle = malmo[Math.floor(malmo.length / 2)]!;
    expect(middle).toBeGreaterThan(1);
    expect(middle).toBeLessThan(malmo[malmo.length - 1]!);
    const newest = fk[fk.length - 1]!;

    expect(await tamper('AF', `UPDATE audit_log SET officer_id = 'af-9999' WHERE seq = $1`, [changed])).toBe(1);
    expect(await tamper('MALMO', 'DELETE FROM audit_log WHERE seq = $1', [middle])).toBe(1);
    expect(await tamper('FK', 'DELETE FROM audit_log WHERE seq = $1', [newest])).toBe(1);
    // The triggers are back on.
    for (const agency of ['AF', 'MALMO', 'FK'] as const) {
      await asAdmin(agency, async (db) => {
        const t = await db.query<{ tgname: string; tgenabled: string }>(
          `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal`,
        );
        expect(t.rows.length).toBe(2);
        for (const row of t.rows) expect(row.tgenabled).toBe('O');
      });
    }

    const { code, out } = await verify();
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^AF \\(.*\\): ${af.length} entries checked, 1 PROBLEM$`, 'm'));
    expect(out).toMatch(new RegExp(`^  entry ${changed}: CHANGED - content does not match the stored hash$`, 'm'));
    expect(out).toMatch(new RegExp(`^MALMO \\(.*\\): ${malmo.length - 1} entries checked, 1 PROBLEM$`, 'm'));
    expect(out).toMatch(new RegExp(`^  entry ${middle}: MISSING - entry ${middle} is missing$`, 'm'));
    expect(out).toMatch(new RegExp(`^FK \\(.*\\): ${fk.length - 1} entries checked, 1 PROBLEM$`, 'm'));
    expect(out).toMatch(new RegExp(`^  entry ${newest}: HEAD_MISMATCH - .*entry ${newest} was removed$`, 'm'));
    expect(out).toMatch(/^REGION \(.*\): \d+ entries checked, OK$/m);
    expect(out).toContain('The audit log has been changed or cut in: AF, MALMO, FK.');

    const json = JSON.parse((await verify('--json')).out);
    expect(json).toMatchObject({ ok: false, exitCode: 1 });
    const problems = Object.fromEntries(
      json.agencies.map((a: { agency: string; problems: unknown[] }) => [a.agency, a.problems]),
    );
    expect(problems.AF).toEqual([{ seq: changed, kind: 'CHANGED', detail: expect.any(String) }]);
    expect(problems.MALMO).toEqual([{ seq: middle, kind: 'MISSING', detail: expect.any(String) }]);
    expect(problems.FK).toEqual([{ seq: newest, kind: 'HEAD_MISMATCH', detail: expect.any(String) }]);
    expect(problems.REGION).toEqual([]);

    // Checking only the untouched agency still passes.
    expect((await verify('--agency', 'REGION')).code).toBe(0);
  }, 60_000);
});
