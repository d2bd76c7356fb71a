import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import {
  AGENCIES,
  AGENCY_NAMES,
  badInput,
  checkOrganisationNumber,
  isParticipantId,
  parsePeriod,
  progressOf,
  today,
  type AccessLogEntryView,
  type Agency,
  type TargetedFigure,
} from '@malmokraften/shared';
import { agenciesOf, agencyParts, generatedSchema } from './agency-parts';
import { employerWorkTypeDefs, withEmployerWork } from './employer-work';
import { fetchedParts } from './parts';

export const PLAN_SUBGRAPH = 'plan';
export const DIRECTORY_SUBGRAPH = 'directory';

export interface Officer {
  id: string;
  name: string;
  role: string;
  agency: Agency;
}
export interface Intervention {
  id: string;
  agency: Agency;
  type: string;
  title: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  extentPercent: number | null;
  responsibleOfficer: Officer | null;
}
export interface Notice {
  agency: Agency;
  code: string;
  message: string;
}
export interface Part {
  agency: Agency;
  withheld: Notice | null;
  interventions: Intervention[];
  responsibleOfficers: Officer[];
}

/** Shown when an agency's part did not arrive (service down or slow). */
export function unavailableNotice(agency: Agency): Notice {
  return {
    agency,
    code: 'UNAVAILABLE',
    message: `${AGENCY_NAMES[agency]} could not be reached just now; its part of the plan is missing. Try again shortly.`,
  };
}

const OPEN_END = '9999-12-31';
const ACTIVE = new Set(['PLANNED', 'ONGOING', 'COMPLETED']);

/** At most this many ids of the interventions that run in parallel with one; `count` says how many there are. */
export const PARALLEL_IDS = 10;
/** The most items one answer of a plan holds (`items(first:)`); a larger plan is read in pages. */
export const MAX_PLAN_PAGE = 500;

export interface ParallelMark {
  count: number;
  ids: string[];
}

