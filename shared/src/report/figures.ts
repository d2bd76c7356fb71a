import { badInput } from '../errors';
import { daysBetween } from '../clock';
import { dateInPeriod, PROGRAMME, type Period } from './period';
import { ReportDimensionValues } from '../generated/enum-values';

/**
 * The figures of the programme report, as docs/REPORT-DEFINITIONS.md
 * defines them: one definition per figure, written once there and followed
 * here. The functions below are the reference for each definition (who is
 * counted, which date counts); the subgraphs compute the same in SQL over
 * their own facts, and only protected aggregates leave them.
 */

// ---------------------------------------------------------------------------
// Codes

/** Outcome at discharge (utskrivning), as AF records it. */
export const OUTCOMES = [
  'WORK_UNSUBSIDISED',
  'WORK_SUBSIDISED',
  'STUDIES',
  'REHAB_COOPERATION',
  'OTHER_INTERVENTION',
  'MOVED',
  'ENDED_OTHER',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes that count as work: unsubsidised, and subsidised (lönebidrag, nystartsjobb, ...). */
export const WORK_OUTCOMES: readonly Outcome[] = ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED'];
export const STUDIES_OUTCOMES: readonly Outcome[] = ['STUDIES'];
/** Work or studies: the funder's first goal. */
export const WORK_OR_STUDIES_OUTCOMES: readonly Outcome[] = [...WORK_OUTCOMES, ...STUDIES_OUTCOMES];
/** Rehabiliteringssamverkan AF/FK. */
export const REHAB_COOPERATION_OUTCOMES: readonly Outcome[] = ['REHAB_COOPERATION'];

/**
 * The outcome groups published as rows of their own beside the outcomes, in
 * the form `protectCounts` and `protectByPeriod` take (`rowGroups`), so that
 * a group and its parts are protected together.
 */
export const OUTCOME_GROUPS: Readonly<Record<'WORK' | 'WORK_OR_STUDIES', readonly Outcome[]>> = {
  WORK: WORK_OUTCOMES,
  WORK_OR_STUDIES: WORK_OR_STUDIES_OUTCOMES,
};

export const GENDERS = ['WOMAN', 'MAN', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Gender in the figures: legal gender, as the personnummer each agency holds
 * encodes it (the ninth digit of the ten-digit number, the eleventh of the
 * twelve: odd for a man, even for a woman). Every agency derives it from its
 * own records, so all four split their figures the same way and none asks
 * another; it is what SUS and official statistics split by.
 */
export const LEGAL_GENDERS = ['WOMAN', 'MAN'] as const;
export type LegalGender = (typeof LEGAL_GENDERS)[number];

/** The legal gender a 12-digit personnummer (or samordningsnummer) encodes. */
export function legalGenderOf(personnummer: string): LegalGender {
  const digit = Number(personnummer.charAt(10));
  if (!/^\d{12}$/.test(personnummer)) throw new Error('legalGenderOf: a 12-digit personnummer');
  return digit % 2 === 1 ? 'MAN' : 'WOMAN';
}

/** The same in SQL, over a column holding the 12-digit personnummer. */
export function legalGenderSql(column: string): string {
  return `CASE WHEN substr(${column}, 11, 1)::int % 2 = 1 THEN 'MAN' ELSE 'WOMAN' END`;
}

export const ENTRY_ROUTES = ['AF', 'SOCIAL_SERVICES', 'FK'] as const;
export type EntryRoute = (typeof ENTRY_ROUTES)[number];

/** Background as the evaluation split it: born outside Europe or not. */
export const BACKGROUNDS = ['BORN_IN_EUROPE', 'BORN_OUTSIDE_EUROPE'] as const;
export type Background = (typeof BACKGROUNDS)[number];

export function backgroundOf(bornOutsideEurope: boolean): Background {
  return bornOutsideEurope ? 'BORN_OUTSIDE_EUROPE' : 'BORN_IN_EUROPE';
}

/** Age bands, by age at enrolment. The programme is for people over 30; the first band holds everyone under 40. */
export const AGE_BANDS = ['AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

// ---------------------------------------------------------------------------
// Dimensions a flexible aggregate may be grouped by

/**
 * The only dimensions a flexible aggregate may be grouped by. Each puts
 * every counted person in exactly one category (INTERVENTION_TYPE is the
 * exception: a person with interventions of two types is counted under
 * both; see the document). OUTCOME applies to discharges only, with the
 * groups WORK and WORK_OR_STUDIES as rows of their own. MONTH is the month
 * of the figure's own date (enrolment for entries, discharge for exits).
 * OPPORTUNITY_TYPE, MATCH_OUTCOME and PLACEMENT_HELD are the employer
 * work's (report/employer-work.ts). The values are the common schema's
 * ReportDimension, in its order (shared/src/generated/enum-values.ts,
 * written by `npm run registry`).
 */
export const REPORT_DIMENSIONS = ReportDimensionValues;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** At most two dimensions per table: the protection covers a two-way table with its margins, over every period. */
export const MAX_DIMENSIONS = 2;

/** Checks a caller's groupBy: allowlisted, no repeats, at most two. Returns the dimensions in the allowlist's order. */
export function checkDimensions(groupBy: readonly string[]): ReportDimension[] {
  const known = new Set<string>(REPORT_DIMENSIONS);
  for (const d of groupBy) {
    if (!known.has(d))
      throw badInput(
        `"${String(d).slice(0, 40)}" is not a dimension a report can be grouped by. Use ${REPORT_DIMENSIONS.join(', ')}.`,
        'groupBy',
      );
  }
  if (new Set(groupBy).size !== groupBy.length) throw badInput('Each dimension can be named once.', 'groupBy');
  if (groupBy.length > MAX_DIMENSIONS)
    throw badInput(`A table can be grouped by at most ${MAX_DIMENSIONS} dimensions.`, 'groupBy');
  // One order for the same set, so that `gender, team` and `team, gender` are the same table.
  return REPORT_DIMENSIONS.filter((d) => groupBy.includes(d));
}

// ---------------------------------------------------------------------------
// Ages

/** Age in whole years on a date (someone born on 29 February has their birthday on 1 March in other years). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The age band of a person, by their age on the enrolment date (so it never changes while they take part). */
export function ageBand(birthDate: string, enrolledOn: string): AgeBand {
  const age = ageOn(birthDate, enrolledOn);
  if (age < 40) return 'AGE_30_39';
  if (age < 50) return 'AGE_40_49';
  if (age < 60) return 'AGE_50_59';
  return 'AGE_60_PLUS';
}

// ---------------------------------------------------------------------------
// Statistics

/** The middle value; for an even number of values, the mean of the two middle ones. Throws on no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values is not defined');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** How many of the values are at most `limitDays`. */
export function countWithin(days: readonly number[], limitDays: number): number {
  return days.filter((d) => d <= limitDays).length;
}

/** The share (0–1) of the values at most `limitDays`; null for no values. Unprotected: publish through `protectShare`. */
export function shareWithin(days: readonly number[], limitDays: number): number | null {
  return days.length === 0 ? null : countWithin(days, limitDays) / days.length;
}

/** "Within 6 months" and "within 12 months", in days from enrolment. */
export const WITHIN_6_MONTHS_DAYS = 183;
export const WITHIN_12_MONTHS_DAYS = 365;

// ---------------------------------------------------------------------------
// Who is counted: one function per definition

/** One person's participation, as the agency computing a figure recorded it. */
export interface ParticipationFacts {
  enrolledOn: string;
  dischargedOn: string | null;
  outcome: Outcome | null;
  entryRoute: EntryRoute;
}

/** Enrolled in the period: the enrolment date lies in it. */
export function enrolledIn(p: ParticipationFacts, period: Period): boolean {
  return dateInPeriod(p.enrolledOn, period);
}

/** Ongoing in the period: enrolled on or before its last day, and not discharged before its first day. */
export function ongoingIn(p: ParticipationFacts, period: Period): boolean {
  return p.enrolledOn < period.to && (p.dischargedOn === null || p.dischargedOn >= period.from);
}

/**
 * Ongoing on a day (the ongoing level): enrolled on or before the day and not
 * discharged before it (someone discharged that day is still counted that day).
 */
export function ongoingOn(p: ParticipationFacts, day: string): boolean {
  return p.enrolledOn <= day && (p.dischargedOn === null || p.dischargedOn >= day);
}

/** Discharged in the period: the discharge date lies in it. */
export function dischargedIn(p: ParticipationFacts, period: Period): boolean {
  return p.dischargedOn !== null && dateInPeriod(p.dischargedOn, period);
}

/** Discharged in the period with one of the outcomes. */
export function dischargedTo(p: ParticipationFacts, period: Period, outcomes: readonly Outcome[]): boolean {
  return dischargedIn(p, period) && p.outcome !== null && outcomes.includes(p.outcome);
}

/** An FK entry in the period: enrolled in it, by the entry route FK. */
export function fkEntryIn(p: ParticipationFacts, period: Period): boolean {
  return p.entryRoute === 'FK' && enrolledIn(p, period);
}

/** Days from enrolment to discharge, for those discharged to work or studies in the period; null for anyone else. */
export function daysToWorkOrStudies(p: ParticipationFacts, period: Period): number | null {
  if (!dischargedTo(p, period, WORK_OR_STUDIES_OUTCOMES)) return null;
  return daysBetween(p.enrolledOn, p.dischargedOn!);
}

/** One of an agency's interventions, as the agency recorded it. */
export interface InterventionFacts {
  type: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
}

/**
 * The intervention ran during the period: it started on or before the
 * period's last day (and by today) and had not ended before its first day.
 * A cancelled intervention never ran; one without a start date has not
 * started.
 */
export function interventionRanIn(i: InterventionFacts, period: Period, today: string): boolean {
  if (i.status === 'CANCELLED' || i.startDate === null) return false;
  return i.startDate < period.to && i.startDate <= today && (i.endDate === null || i.endDate >= period.from);
}

/** A period of social assistance (försörjningsstöd) as Malmö's social services recorded it; the end date is its last day. */
export interface AssistancePeriod {
  startDate: string;
  endDate: string | null;
}

/** Whether a period of social assistance covers the day (start ≤ day ≤ end, or still open). */
export function assistanceOn(periods: readonly AssistancePeriod[], day: string): boolean {
  return periods.some((a) => a.startDate <= day && (a.endDate === null || a.endDate >= day));
}

/**
 * The social-assistance figure for one person, from Malmö's own records:
 * `inPopulation` when discharged in the period (by Malmö's recorded
 * discharge date) with assistance on the enrolment date; `left` when, in
 * addition, no assistance covers the day after the discharge date.
 */
export function socialAssistanceOutcome(
  p: { enrolledOn: string; dischargedOn: string | null },
  periods: readonly AssistancePeriod[],
  period: Period,
): { inPopulation: boolean; left: boolean } {
  if (p.dischargedOn === null || !dateInPeriod(p.dischargedOn, period) || !assistanceOn(periods, p.enrolledOn))
    return { inPopulation: false, left: false };
  return { inPopulation: true, left: !assistanceOn(periods, nextDay(p.dischargedOn)) };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// Targets and progress

/** The figures that have a target in the application (utfallsmål 2025–2027). */
export type TargetedFigure =
  'TO_WORK_OR_STUDIES' | 'TO_REHAB_COOPERATION' | 'FK_ENTRIES' | 'SOCIAL_ASSISTANCE_LEFT' | 'ONGOING';

export type Target =
  /** A number of people over time: per calendar year, spread over the days of the year. */
  | { kind: 'FLOW'; perYear: Readonly<Record<number, number>> }
  /** A share (0–1) to reach or pass in any period. */
  | { kind: 'SHARE'; atLeast: number }
  /** A number of people to keep at or above in any period. */
  | { kind: 'LEVEL'; atLeast: number };

export const TARGETS: Readonly<Record<TargetedFigure, Target>> = {
  /** ≥ 1,200 by 2027: 350, 400, 450. */
  TO_WORK_OR_STUDIES: { kind: 'FLOW', perYear: { 2025: 350, 2026: 400, 2027: 450 } },
  /** ≥ 30 over the programme, counted as 10 a year. */
  TO_REHAB_COOPERATION: { kind: 'FLOW', perYear: { 2025: 10, 2026: 10, 2027: 10 } },
  /** 20 a year enrolled from FK. */
  FK_ENTRIES: { kind: 'FLOW', perYear: { 2025: 20, 2026: 20, 2027: 20 } },
  /** ≥ 45 % of those with försörjningsstöd at enrolment no longer have it at discharge. */
  SOCIAL_ASSISTANCE_LEFT: { kind: 'SHARE', atLeast: 0.45 },
  /** 1,200 ongoing participants (12 teams × 100). */
  ONGOING: { kind: 'LEVEL', atLeast: 1200 },
};

/**
 * The target for a period. A yearly target is spread evenly over the days
 * of its year, so a period's target is the sum, over the years it touches,
 * of that year's target times the share of the year's days it covers
 * (2025-T1: 350 × 120/365). A share or level target is the same in every
 * period.
 */
export function targetFor(figure: TargetedFigure, period: Period): number {
  const t = TARGETS[figure];
  return t.kind === 'FLOW' ? flowTarget(t.perYear, period.from, period.to) : t.atLeast;
}

export interface Progress {
  /** The target for the whole period. */
  target: number;
  /** For a number over time: the part of the target due by today (all of it once the period is over). Else the target. */
  dueByToday: number;
  /** The published value over the target; null when the value is withheld. */
  progress: number | null;
  /** Whether the published value has reached what is due by today; null when withheld. */
  onTrack: boolean | null;
}

/**
 * Progress of a published figure against its target. It takes the
 * published (rounded) value, never the exact one: a progress ratio computed
 * from the exact count would give the exact count back.
 */
export function progressOf(
  figure: TargetedFigure,
  published: { value: number | null },
  period: Period,
  today: string,
): Progress {
  const t = TARGETS[figure];
  const target = targetFor(figure, period);
  const dueByToday =
    t.kind === 'FLOW' ? flowTarget(t.perYear, period.from, minDate(period.to, nextDay(today))) : target;
  if (published.value === null) return { target, dueByToday, progress: null, onTrack: null };
  return {
    target,
    dueByToday,
    progress: target > 0 ? published.value / target : null,
    onTrack: published.value >= dueByToday,
  };
}

/**
 * Whether a targeted figure is on track, decided on its true value inside
 * the subgraph that owns it: a number over time when the true count has
 * reached what is due by today; a share or a level when the true value is
 * at the target or above. Only the yes/no leaves the subgraph, and only when
 * the figure's own value is published (a withheld figure has no verdict).
 * Deciding on the rounded value instead would call 348 of a due 350
 * "on track" when rounded to 350, and 352 of a due 353 not.
 */
export function onTrackOf(
  figure: TargetedFigure,
  trueValue: number | null,
  published: { value: number | null },
  period: Period,
  today: string,
): boolean | null {
  if (trueValue === null || published.value === null) return null;
  return trueValue >= progressOf(figure, { value: 0 }, period, today).dueByToday;
}

function flowTarget(perYear: Readonly<Record<number, number>>, from: string, to: string): number {
  let sum = 0;
  for (let y = PROGRAMME.firstYear; y <= PROGRAMME.lastYear; y++) {
    const yFrom = `${y}-01-01`;
    const yTo = `${y + 1}-01-01`;
    const days = daysBetween(maxDate(from, yFrom), minDate(to, yTo));
    if (days > 0) sum += (perYear[y] ?? 0) * (days / daysBetween(yFrom, yTo));
  }
  return sum;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
