import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  acquiredIn,
  addDays,
  countByMonth,
  createLogger,
  employerWorkFamilies,
  FigureSource,
  filledIn,
  heldAt,
  LEGAL_GENDERS,
  legalGenderOf,
  monthsOf,
  parsePeriod,
  PLACEMENT_HELD,
  proposedIn,
  runMigrations,
  today,
  MATCH_STATUSES,
  OPPORTUNITY_TYPES,
  type MeasureSpec,
  type MonthlyCounts,
  type OpportunityFacts,
  type Period,
  type PlacementFacts,
  type SplitSpec,
} from '@malmokraften/shared';
import { dropDatabase, provisionDatabase } from '@malmokraften/dev';
import { fkModule } from '@malmokraften/subgraph-fk';
import { FK_FIGURES } from '../subgraphs/fk/src/server';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * The figures of employer work (docs/REPORT-DEFINITIONS.md, "Employer
 * work"): each family's SQL against the reference function of its
 * definition, on hand-made opportunities, matches and placements whose
 * days sit on the edges (a period's first and last day, today, tomorrow,
 * before the programme); then the figures through the gateway, protected
 * like every figure, one value per cell in the report and the aggregates,
 * for the funder and the staff who work in the programme only.
 */

const TODAY = '2026-06-15';
const PERIODS = [
  'ALL',
  '2025',
  '2025-T1',
  '2025-T2',
  '2025-04',
  '2025-05',
  '2025-08',
  '2026',
  '2026-T2',
  '2026-06',
  '2027',
].map((p) => parsePeriod(p, TODAY));
const ALL_SPLIT: SplitSpec = { sql: `'ALL'`, categories: ['ALL'] };
const EMPLOYER = '456789-0001';

const log = createLogger('report-employer-work-test');
const adminUrl = () => {
  const url = process.env.PG_ADMIN_URL;
  if (!url) throw new Error('PG_ADMIN_URL is not set: run the tests through jest.');
  return url;
};
const prefix = `mkt_${process.pid}_${randomBytes(3).toString('hex')}`;
let fk: DataSource;

interface HandMadeOpportunity extends OpportunityFacts {
  id: string;
}
const OPPORTUNITIES: HandMadeOpportunity[] = [
  { id: '00000000-0000-4000-8000-000000000001', type: 'JOB', acquiredOn: '2025-01-01', filledOn: '2025-04-30' },
  { id: '00000000-0000-4000-8000-000000000002', type: 'WORK_TRAINING', acquiredOn: '2025-04-30', filledOn: null },
  { id: '00000000-0000-4000-8000-000000000003', type: 'INTERNSHIP', acquiredOn: '2025-05-01', filledOn: null },
  // Acquired before the programme; filled on its first day.
  {
    id: '00000000-0000-4000-8000-000000000004',
    type: 'WORK_TRAINING',
    acquiredOn: '2024-12-31',
    filledOn: '2025-01-01',
  },
  // Acquired today; one dated tomorrow does not count yet, nor a fill dated tomorrow.
  { id: '00000000-0000-4000-8000-000000000005', type: 'LANGUAGE_PRACTICE', acquiredOn: TODAY, filledOn: null },
  { id: '00000000-0000-4000-8000-000000000006', type: 'JOB', acquiredOn: addDays(TODAY, 1), filledOn: null },
  {
    id: '00000000-0000-4000-8000-000000000007',
    type: 'SUBSIDISED_JOB',
    acquiredOn: '2026-02-28',
    filledOn: addDays(TODAY, 1),
  },
];

interface HandMadeMatch extends PlacementFacts {
  id: string;
  participant: number;
  opportunity: string;
  hiredOn: string | null;
  placementStart: string | null;
  followUpsDone: Record<string, { doneOn: string; stillEmployed: boolean } | undefined>;
}

const opp = (n: number) => OPPORTUNITIES[n - 1]!;
let serial = 0;
function match(
  participant: number,
  o: HandMadeOpportunity,
  status: HandMadeMatch['status'],
  proposedOn: string,
  placement?: { hiredOn: string; start: string; done?: HandMadeMatch['followUpsDone']; endedOn?: string },
): HandMadeMatch {
  serial++;
  const done = placement?.done ?? {};
  const followUps = placement
    ? (
        [
          ['TWO_WEEKS', addDays(placement.start, 14)],
          ['THREE_MONTHS', addMonthsText(placement.start, 3)],
          ['SIX_MONTHS', addMonthsText(placement.start, 6)],
        ] as const
      ).map(([point, dueOn]) => ({ point, dueOn, stillEmployed: done[point]?.stillEmployed ?? null }))
    : [];
  return {
    id: `00000000-0000-4000-9000-${String(serial).padStart(12, '0')}`,
    participant,
    opportunity: o.id,
    gender: legalGenderOf(pnr(participant)),
    type: o.type,
    status,
    proposedOn,
    hiredOn: placement?.hiredOn ?? null,
    placementStart: placement?.start ?? null,
    placementEndedOn: placement?.endedOn ?? null,
    followUps,
    followUpsDone: done,
  };
}

function addMonthsText(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** A valid personnummer whose gender digit alternates: odd (a man) for even participants. */
function pnr(n: number): string {
  const nine = `800101${String(200 + n).slice(-2)}${n % 2 === 0 ? 1 : 2}`;
  for (let c = 0; c <= 9; c++) {
    const ten = `${nine}${c}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let x = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
      if (x > 9) x -= 9;
      sum += x;
    }
    if (sum % 10 === 0) return `19${ten}`;
  }
  throw new Error('no check digit');
}

const MATCHES: HandMadeMatch[] = [
  // Hired before a follow-up at six months: followed up at two weeks and three months, not (yet) at six.
  match(1, opp(1), 'HIRED', '2025-03-01', {
    hiredOn: '2025-04-30',
    start: '2025-05-05',
    done: {
      TWO_WEEKS: { doneOn: '2025-05-19', stillEmployed: true },
      THREE_MONTHS: { doneOn: '2025-08-06', stillEmployed: true },
    },
  }),
  // Proposed before the programme; the first day on the 31st: the 3-month point is 30 April. Not followed up at three months, held at six: held at both.
  match(2, opp(4), 'HIRED', '2024-12-31', {
    hiredOn: '2025-01-01',
    start: '2025-01-31',
    done: { SIX_MONTHS: { doneOn: '2025-07-31', stillEmployed: true } },
  }),
  match(3, opp(2), 'DECLINED', '2025-04-30'),
  match(4, opp(2), 'INTERVIEW', TODAY),
  match(5, opp(5), 'PROPOSED', TODAY),
  // Ended at two weeks: not held at three months (today), whose follow-up closed.
  match(6, opp(7), 'HIRED', '2026-03-01', {
    hiredOn: '2026-03-10',
    start: '2026-03-15',
    done: { TWO_WEEKS: { doneOn: '2026-03-29', stillEmployed: false } },
    endedOn: '2026-03-29',
  }),
  // Not held at three months (recorded after the point), so not at six either.
  match(7, opp(3), 'HIRED', '2025-05-01', {
    hiredOn: '2025-05-20',
    start: '2025-05-31',
    done: { THREE_MONTHS: { doneOn: '2025-09-02', stillEmployed: false } },
    endedOn: '2025-09-02',
  }),
  match(8, opp(3), 'DECLINED', '2025-12-31'),
  // The 3-month point is tomorrow: not counted yet.
  match(9, opp(2), 'HIRED', '2025-12-01', {
    hiredOn: '2026-01-10',
    start: '2026-03-16',
    done: { TWO_WEEKS: { doneOn: '2026-03-30', stillEmployed: true } },
  }),
  match(10, opp(2), 'PRESENTED', '2026-05-31'),
];

beforeAll(async () => {
  const name = `${prefix}_fk`;
  const url = await provisionDatabase(adminUrl(), { database: name, role: 'mk_fk_app', password: 'mk_fk_dev' });
  const owner = new URL(adminUrl());
  owner.pathname = `/${name}`;
  await runMigrations({ url: owner.toString(), entities: [], migrations: fkModule.migrations, log });
  fk = fkModule.dataSource(url, log);
  await fk.initialize();
  await fk.query(
    `INSERT INTO employer (organisation_number, name, sector, area, registered_on, registered_by) VALUES ($1, 'Arbetsgivaren AB', 'RETAIL', 'NORR', '2024-01-01', 'test')`,
    [EMPLOYER],
  );
  for (const o of OPPORTUNITIES) {
    await fk.query(
      `INSERT INTO opportunity (id, employer_organisation_number, type, title, occupation, hours_percent, area, swedish_level, places, status, acquired_on, acquired_by, filled_on)
       VALUES ($1, $2, $3, 'Test', 'Test', 50, 'NORR', 'NONE', 1, $4, $5, 'test', $6)`,
      [o.id, EMPLOYER, o.type, o.filledOn ? 'FILLED' : 'OPEN', o.acquiredOn, o.filledOn],
    );
  }
  for (const p of [...new Set(MATCHES.map((m) => m.participant))]) {
    await fk.query(
      `INSERT INTO participant (id, personnummer, first_name, last_name, registered_by) VALUES ($1, $2, 'Test', 'Person', 'test')`,
      [`P-EMP${String(p).padStart(5, '0')}`, pnr(p)],
    );
  }
  for (const m of MATCHES) {
    await fk.query(
      `INSERT INTO opportunity_match (id, opportunity_id, participant_id, status, proposed_on, hired_on, placement_start, placement_ended_on, declined_on, decline_reason, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'test')`,
      [
        m.id,
        m.opportunity,
        `P-EMP${String(m.participant).padStart(5, '0')}`,
        m.status,
        m.proposedOn,
        m.hiredOn,
        m.placementStart,
        m.placementEndedOn,
        m.status === 'DECLINED' ? addDays(m.proposedOn, 3) : null,
        m.status === 'DECLINED' ? 'EMPLOYER_DECLINED' : null,
      ],
    );
    for (const f of m.followUps) {
      const done = m.followUpsDone[f.point];
      const closed = !done && m.placementEndedOn !== null && f.dueOn > m.placementEndedOn;
      await fk.query(
        `INSERT INTO placement_follow_up (match_id, point, due_on, done_on, contact_with, still_employed, closed) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [m.id, f.point, f.dueOn, done?.doneOn ?? null, done ? 'BOTH' : null, done?.stillEmployed ?? null, closed],
      );
    }
  }
}, 60_000);

