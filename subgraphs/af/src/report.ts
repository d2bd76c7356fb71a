import type { DataSource } from 'typeorm';
import {
  AGE_BANDS,
  BACKGROUNDS,
  checkGroupBy,
  employerWorkAggregate,
  employerWorkFamilies,
  employerWorkFigures,
  ENTRY_ROUTES,
  isEmployerWorkMeasure,
  figureSourceFor,
  LEGAL_GENDERS,
  lastDayOf,
  legalGenderSql,
  mediansOf,
  NOT_PUBLISHED,
  onTrackOf,
  OUTCOME_GROUPS,
  OUTCOMES,
  progressOf,
  protectCount,
  publishFiguresMutation,
  shapesUpTo,
  shareOf,
  WITH_INTERVENTION_WHERE,
  WITHIN_12_MONTHS_DAYS,
  WITHIN_6_MONTHS_DAYS,
  WORK_OR_STUDIES_OUTCOMES,
  type AgencyFigures,
  type ExtrasContext,
  type FigureSource,
  type FamilySpec,
  type FigureTableView,
  type MeasureSpec,
  type Period,
  type Protected,
  type ReportRef,
  type SplitSpec,
  type TargetedFigure,
  type EmployerWorkMeasure,
} from '@malmokraften/shared';
import { AF_INTERVENTION_TYPES } from './models';
import type { AfMeasure, MutationResolvers, QueryResolvers, ReportResolvers } from './generated/graphql';

/**
 * Arbetsförmedlingen's figures, computed over its own records (the
 * participation table: enrolment, discharge, outcome, entry route, birth
 * date, background; the personnummer it holds for legal gender) as
 * docs/REPORT-DEFINITIONS.md defines them. Each population is one family,
 * protected once for every table that can be asked of it; only protected
 * figures leave this file, and a published period is answered from AF's own
 * stored copy.
 */

// A left join: every participation has its participant (foreign key), so the rows are the same.
// One row per participant (participation is keyed by participant): these measures count rows (onePerRow).
const PEOPLE = 'participation p LEFT JOIN participant pt ON pt.id = p.participant_id';
const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** The dimensions a caller may split AF's people by (besides MONTH, OUTCOME and INTERVENTION_TYPE). */
const PERSON_DIMS = ['GENDER', 'AGE_BAND', 'TEAM', 'ENTRY_ROUTE', 'BACKGROUND'] as const;
const WOS = { OUTCOME: 'WORK_OR_STUDIES' } as const;

/** How AF's people fall in the allowlisted dimensions. TEAM needs the teams on record. */
export function afSplits(teams: readonly string[]): Record<string, SplitSpec> {
  return {
    // Legal gender, from the personnummer AF holds (docs/REPORT-DEFINITIONS.md, "Gender").
    GENDER: { sql: legalGenderSql('pt.personnummer'), categories: LEGAL_GENDERS },
    AGE_BAND: {
      // Whole years at enrolment; age() counts someone born on 29 February a year older on 1 March.
      sql: `CASE WHEN date_part('year', age(p.enrolled_on, p.birth_date)) < 40 THEN 'AGE_30_39'
                 WHEN date_part('year', age(p.enrolled_on, p.birth_date)) < 50 THEN 'AGE_40_49'
                 WHEN date_part('year', age(p.enrolled_on, p.birth_date)) < 60 THEN 'AGE_50_59'
                 ELSE 'AGE_60_PLUS' END`,
      categories: AGE_BANDS,
    },
    TEAM: { sql: `coalesce(pt.team_id, 'NO_TEAM')`, categories: [...teams, 'NO_TEAM'] },
    ENTRY_ROUTE: { sql: 'p.entry_route', categories: ENTRY_ROUTES },
    BACKGROUND: {
      sql: `CASE WHEN p.born_outside_europe THEN 'BORN_OUTSIDE_EUROPE' ELSE 'BORN_IN_EUROPE' END`,
      categories: BACKGROUNDS,
    },
  };
}

