import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ageBand,
  AGE_BANDS,
  addDays,
  countByMonth,
  countInPeriod,
  createLogger,
  daysInPeriod,
  daysToWorkOrStudies,
  dischargedTo,
  enrolledIn,
  fkEntryIn,
  FigureSource,
  interventionRanIn,
  LEGAL_GENDERS,
  legalGenderOf,
  ongoingOn,
  protectMedianMonths,
  monthsOf,
  ongoingIn,
  OUTCOMES,
  parsePeriod,
  runMigrations,
  socialAssistanceOutcome,
  type AgencyModule,
  type AssistancePeriod,
  type MonthlyCounts,
  type ParticipationFacts,
  type Period,
  type SplitSpec,
} from '@malmokraften/shared';
import { dropDatabase, provisionDatabase } from '@malmokraften/dev';
import { afModule } from '@malmokraften/subgraph-af';
import { malmoModule } from '@malmokraften/subgraph-malmo';
import { AF_FIGURES, afMeasures, afSplits, ongoingLevels } from '../subgraphs/af/src/report';
import { ASSISTANCE_AT_DISCHARGE, MALMO_MEASURES } from '../subgraphs/malmo/src/report';

/**
 * One test per definition of docs/REPORT-DEFINITIONS.md: the SQL each
 * agency runs over its own tables, against the reference function in
 * figures.ts, on hand-made people whose dates sit on the edges the
 * definitions talk about (first and last day of a period, the same day,
 * a discharge registered ahead of today, a birthday on 29 February).
 */

const TODAY = '2026-06-15';
const PERIODS = [
  'ALL',
  '2025',
  '2025-T1',
  '2025-T2',
  '2025-03',
  '2025-04',
  '2025-12',
  '2026',
  '2026-T2',
  '2026-06',
  '2026-07',
  '2027',
].map((p) => parsePeriod(p, TODAY));
const ALL_SPLIT: SplitSpec = { sql: `'ALL'`, categories: ['ALL'] };

interface Person extends ParticipationFacts {
  id: string;
  personnummer: string;
  /** Legal gender, as the personnummer encodes it: what every figure splits by. */
  gender: (typeof LEGAL_GENDERS)[number];
  birthDate: string;
  bornOutsideEurope: boolean;
  interventions: Array<{ type: string; status: string; startDate: string | null; endDate: string | null }>;
  assistance: AssistancePeriod[];
}

let n = 0;
function person(p: Partial<Person> & Pick<Person, 'enrolledOn'>): Person {
  n++;
  // The eleventh digit is the gender digit: odd for a man, even for a woman.
  const personnummer = `19800101${String(100 + n)}${n % 10}`;
  return {
    id: `P-DEF${String(n).padStart(5, '0')}`,
    personnummer,
    dischargedOn: null,
    outcome: null,
    entryRoute: 'AF',
    gender: legalGenderOf(personnummer),
    birthDate: '1980-05-05',
    bornOutsideEurope: n % 2 === 0,
    interventions: [],
    assistance: [],
    ...p,
  };
}

