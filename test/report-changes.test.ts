import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AGENCIES,
  AGENCY_REGISTRY,
  agencyDatabase,
  createLogger,
  duePeriods,
  FigureSource,
  parsePeriod,
  reportChanges,
  runMigrations,
  startPublisher,
  UNWATCHED_TABLES,
  type Agency,
} from '@malmokraften/shared';
import { dropDatabase, provisionDatabase } from '@malmokraften/dev';
import { AGENCY_MODULES } from '../scripts/agencies';
import { AF_FIGURES } from '../subgraphs/af/src/report';

/**
 * The change count that lets a report with nothing new read no rows
 * (shared/src/report/changes.ts): every table a figure may read moves it
 * when a change commits, and only then; a report on a count it has seen is
 * answered from memory, and a report after a change counts the change.
 */

/** A day inside the programme, where a new enrolment counts at once (the figures take "today" as a parameter). */
const TODAY = '2026-06-15';

const adminUrl = () => {
  const url = process.env.PG_ADMIN_URL;
  if (!url) throw new Error('PG_ADMIN_URL is not set: run through jest');
  return url;
};
const prefix = `mkt_${process.pid}_${randomBytes(3).toString('hex')}_chg`;
const log = createLogger('report-changes');
const app = {} as Record<Agency, DataSource>;
const owner = {} as Record<Agency, DataSource>;

beforeAll(async () => {
  for (const agency of AGENCIES) {
    const mod = AGENCY_MODULES[agency];
    const name = `${prefix}_${AGENCY_REGISTRY[agency].folder}`;
    const { role, password } = agencyDatabase(agency);
    const url = await provisionDatabase(adminUrl(), { database: name, role, password });
    const ownerUrl = new URL(adminUrl());
    ownerUrl.pathname = `/${name}`;
    await runMigrations({ url: ownerUrl.toString(), entities: [], migrations: mod.migrations, log });
    app[agency] = mod.dataSource(url, log);
    await app[agency].initialize();
    owner[agency] = mod.dataSource(ownerUrl.toString(), log);
    await owner[agency].initialize();
  }
}, 120_000);

afterAll(async () => {
  for (const agency of AGENCIES) {
    await app[agency]?.destroy();
    await owner[agency]?.destroy();
    await dropDatabase(adminUrl(), `${prefix}_${AGENCY_REGISTRY[agency].folder}`);
  }
}, 60_000);

