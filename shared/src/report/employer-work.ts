import { badInput, ErrorCode, userError } from '../errors';
import type { AccessGate } from '../agency/gate';
import { parsePeriod } from './period';
import {
  MATCH_STATUSES,
  MATCHES_IN_PROGRESS,
  OPPORTUNITY_TYPES,
  type MatchStatus,
  type OpportunityType,
  type PlacementPoint,
} from '../agency/employer-work';
import { checkGroupBy, figureSourceFor, type AgencyFigures, type FamilySpec, type FigureSource } from './at-source';
import { shapesUpTo } from './cube';
import { LEGAL_GENDERS, legalGenderSql, type LegalGender } from './figures';
import type { Period } from './period';
import type { FigureTableView, SplitSpec } from './source';

/**
 * The figures of an agency's employer work (docs/REPORT-DEFINITIONS.md,
 * "Employer work"), counted inside the agency's subgraph over its own
 * tables and protected by the same cube as every other figure: each
 * population is a family, every table of it read from one protected base.
 *
 * - `<P>_OPPORTUNITIES_ACQUIRED`: opportunities by the day they were acquired, by type.
 * - `<P>_OPPORTUNITIES_FILLED`: opportunities by the day their last place was taken, by type.
 * - `<P>_MATCHES`: matches by the day they were proposed, by where they stand today, type and legal gender.
 * - `<P>_PLACEMENTS_3_MONTHS`, `<P>_PLACEMENTS_6_MONTHS`: placements by the day of their 3- or 6-month point, by whether they were held then, type and legal gender.
 */

/** Whether a placement was held at a follow-up point. */
export const PLACEMENT_HELD = ['HELD', 'NOT_HELD', 'NOT_FOLLOWED_UP'] as const;
export type PlacementHeld = (typeof PLACEMENT_HELD)[number];

const OPPORTUNITY_TYPE: SplitSpec = { sql: 'o.type', categories: OPPORTUNITY_TYPES };
const MATCH_OUTCOME: SplitSpec = {
  sql: 'm.status',
  categories: MATCH_STATUSES,
  groups: { IN_PROGRESS: MATCHES_IN_PROGRESS },
};
const GENDER: SplitSpec = { sql: legalGenderSql('pt.personnummer'), categories: LEGAL_GENDERS };

/**
 * Held at the point `f` (a follow-up row): not held when the follow-up at
 * the point said so or the placement ended on or before the point's day;
 * held when the follow-up at the point, or a later one, said the person
 * still had the job; otherwise not followed up.
 */
const HELD_SQL = `CASE WHEN f.still_employed = false OR (m.placement_ended_on IS NOT NULL AND m.placement_ended_on <= f.due_on) THEN 'NOT_HELD'
                       WHEN f.still_employed OR EXISTS (SELECT 1 FROM placement_follow_up l WHERE l.match_id = f.match_id AND l.due_on > f.due_on AND l.still_employed)
                         THEN 'HELD'
                       ELSE 'NOT_FOLLOWED_UP' END`;
const HELD: SplitSpec = { sql: HELD_SQL, categories: PLACEMENT_HELD };

const OPPORTUNITIES = 'opportunity o';
const MATCHES =
  'opportunity_match m JOIN opportunity o ON o.id = m.opportunity_id JOIN participant pt ON pt.id = m.participant_id';
const FOLLOW_UPS = `placement_follow_up f JOIN ${MATCHES} ON m.id = f.match_id`;

/** An agency's employer-work families; `prefix` is the agency's code (AF, MALMO, FK). */
export function employerWorkFamilies(prefix: string): Record<string, FamilySpec> {
  const placements = (point: PlacementPoint, name: string): FamilySpec => ({
    name,
    kind: 'FLOW',
    from: FOLLOW_UPS,
    date: 'f.due_on',
    where: `f.point = '${point}'`,
    person: 'f.id',
    onePerRow: true,
    splits: { PLACEMENT_HELD: HELD, GENDER, OPPORTUNITY_TYPE },
    shapes: shapesUpTo(['PLACEMENT_HELD', 'GENDER', 'OPPORTUNITY_TYPE'], 2),
  });
  const names = employerWorkFamilyNames(prefix);
  return {
    [names.acquired]: {
      name: names.acquired,
      kind: 'FLOW',
      from: OPPORTUNITIES,
      date: 'o.acquired_on',
      where: 'true',
      person: 'o.id',
      onePerRow: true,
      splits: { OPPORTUNITY_TYPE },
      shapes: shapesUpTo(['OPPORTUNITY_TYPE'], 1),
    },
    [names.filled]: {
      name: names.filled,
      kind: 'FLOW',
      from: OPPORTUNITIES,
      date: 'o.filled_on',
      where: 'o.filled_on IS NOT NULL',
      person: 'o.id',
      onePerRow: true,
      splits: { OPPORTUNITY_TYPE },
      shapes: shapesUpTo(['OPPORTUNITY_TYPE'], 1),
    },
    [names.matches]: {
      name: names.matches,
      kind: 'FLOW',
      from: MATCHES,
      date: 'm.proposed_on',
      where: 'true',
      person: 'm.id',
      onePerRow: true,
      splits: { MATCH_OUTCOME, GENDER, OPPORTUNITY_TYPE },
      shapes: shapesUpTo(['MATCH_OUTCOME', 'GENDER', 'OPPORTUNITY_TYPE'], 2),
    },
    [names.at3Months]: placements('THREE_MONTHS', names.at3Months),
    [names.at6Months]: placements('SIX_MONTHS', names.at6Months),
  };
}

