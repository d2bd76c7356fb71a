import type { DataSource } from 'typeorm';
import {
  AGE_BANDS,
  aggregateAtSource,
  BACKGROUNDS,
  ENTRY_ROUTES,
  GENDERS,
  lastDayOf,
  OUTCOME_GROUPS,
  OUTCOMES,
  reportFor,
  shareOf,
  WITH_INTERVENTION_WHERE,
  WITHIN_12_MONTHS_DAYS,
  WITHIN_6_MONTHS_DAYS,
  WORK_OR_STUDIES_OUTCOMES,
  type FigureTableView,
  type MeasureSpec,
  type ReportRef,
  type SplitSpec,
} from '@malmokraften/shared';
import { AF_INTERVENTION_TYPES } from './models';
import type { AfMeasure, QueryResolvers, ReportResolvers } from './generated/graphql';

/**
 * Arbetsförmedlingen's figures, computed over its own records (the
 * participation table: enrolment, discharge, outcome, entry route, gender,
 * birth date, background) as docs/REPORT-DEFINITIONS.md defines them. Only
 * protected counts leave this file.
 */

// A left join: every participation has its participant (foreign key), so the rows are the same, and
// PostgreSQL leaves the join out of a figure that does not split by team (half the time at national scale).
// One row per participant (participation is keyed by participant): these measures count rows (onePerRow).
const PEOPLE = 'participation p LEFT JOIN participant pt ON pt.id = p.participant_id';
const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** How AF's people fall in the allowlisted dimensions. TEAM needs the teams on record. */
export function afSplits(teams: readonly string[]): Record<string, SplitSpec> {
  return {
    GENDER: { sql: 'p.gender', categories: GENDERS },
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
    BACKGROUND: { sql: `CASE WHEN p.born_outside_europe THEN 'BORN_OUTSIDE_EUROPE' ELSE 'BORN_IN_EUROPE' END`, categories: BACKGROUNDS },
  };
}

/** Days from enrolment to discharge, in the bands the time-to-outcome figure publishes. */
export const TIME_BANDS: SplitSpec = {
  sql: `CASE WHEN p.discharged_on - p.enrolled_on <= ${WITHIN_6_MONTHS_DAYS} THEN 'WITHIN_183_DAYS'
             WHEN p.discharged_on - p.enrolled_on <= ${WITHIN_12_MONTHS_DAYS} THEN 'DAYS_184_TO_365'
             ELSE 'LATER_THAN_365_DAYS' END`,
  categories: ['WITHIN_183_DAYS', 'DAYS_184_TO_365', 'LATER_THAN_365_DAYS'],
  groups: { WITHIN_365_DAYS: ['WITHIN_183_DAYS', 'DAYS_184_TO_365'], LATER_THAN_183_DAYS: ['DAYS_184_TO_365', 'LATER_THAN_365_DAYS'] },
};

/** AF's measures: one per definition in docs/REPORT-DEFINITIONS.md. */
export function afMeasures(teams: readonly string[]): Record<AfMeasure, MeasureSpec> {
  const splits = afSplits(teams);
  const outcome: SplitSpec = { sql: 'p.outcome', categories: OUTCOMES, groups: OUTCOME_GROUPS };
  return {
    // ENROLLED: the enrolment date lies in the period.
    ENROLLED: { kind: 'FLOW', from: PEOPLE, date: 'p.enrolled_on', where: 'true', person: 'p.participant_id', onePerRow: true, splits },
    // DISCHARGED: the discharge date lies in the period; OUTCOME splits them.
    DISCHARGED: {
      kind: 'FLOW',
      from: PEOPLE,
      date: 'p.discharged_on',
      where: 'p.discharged_on IS NOT NULL',
      person: 'p.participant_id',
      onePerRow: true,
      splits: { ...splits, OUTCOME: outcome },
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
      where: 'p.enrolled_on < $3::date AND p.enrolled_on <= $1::date AND (p.discharged_on IS NULL OR p.discharged_on > $1::date OR p.discharged_on >= $2::date)',
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

async function teamsOnRecord(ds: DataSource): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query('SELECT id FROM team ORDER BY id');
  return rows.map((r) => r.id);
}

/**
 * One of AF's figures for a report or an aggregate. The teams on record are
 * read only when the figure is split by team: no field of the report is,
 * so a report costs no team lookups.
 */
async function figure(
  ds: DataSource,
  ref: ReportRef,
  measure: AfMeasure,
  groupBy: readonly string[],
  opts: { splits?: Record<string, SplitSpec>; medians?: boolean } = {},
): Promise<FigureTableView> {
  const teams = groupBy.includes('TEAM') ? await teamsOnRecord(ds) : [];
  return aggregateAtSource(ds, afMeasures(teams)[measure], { ...ref, groupBy, ...opts });
}

export const reportQueries: Pick<QueryResolvers, 'programmeReport' | 'afAggregate'> = {
  programmeReport: (_p, { period }, { af, caller }) => reportFor(caller, period, af.today),
  afAggregate: (_p, { measure, period, groupBy }, { af, caller }) =>
    figure(af.ds, reportFor(caller, period, af.today), measure, groupBy, { medians: measure === 'DISCHARGED_TO_WORK_OR_STUDIES' }),
};

export const Report: ReportResolvers = {
  // Another subgraph (the plan) asks for the report's fields by its period: the same check as the root field.
  __resolveReference: (ref, { af, caller }) => reportFor(caller, (ref as unknown as { period: string }).period, af.today),
  period: (r) => r.period.label,
  kind: (r) => r.period.kind,
  from: (r) => r.period.from,
  lastDay: (r) => (r.period.kind === 'ALL' ? r.today : lastDayOf(r.period)),
  madeOn: (r) => r.today,
  enrolled: (r, _a, { af }) => figure(af.ds, r, 'ENROLLED', ['GENDER', 'ENTRY_ROUTE']),
  ongoing: (r, _a, { af }) => figure(af.ds, r, 'ONGOING', ['GENDER']),
  discharged: (r, _a, { af }) => figure(af.ds, r, 'DISCHARGED', ['GENDER', 'OUTCOME']),
  timeToOutcome: async (r, { by }, { af }) => {
    const table = await figure(af.ds, r, 'DISCHARGED_TO_WORK_OR_STUDIES', [by, 'TIME_BAND'], { splits: { TIME_BAND: TIME_BANDS }, medians: true });
    const col = (label: string) => table.cols.indexOf(label);
    const timing = (group: string, people: FigureTableView['total'], cells: FigureTableView['total'][], medianDays: FigureTableView['total'] | null) => ({
      group,
      people,
      medianDays: medianDays!,
      within6Months: shareOf(cells[col('WITHIN_183_DAYS')]!, cells[col('LATER_THAN_183_DAYS')]!, people),
      within12Months: shareOf(cells[col('WITHIN_365_DAYS')]!, cells[col('LATER_THAN_365_DAYS')]!, people),
    });
    return {
      table,
      groups: [...table.rows.map((row) => timing(row.label, row.total, row.cells, row.medianDays)), timing('ALL', table.total, table.colTotals, table.medianDays)],
    };
  },
};