describe.each(AGENCIES.map((a) => [a]))("%s's change count", (agency) => {
  it('watches every table but the audit log, idempotency keys and migrations', async () => {
    const rows: Array<{ table: string; triggers: string[] }> = await owner[agency].query(
      `SELECT c.relname AS table,
              coalesce(array_agg(g.tgname::text ORDER BY g.tgname) FILTER (WHERE g.tgname LIKE 'report_change%'), '{}') AS triggers
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_trigger g ON g.tgrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        GROUP BY c.relname`,
    );
    const unwatched: readonly string[] = UNWATCHED_TABLES;
    expect(rows.length).toBeGreaterThan(unwatched.length);
    for (const r of rows) {
      const expected = unwatched.includes(r.table) ? [] : ['report_change_rows', 'report_change_truncate'];
      expect({ table: r.table, triggers: r.triggers }).toEqual({ table: r.table, triggers: expected });
    }
    // Those written on every request must not be watched, or no report would ever be answered from memory.
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(['audit_log', 'audit_chain_head']));
  });

  it('may be read by the service but not set by it', async () => {
    expect(await reportChanges(app[agency])).toMatch(/^\d+$/);
    await expect(app[agency].query('UPDATE report_change SET changes = 0')).rejects.toThrow(/permission denied/);
    await expect(app[agency].query('INSERT INTO report_change (changes) VALUES (0)')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('moves once for each change that commits, and not for one rolled back or for a read', async () => {
    const register = (m: { query: DataSource['query'] }) =>
      m.query(
        `INSERT INTO staff_register (officer_id, name, organisation, roles, active_from, recorded_by)
         VALUES ($1, 'Test Officer', $2, $3, $4, 'test')`,
        [`chg-${randomUUID()}`, agency, [AGENCY_REGISTRY[agency].roles[0]], TODAY],
      );
    const before = Number(await reportChanges(app[agency]));
    // Two statements in one transaction: one change, counted when it commits.
    await app[agency].transaction(async (m) => {
      await register(m);
      await register(m);
      expect(Number(await reportChanges(app[agency]))).toBe(before);
    });
    expect(Number(await reportChanges(app[agency]))).toBe(before + 1);
    await expect(
      app[agency].transaction(async (m) => {
        await register(m);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await app[agency].query('SELECT count(*) FROM staff_register');
    expect(Number(await reportChanges(app[agency]))).toBe(before + 1);
  });
});

describe("a report on AF's figures", () => {
  const ALL = parsePeriod('ALL', TODAY);
  const enrolled = async () =>
    (await new FigureSource(app.AF, AF_FIGURES, TODAY).cube('AF_ENROLMENTS', ALL)).exact(ALL.label, {});

  async function enrol(ds: DataSource): Promise<void> {
    const id = `P-${randomBytes(4).toString('hex').toUpperCase()}`;
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO participant (id, personnummer, first_name, last_name, team_id, registered_by) VALUES ($1, $2, 'Test', 'Person', NULL, 'test')`,
        [id, `19800101${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`],
      );
      await m.query(
        `INSERT INTO participation (participant_id, enrolled_on, entry_route, gender, birth_date, born_outside_europe, months_without_work, social_assistance_at_enrolment)
         VALUES ($1, $2, 'AF', 'WOMAN', '1980-01-01', false, 24, false)`,
        [id, TODAY],
      );
    });
  }

  it('reads no rows while nothing changed, and counts a change at the next request', async () => {
    await enrol(app.AF);
    // The first report of the day publishes what is due, which is a change itself; the next one settles.
    await enrolled();
    const settled = await enrolled();
    expect(settled).toBeGreaterThan(0);

    const queries = jest.spyOn(app.AF, 'query');
    try {
      expect(await enrolled()).toBe(settled);
      // Only the change count was read: no counts, no publications, no teams.
      expect(queries.mock.calls.map((c) => String(c[0]))).toEqual([
        'SELECT changes::text AS changes FROM report_change',
      ]);
    } finally {
      queries.mockRestore();
    }

    // A change through the service's own connection, then one from elsewhere (another process, an import).
    await enrol(app.AF);
    expect(await enrolled()).toBe(settled + 1);
    await enrol(owner.AF);
    expect(await enrolled()).toBe(settled + 2);
  });

  it('does not keep a failure: a part that could not be read is read again by the next request', async () => {
    const source = () => new FigureSource(app.AF, AF_FIGURES, TODAY);
    const june = parsePeriod('2026-06', TODAY);
    // The day's computation is in memory (the flows); the month's stock is not read yet.
    await source().cube('AF_ENROLMENTS', ALL);
    await owner.AF.query(`REVOKE SELECT ON participation FROM ${agencyDatabase('AF').role}`);
    try {
      await expect(source().cube('AF_ONGOING', june)).rejects.toThrow(/permission denied/);
    } finally {
      await owner.AF.query(`GRANT SELECT ON participation TO ${agencyDatabase('AF').role}`);
    }
    // Nothing changed in the rows (the count is the same), yet the failure is not the answer again.
    expect((await source().cube('AF_ONGOING', june)).exact('2026-06', {})).toBeGreaterThan(0);
  });

  it('is kept apart for each day asked for', async () => {
    const day = await new FigureSource(app.AF, AF_FIGURES, TODAY).cube('AF_ENROLMENTS', ALL);
    const dayBefore = '2026-06-14';
    const before = await new FigureSource(app.AF, AF_FIGURES, dayBefore).cube(
      'AF_ENROLMENTS',
      parsePeriod('ALL', dayBefore),
    );
    // The enrolments of TODAY are not counted as of the day before.
    expect(before.exact('ALL', {})).toBeLessThan(day.exact('ALL', {}));
  });
});

describe('the publisher', () => {
  it('publishes the periods due without anyone asking, each once, and stops', async () => {
    const due = duePeriods(TODAY).map((p) => p.label);
    expect(due.length).toBeGreaterThan(0);
    const before: Array<{ period: string }> = await app.FK.query('SELECT DISTINCT period FROM published_report');
    expect(before).toEqual([]);
    const figures = AGENCY_MODULES.FK.figures!;
    // Two processes of the agency at once: each period stored once.
    const first = startPublisher({ ds: app.FK, figures, today: () => TODAY, log, everyMs: 60_000 });
    const second = startPublisher({ ds: app.FK, figures, today: () => TODAY, log, everyMs: 60_000 });
    try {
      expect((await first.round).sort()).toEqual([...due].sort());
      await second.round;
      const stored: Array<{ period: string; version: number; published_by: string }> = await app.FK.query(
        'SELECT period, version, published_by FROM published_report ORDER BY period',
      );
      expect(stored.map((r) => r.period).sort()).toEqual([...due].sort());
      expect(new Set(stored.map((r) => `${r.version} ${r.published_by}`))).toEqual(new Set(['1 AUTOMATIC']));
      // Nothing more is due: a request finds every period published and stores nothing.
      expect(await new FigureSource(app.FK, figures, TODAY).publishDueNow()).toEqual([]);
    } finally {
      first.stop();
      second.stop();
    }
  });
});