export function employerWorkFamilyNames(prefix: string) {
  return {
    acquired: `${prefix}_OPPORTUNITIES_ACQUIRED`,
    filled: `${prefix}_OPPORTUNITIES_FILLED`,
    matches: `${prefix}_MATCHES`,
    at3Months: `${prefix}_PLACEMENTS_3_MONTHS`,
    at6Months: `${prefix}_PLACEMENTS_6_MONTHS`,
  };
}

/** The aggregate measures of employer work, the same at every agency that does it. */
export const EMPLOYER_WORK_MEASURES = [
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export type EmployerWorkMeasure = (typeof EMPLOYER_WORK_MEASURES)[number];

export function isEmployerWorkMeasure(measure: string): measure is EmployerWorkMeasure {
  return (EMPLOYER_WORK_MEASURES as readonly string[]).includes(measure);
}

function familyOf(prefix: string, measure: EmployerWorkMeasure): string {
  const names = employerWorkFamilyNames(prefix);
  switch (measure) {
    case 'OPPORTUNITIES_ACQUIRED':
      return names.acquired;
    case 'OPPORTUNITIES_FILLED':
      return names.filled;
    case 'MATCHES':
      return names.matches;
    case 'PLACEMENTS_AT_3_MONTHS':
      return names.at3Months;
    case 'PLACEMENTS_AT_6_MONTHS':
      return names.at6Months;
  }
}

/** An employer-work aggregate: the measure's family, grouped by at most two of the dimensions it offers (and MONTH). */
export async function employerWorkAggregate(
  source: FigureSource,
  prefix: string,
  measure: string,
  period: Period,
  groupBy: readonly string[],
): Promise<FigureTableView> {
  if (!isEmployerWorkMeasure(measure)) throw badInput(`${measure} is not a measure of employer work.`, 'measure');
  const name = familyOf(prefix, measure);
  const family = (await source.families())[name]!;
  const dims = checkGroupBy(groupBy, family, Object.keys(family.splits));
  return source.table(name, period, dims);
}

/** The report's employer-work tables of one agency: the same cells as every aggregate of the families. */
export async function employerWorkFigures(source: FigureSource, prefix: string, agency: string, period: Period) {
  const names = employerWorkFamilyNames(prefix);
  const [acquired, filled, matches, heldAt3Months, heldAt6Months] = await Promise.all([
    source.table(names.acquired, period, ['OPPORTUNITY_TYPE']),
    source.table(names.filled, period, ['OPPORTUNITY_TYPE']),
    source.table(names.matches, period, ['MATCH_OUTCOME', 'GENDER']),
    source.table(names.at3Months, period, ['PLACEMENT_HELD', 'GENDER']),
    source.table(names.at6Months, period, ['PLACEMENT_HELD', 'GENDER']),
  ]);
  return { agency, acquired, filled, matches, heldAt3Months, heldAt6Months };
}

/**
 * The employer-work figures for the staff who work in the programme as well
 * as the funder's analysts (the agency's EMPLOYER_WORK_FIGURES rule): the
 * same cells as the report's, from the same protected cube and published
 * copy; only the question of who may ask differs.
 */
export async function employerWorkFiguresFor<C extends string>(
  records: { gate: AccessGate<C>; ds: import('typeorm').DataSource; today: string },
  figures: AgencyFigures,
  prefix: string,
  periodText: string,
) {
  if (!(await records.gate.decideGeneral('EMPLOYER_WORK_FIGURES' as C)).granted) {
    throw userError(
      ErrorCode.FORBIDDEN,
      'The figures of employer work are for the funder and the staff who work in the programme.',
    );
  }
  return employerWorkFigures(figureSourceFor(records, figures), prefix, prefix, parsePeriod(periodText, records.today));
}

// ---------------------------------------------------------------------------
// The reference functions of the definitions (the definitions' tests run each
// agency's SQL against them on hand-made data).
// ---------------------------------------------------------------------------

const inPeriod = (date: string | null, period: Period, today: string) =>
  date !== null && date >= period.from && date < period.to && date <= today;

export interface OpportunityFacts {
  type: OpportunityType;
  acquiredOn: string;
  filledOn: string | null;
}

export interface PlacementFacts {
  gender: LegalGender;
  type: OpportunityType;
  status: MatchStatus;
  proposedOn: string;
  placementEndedOn: string | null;
  followUps: Array<{ point: PlacementPoint; dueOn: string; stillEmployed: boolean | null }>;
}

/** OPPORTUNITIES_ACQUIRED: acquired in the period (and by today). */
export function acquiredIn(o: OpportunityFacts, period: Period, today: string): boolean {
  return inPeriod(o.acquiredOn, period, today);
}

/** OPPORTUNITIES_FILLED: the last place taken in the period (and by today). */
export function filledIn(o: OpportunityFacts, period: Period, today: string): boolean {
  return inPeriod(o.filledOn, period, today);
}

/** MATCHES: proposed in the period (and by today); counted under where the match stands today. */
export function proposedIn(m: PlacementFacts, period: Period, today: string): boolean {
  return inPeriod(m.proposedOn, period, today);
}

/** PLACEMENTS_AT_3_MONTHS / _6_MONTHS: the placement's point is dated in the period (and by today), and whether it was held then; null when not counted. */
export function heldAt(m: PlacementFacts, point: PlacementPoint, period: Period, today: string): PlacementHeld | null {
  const f = m.followUps.find((x) => x.point === point);
  if (!f || !inPeriod(f.dueOn, period, today)) return null;
  if (f.stillEmployed === false || (m.placementEndedOn !== null && m.placementEndedOn <= f.dueOn)) return 'NOT_HELD';
  if (f.stillEmployed === true || m.followUps.some((l) => l.dueOn > f.dueOn && l.stillEmployed === true)) return 'HELD';
  return 'NOT_FOLLOWED_UP';
}