afterAll(async () => {
  await fk?.destroy();
  await dropDatabase(adminUrl(), `${prefix}_fk`);
}, 60_000);

/** A FLOW family's raw count for a period: the sum of its months. */
function inPeriod(counts: MonthlyCounts, period: Period): number[][] {
  const cells = counts.rows.map(() => counts.cols.map(() => 0));
  for (const m of monthsOf(period)) counts.months[m]?.forEach((row, i) => row.forEach((v, j) => (cells[i]![j]! += v)));
  return cells;
}

/** The families are FLOW measures: counted as the definitions' tests count every measure. */
const families = employerWorkFamilies('FK') as Record<string, MeasureSpec & { splits: Record<string, SplitSpec> }>;
const inProgramme = (date: string | null) => date !== null && date >= '2025-01-01';

describe.each(PERIODS.map((p) => [p.label, p] as const))('period %s', (_label, period) => {
  it('OPPORTUNITIES_ACQUIRED: acquired in the period, by type', async () => {
    const f = families.FK_OPPORTUNITIES_ACQUIRED!;
    const counts = inPeriod(await countByMonth(fk, f, f.splits.OPPORTUNITY_TYPE!, ALL_SPLIT, TODAY), period);
    expect(counts).toEqual(
      OPPORTUNITY_TYPES.map((t) => [
        OPPORTUNITIES.filter((o) => o.type === t && inProgramme(o.acquiredOn) && acquiredIn(o, period, TODAY)).length,
      ]),
    );
  });

  it('OPPORTUNITIES_FILLED: the last place taken in the period, by type', async () => {
    const f = families.FK_OPPORTUNITIES_FILLED!;
    const counts = inPeriod(await countByMonth(fk, f, f.splits.OPPORTUNITY_TYPE!, ALL_SPLIT, TODAY), period);
    expect(counts).toEqual(
      OPPORTUNITY_TYPES.map((t) => [
        OPPORTUNITIES.filter((o) => o.type === t && inProgramme(o.filledOn) && filledIn(o, period, TODAY)).length,
      ]),
    );
  });

  it('MATCHES: proposed in the period, by where they stand today and legal gender', async () => {
    const f = families.FK_MATCHES!;
    const counts = inPeriod(await countByMonth(fk, f, f.splits.MATCH_OUTCOME!, f.splits.GENDER!, TODAY), period);
    expect(counts).toEqual(
      MATCH_STATUSES.map((s) =>
        LEGAL_GENDERS.map(
          (g) =>
            MATCHES.filter(
              (m) => m.status === s && m.gender === g && inProgramme(m.proposedOn) && proposedIn(m, period, TODAY),
            ).length,
        ),
      ),
    );
  });

  it.each([
    ['THREE_MONTHS', 'FK_PLACEMENTS_3_MONTHS'],
    ['SIX_MONTHS', 'FK_PLACEMENTS_6_MONTHS'],
  ] as const)(
    'PLACEMENTS held at %s: by the point’s day, held, not held or not followed up, by legal gender',
    async (point, family) => {
      const f = families[family]!;
      const counts = inPeriod(await countByMonth(fk, f, f.splits.PLACEMENT_HELD!, f.splits.GENDER!, TODAY), period);
      const due = (m: HandMadeMatch) => m.followUps.find((x) => x.point === point)?.dueOn ?? null;
      expect(counts).toEqual(
        PLACEMENT_HELD.map((h) =>
          LEGAL_GENDERS.map(
            (g) =>
              MATCHES.filter((m) => m.gender === g && inProgramme(due(m)) && heldAt(m, point, period, TODAY) === h)
                .length,
          ),
        ),
      );
    },
  );
});