/** People on the edges of the definitions. */
const PEOPLE: Person[] = [
  person({ enrolledOn: '2025-01-01' }), // first day of the programme
  person({ enrolledOn: '2025-04-30', dischargedOn: '2025-05-01', outcome: 'WORK_UNSUBSIDISED' }), // last day of T1, discharged first day of T2
  person({ enrolledOn: '2025-03-10', dischargedOn: '2025-03-10', outcome: 'STUDIES' }), // enrolled and discharged the same day
  person({ enrolledOn: '2025-02-01', dischargedOn: '2025-02-28', outcome: 'MOVED' }), // discharged the day before March
  person({ enrolledOn: '2025-01-15', dischargedOn: '2025-07-17', outcome: 'WORK_SUBSIDISED' }), // 183 days: within 6 months
  person({ enrolledOn: '2025-01-15', dischargedOn: '2025-07-18', outcome: 'WORK_SUBSIDISED' }), // 184 days
  person({ enrolledOn: '2025-01-15', dischargedOn: '2026-01-15', outcome: 'STUDIES' }), // 365 days: within 12 months
  person({ enrolledOn: '2025-01-15', dischargedOn: '2026-01-16', outcome: 'WORK_UNSUBSIDISED' }), // 366 days
  person({ enrolledOn: '2025-06-01', dischargedOn: '2026-07-01', outcome: 'WORK_UNSUBSIDISED' }), // discharge registered ahead of today
  person({ enrolledOn: '2026-07-01' }), // enrolment registered ahead of today
  person({ enrolledOn: '2024-11-01' }), // enrolled before the programme, still ongoing
  person({ enrolledOn: '2024-10-01', dischargedOn: '2025-01-01', outcome: 'REHAB_COOPERATION' }), // before the programme, discharged on its first day
  person({ enrolledOn: '2025-09-01', entryRoute: 'FK', dischargedOn: '2025-12-31', outcome: 'REHAB_COOPERATION' }),
  person({ enrolledOn: '2025-12-31', entryRoute: 'FK' }),
  person({ enrolledOn: '2026-01-01', entryRoute: 'FK' }),
  person({ enrolledOn: '2026-06-15', entryRoute: 'SOCIAL_SERVICES' }), // enrolled today
  person({ enrolledOn: '2025-03-01', birthDate: '1985-02-28' }), // 40 on 28 February 2025
  person({ enrolledOn: '2025-02-28', birthDate: '1985-03-01' }), // 39 the day before the birthday
  person({ enrolledOn: '2026-02-28', birthDate: '1976-02-29' }), // born on 29 Feb: still 49 on 28 Feb 2026
  person({ enrolledOn: '2026-03-01', birthDate: '1976-02-29' }), // 50 on 1 March 2026
  person({ enrolledOn: '2025-05-05', birthDate: '1960-05-05', dischargedOn: '2025-11-05', outcome: 'ENDED_OTHER' }), // 65
  // Social assistance at enrolment and at discharge (Malmö's own dates).
  person({
    enrolledOn: '2025-02-01',
    dischargedOn: '2025-08-31',
    outcome: 'WORK_UNSUBSIDISED',
    assistance: [{ startDate: '2024-06-01', endDate: '2025-08-31' }],
  }), // ends on the discharge day: left
  person({
    enrolledOn: '2025-02-01',
    dischargedOn: '2025-08-31',
    outcome: 'WORK_UNSUBSIDISED',
    assistance: [{ startDate: '2024-06-01', endDate: '2025-09-01' }],
  }), // covers the day after: still receiving
  person({
    enrolledOn: '2025-02-01',
    dischargedOn: '2025-08-31',
    outcome: 'STUDIES',
    assistance: [
      { startDate: '2024-06-01', endDate: '2025-05-01' },
      { startDate: '2025-09-01', endDate: null },
    ],
  }), // new period from the day after
  person({
    enrolledOn: '2025-02-01',
    dischargedOn: '2025-08-31',
    outcome: 'MOVED',
    assistance: [{ startDate: '2025-02-02', endDate: null }],
  }), // not on the enrolment date: outside
  person({
    enrolledOn: '2025-02-01',
    dischargedOn: '2025-10-10',
    outcome: 'STUDIES',
    assistance: [{ startDate: '2025-02-01', endDate: '2025-02-01' }],
  }), // on the enrolment day only: left
  // Interventions: edges of "ran during the period".
  person({
    enrolledOn: '2025-01-10',
    interventions: [
      { type: 'JOB_MATCHING', status: 'COMPLETED', startDate: '2025-02-01', endDate: '2025-03-01' },
      { type: 'WAGE_SUBSIDY', status: 'CANCELLED', startDate: '2025-02-01', endDate: null },
      { type: 'LABOUR_MARKET_TRAINING', status: 'PLANNED', startDate: null, endDate: null },
      { type: 'NEW_START_JOB', status: 'PLANNED', startDate: '2026-07-01', endDate: null },
      { type: 'JOB_MATCHING', status: 'ONGOING', startDate: '2025-04-30', endDate: null },
    ],
  }),
  person({
    enrolledOn: '2025-01-10',
    interventions: [
      { type: 'SUPPORTED_EMPLOYMENT', status: 'ONGOING', startDate: '2025-03-31', endDate: '2025-03-31' },
    ],
  }),
];