/** Days from enrolment to discharge, in the bands the time-to-outcome figure publishes. */
export const TIME_BANDS: SplitSpec = {
  sql: `CASE WHEN p.discharged_on - p.enrolled_on <= ${WITHIN_6_MONTHS_DAYS} THEN 'WITHIN_183_DAYS'
             WHEN p.discharged_on - p.enrolled_on <= ${WITHIN_12_MONTHS_DAYS} THEN 'DAYS_184_TO_365'
             ELSE 'LATER_THAN_365_DAYS' END`,
  categories: ['WITHIN_183_DAYS', 'DAYS_184_TO_365', 'LATER_THAN_365_DAYS'],
  groups: {
    WITHIN_365_DAYS: ['WITHIN_183_DAYS', 'DAYS_184_TO_365'],
    LATER_THAN_183_DAYS: ['DAYS_184_TO_365', 'LATER_THAN_365_DAYS'],
  },
};

const OUTCOME_SPLIT: SplitSpec = { sql: 'p.outcome', categories: OUTCOMES, groups: OUTCOME_GROUPS };

/** The SQL of AF's measures, one per definition in docs/REPORT-DEFINITIONS.md (the definitions' tests run them). */
export function afMeasures(teams: readonly string[]): Record<Exclude<AfMeasure, EmployerWorkMeasure>, MeasureSpec> {
  const splits = afSplits(teams);
  return {
    // ENROLLED: the enrolment date lies in the period.
    ENROLLED: {
      kind: 'FLOW',
      from: PEOPLE,
      date: 'p.enrolled_on',
      where: 'true',
      person: 'p.participant_id',
      onePerRow: true,
      splits,
    },
    // DISCHARGED: the discharge date lies in the period; OUTCOME splits them.
    DISCHARGED: {
      kind: 'FLOW',
      from: PEOPLE,
      date: 'p.discharged_on',
      where: 'p.discharged_on IS NOT NULL',
      person: 'p.participant_id',
      onePerRow: true,
      splits: { ...splits, OUTCOME: OUTCOME_SPLIT },
    },
    // DAYS_TO_WORK_OR_STUDIES: discharged to work or studies in the period; days from enrolment to discharge.
    DISCHARGED_TO_WORK_OR_STUDIES: {
      kind: 'FLOW',
      from: PEOPLE,
      date: 'p.discharged_on',
      where: `p.outcome IN (${quoted(WORK_OR_STUDIES_OUTCOMES)})`,
      person: 'p.participant_id',
      onePerRow: true,
      days: 'p.discharged_on - p.enrolled_on',
      splits,
    },
    // ONGOING: enrolled by the period's last day (and by today), not discharged before its first day;
    // a discharge dated after today does not count yet.
    ONGOING: {
      kind: 'STOCK',
      from: PEOPLE,
      where:
        'p.enrolled_on < $3::date AND p.enrolled_on <= $1::date AND (p.discharged_on IS NULL OR p.discharged_on > $1::date OR p.discharged_on >= $2::date)',
      person: 'p.participant_id',
      onePerRow: true,
      splits,
    },
    // ONGOING_AT_MONTH_END: on the month's last day (today for the current month), as a level.
    ONGOING_AT_MONTH_END: {
      kind: 'STOCK',
      from: PEOPLE,
      where:
        'p.enrolled_on <= $2::date AND p.enrolled_on <= $1::date AND (p.discharged_on IS NULL OR p.discharged_on >= $2::date)',
      person: 'p.participant_id',
      onePerRow: true,
      splits,
    },
    // WITH_INTERVENTION: an AF intervention ran during the period.
    WITH_INTERVENTION: {
      kind: 'STOCK',
      from: `intervention i JOIN ${PEOPLE} ON p.participant_id = i.participant_id`,
      where: WITH_INTERVENTION_WHERE,
      person: 'i.participant_id',
      splits: { ...splits, INTERVENTION_TYPE: { sql: 'i.type', categories: AF_INTERVENTION_TYPES } },
    },
  };
}

/** Every shape of at most two of the dimensions. */
const upTo2 = (dims: readonly string[], fixed?: Record<string, string>) => shapesUpTo(dims, 2, fixed);

/**
 * AF's families: each population once, with every table a caller can ask
 * of it (docs/REPORT-DEFINITIONS.md, "One base for every table").
 */
