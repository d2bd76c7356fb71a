import { AGENCY_NAMES, badInput, endOfWeek, isParticipantId, today, type Agency } from '@malmokraften/shared';
import { agenciesOf, agencyParts, generatedSchema, type PartFields } from './agency-parts';
import { fetchedParts } from './parts';

/**
 * Employer work, composed in the plan subgraph inside the gateway process
 * (README, "Employer work"). Every input is what an agency released to the
 * caller under its own rules: facts about the person for matching, each
 * agency's open opportunities, the person's matches. Nothing here decides
 * access, reads a database or stores anything; a fact an agency withheld
 * never arrives, so it cannot move a rank.
 */

export interface Notice {
  agency: Agency;
  code: string;
  message: string;
}

/** Shown when an agency's part did not arrive. */
function unavailable(agency: Agency): Notice {
  return {
    agency,
    code: 'UNAVAILABLE',
    message: `${AGENCY_NAMES[agency]} could not be reached just now; its part is missing. Try again shortly.`,
  };
}

export interface Opportunity {
  id: string;
  agency: Agency;
  employerOrganisationNumber: string;
  employerName: string;
  type: string;
  title: string;
  occupation: string;
  hoursPercent: number;
  startDate: string | null;
  area: string;
  swedishLevel: string;
  drivingLicence: boolean;
  acquiredOn: string;
  [more: string]: unknown;
}

export interface MatchingFacts {
  agency: Agency;
  goal: 'WORK' | 'STUDIES' | null;
  goalDescription: string | null;
  swedishLevel: string | null;
  drivingLicence: boolean | null;
  hoursPercent: number | null;
  workCapacityPercent: number | null;
  area: string | null;
  occupations: string[];
  studiesSwedish: boolean | null;
}

export interface FollowUp {
  id: string;
  point: string;
  dueOn: string;
  doneOn: string | null;
  closed: boolean;
  [more: string]: unknown;
}

export interface Match {
  id: string;
  agency: Agency;
  participantId: string;
  opportunity: Opportunity;
  status: string;
  proposedOn: string;
  followUps: FollowUp[];
  [more: string]: unknown;
}

export interface MatchList {
  agency: Agency;
  withheld: Notice | null;
  matches: Match[];
}

// ---------------------------------------------------------------------------
// The ranking
// ---------------------------------------------------------------------------

export type MatchFact =
  'GOAL' | 'OCCUPATIONS' | 'SWEDISH_LEVEL' | 'DRIVING_LICENCE' | 'HOURS' | 'WORK_CAPACITY' | 'AREA' | 'SWEDISH_STUDIES';

/** A fact about the person and the agency that released it. */
interface Known<T> {
  value: T;
  agency: Agency;
}

/** The person as the caller may see them, merged from every agency's released facts; a fact nobody released is absent. */
export interface PersonFacts {
  goal?: Known<'WORK' | 'STUDIES'>;
  occupations?: Known<string[]>;
  swedishLevel?: Known<string>;
  drivingLicence?: Known<boolean>;
  hoursPercent?: Known<number>;
  workCapacityPercent?: Known<number>;
  area?: Known<string>;
  studiesSwedish?: Known<boolean>;
}

export interface Reason {
  code: string;
  points: number;
  agency: Agency;
  detail: string | null;
}

/**
 * One criterion of fit: from the facts the caller may see and one
 * opportunity, the reasons it counts (none when its facts are unknown).
 * The joint mapping's abilities and wishes, once the agencies release them,
 * become facts of PersonFacts and criteria of their own here.
 */
export type Criterion = (facts: PersonFacts, o: Opportunity) => Reason[];

const reason = (code: string, points: number, fact: Known<unknown>, detail: string | null = null): Reason => ({
  code,
  points,
  agency: fact.agency,
  detail,
});

const JOBS = new Set(['JOB', 'SUBSIDISED_JOB']);
const STEPS_TO_WORK = new Set(['WORK_TRAINING', 'INTERNSHIP', 'LANGUAGE_PRACTICE']);
const BESIDE_STUDIES = new Set(['LANGUAGE_PRACTICE', 'INTERNSHIP']);
const SWEDISH_ORDER = ['NONE', 'BASIC', 'INTERMEDIATE', 'FLUENT'];

const words = (text: string) => text.toLowerCase().normalize('NFC');