/** Facts as they stand today: events dated later do not count yet. */
function asToday(p: Person): Person {
  const dischargedOn = p.dischargedOn && p.dischargedOn <= TODAY ? p.dischargedOn : null;
  return { ...p, dischargedOn, outcome: dischargedOn ? p.outcome : null };
}
const KNOWN = PEOPLE.map(asToday).filter((p) => p.enrolledOn <= TODAY);

const adminUrl = () => {
  const url = process.env.PG_ADMIN_URL;
  if (!url) throw new Error('PG_ADMIN_URL is not set: run through jest');
  return url;
};
const prefix = `mkt_${process.pid}_${randomBytes(3).toString('hex')}_def`;
const log = createLogger('report-definitions');
let af: DataSource;
let malmo: DataSource;

async function database(
  agency: 'af' | 'malmo',
  migrations: AgencyModule['migrations'],
  make: (url: string) => DataSource,
): Promise<DataSource> {
  const name = `${prefix}_${agency}`;
  const url = await provisionDatabase(adminUrl(), {
    database: name,
    role: `mk_${agency}_app`,
    password: `mk_${agency}_dev`,
  });
  const owner = new URL(adminUrl());
  owner.pathname = `/${name}`;
  await runMigrations({ url: owner.toString(), entities: [], migrations, log });
  const ds = make(url);
  await ds.initialize();
  return ds;
}

beforeAll(async () => {
  af = await database('af', afModule.migrations, (url) => afModule.dataSource(url, log));
  malmo = await database('malmo', malmoModule.migrations, (url) => malmoModule.dataSource(url, log));
  await af.query(`INSERT INTO team (id, name, capacity) VALUES ('T01', 'Team 01', 100), ('T02', 'Team 02', 100)`);
  for (const [i, p] of PEOPLE.entries()) {
    const pnr = p.personnummer;
    for (const ds of [af, malmo]) {
      await ds.query(
        `INSERT INTO participant (id, personnummer, first_name, last_name, team_id, registered_by) VALUES ($1, $2, 'Test', 'Person', $3, 'test')`,
        [p.id, pnr, ds === af ? (i % 3 === 0 ? null : i % 2 ? 'T01' : 'T02') : null],
      );
    }
    await af.query(
      `INSERT INTO participation (participant_id, enrolled_on, entry_route, gender, birth_date, born_outside_europe, months_without_work, social_assistance_at_enrolment, discharged_on, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, 24, false, $7, $8)`,
      // The recorded gender is OTHER for a third of them: figures read legal gender from the personnummer instead.
      [
        p.id,
        p.enrolledOn,
        p.entryRoute,
        i % 3 === 0 ? 'OTHER' : p.gender,
        p.birthDate,
        p.bornOutsideEurope,
        p.dischargedOn,
        p.outcome,
      ],
    );
    for (const iv of p.interventions) {
      await af.query(
        `INSERT INTO intervention (participant_id, type, title, status, start_date, end_date, responsible_officer_id, responsible_officer_name, responsible_role)
         VALUES ($1, $2, 'Insats', $3, $4, $5, 'af-1', 'Handläggare', 'ARBETSFORMEDLARE')`,
        [p.id, iv.type, iv.status, iv.startDate, iv.endDate],
      );
    }
    await malmo.query(
      `INSERT INTO programme_participation (participant_id, enrolled_on, discharged_on, gender, recorded_by) VALUES ($1, $2, $3, $4, 'test')`,
      [p.id, p.enrolledOn, p.dischargedOn, i % 3 === 0 ? 'OTHER' : p.gender],
    );
    for (const a of p.assistance) {
      await malmo.query(
        `INSERT INTO social_assistance_period (participant_id, start_date, end_date, monthly_amount, household_size, recorded_by) VALUES ($1, $2, $3, 1000, 1, 'test')`,
        [p.id, a.startDate, a.endDate],
      );
    }
  }
}, 60_000);

afterAll(async () => {
  await af?.destroy();
  await malmo?.destroy();
  await dropDatabase(adminUrl(), `${prefix}_af`);
  await dropDatabase(adminUrl(), `${prefix}_malmo`);
}, 60_000);