describe('known answers, worked out by hand', () => {
  it('counts the edge placements as the definitions say', () => {
    const all = parsePeriod('ALL', TODAY);
    // Participant 2 was not followed up at three months but was held at six: held at both.
    expect(heldAt(MATCHES[1]!, 'THREE_MONTHS', all, TODAY)).toBe('HELD');
    expect(MATCHES[1]!.followUps[1]!.dueOn).toBe('2025-04-30');
    // Participant 6's placement ended at two weeks: not held at three months, which is today.
    expect(heldAt(MATCHES[5]!, 'THREE_MONTHS', all, TODAY)).toBe('NOT_HELD');
    // Participant 7 recorded not employed after the 3-month day: not held then, nor at six.
    expect(heldAt(MATCHES[6]!, 'THREE_MONTHS', all, TODAY)).toBe('NOT_HELD');
    expect(heldAt(MATCHES[6]!, 'SIX_MONTHS', all, TODAY)).toBe('NOT_HELD');
    // Participant 1 not (yet) followed up at six months; participant 9's point is tomorrow.
    expect(heldAt(MATCHES[0]!, 'SIX_MONTHS', all, TODAY)).toBe('NOT_FOLLOWED_UP');
    expect(heldAt(MATCHES[8]!, 'THREE_MONTHS', all, TODAY)).toBeNull();
  });

  it('publishes so few placements as withheld, everywhere they appear', async () => {
    const source = new FigureSource(fk, FK_FIGURES, TODAY, { publications: false });
    const t = await source.table('FK_MATCHES', parsePeriod('ALL', TODAY), ['MATCH_OUTCOME', 'GENDER']);
    expect(t.total).toEqual({ value: 10, withheld: null });
    for (const row of t.rows) for (const cell of row.cells) expect(cell.value === null || cell.value === 0).toBe(true);
    const held = await source.table('FK_PLACEMENTS_3_MONTHS', parsePeriod('ALL', TODAY), ['PLACEMENT_HELD', 'GENDER']);
    expect(held.total).toEqual({ value: null, withheld: 'SMALL_CELL' });
  });
});