export function afFamilies(teams: readonly string[]): Record<string, FamilySpec> {
  const m = afMeasures(teams);
  const splits = afSplits(teams);
  const family = (
    name: string,
    spec: MeasureSpec,
    kind: FamilySpec['kind'],
    s: Record<string, SplitSpec>,
    shapes: FamilySpec['shapes'],
  ): FamilySpec => ({
    name,
    kind,
    from: spec.from,
    ...(spec.date ? { date: spec.date } : {}),
    where: spec.where,
    person: spec.person,
    ...(spec.onePerRow ? { onePerRow: true } : {}),
    splits: s,
    shapes,
  });
  const dischargeDims = [...PERSON_DIMS, 'OUTCOME'];
  return {
    AF_ENROLMENTS: family('AF_ENROLMENTS', m.ENROLLED, 'FLOW', splits, upTo2(PERSON_DIMS)),
    AF_DISCHARGES: {
      ...family('AF_DISCHARGES', m.DISCHARGED, 'FLOW', { ...splits, OUTCOME: OUTCOME_SPLIT, TIME_BAND: TIME_BANDS }, [
        // Discharges by up to two dimensions (outcome among them); those to work or studies by up to two more;
        // and those by time to the outcome, alone, by gender or by background.
        ...upTo2(dischargeDims),
        ...upTo2(PERSON_DIMS, WOS),
        { dims: ['TIME_BAND'], fixed: WOS },
        { dims: ['TIME_BAND', 'GENDER'], fixed: WOS },
        { dims: ['TIME_BAND', 'BACKGROUND'], fixed: WOS },
      ]),
      days: 'p.discharged_on - p.enrolled_on',
    },
    AF_ONGOING: family('AF_ONGOING', m.ONGOING, 'STOCK', splits, upTo2(PERSON_DIMS)),
    AF_ONGOING_MONTH_END: family(
      'AF_ONGOING_MONTH_END',
      m.ONGOING_AT_MONTH_END,
      'MONTH_END',
      splits,
      upTo2(PERSON_DIMS),
    ),
    AF_WITH_INTERVENTION: family('AF_WITH_INTERVENTION', m.WITH_INTERVENTION, 'STOCK', splits, upTo2(PERSON_DIMS)),
    // A person with interventions of two types is counted under both: pairs of person and type, a population of its own.
    AF_INTERVENTION_TYPES: family('AF_INTERVENTION_TYPES', m.WITH_INTERVENTION, 'STOCK', m.WITH_INTERVENTION.splits, [
      { dims: [] },
      { dims: ['INTERVENTION_TYPE'] },
      ...PERSON_DIMS.flatMap((d) => [{ dims: [d] }, { dims: ['INTERVENTION_TYPE', d] }]),
    ]),
    // AF's employer work: opportunities acquired and filled, matches, placements held (docs/REPORT-DEFINITIONS.md, "Employer work").
    ...employerWorkFamilies('AF'),
  };
}

async function teamsOnRecord(ds: DataSource): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query('SELECT id FROM team ORDER BY id');
  return rows.map((r) => r.id);
}

/**
 * The ongoing level, day by day: the number ongoing on each day of the
 * period up to today (enrolled on or before the day, not discharged before
 * it), by legal gender. From the enrolments and discharges per day, so it
 * reads each person once whatever the length of the period.
 */