export const CRITERIA: Readonly<Record<string, Criterion>> = {
  goal: ({ goal }, o) => {
    if (!goal) return [];
    if (goal.value === 'WORK') {
      if (JOBS.has(o.type)) return [reason('GOAL_WORK', 3, goal)];
      if (STEPS_TO_WORK.has(o.type)) return [reason('GOAL_WORK_STEP', 1, goal)];
      return [];
    }
    if (BESIDE_STUDIES.has(o.type)) return [reason('GOAL_STUDIES', 1, goal)];
    return JOBS.has(o.type) ? [reason('GOAL_DIFFERS', -2, goal)] : [];
  },
  occupation: ({ occupations }, o) => {
    if (!occupations) return [];
    const where = `${words(o.occupation)} ${words(o.title)}`;
    const hit = occupations.value.find((w) => w.trim() !== '' && where.includes(words(w.trim())));
    return hit ? [reason('OCCUPATION_WISHED', 4, occupations, hit)] : [];
  },
  hours: ({ hoursPercent, workCapacityPercent }, o) => {
    if (workCapacityPercent && o.hoursPercent > workCapacityPercent.value)
      return [reason('HOURS_ABOVE_CAPACITY', -5, workCapacityPercent, `${workCapacityPercent.value} %`)];
    if (hoursPercent && o.hoursPercent > hoursPercent.value)
      return [reason('HOURS_ABOVE_WISH', -2, hoursPercent, `${hoursPercent.value} %`)];
    // Within both limits the caller may see: the tighter one is the reason.
    const limits = [hoursPercent, workCapacityPercent]
      .filter((k): k is Known<number> => k !== undefined)
      .sort((a, b) => a.value - b.value);
    return limits[0] ? [reason('HOURS_WITHIN', 2, limits[0], `${limits[0].value} %`)] : [];
  },
  swedish: ({ swedishLevel }, o) => {
    if (!swedishLevel || o.swedishLevel === 'NONE') return [];
    const have = SWEDISH_ORDER.indexOf(swedishLevel.value);
    const need = SWEDISH_ORDER.indexOf(o.swedishLevel);
    return have >= need
      ? [reason('SWEDISH_ENOUGH', 1, swedishLevel, swedishLevel.value)]
      : [reason('SWEDISH_BELOW', -3, swedishLevel, swedishLevel.value)];
  },
  swedishStudies: ({ studiesSwedish }, o) =>
    studiesSwedish?.value && o.type === 'LANGUAGE_PRACTICE'
      ? [reason('LANGUAGE_PRACTICE_BESIDE_SFI', 3, studiesSwedish)]
      : [],
  licence: ({ drivingLicence }, o) => {
    if (!drivingLicence || !o.drivingLicence) return [];
    return drivingLicence.value
      ? [reason('LICENCE_HELD', 1, drivingLicence)]
      : [reason('LICENCE_MISSING', -5, drivingLicence)];
  },
  area: ({ area, drivingLicence }, o) => {
    if (area && area.value === o.area) return [reason('SAME_AREA', 2, area, area.value)];
    if (o.area === 'OUTSIDE_MALMO' && drivingLicence && !drivingLicence.value)
      return [reason('OUTSIDE_MALMO_WITHOUT_LICENCE', -1, drivingLicence)];
    return [];
  },
};

/** The facts every agency released, merged: each taken from the agency that released it (AF, Malmö stad, FK in turn). */
export function mergeFacts(parts: ReadonlyArray<MatchingFacts | null | undefined>): PersonFacts {
  const out: PersonFacts = {};
  const take = <K extends keyof PersonFacts>(
    key: K,
    value: NonNullable<PersonFacts[K]>['value'] | null | undefined,
    agency: Agency,
  ) => {
    if (value === null || value === undefined || out[key]) return;
    (out as Record<string, Known<unknown>>)[key] = { value, agency };
  };
  for (const f of parts) {
    if (!f) continue;
    take('goal', f.goal, f.agency);
    take('occupations', f.occupations.length > 0 ? f.occupations : null, f.agency);
    take('swedishLevel', f.swedishLevel, f.agency);
    take('drivingLicence', f.drivingLicence, f.agency);
    take('hoursPercent', f.hoursPercent, f.agency);
    take('workCapacityPercent', f.workCapacityPercent, f.agency);
    take('area', f.area, f.agency);
    take('studiesSwedish', f.studiesSwedish, f.agency);
  }
  return out;
}