/** How many of the sorted strings are at most `value` (`strict`: below it). */
function countUpTo(sorted: string[], value: string, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? sorted[mid]! < value : sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each intervention of a plan in plan order (by start date, undated
 * last), the interventions of other agencies that overlap it in time, both
 * planned, ongoing or completed: how many (counted in O(n log n): those
 * that start by its end less those that ended before its start, less the
 * same for its own agency) and the first PARALLEL_IDS of them in plan order.
 * The answer grows with the plan, not with its square.
 */
export function parallelMarks(items: readonly Intervention[]): ParallelMark[] {
  const dated = (i: Intervention) => ACTIVE.has(i.status) && i.startDate !== null;
  const starts = new Map<string, string[]>();
  const ends = new Map<string, string[]>();
  for (const i of items) {
    if (!dated(i)) continue;
    for (const key of ['*', i.agency]) {
      (starts.get(key) ?? starts.set(key, []).get(key)!).push(i.startDate!);
      (ends.get(key) ?? ends.set(key, []).get(key)!).push(i.endDate ?? OPEN_END);
    }
  }
  for (const list of [...starts.values(), ...ends.values()]) list.sort();
  const overlapping = (key: string, start: string, end: string) =>
    countUpTo(starts.get(key) ?? [], end) - countUpTo(ends.get(key) ?? [], start, true);
  return items.map((item, at) => {
    if (!dated(item)) return { count: 0, ids: [] };
    const start = item.startDate!;
    const end = item.endDate ?? OPEN_END;
    const count = overlapping('*', start, end) - overlapping(item.agency, start, end);
    const ids: string[] = [];
    // In plan order, dated ones by start: none after the first that starts after this one ends.
    for (let j = 0; j < items.length && ids.length < Math.min(count, PARALLEL_IDS); j++) {
      const other = items[j]!;
      if (other.startDate === null || other.startDate > end) break;
      if (j !== at && dated(other) && other.agency !== item.agency && (other.endDate ?? OPEN_END) >= start)
        ids.push(other.id);
    }
    return { count, ids };
  });
}

/**
 * Merges the parts into one plan: one list ordered by start date, with the
 * interventions of other agencies that run at the same time. It adds
 * nothing an agency did not release. `items` holds the whole plan; the
 * field `JointPlan.items` answers it a page at a time. `from` are the
 * agencies that serve a part (all of them unless said): one of them whose
 * part is missing is named as not reached.
 */
export function composeJointPlan(
  parts: Partial<Record<Agency, Part | null | undefined>>,
  from: readonly Agency[] = AGENCIES,
) {
  const withheld: Notice[] = [];
  const items: Intervention[] = [];
  const officers: Officer[] = [];
  for (const agency of from) {
    const part = parts[agency];
    if (!part) {
      withheld.push(unavailableNotice(agency));
      continue;
    }
    if (part.withheld) withheld.push(part.withheld);
    items.push(...part.interventions);
    officers.push(...part.responsibleOfficers);
  }
  items.sort(
    (a, b) =>
      (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') ||
      a.agency.localeCompare(b.agency) ||
      a.id.localeCompare(b.id),
  );
  const marks = parallelMarks(items);
  // Released by at least one agency: only then is the plan's size something to tell (an analyst, withheld everywhere, gets null).
  const released = from.some((a) => parts[a] && !parts[a].withheld);
  return {
    items: items.map((intervention, i) => ({ intervention, parallel: marks[i]!, parallelWith: marks[i]!.ids })),
    itemCount: released ? items.length : null,
    withheld,
    responsibleOfficers: officers,
  };
}

export type JointPlanView = ReturnType<typeof composeJointPlan>;

/**
 * One page of a plan's items: at most `first` (1 to MAX_PLAN_PAGE, default
 * MAX_PLAN_PAGE), from the one after the intervention `after`.
 */
export function planPage(
  plan: JointPlanView,
  first: number | null | undefined,
  after: string | null | undefined,
): JointPlanView['items'] {
  const size = first ?? MAX_PLAN_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PLAN_PAGE)
    throw badInput(`first must be from 1 to ${MAX_PLAN_PAGE}.`, 'first');
  let from = 0;
  if (after !== null && after !== undefined) {
    const at = plan.items.findIndex((i) => i.intervention.id === after);
    if (at < 0) throw badInput('after names no intervention of this plan; ask for the first page again.', 'after');
    from = at + 1;
  }
  return plan.items.slice(from, from + size);
}

export interface MappingPart {
  agency: Agency;
  withheld: Notice | null;
  situation: string | null;
  abilities: string | null;
  wishes: string | null;
  obstacles: string | null;
  recordedAt: string | null;
  version: number | null;
}

/**
 * The joint mapping: the perspectives the agencies released, side by side
 * in a fixed order, and a notice for every agency that withheld its
 * perspective or could not be reached. It adds nothing and merges no text.
 */
export function composeJointMapping(
  parts: Partial<Record<Agency, MappingPart | null | undefined>>,
  from: readonly Agency[] = AGENCIES,
) {
  const withheld: Notice[] = [];
  const perspectives: MappingPart[] = [];
  for (const agency of from) {
    const part = parts[agency];
    if (!part) withheld.push(unavailableNotice(agency));
    else if (part.withheld) withheld.push(part.withheld);
    else perspectives.push(part);
  }
  return { perspectives, withheld };
}

/** An agency's entry as its part carries it (JSON: the instant as text). */
export type LogEntry = Omit<AccessLogEntryView, 'at' | 'requestId'> & { at: string };
export interface LogPart {
  agency: Agency;
  withheld: Notice | null;
  entries: LogEntry[];
}

/** Merges the agencies' access-log parts, newest first. */
export function composeAccessLog(
  parts: Partial<Record<Agency, LogPart | null | undefined>>,
  from: readonly Agency[] = AGENCIES,
) {
  const withheld: Notice[] = [];
  const entries: LogEntry[] = [];
  for (const agency of from) {
    const part = parts[agency];
    if (!part) withheld.push(unavailableNotice(agency));
    else if (part.withheld) withheld.push(part.withheld);
    else entries.push(...part.entries);
  }
  entries.sort((a, b) => b.at.localeCompare(a.at) || a.agency.localeCompare(b.agency));
  return { entries, withheld };
}

interface PublishedFigure {
  value: number | null;
  withheld: string | null;
}
export interface TargetPart {
  figure: TargetedFigure;
  value: PublishedFigure;
  target: number;
  dueByToday: number;
  progress: number | null;
  onTrack: boolean | null;
  byGender: Array<{ group: string; value: PublishedFigure }>;
  minimum: PublishedFigure | null;
}
/** A report as the gateway hands it over: its period and each agency's targets (`afTargets`), as agency-parts.ts finds them. */
export interface ReportRepresentation {
  period: string;
  [part: string]: unknown;
}

const MISSING: PublishedFigure = { value: null, withheld: null };
const TARGET_ORDER: TargetedFigure[] = [
  'TO_WORK_OR_STUDIES',
  'TO_REHAB_COOPERATION',
  'FK_ENTRIES',
  'SOCIAL_ASSISTANCE_LEFT',
  'ONGOING',
];

/**
 * The targets in one list, in the application's order, as the agencies
 * that own the figures set them (value, progress, and on track or not,
 * decided there on the true values). A figure whose agency could not be
 * reached has no value and no verdict; its target still shows.
 */
export function composeTargets(r: ReportRepresentation): TargetPart[] {
  const fields = agencyParts('Report', 'Targets');
  const parts = fetchedParts<Agency, TargetPart[]>(r, fields, 'targets');
  const given = new Map(
    agenciesOf(fields)
      .flatMap((a) => parts[a] ?? [])
      .map((t) => [t.figure, t] as const),
  );
  const period = parsePeriod(r.period);
  return TARGET_ORDER.map((figure) => {
    const t = given.get(figure);
    if (t) return t;
    const p = progressOf(figure, MISSING, period, today());
    return {
      figure,
      value: MISSING,
      target: p.target,
      dueByToday: p.dueByToday,
      progress: null,
      onTrack: null,
      byGender: [],
      minimum: null,
    };
  });
}

/** A team as the gateway hands it over: its id and each agency's list of its people (`afCaseloadIds`). */
export interface TeamRepresentation {
  id: string;
  [part: string]: unknown;
}

const TEAM_ID = /^T[0-9]{2}$/;

/**
 * A team's caseload from the agencies' lists. AF enrols and discharges, so
 * its list (oldest enrolment first) is the caseload whenever it arrived.
 * Without it (AF down) the caseload is every person another agency has on
 * the team, in id order, so that the team still sees the rest of each
 * plan; it may then hold someone AF has already discharged. Each agency
 * decided itself whether the caller may see its list.
 */
export function composeCaseload(t: TeamRepresentation, first: number | null | undefined): Array<{ id: string }> {
  const limit = first ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput('first must be from 1 to 1000.', 'first');
  const fields = agencyParts('Team', 'CaseloadIds');
  const lists = fetchedParts<Agency, string[]>(t, fields, 'caseload');
  const others = agenciesOf(fields).filter((a) => a !== 'AF');
  const ids = lists.AF ?? [...new Set(others.flatMap((a) => lists[a] ?? []))].sort();
  return ids.slice(0, limit).map((id) => ({ id }));
}

/** A participant as the gateway hands it over: its id and each agency's parts (`afPlanPart`, `afAccessLog`, `afMapping`). */
type Representation = { id: string; [part: string]: unknown };

/** The in-gateway subgraph that composes the plan (and employer work) from what the agencies released. */
export function buildPlanSchema(): GraphQLSchema {
  // Where each agency's part of the plan, of the access log and of the joint mapping is in a participant's representation.
  const plan = agencyParts('Participant', 'PlanPart');
  const log = agencyParts('Participant', 'AccessLog');
  const mapping = agencyParts('Participant', 'Mapping');
  return buildSubgraphSchema({
    // Employer work (employer-work.ts) is composed here too.
    typeDefs: parse(planTypeDefs()),
    resolvers: withEmployerWork({
      Team: {
        __resolveReference: (ref: { id: string }) => ref,
      },
      Participant: {
        __resolveReference: (ref: Representation) => ref,
        jointPlan: (ref: Representation) =>
          composeJointPlan(fetchedParts<Agency, Part>(ref, plan, 'jointPlan'), agenciesOf(plan)),
        accessLogExtract: (ref: Representation) =>
          composeAccessLog(fetchedParts<Agency, LogPart>(ref, log, 'accessLogExtract'), agenciesOf(log)),
        jointMapping: (ref: Representation) =>
          composeJointMapping(fetchedParts<Agency, MappingPart>(ref, mapping, 'jointMapping'), agenciesOf(mapping)),
      },
      JointPlan: {
        items: (plan: JointPlanView, { first, after }: { first?: number | null; after?: string | null }) =>
          planPage(plan, first, after),
      },
      Report: {
        __resolveReference: (ref: ReportRepresentation) => ref,
        targets: (ref: ReportRepresentation) => composeTargets(ref),
      },
    }) as never,
  });
}

/** The in-gateway subgraph of entry points: a participant, a team and its caseload, an employer. */
export function buildDirectorySchema(): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(directoryTypeDefs()),
    resolvers: {
      Query: {
        participant: (_p: unknown, { id }: { id: string }) => {
          if (!isParticipantId(id)) throw badInput('A participant id looks like P-XXXXXXXX.', 'id');
          return { id };
        },
        team: (_p: unknown, { id }: { id: string }) => {
          if (!TEAM_ID.test(id)) throw badInput('A team id looks like T01.', 'id');
          return { id };
        },
        employer: (_p: unknown, { organisationNumber }: { organisationNumber: string }) => ({
          organisationNumber: checkOrganisationNumber(organisationNumber),
        }),
        // The period in its canonical form (a bad one is refused here, once); each agency checks who may see its figures.
        programmeReport: (_p: unknown, { period }: { period: string }) => ({
          period: parsePeriod(period, today()).label,
        }),
      },
      Report: { __resolveReference: (ref: { period: string }) => ({ period: ref.period }) },
      Participant: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Employer: {
        __resolveReference: (ref: { organisationNumber: string }) => ({ organisationNumber: ref.organisationNumber }),
      },
      Team: {
        __resolveReference: (ref: TeamRepresentation) => ref,
        caseload: (t: TeamRepresentation, { first }: { first?: number | null }) => composeCaseload(t, first),
      },
    },
  });
}

const COMMON_SDL = () => readFileSync(path.join(__dirname, '../../shared/schema/common.graphql'), 'utf8');

export function planTypeDefs(): string {
  return [COMMON_SDL(), generatedSchema('schema.graphql'), employerWorkTypeDefs()].join('\n');
}

export function directoryTypeDefs(): string {
  return generatedSchema('directory.graphql');
}

/** The subgraphs the gateway runs in its own process, by name, with their schemas' type definitions and builders. */
export const LOCAL_SUBGRAPHS = {
  [DIRECTORY_SUBGRAPH]: { typeDefs: directoryTypeDefs, build: buildDirectorySchema },
  [PLAN_SUBGRAPH]: { typeDefs: planTypeDefs, build: buildPlanSchema },
} as const;