export async function ongoingLevels(ds: DataSource, period: Period, today: string): Promise<Map<string, number[]>> {
  const last = lastDayOf(period.kind === 'ALL' ? { ...period, to: period.to } : period);
  const end = last < today ? last : today;
  const out = new Map<string, number[]>(['ALL', ...LEGAL_GENDERS].map((g) => [g, []]));
  if (period.from > end) return out;
  const gender = legalGenderSql('pt.personnummer');
  const rows: Array<{ g: string; day: string; delta: number }> = await ds.query(
    `SELECT g, to_char(day, 'YYYY-MM-DD') AS day, sum(delta)::int AS delta FROM (
       SELECT ${gender} AS g, greatest(p.enrolled_on, $1::date) AS day, 1 AS delta FROM ${PEOPLE} WHERE p.enrolled_on <= $2::date
       UNION ALL
       SELECT ${gender}, greatest(p.discharged_on + 1, $1::date), -1 FROM ${PEOPLE} WHERE p.enrolled_on <= $2::date AND p.discharged_on IS NOT NULL AND p.discharged_on < $2::date
     ) e GROUP BY 1, 2`,
    [period.from, end],
  );
  const deltas = new Map<string, number>();
  for (const r of rows) deltas.set(`${r.g}|${r.day}`, r.delta);
  const level: Record<string, number> = { WOMAN: 0, MAN: 0 };
  for (
    let d = period.from;
    d <= end;
    d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  ) {
    for (const g of LEGAL_GENDERS) {
      level[g]! += deltas.get(`${g}|${d}`) ?? 0;
      out.get(g)!.push(level[g]!);
    }
    out.get('ALL')!.push(level.WOMAN! + level.MAN!);
  }
  return out;
}

/** The targets AF's figures are held against. */
const AF_TARGETS: Array<{ figure: TargetedFigure; family: string; cell: Record<string, string>; byGender: boolean }> = [
  { figure: 'TO_WORK_OR_STUDIES', family: 'AF_DISCHARGES', cell: WOS, byGender: true },
  { figure: 'TO_REHAB_COOPERATION', family: 'AF_DISCHARGES', cell: { OUTCOME: 'REHAB_COOPERATION' }, byGender: true },
  { figure: 'FK_ENTRIES', family: 'AF_ENROLMENTS', cell: { ENTRY_ROUTE: 'FK' }, byGender: true },
];

/**
 * What AF publishes beside the counts, decided on the true values here:
 * the medians of time to work or studies, the ongoing level (average and
 * lowest of the days), and whether each target is on track (yes or no).
 */
async function afExtras(ctx: ExtrasContext): Promise<Record<string, Protected | boolean | null>> {
  const out: Record<string, Protected | boolean | null> = await mediansOf(ctx, 'AF_DISCHARGES', WOS, PERSON_DIMS);
  const { period, today } = ctx;
  for (const t of AF_TARGETS) {
    const cube = await ctx.cube(t.family, period);
    out[`onTrack:${t.figure}`] = onTrackOf(
      t.figure,
      cube.exact(period.label, t.cell),
      cube.get(period.label, t.cell),
      period,
      today,
    );
  }
  const levels = await ongoingLevels(ctx.ds, period, today);
  for (const [g, days] of levels) {
    const key = g === 'ALL' ? '' : `GENDER=${g}`;
    const average = days.length ? days.reduce((a, b) => a + b, 0) / days.length : null;
    out[`level:average:${key}`] = average === null ? NOT_PUBLISHED : protectCount(Math.round(average));
    out[`level:minimum:${key}`] = days.length ? protectCount(Math.min(...days)) : NOT_PUBLISHED;
    if (g === 'ALL')
      out['onTrack:ONGOING'] = onTrackOf('ONGOING', average, out[`level:average:${key}`] as Protected, period, today);
  }
  return out;
}

export const AF_FIGURES: AgencyFigures = {
  agency: 'AF',
  families: async (ds) => afFamilies(await teamsOnRecord(ds)),
  extras: afExtras,
};

/** One request's figures (created once per request, with the request's day). */
function source(af: { ds: DataSource; today: string }): FigureSource {
  return figureSourceFor(af, AF_FIGURES);
}