const FACT_NAMES: Record<keyof PersonFacts, MatchFact> = {
  goal: 'GOAL',
  occupations: 'OCCUPATIONS',
  swedishLevel: 'SWEDISH_LEVEL',
  drivingLicence: 'DRIVING_LICENCE',
  hoursPercent: 'HOURS',
  workCapacityPercent: 'WORK_CAPACITY',
  area: 'AREA',
  studiesSwedish: 'SWEDISH_STUDIES',
};

/** The facts the ranking rested on, and whose they are. */
export function basisOf(facts: PersonFacts): Array<{ fact: MatchFact; agency: Agency }> {
  return (Object.keys(FACT_NAMES) as Array<keyof PersonFacts>)
    .filter((k) => facts[k] !== undefined)
    .map((k) => ({ fact: FACT_NAMES[k], agency: facts[k]!.agency }));
}

export interface Ranked {
  opportunity: Opportunity;
  score: number;
  reasons: Reason[];
}

/**
 * The opportunities ranked by fit: the sum of every criterion's points,
 * best first; among equals the one that starts first (unset last), then
 * the newest, then by id, so the order is the same on every call.
 */
export function rankOpportunities(
  facts: PersonFacts,
  opportunities: readonly Opportunity[],
  criteria: readonly Criterion[] = Object.values(CRITERIA),
): Ranked[] {
  const ranked = opportunities.map((o) => {
    const reasons = criteria.flatMap((c) => c(facts, o));
    return { opportunity: o, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.opportunity.startDate ?? '9999-12-31').localeCompare(b.opportunity.startDate ?? '9999-12-31') ||
      b.opportunity.acquiredOn.localeCompare(a.opportunity.acquiredOn) ||
      a.opportunity.id.localeCompare(b.opportunity.id),
  );
}

// ---------------------------------------------------------------------------
// The composed fields
// ---------------------------------------------------------------------------

type Parts<T> = Partial<Record<string, T | null>>;

/**
 * The agencies that serve a part of employer work on a type, and where:
 * those whose schema serves it (agency-parts.ts), so an agency that does
 * no employer work (Region Skåne) is neither asked nor named as missing.
 */
const served = (type: 'Participant' | 'Team' | 'Employer', suffix: string): PartFields => agencyParts(type, suffix);

/** Each serving agency's part, in the registry's order. */
function parts<T>(ref: Parts<T>, fields: PartFields): Array<[Agency, T | null | undefined]> {
  return agenciesOf(fields).map((a) => [a, ref[fields[a]!]]);
}

/** Refuses a composed field whose parts the gateway did not fetch (see parts.ts); returns the representation. */
function fetched<R extends object>(
  ref: R,
  type: 'Participant' | 'Team' | 'Employer',
  suffixes: readonly string[],
  field: string,
): R {
  for (const suffix of suffixes) fetchedParts(ref, served(type, suffix), field);
  return ref;
}

export function composeRanking(ref: Parts<unknown>, first: number | null | undefined) {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('first must be from 1 to 100.', 'first');
  const facts = mergeFacts(
    parts(ref as Parts<MatchingFacts>, served('Participant', 'MatchingFacts')).map(([, f]) => f),
  );
  const matched = new Set<string>();
  for (const [a, list] of parts(ref as Parts<MatchList>, served('Participant', 'Matches')))
    for (const m of list?.matches ?? []) matched.add(`${a}:${m.opportunity.id}`);
  const opportunities: Opportunity[] = [];
  const missing: Notice[] = [];
  for (const [a, list] of parts(ref as Parts<Opportunity[]>, served('Participant', 'OpenOpportunities'))) {
    if (!list) missing.push(unavailable(a));
    else opportunities.push(...list.filter((o) => !matched.has(`${a}:${o.id}`)));
  }
  const ranked = rankOpportunities(facts, opportunities);
  return { items: ranked.slice(0, limit), count: ranked.length, basis: basisOf(facts), unavailable: missing };
}

export function composeEmployerWork(ref: Parts<unknown>) {
  const matches: Match[] = [];
  const withheld: Notice[] = [];
  for (const [a, list] of parts(ref as Parts<MatchList>, served('Participant', 'Matches'))) {
    if (!list) withheld.push(unavailable(a));
    else if (list.withheld) withheld.push(list.withheld);
    else matches.push(...list.matches);
  }
  matches.sort(
    (x, y) => y.proposedOn.localeCompare(x.proposedOn) || x.agency.localeCompare(y.agency) || x.id.localeCompare(y.id),
  );
  const placements = matches.filter((m) => m.status === 'HIRED');
  const weekEnd = endOfWeek(today());
  const dueFollowUps = placements
    .flatMap((m) =>
      m.followUps
        .filter((f) => !f.doneOn && !f.closed && f.dueOn <= weekEnd)
        .map((f) => ({
          agency: m.agency,
          participantId: m.participantId,
          matchId: m.id,
          followUpId: f.id,
          point: f.point,
          dueOn: f.dueOn,
          opportunityTitle: m.opportunity.title,
          employerName: m.opportunity.employerName,
        })),
    )
    .sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.matchId.localeCompare(y.matchId));
  return { matches, placements, dueFollowUps, withheld };
}