describe('through the gateway', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startTestSystem({ population: { ongoing: 200, discharged: 600 } });
  }, 180_000);
  afterAll(async () => sys?.stop(), 60_000);

  const TABLE =
    'cols rows { label cells { value withheld } total { value withheld } } colTotals { value withheld } total { value withheld } version publishedOn';
  const FIGURES = `acquired { ${TABLE} } filled { ${TABLE} } matches { ${TABLE} } heldAt3Months { ${TABLE} } heldAt6Months { ${TABLE} }`;
  const year = () => today().slice(0, 4);
  const period = () => (Number(year()) > 2027 ? 'ALL' : Number(year()) < 2025 ? 'ALL' : year());

  function values(t: any): Array<{ value: number | null; withheld: string | null }> {
    return [...t.rows.flatMap((r: any) => [...r.cells, r.total]), ...t.colTotals, t.total];
  }

  it('puts every agency’s employer work in the programme report, each count rounded to 5 or withheld as a small cell', async () => {
    const res = await sys.query(
      'analyst',
      `query R($p: String!) { programmeReport(period: $p) { afEmployerWork { agency ${FIGURES} } malmoEmployerWork { agency ${FIGURES} } fkEmployerWork { agency ${FIGURES} } } }`,
      {
        p: 'ALL',
      },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data.programmeReport;
    for (const [field, agency] of [
      ['afEmployerWork', 'AF'],
      ['malmoEmployerWork', 'MALMO'],
      ['fkEmployerWork', 'FK'],
    ] as const) {
      const w = r[field];
      expect(w.agency).toBe(agency);
      expect(w.matches.cols).toEqual(['WOMAN', 'MAN']);
      expect(w.matches.rows.map((x: any) => x.label)).toEqual([...MATCH_STATUSES, 'IN_PROGRESS']);
      expect(w.heldAt3Months.rows.map((x: any) => x.label)).toEqual([...PLACEMENT_HELD]);
      expect(w.acquired.rows.map((x: any) => x.label)).toEqual([...OPPORTUNITY_TYPES]);
      for (const table of ['acquired', 'filled', 'matches', 'heldAt3Months', 'heldAt6Months'])
        for (const v of values(w[table])) {
          if (v.value === null) expect(v.withheld).toBe('SMALL_CELL');
          else expect([field, table, v.value % 5]).toEqual([field, table, 0]);
        }
    }
    // The programme has matched and placed people: AF's totals are published.
    expect(r.afEmployerWork.matches.total.value).toBeGreaterThan(0);
    expect(r.afEmployerWork.acquired.total.value).toBeGreaterThan(0);
    expect(r.afEmployerWork.heldAt3Months.total.value).toBeGreaterThan(0);
  });

  it('reads each cell with one value in the report, every aggregate and the staff’s figures', async () => {
    const p = period();
    const res = await sys.query(
      'analyst',
      `query R($p: String!) {
        programmeReport(period: $p) { afEmployerWork { matches { ${TABLE} } heldAt3Months { ${TABLE} } } }
        afAggregate(measure: MATCHES, period: $p, groupBy: [MATCH_OUTCOME, GENDER]) { ${TABLE} }
        byType: afAggregate(measure: MATCHES, period: $p, groupBy: [GENDER, OPPORTUNITY_TYPE]) { ${TABLE} }
        held: afAggregate(measure: PLACEMENTS_AT_3_MONTHS, period: $p, groupBy: [PLACEMENT_HELD]) { ${TABLE} }
        monthly: afAggregate(measure: MATCHES, period: $p, groupBy: [MONTH]) { ${TABLE} }
      }`,
      { p },
    );
    expect(res.errors).toBeUndefined();
    const report = res.data.programmeReport.afEmployerWork.matches;
    const aggregate = res.data.afAggregate;
    // The aggregate puts the dimensions in one order (gender first): the same cells, transposed.
    expect(aggregate.rows.map((x: any) => x.label)).toEqual(['WOMAN', 'MAN']);
    for (const [i, row] of report.rows.entries()) {
      for (const [j, gender] of report.cols.entries()) {
        const a = aggregate.rows.find((x: any) => x.label === gender).cells[aggregate.cols.indexOf(row.label)];
        expect([row.label, gender, row.cells[j]]).toEqual([row.label, gender, a]);
      }
      expect(row.total).toEqual(aggregate.colTotals[i]);
    }
    expect(report.total).toEqual(aggregate.total);
    expect(res.data.byType.total).toEqual(report.total);
    expect(res.data.byType.rows.map((x: any) => x.total)).toEqual(report.colTotals);
    expect(res.data.held.rows.map((x: any) => x.total)).toEqual(
      res.data.programmeReport.afEmployerWork.heldAt3Months.rows.map((x: any) => x.total),
    );
    expect(res.data.monthly.total).toEqual(report.total);

    // The teams read the same figures, and only those.
    const staff = await sys.query(
      'af-t01',
      `query F($p: String!) { afEmployerWorkFigures(period: $p) { matches { ${TABLE} } } malmoEmployerWorkFigures(period: $p) { agency } }`,
      {
        p,
      },
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data.afEmployerWorkFigures.matches).toEqual(report);
    expect(staff.data.malmoEmployerWorkFigures.agency).toBe('MALMO');
  });

  it('answers a published period from its stored copy', async () => {
    const month = addDays(today(), -70).slice(0, 7);
    const res = await sys.query(
      'analyst',
      `query R($p: String!) { afAggregate(measure: MATCHES, period: $p) { version publishedOn } }`,
      { p: month },
    );
    if (month < '2025-01' || month > '2027-12') return expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors).toBeUndefined();
    expect(res.data.afAggregate.version).toBeGreaterThanOrEqual(1);
  });

  it('is for the funder and the staff who work in the programme: never auditors or administrators, and the report itself for the funder only', async () => {
    for (const who of ['auditor-af', 'admin-af', 'participant']) {
      const res = await sys.query(who, `{ afEmployerWorkFigures(period: "ALL") { agency } }`);
      expect([who, res.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['af-t01', 'soc-t01', 'fk-utredare']) {
      const res = await sys.query(who, `{ afAggregate(measure: MATCHES, period: "ALL") { total { value } } }`);
      expect([who, res.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
      const own = await sys.query(who, `{ fkEmployerWorkFigures(period: "ALL") { agency } }`);
      expect([who, own.errors]).toEqual([who, undefined]);
    }
  });
});