/** Which family and fixed cell each measure reads. */
function measureTable(
  measure: Exclude<AfMeasure, EmployerWorkMeasure>,
  groupBy: readonly string[],
): { family: string; fixed: Record<string, string>; allowed: string[]; medians: boolean } {
  switch (measure) {
    case 'ENROLLED':
      return { family: 'AF_ENROLMENTS', fixed: {}, allowed: [...PERSON_DIMS], medians: false };
    case 'DISCHARGED':
      return { family: 'AF_DISCHARGES', fixed: {}, allowed: [...PERSON_DIMS, 'OUTCOME'], medians: false };
    case 'DISCHARGED_TO_WORK_OR_STUDIES':
      return { family: 'AF_DISCHARGES', fixed: { ...WOS }, allowed: [...PERSON_DIMS], medians: true };
    case 'ONGOING':
      return { family: 'AF_ONGOING', fixed: {}, allowed: [...PERSON_DIMS], medians: false };
    case 'ONGOING_AT_MONTH_END':
      return { family: 'AF_ONGOING_MONTH_END', fixed: {}, allowed: [...PERSON_DIMS], medians: false };
    case 'WITH_INTERVENTION':
      return groupBy.includes('INTERVENTION_TYPE')
        ? { family: 'AF_INTERVENTION_TYPES', fixed: {}, allowed: [...PERSON_DIMS, 'INTERVENTION_TYPE'], medians: false }
        : { family: 'AF_WITH_INTERVENTION', fixed: {}, allowed: [...PERSON_DIMS], medians: false };
  }
}

async function aggregate(
  af: { ds: DataSource; today: string },
  ref: ReportRef,
  measure: AfMeasure,
  groupBy: readonly string[],
): Promise<FigureTableView> {
  if (isEmployerWorkMeasure(measure)) return employerWorkAggregate(source(af), 'AF', measure, ref.period, groupBy);
  const m = measureTable(measure, groupBy);
  const s = source(af);
  const family = (await s.families())[m.family]!;
  const dims = checkGroupBy(groupBy, family, m.allowed);
  return s.table(m.family, ref.period, dims, { fixed: m.fixed, medians: m.medians });
}

/** The report's period and day: a published period speaks for the day it was published. */
async function madeOn(af: { ds: DataSource; today: string }, r: ReportRef): Promise<string> {
  return (await source(af).publicationOf(r.period))?.publishedOn ?? r.today;
}

const TIME_COLS = ['WITHIN_183_DAYS', 'LATER_THAN_183_DAYS', 'WITHIN_365_DAYS', 'LATER_THAN_365_DAYS'];

// The programme report's entry point is the gateway's directory; AF answers its fields by reference (Report.__resolveReference).
export const reportQueries: Pick<QueryResolvers, 'afAggregate'> = {
  afAggregate: async (_p, { measure, period, groupBy }, { af }) =>
    aggregate(af, await af.reportFor(period), measure, groupBy),
};

// Those who may see the figures may publish them: AF's FIGURES rule (the funder's analysts AF has on record).
export const reportMutations: Pick<MutationResolvers, 'afPublishFigures'> = publishFiguresMutation('af', AF_FIGURES);