/** A FLOW measure's raw count for a period: the sum of its months. */
function inPeriod(counts: MonthlyCounts, period: Period): number[][] {
  const cells = counts.rows.map(() => counts.cols.map(() => 0));
  for (const m of monthsOf(period)) counts.months[m]?.forEach((row, i) => row.forEach((v, j) => (cells[i]![j]! += v)));
  return cells;
}

const inProgramme = (date: string | null) => date !== null && date >= '2025-01-01';
/** AF's figures as the subgraph computes them, live (nothing read from or stored as a publication). */
const live = () => new FigureSource(af, AF_FIGURES, TODAY, { publications: false });
const measures = () => afMeasures(['T01', 'T02']);
const splits = afSplits(['T01', 'T02']);

describe.each(PERIODS.map((p) => [p.label, p] as const))('period %s', (_label, period) => {
  it('ENROLLED: the enrolment date lies in the period, by gender', async () => {
    const counts = inPeriod(await countByMonth(af, measures().ENROLLED, splits.GENDER!, ALL_SPLIT, TODAY), period);
    const expected = LEGAL_GENDERS.map((g) => [
      KNOWN.filter((p) => p.gender === g && inProgramme(p.enrolledOn) && enrolledIn(p, period)).length,
    ]);
    expect(counts).toEqual(expected);
  });

  it('FK_ENTRIES: enrolled in the period by the entry route FK', async () => {
    const counts = inPeriod(await countByMonth(af, measures().ENROLLED, ALL_SPLIT, splits.ENTRY_ROUTE!, TODAY), period);
    expect(counts[0]![2]).toBe(KNOWN.filter((p) => inProgramme(p.enrolledOn) && fkEntryIn(p, period)).length);
  });

  it('DISCHARGED by outcome: the discharge date lies in the period', async () => {
    const counts = inPeriod(
      await countByMonth(af, measures().DISCHARGED, { sql: 'p.outcome', categories: OUTCOMES }, ALL_SPLIT, TODAY),
      period,
    );
    expect(counts).toEqual(
      OUTCOMES.map((o) => [KNOWN.filter((p) => inProgramme(p.dischargedOn) && dischargedTo(p, period, [o])).length]),
    );
  });

  it('ONGOING: enrolled by the last day, not discharged before the first', async () => {
    const counts = await countInPeriod(af, measures().ONGOING, splits.GENDER!, ALL_SPLIT, period, TODAY);
    expect(counts).toEqual(
      LEGAL_GENDERS.map((g) => [KNOWN.filter((p) => p.gender === g && ongoingIn(p, period)).length]),
    );
  });

  it('ONGOING level: the number ongoing on each day up to today, by legal gender', async () => {
    const levels = await ongoingLevels(af, period, TODAY);
    const last = addDays(period.kind === 'ALL' ? '2028-01-01' : period.to, -1);
    const days: string[] = [];
    for (let d = period.from; d <= (last < TODAY ? last : TODAY); d = addDays(d, 1)) days.push(d);
    expect(levels.get('ALL')).toEqual(days.map((d) => KNOWN.filter((p) => ongoingOn(p, d)).length));
    for (const g of LEGAL_GENDERS)
      expect(levels.get(g)).toEqual(days.map((d) => KNOWN.filter((p) => p.gender === g && ongoingOn(p, d)).length));
  });

  it('AGE_BAND: age at enrolment', async () => {
    const counts = await countInPeriod(af, measures().ONGOING, splits.AGE_BAND!, ALL_SPLIT, period, TODAY);
    expect(counts).toEqual(
      AGE_BANDS.map((b) => [
        KNOWN.filter((p) => ongoingIn(p, period) && ageBand(p.birthDate, p.enrolledOn) === b).length,
      ]),
    );
  });

  it('DAYS_TO_WORK_OR_STUDIES: days from enrolment to discharge, and their median', async () => {
    const days = await daysInPeriod(af, measures().DISCHARGED_TO_WORK_OR_STUDIES, ALL_SPLIT, period, TODAY);
    const expected = KNOWN.filter((p) => inProgramme(p.dischargedOn)).flatMap((p) => {
      const d = daysToWorkOrStudies(p, period);
      return d === null ? [] : [d];
    });
    expect([...(days.get('ALL') ?? [])].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    const table = await live().table('AF_DISCHARGES', period, [], {
      fixed: { OUTCOME: 'WORK_OR_STUDIES' },
      medians: true,
    });
    // In whole months, for 10 people or more whose count is published, and only when stable (see the median tests).
    expect(table.medianMonths).toEqual(protectMedianMonths(expected, table.total));
  });

  it('WITH_INTERVENTION: an intervention ran during the period, once per type', async () => {
    const m = measures().WITH_INTERVENTION;
    const counts = await countInPeriod(af, m, m.splits.INTERVENTION_TYPE!, ALL_SPLIT, period, TODAY);
    const types = m.splits.INTERVENTION_TYPE!.categories;
    expect(counts).toEqual(
      types.map((t) => [
        PEOPLE.filter((p) => p.interventions.some((i) => i.type === t && interventionRanIn(i, period, TODAY))).length,
      ]),
    );
  });

  it("SOCIAL_ASSISTANCE_LEFT: Malmö's dates, assistance on the enrolment date and the day after discharge", async () => {
    const m = MALMO_MEASURES.SOCIAL_ASSISTANCE_AT_ENROLMENT;
    const counts = inPeriod(await countByMonth(malmo, m, ALL_SPLIT, ASSISTANCE_AT_DISCHARGE, TODAY), period);
    const outcomes = PEOPLE.filter((p) => inProgramme(p.dischargedOn)).map((p) =>
      socialAssistanceOutcome(asToday(p), p.assistance, period),
    );
    const population = outcomes.filter((o) => o.inPopulation);
    expect(counts).toEqual([[population.filter((o) => o.left).length, population.filter((o) => !o.left).length]]);
  });
});

describe('known answers, worked out by hand', () => {
  const T1 = parsePeriod('2025-T1', TODAY);

  it('counts the edge people as the definitions say', async () => {
    // Enrolled in 2025-T1: 1 Jan, 30 Apr, 10 Mar, 1 Feb, four on 15 Jan, one on 28 Feb, one on 1 Mar, five on 1 Feb (assistance), two on 10 Jan.
    const enrolled = inPeriod(await countByMonth(af, measures().ENROLLED, ALL_SPLIT, ALL_SPLIT, TODAY), T1)[0]![0];
    expect(enrolled).toBe(1 + 1 + 1 + 1 + 4 + 1 + 1 + 5 + 2);
    // Discharged in 2025 with assistance on the enrolment date: four; two left (assistance ended on the
    // discharge day, or on the enrolment day), two still receive it the day after (a running or a new period).
    const sa = inPeriod(
      await countByMonth(
        malmo,
        MALMO_MEASURES.SOCIAL_ASSISTANCE_AT_ENROLMENT,
        ALL_SPLIT,
        ASSISTANCE_AT_DISCHARGE,
        TODAY,
      ),
      parsePeriod('2025', TODAY),
    );
    expect(sa).toEqual([[2, 2]]);
  });

  it('publishes the median of the whole programme in completed months', async () => {
    // Work or studies by today: 1, 0, 183, 184, 365, 366, 211, 211, 211 and 251 days: completed months
    // 0, 0, 6, 6, 11, 12, 6, 6, 6 and 8. Sorted 0 0 6 6 6 6 6 8 11 12: the median is 6, and so it is with
    // anyone added below or above everyone, or the lowest or highest left out.
    const t = await live().table('AF_DISCHARGES', parsePeriod('ALL', TODAY), [], {
      fixed: { OUTCOME: 'WORK_OR_STUDIES' },
      medians: true,
    });
    expect(t.total).toEqual({ value: 10, withheld: null });
    expect(t.medianMonths).toEqual({ value: 6, withheld: null });
    // The same people in days would have published 211: one person's value.
  });

  it('publishes a table of fewer than 5 people as withheld', async () => {
    const t = await live().table('AF_ENROLMENTS', parsePeriod('2026', TODAY), ['ENTRY_ROUTE']);
    // 2026 up to today: 1 Jan (FK), 28 Feb, 1 Mar and 15 Jun; the enrolment of 1 July is ahead of today.
    expect(t.total).toEqual({ value: null, withheld: 'SMALL_CELL' });
    expect(t.rows.every((r) => r.total.value === null || r.total.value === 0)).toBe(true);
  });
});