interface DueFollowUp {
  agency: Agency;
  participantId: string;
  dueOn: string;
  point: string;
  followUpId: string;
}

export function composeDueFollowUps(ref: Parts<DueFollowUp[]>) {
  const items: DueFollowUp[] = [];
  const missing: Notice[] = [];
  for (const [a, list] of parts(ref, served('Team', 'PlacementFollowUpsDue'))) {
    if (!list) missing.push(unavailable(a));
    else items.push(...list);
  }
  items.sort(
    (x, y) =>
      x.dueOn.localeCompare(y.dueOn) ||
      x.participantId.localeCompare(y.participantId) ||
      x.followUpId.localeCompare(y.followUpId),
  );
  return { items, unavailable: missing };
}

interface EmployerRecord {
  agency: Agency;
  name: string;
  opportunities: Opportunity[];
}

function records(ref: Parts<EmployerRecord>): EmployerRecord[] {
  return parts(ref, served('Employer', 'Employer'))
    .map(([, r]) => r)
    .filter((r): r is EmployerRecord => !!r);
}

export function employerWorkTypeDefs(): string {
  return generatedSchema('employer-work.graphql');
}

/** The plan subgraph's resolvers of employer work, merged into buildPlanSchema's. */
export const employerWorkResolvers = {
  Employer: {
    __resolveReference: (ref: Parts<EmployerRecord> & { organisationNumber: string }) => ref,
    records: (ref: Parts<EmployerRecord>) => records(fetched(ref, 'Employer', ['Employer'], 'records')),
    name: (ref: Parts<EmployerRecord>) => records(fetched(ref, 'Employer', ['Employer'], 'name'))[0]?.name ?? null,
    opportunities: (ref: Parts<EmployerRecord>) =>
      records(fetched(ref, 'Employer', ['Employer'], 'opportunities'))
        .flatMap((r) => r.opportunities)
        .sort((a, b) => b.acquiredOn.localeCompare(a.acquiredOn) || a.id.localeCompare(b.id)),
  },
  Participant: {
    opportunityRanking: (ref: Parts<unknown> & { id: string }, { first }: { first?: number | null }) => {
      if (!isParticipantId(ref.id)) throw badInput('A participant id looks like P-XXXXXXXX.', 'id');
      return composeRanking(
        fetched(ref, 'Participant', ['MatchingFacts', 'OpenOpportunities', 'Matches'], 'opportunityRanking'),
        first,
      );
    },
    employerWork: (ref: Parts<unknown>) =>
      composeEmployerWork(fetched(ref, 'Participant', ['Matches'], 'employerWork')),
  },
  Team: {
    placementFollowUpsDue: (ref: Parts<DueFollowUp[]>) =>
      composeDueFollowUps(fetched(ref, 'Team', ['PlacementFollowUpsDue'], 'placementFollowUpsDue')),
  },
};

/** The plan's resolvers with those of employer work added, type by type. */
export function withEmployerWork<R extends Record<string, object>>(resolvers: R): Record<string, object> {
  const out: Record<string, object> = { ...resolvers };
  for (const [type, fields] of Object.entries(employerWorkResolvers)) out[type] = { ...(out[type] ?? {}), ...fields };
  return out;
}