export const Report: ReportResolvers = {
  // The gateway asks for the report's fields by its period: AF's FIGURES rule decides who may see them.
  __resolveReference: (ref, { af }) => af.reportFor((ref as unknown as { period: string }).period),
  period: (r) => r.period.label,
  kind: (r) => r.period.kind,
  from: (r) => r.period.from,
  lastDay: (r) => (r.period.kind === 'ALL' ? r.today : lastDayOf(r.period)),
  madeOn: (r, _a, { af }) => madeOn(af, r),
  afPublication: (r, _a, { af }) => source(af).publication(r.period),
  enrolled: (r, _a, { af }) => source(af).table('AF_ENROLMENTS', r.period, ['GENDER', 'ENTRY_ROUTE']),
  ongoing: (r, _a, { af }) => source(af).table('AF_ONGOING', r.period, ['GENDER']),
  discharged: (r, _a, { af }) => source(af).table('AF_DISCHARGES', r.period, ['GENDER', 'OUTCOME']),
  monthly: (r) => r,
  afEmployerWork: (r, _a, { af }) => employerWorkFigures(source(af), 'AF', 'AF', r.period) as never,
  ongoingLevel: async (r, _a, { af }) => {
    const extras = await source(af).extras(r.period);
    const fig = (k: string) => (extras[k] as Protected | undefined) ?? NOT_PUBLISHED;
    return ['WOMAN', 'MAN', 'ALL'].map((g) => {
      const key = g === 'ALL' ? '' : `GENDER=${g}`;
      return { group: g, average: fig(`level:average:${key}`), minimum: fig(`level:minimum:${key}`) };
    });
  },
  timeToOutcome: async (r, { by }, { af }) => {
    const s = source(af);
    const table = await s.table('AF_DISCHARGES', r.period, [by], { fixed: WOS, colDim: 'TIME_BAND' });
    const extras = await s.extras(r.period);
    const published = (await s.publicationOf(r.period)) !== null;
    const col = (label: string) => table.cols.indexOf(label);
    const median = (c: Record<string, string>) =>
      (extras[
        `median:AF_DISCHARGES:${Object.entries({ ...WOS, ...c })
          .map(([d, v]) => `${d}=${v}`)
          .sort()
          .join('|')}`
      ] as Protected | undefined) ?? NOT_PUBLISHED;
    // Shares within 6 and 12 months only in a published report: a live share could move with one person.
    const within = (cells: Protected[], people: Protected, num: string, rest: string): Protected => {
      if (!published) return NOT_PUBLISHED;
      if (people.value !== null && people.value > 0 && people.value < 10)
        return { value: null, withheld: 'SMALL_CELL' };
      return shareOf(cells[col(num)]!, cells[col(rest)]!, people);
    };
    const timing = (group: string, people: Protected, cells: Protected[], medianMonths: Protected) => ({
      group,
      people,
      medianMonths,
      // Replaced by medianMonths: no median in days is published.
      medianDays: NOT_PUBLISHED,
      within6Months: within(cells, people, TIME_COLS[0]!, TIME_COLS[1]!),
      within12Months: within(cells, people, TIME_COLS[2]!, TIME_COLS[3]!),
    });
    table.rows = table.rows.map((row) => ({ ...row, medianMonths: median({ [by]: row.label }) }));
    table.medianMonths = median({});
    return {
      table,
      groups: [
        ...table.rows.map((row) => timing(row.label, row.total, row.cells, row.medianMonths!)),
        timing('ALL', table.total, table.colTotals, table.medianMonths),
      ],
    };
  },
  afTargets: async (r, _a, { af }) => {
    const s = source(af);
    const extras = await s.extras(r.period);
    const out = [];
    for (const t of AF_TARGETS) {
      const cube = await s.cube(t.family, r.period);
      const value = cube.get(r.period.label, t.cell);
      const p = progressOf(t.figure, value, r.period, r.today);
      out.push({
        figure: t.figure,
        value,
        target: p.target,
        dueByToday: p.dueByToday,
        progress: p.progress,
        onTrack: (extras[`onTrack:${t.figure}`] as boolean | null | undefined) ?? null,
        byGender: LEGAL_GENDERS.map((g) => ({ group: g, value: cube.get(r.period.label, { ...t.cell, GENDER: g }) })),
        minimum: null,
      });
    }
    const fig = (k: string) => (extras[k] as Protected | undefined) ?? NOT_PUBLISHED;
    const average = fig('level:average:');
    const p = progressOf('ONGOING', average, r.period, r.today);
    out.push({
      figure: 'ONGOING' as const,
      value: average,
      target: p.target,
      dueByToday: p.dueByToday,
      progress: p.progress,
      onTrack: (extras['onTrack:ONGOING'] as boolean | null | undefined) ?? null,
      byGender: LEGAL_GENDERS.map((g) => ({ group: g, value: fig(`level:average:GENDER=${g}`) })),
      minimum: fig('level:minimum:'),
    });
    return out;
  },
};

/** The monthly series of a report: ongoing at each month end, enrolled and discharged per month, by gender. */
export const MonthlySeries = {
  ongoingAtMonthEnd: (r: ReportRef, _a: unknown, { af }: { af: { ds: DataSource; today: string } }) =>
    source(af).table('AF_ONGOING_MONTH_END', r.period, ['MONTH', 'GENDER']),
  enrolled: (r: ReportRef, _a: unknown, { af }: { af: { ds: DataSource; today: string } }) =>
    source(af).table('AF_ENROLMENTS', r.period, ['MONTH', 'GENDER']),
  discharged: (r: ReportRef, _a: unknown, { af }: { af: { ds: DataSource; today: string } }) =>
    source(af).table('AF_DISCHARGES', r.period, ['MONTH', 'GENDER']),
};
