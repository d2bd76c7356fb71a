import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { Agency } from '../caller';
import { appendAuditEntries } from '../audit/writer';
import { addDays, today as clockToday } from '../clock';
import { badInput, ErrorCode, notAvailable, userError } from '../errors';
import type { AccessGate } from './gate';
import { IdempotentWrite, KeyAlreadyClaimed } from './idempotency';
import { checkVersion } from './interventions';
import { AGENCY_NAMES } from '../agencies';
import { auditedWrite } from './audited-write';
import { withheldNotice, type WithheldNotice } from './withheld';
import { checkDate, checkText, CODE_POINTS_PER_CHARACTER, isParticipantId, luhnValid } from './validate';
import {
  DeclineReasonValues,
  EmployerSectorValues,
  FollowUpContactValues,
  MatchStatusValues,
  OpportunityStatusValues,
  OpportunityTypeValues,
  PlacementPointValues,
  SwedishLevelValues,
  WorkAreaValues,
} from '../generated/enum-values';

/**
 * Employer work (docs/employer-work.md): the employers an agency's staff
 * work with, the opportunities they acquire from them (jobs, subsidised
 * jobs, work-training places, internships, language practice), the matches
 * of participants to those opportunities, and the follow-up contacts after
 * a placement that help the person keep the job.
 *
 * Each agency keeps these in its own database, in the tables below, and
 * decides with its own rule table:
 * - OPPORTUNITIES: reading the register (employers and opportunities). It is
 *   not personal data about participants; every team may read it.
 * - EMPLOYER_CONTACT: the agency's contact person at an employer (personal
 *   data of the agency).
 * - RECORD_OPPORTUNITIES: recording employers and opportunities.
 * - the agency's match category (AF: JOB_MATCHES, the others: MATCHES): a
 *   person's matches and placements, person-level data.
 * - RECORD_MATCHES: proposing a person, recording a match's steps and the
 *   follow-ups after a placement.
 * - TEAM_CASELOAD: asking for a team's list of follow-ups due (each person
 *   on it then released by the match category and logged).
 */

// The values of the common schema's enums, in its order (shared/src/generated/enum-values.ts, written by `npm run registry`).
export const OPPORTUNITY_TYPES = OpportunityTypeValues;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
export const OPPORTUNITY_STATUSES = OpportunityStatusValues;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const SWEDISH_LEVELS = SwedishLevelValues;
export type SwedishLevel = (typeof SWEDISH_LEVELS)[number];
export const WORK_AREAS = WorkAreaValues;
export type WorkArea = (typeof WORK_AREAS)[number];
export const EMPLOYER_SECTORS = EmployerSectorValues;
export type EmployerSector = (typeof EMPLOYER_SECTORS)[number];
export const MATCH_STATUSES = MatchStatusValues;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** Matches not yet hired nor declined: a group of the figures. */
export const MATCHES_IN_PROGRESS: readonly MatchStatus[] = ['PROPOSED', 'PRESENTED', 'INTERVIEW'];
export const DECLINE_REASONS = DeclineReasonValues;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const PLACEMENT_POINTS = PlacementPointValues;
export type PlacementPoint = (typeof PLACEMENT_POINTS)[number];
export const FOLLOW_UP_CONTACTS = FollowUpContactValues;
export type FollowUpContact = (typeof FOLLOW_UP_CONTACTS)[number];

/** The most places one opportunity may have, and the most open opportunities one agency hands the ranking. */
export const MAX_PLACES = 50;
export const MAX_OPEN_OPPORTUNITIES = 500;
/** How far ahead an interview may be booked. */
const INTERVIEW_AHEAD_DAYS = 365;

// ---------------------------------------------------------------------------
// Organisation numbers
// ---------------------------------------------------------------------------

/**
 * An organisation number (organisationsnummer) in the form NNNNNN-NNNN:
 * ten digits, the first (the group number) 1–9, the third 2 or more (a
 * personnummer has 0 or 1 there: a sole trader's number is the owner's
 * personnummer, which the register does not hold, since it is shared with
 * every team), and a Luhn check digit.
 */
export function checkOrganisationNumber(value: string, field = 'organisationNumber'): string {
  const digits = value.replace(/[-\s]/g, '');
  if (!/^\d{10}$/.test(digits)) throw badInput('An organisation number has ten digits: NNNNNN-NNNN.', field);
  if (digits[0] === '0') throw badInput('An organisation number begins with its group number, 1–9.', field);
  if (Number(digits[2]) < 2) {
    throw badInput(
      "This looks like a personnummer (a sole trader's number). The register holds organisations only: it is shared with every team, and a personnummer is personal data.",
      field,
    );
  }
  if (!luhnValid(digits)) throw badInput('The organisation number check digit does not match.', field);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * The demo's organisation numbers use group number 4, which no legal form
 * is given (1 estates, 2 the state, regions and municipalities, 3 foreign
 * companies, 5 limited companies, 6 simple partnerships, 7 economic
 * associations, 8 non-profit associations and foundations, 9 trading
 * partnerships): well-formed, so the API takes them, and yet no real
 * organisation can have one.
 */
export const DEMO_ORGANISATION_GROUP = '4';

export function demoOrganisationNumber(serial: number): string {
  // 4, a second digit, a third of 2–9 (not a personnummer), five more, then the check digit.
  const body = `${DEMO_ORGANISATION_GROUP}${(serial * 7) % 10}${2 + (serial % 8)}${String(serial).padStart(6, '0').slice(-6)}`;
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return `${body.slice(0, 6)}-${body.slice(6)}${d}`;
  throw new Error('unreachable');
}

/** The date `months` calendar months after `date` (YYYY-MM-DD); the 31st of a shorter month is its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** The follow-up points of a placement that starts on `start`, with the day each is due. */
export function followUpPoints(start: string): Array<{ point: PlacementPoint; dueOn: string }> {
  return [
    { point: 'TWO_WEEKS', dueOn: addDays(start, 14) },
    { point: 'THREE_MONTHS', dueOn: addMonths(start, 3) },
    { point: 'SIX_MONTHS', dueOn: addMonths(start, 6) },
  ];
}

/** The Sunday ending the (Monday to Sunday) week of `day`: "this week" for follow-ups due. */
export function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

const inList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
const chars = (n: number) => n * CODE_POINTS_PER_CHARACTER;

/** The tables of an agency's employer work; run by its migration with owner rights. Nothing recorded here is ever deleted. */
export function employerWorkSchemaSql(appRole: string) {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  return {
    up: [
      `CREATE TABLE employer (
         organisation_number text PRIMARY KEY CHECK (organisation_number ~ '^[1-9][0-9][2-9][0-9]{3}-[0-9]{4}$'),
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND ${chars(200)}),
         sector text NOT NULL CHECK (sector IN (${inList(EMPLOYER_SECTORS)})),
         area text NOT NULL CHECK (area IN (${inList(WORK_AREAS)})),
         contact_name text CHECK (contact_name IS NULL OR length(contact_name) BETWEEN 1 AND ${chars(100)}),
         contact_phone text CHECK (contact_phone IS NULL OR contact_phone ~ '^[0-9 +()-]{5,20}$'),
         contact_email text CHECK (contact_email IS NULL OR length(contact_email) BETWEEN 3 AND 200),
         registered_on date NOT NULL,
         registered_by text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         version integer NOT NULL DEFAULT 1
       )`,
      `CREATE INDEX employer_name_idx ON employer (lower(name))`,
      `CREATE TABLE opportunity (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         employer_organisation_number text NOT NULL REFERENCES employer (organisation_number),
         type text NOT NULL CHECK (type IN (${inList(OPPORTUNITY_TYPES)})),
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND ${chars(200)}),
         occupation text NOT NULL CHECK (length(occupation) BETWEEN 1 AND ${chars(100)}),
         hours_percent integer NOT NULL CHECK (hours_percent BETWEEN 1 AND 100),
         start_date date,
         area text NOT NULL CHECK (area IN (${inList(WORK_AREAS)})),
         swedish_level text NOT NULL CHECK (swedish_level IN (${inList(SWEDISH_LEVELS)})),
         driving_licence boolean NOT NULL DEFAULT false,
         requirements text CHECK (requirements IS NULL OR length(requirements) BETWEEN 1 AND ${chars(1000)}),
         places integer NOT NULL CHECK (places BETWEEN 1 AND ${MAX_PLACES}),
         status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${inList(OPPORTUNITY_STATUSES)})),
         acquired_on date NOT NULL,
         acquired_by text NOT NULL,
         filled_on date,
         closed_on date,
         version integer NOT NULL DEFAULT 1,
         CHECK ((status = 'FILLED') = (filled_on IS NOT NULL)),
         CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
       )`,
      `CREATE INDEX opportunity_employer_idx ON opportunity (employer_organisation_number, acquired_on DESC)`,
      `CREATE INDEX opportunity_open_idx ON opportunity (acquired_on DESC) WHERE status = 'OPEN'`,
      `CREATE INDEX opportunity_acquired_idx ON opportunity (acquired_on)`,
      `CREATE INDEX opportunity_filled_idx ON opportunity (filled_on) WHERE filled_on IS NOT NULL`,
      `CREATE TABLE opportunity_match (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         opportunity_id uuid NOT NULL REFERENCES opportunity (id),
         participant_id text NOT NULL REFERENCES participant (id),
         status text NOT NULL CHECK (status IN (${inList(MATCH_STATUSES)})),
         proposed_on date NOT NULL,
         presented_on date,
         interview_on date,
         hired_on date,
         placement_start date,
         placement_ended_on date,
         declined_on date,
         decline_reason text CHECK (decline_reason IS NULL OR decline_reason IN (${inList(DECLINE_REASONS)})),
         note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND ${chars(1000)}),
         recorded_by text NOT NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         version integer NOT NULL DEFAULT 1,
         UNIQUE (opportunity_id, participant_id),
         CHECK ((status = 'HIRED') = (hired_on IS NOT NULL)),
         CHECK (hired_on IS NULL OR placement_start IS NOT NULL),
         CHECK ((status = 'DECLINED') = (declined_on IS NOT NULL)),
         CHECK ((declined_on IS NULL) = (decline_reason IS NULL))
       )`,
      `CREATE INDEX opportunity_match_participant_idx ON opportunity_match (participant_id)`,
      `CREATE INDEX opportunity_match_opportunity_idx ON opportunity_match (opportunity_id)`,
      `CREATE INDEX opportunity_match_proposed_idx ON opportunity_match (proposed_on)`,
      `CREATE TABLE placement_follow_up (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         match_id uuid NOT NULL REFERENCES opportunity_match (id),
         point text NOT NULL CHECK (point IN (${inList(PLACEMENT_POINTS)})),
         due_on date NOT NULL,
         done_on date,
         contact_with text CHECK (contact_with IS NULL OR contact_with IN (${inList(FOLLOW_UP_CONTACTS)})),
         still_employed boolean,
         note text CHECK (note IS NULL OR length(note) BETWEEN 1 AND ${chars(1000)}),
         closed boolean NOT NULL DEFAULT false,
         recorded_by text,
         UNIQUE (match_id, point),
         CHECK ((done_on IS NULL) = (still_employed IS NULL)),
         CHECK ((done_on IS NULL) = (contact_with IS NULL)),
         CHECK (done_on IS NULL OR NOT closed)
       )`,
      `CREATE INDEX placement_follow_up_due_idx ON placement_follow_up (due_on) WHERE done_on IS NULL AND NOT closed`,
      `CREATE INDEX placement_follow_up_point_idx ON placement_follow_up (point, due_on)`,
      // A record of employer work is changed or closed, never erased.
      `REVOKE DELETE, TRUNCATE ON employer, opportunity, opportunity_match, placement_follow_up FROM ${role}`,
    ],
    down: [
      'DROP TABLE placement_follow_up',
      'DROP TABLE opportunity_match',
      'DROP TABLE opportunity',
      'DROP TABLE employer',
    ],
  };
}

// ---------------------------------------------------------------------------
// What the API shows
// ---------------------------------------------------------------------------

/** An employer as the resolvers pass it on: its organisation number (the entity's key). */
export interface EmployerRef {
  organisationNumber: string;
}

export interface OpportunityView {
  id: string;
  agency: Agency;
  employerOrganisationNumber: string;
  employerName: string;
  employerSector: EmployerSector;
  type: OpportunityType;
  title: string;
  occupation: string;
  hoursPercent: number;
  startDate: string | null;
  area: WorkArea;
  swedishLevel: SwedishLevel;
  drivingLicence: boolean;
  requirements: string | null;
  places: number;
  filledPlaces: number;
  status: OpportunityStatus;
  acquiredOn: string;
  filledOn: string | null;
  closedOn: string | null;
  version: number;
}

export interface EmployerContactView {
  name: string;
  phone: string | null;
  email: string | null;
}

export interface EmployerRecordView {
  agency: Agency;
  organisationNumber: string;
  name: string;
  sector: EmployerSector;
  area: WorkArea;
  registeredOn: string;
  contact: EmployerContactView | null;
  contactWithheld: boolean;
  opportunities: OpportunityView[];
  version: number;
}

export interface PlacementFollowUpView {
  id: string;
  point: PlacementPoint;
  dueOn: string;
  doneOn: string | null;
  contactWith: FollowUpContact | null;
  stillEmployed: boolean | null;
  note: string | null;
  closed: boolean;
}

/** A match's course: whose, where it stands, and the day of each step taken (the demo's matches have the same). */
export interface MatchCourse {
  id: string;
  agency: Agency;
  participantId: string;
  status: MatchStatus;
  proposedOn: string;
  presentedOn: string | null;
  interviewOn: string | null;
  hiredOn: string | null;
  placementStart: string | null;
  placementEndedOn: string | null;
  declinedOn: string | null;
  declineReason: DeclineReason | null;
}

export interface MatchView extends MatchCourse {
  opportunity: OpportunityView;
  note: string | null;
  followUps: PlacementFollowUpView[];
  version: number;
}

export interface MatchListView {
  agency: Agency;
  withheld: WithheldNotice | null;
  matches: MatchView[];
}

export interface DueFollowUpView {
  agency: Agency;
  participantId: string;
  matchId: string;
  followUpId: string;
  point: PlacementPoint;
  dueOn: string;
  opportunityTitle: string;
  employerName: string;
}

const day = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${as}`;

const OPPORTUNITY_COLUMNS = `o.id, o.employer_organisation_number, e.name AS employer_name, e.sector AS employer_sector, o.type, o.title, o.occupation,
  o.hours_percent, ${day('o.start_date', 'start_date')}, o.area, o.swedish_level, o.driving_licence, o.requirements, o.places,
  (SELECT count(*) FROM opportunity_match mm WHERE mm.opportunity_id = o.id AND mm.status = 'HIRED')::int AS filled_places,
  o.status, ${day('o.acquired_on', 'acquired_on')}, ${day('o.filled_on', 'filled_on')}, ${day('o.closed_on', 'closed_on')}, o.version`;
const OPPORTUNITY_FROM = 'opportunity o JOIN employer e ON e.organisation_number = o.employer_organisation_number';

type Row = Record<string, unknown>;

function opportunityView(agency: Agency, r: Row, prefix = ''): OpportunityView {
  const v = (k: string) => r[`${prefix}${k}`];
  return {
    id: v('id') as string,
    agency,
    employerOrganisationNumber: v('employer_organisation_number') as string,
    employerName: v('employer_name') as string,
    employerSector: v('employer_sector') as EmployerSector,
    type: v('type') as OpportunityType,
    title: v('title') as string,
    occupation: v('occupation') as string,
    hoursPercent: v('hours_percent') as number,
    startDate: v('start_date') as string | null,
    area: v('area') as WorkArea,
    swedishLevel: v('swedish_level') as SwedishLevel,
    drivingLicence: v('driving_licence') as boolean,
    requirements: v('requirements') as string | null,
    places: v('places') as number,
    filledPlaces: v('filled_places') as number,
    status: v('status') as OpportunityStatus,
    acquiredOn: v('acquired_on') as string,
    filledOn: v('filled_on') as string | null,
    closedOn: v('closed_on') as string | null,
    version: v('version') as number,
  };
}

const MATCH_SELECT = `SELECT m.id AS m_id, m.participant_id, m.status AS m_status, ${day('m.proposed_on', 'proposed_on')}, ${day('m.presented_on', 'presented_on')},
  ${day('m.interview_on', 'interview_on')}, ${day('m.hired_on', 'hired_on')}, ${day('m.placement_start', 'placement_start')},
  ${day('m.placement_ended_on', 'placement_ended_on')}, ${day('m.declined_on', 'declined_on')}, m.decline_reason, m.note, m.version AS m_version,
  ${OPPORTUNITY_COLUMNS},
  COALESCE((SELECT json_agg(json_build_object('id', f.id, 'point', f.point, 'dueOn', to_char(f.due_on, 'YYYY-MM-DD'), 'doneOn', to_char(f.done_on, 'YYYY-MM-DD'),
                     'contactWith', f.contact_with, 'stillEmployed', f.still_employed, 'note', f.note, 'closed', f.closed) ORDER BY f.due_on)
              FROM placement_follow_up f WHERE f.match_id = m.id), '[]') AS follow_ups
  FROM opportunity_match m JOIN ${OPPORTUNITY_FROM} ON o.id = m.opportunity_id`;

function matchView(agency: Agency, r: Row): MatchView {
  return {
    id: r.m_id as string,
    agency,
    participantId: r.participant_id as string,
    opportunity: opportunityView(agency, r),
    status: r.m_status as MatchStatus,
    proposedOn: r.proposed_on as string,
    presentedOn: r.presented_on as string | null,
    interviewOn: r.interview_on as string | null,
    hiredOn: r.hired_on as string | null,
    placementStart: r.placement_start as string | null,
    placementEndedOn: r.placement_ended_on as string | null,
    declinedOn: r.declined_on as string | null,
    declineReason: r.decline_reason as DeclineReason | null,
    note: r.note as string | null,
    followUps: r.follow_ups as PlacementFollowUpView[],
    version: r.m_version as number,
  };
}

type Queryable = Pick<DataSource, 'query'> | Pick<EntityManager, 'query'>;

async function loadMatch(q: Queryable, agency: Agency, id: string): Promise<MatchView | null> {
  const rows: Row[] = await q.query(`${MATCH_SELECT} WHERE m.id = $1`, [id]);
  return rows[0] ? matchView(agency, rows[0]) : null;
}

async function loadOpportunity(q: Queryable, agency: Agency, id: string): Promise<OpportunityView | null> {
  const rows: Row[] = await q.query(`SELECT ${OPPORTUNITY_COLUMNS} FROM ${OPPORTUNITY_FROM} WHERE o.id = $1`, [id]);
  return rows[0] ? opportunityView(agency, rows[0]) : null;
}

interface EmployerRow {
  organisation_number: string;
  name: string;
  sector: EmployerSector;
  area: WorkArea;
  registered_on: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  version: number;
}

const EMPLOYER_SELECT = `SELECT organisation_number, name, sector, area, ${day('registered_on', 'registered_on')}, contact_name, contact_phone, contact_email, version FROM employer`;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return checkText(value, field, max);
}

function checkPhone(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  if (!/^[0-9 +()-]{5,20}$/.test(v))
    throw badInput('A phone number is 5–20 digits, spaces and + ( ) -.', 'contactPhone');
  return v;
}

function checkEmail(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  if (v.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v))
    throw badInput('That is not an e-mail address.', 'contactEmail');
  return v;
}

function checkWhole(value: number, field: string, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${what} must be a whole number from ${min} to ${max}.`, field);
  return value;
}

function notAfterToday(date: string, field: string, what: string): void {
  if (date > clockToday()) throw badInput(`${what} cannot be after today.`, field);
}

export interface EmployerInputArgs {
  organisationNumber: string;
  name: string;
  sector: string;
  area: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  expectedVersion?: number | null;
}

export interface OpportunityInputArgs {
  employerOrganisationNumber: string;
  type: string;
  title: string;
  occupation: string;
  hoursPercent: number;
  startDate?: string | null;
  area?: string | null;
  swedishLevel: string;
  drivingLicence?: boolean | null;
  requirements?: string | null;
  places?: number | null;
  acquiredOn: string;
}

export interface OpportunityChangeArgs {
  status?: string | null;
  places?: number | null;
  title?: string | null;
  startDate?: string | null;
  expectedVersion?: number | null;
}

export interface ProposeMatchArgs {
  participantId: string;
  opportunityId: string;
  proposedOn: string;
  note?: string | null;
}

export interface MatchStepArgs {
  matchId: string;
  step: string;
  on: string;
  placementStart?: string | null;
  declineReason?: string | null;
  note?: string | null;
  expectedVersion?: number | null;
}

export interface FollowUpArgs {
  followUpId: string;
  doneOn: string;
  contactWith: string;
  stillEmployed: boolean;
  note?: string | null;
}

const STEP_ORDER: Record<MatchStatus, number> = { PROPOSED: 0, PRESENTED: 1, INTERVIEW: 2, HIRED: 3, DECLINED: 4 };

/**
 * Whether a match in `current` may take `step`: forward only (presented,
 * an interview, a hire), a decline from any step before a hire; nothing
 * after a hire or a decline. Returns why not, or null.
 */
export function stepProblem(current: MatchStatus, step: MatchStatus): string | null {
  if (step === 'PROPOSED') return 'A match is proposed once, when it is recorded.';
  if (current === 'HIRED' || current === 'DECLINED')
    return `The match is already ${current === 'HIRED' ? 'hired' : 'declined'}; it takes no more steps.`;
  if (step === 'DECLINED') return null;
  if (STEP_ORDER[step] <= STEP_ORDER[current])
    return `The match is already ${current.toLowerCase()}; a step goes forward.`;
  return null;
}

/** The day of the step a match last took (without a booked interview, for a decline). */
function lastStepDay(m: MatchView, withoutInterview = false): string {
  return [m.proposedOn, m.presentedOn, withoutInterview ? null : m.interviewOn]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)!;
}

// ---------------------------------------------------------------------------
// One request's employer work at one agency
// ---------------------------------------------------------------------------

const REPLAY_REASON = 'answer of an earlier write repeated (same Idempotency-Key); nothing applied';

function codeOf(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : 'error';
}

/**
 * An agency's employer work for one request, through its gate: every read
 * and write is decided by the agency's rule table and audited. `matches`
 * names the agency's category of a person's matches.
 */
export class EmployerWork<C extends string> {
  private readonly employers: DataLoader<string, EmployerRow | null>;
  private readonly opportunitiesByEmployer: DataLoader<string, OpportunityView[]>;
  private readonly matchesByPerson: DataLoader<string, MatchView[]>;
  private registerDecision: Promise<boolean> | null = null;
  private contactDecision: Promise<{ granted: boolean; reason: string }> | null = null;

  constructor(
    private readonly gate: AccessGate<C>,
    readonly agency: Agency,
    private readonly matchCategory: C,
  ) {
    const ds = gate.ds;
    this.employers = new DataLoader(async (ids) => {
      const rows: EmployerRow[] = await ds.query(`${EMPLOYER_SELECT} WHERE organisation_number = ANY($1::text[])`, [
        ids,
      ]);
      const by = new Map(rows.map((r) => [r.organisation_number, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
    this.opportunitiesByEmployer = new DataLoader(async (ids) => {
      const rows: Row[] = await ds.query(
        `SELECT ${OPPORTUNITY_COLUMNS} FROM ${OPPORTUNITY_FROM} WHERE o.employer_organisation_number = ANY($1::text[]) ORDER BY o.acquired_on DESC, o.id`,
        [ids],
      );
      const by = new Map<string, OpportunityView[]>(ids.map((id) => [id, []]));
      for (const r of rows) by.get(r.employer_organisation_number as string)?.push(opportunityView(agency, r));
      return ids.map((id) => by.get(id) ?? []);
    });
    this.matchesByPerson = new DataLoader(async (ids) => {
      const rows: Row[] = await ds.query(
        `${MATCH_SELECT} WHERE m.participant_id = ANY($1::text[]) ORDER BY m.proposed_on DESC, m.id`,
        [ids],
      );
      const by = new Map<string, MatchView[]>(ids.map((id) => [id, []]));
      for (const r of rows) by.get(r.participant_id as string)?.push(matchView(agency, r));
      return ids.map((id) => by.get(id) ?? []);
    });
  }

  private get name(): string {
    return AGENCY_NAMES[this.agency];
  }

  /** Whether the caller may read the register (the OPPORTUNITIES rule), decided and logged once per request. */
  private mayReadRegister(): Promise<boolean> {
    this.registerDecision ??= this.gate.decideGeneral('OPPORTUNITIES' as C).then((d) => d.granted);
    return this.registerDecision;
  }

  private async requireRegister(): Promise<void> {
    if (!(await this.mayReadRegister()))
      throw userError(
        ErrorCode.FORBIDDEN,
        `${this.name}'s employer register is for the staff who work in the programme.`,
      );
  }

  /** The employers the agency records, by name (optionally those whose name or number holds `search`, of one sector). */
  async list(opts: {
    search?: string | null;
    sector?: string | null;
    first?: number | null;
  }): Promise<Array<{ organisationNumber: string }>> {
    await this.requireRegister();
    const first = opts.first ?? 100;
    checkWhole(first, 'first', 1, 500, 'first');
    const search = opts.search?.trim()
      ? `%${opts.search
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      : null;
    const rows: Array<{ organisation_number: string }> = await this.gate.ds.query(
      `SELECT organisation_number FROM employer
        WHERE ($1::text IS NULL OR lower(name) LIKE $1 OR organisation_number LIKE $1) AND ($2::text IS NULL OR sector = $2)
        ORDER BY lower(name), organisation_number LIMIT $3`,
      [search, opts.sector ?? null, first],
    );
    return rows.map((r) => ({ organisationNumber: r.organisation_number }));
  }

  /** The agency's record of an employer, or null (none recorded, or the caller may not read the register). */
  async record(organisationNumber: string): Promise<EmployerRecordView | null> {
    if (!(await this.mayReadRegister())) return null;
    const [row, opportunities] = await Promise.all([
      this.employers.load(organisationNumber),
      this.opportunitiesByEmployer.load(organisationNumber),
    ]);
    return row ? this.view(row, opportunities) : null;
  }

  private async view(row: EmployerRow, opportunities: OpportunityView[]): Promise<EmployerRecordView> {
    const hasContact = row.contact_name !== null;
    let contact: EmployerContactView | null = null;
    if (hasContact) {
      this.contactDecision ??= this.gate.decideGeneral('EMPLOYER_CONTACT' as C, { record: false });
      const d = await this.contactDecision;
      // Each contact person released or withheld is logged: it is personal data of the agency.
      this.gate.note(null, `EMPLOYER_CONTACT ${row.organisation_number}`, 'READ', d);
      if (d.granted) contact = { name: row.contact_name!, phone: row.contact_phone, email: row.contact_email };
    }
    return {
      agency: this.agency,
      organisationNumber: row.organisation_number,
      name: row.name,
      sector: row.sector,
      area: row.area,
      registeredOn: row.registered_on,
      contact,
      contactWithheld: hasContact && contact === null,
      opportunities,
      version: row.version,
    };
  }

  /** The agency's open opportunities (newest first, at most MAX_OPEN_OPPORTUNITIES), for the ranking; none when the caller may not read the register. */
  async openOpportunities(): Promise<OpportunityView[]> {
    if (!(await this.mayReadRegister())) return [];
    const rows: Row[] = await this.gate.ds.query(
      `SELECT ${OPPORTUNITY_COLUMNS} FROM ${OPPORTUNITY_FROM} WHERE o.status = 'OPEN' ORDER BY o.acquired_on DESC, o.id LIMIT ${MAX_OPEN_OPPORTUNITIES}`,
    );
    return rows.map((r) => opportunityView(this.agency, r));
  }

  /** A person's matches at the agency, as its match category releases them; one fixed notice otherwise. */
  async matchList(participantId: string): Promise<MatchListView> {
    if (!(await this.gate.decide(participantId, this.matchCategory)).granted)
      return { agency: this.agency, withheld: withheldNotice(this.agency), matches: [] };
    return { agency: this.agency, withheld: null, matches: await this.matchesByPerson.load(participantId) };
  }

  /**
   * The follow-ups after placements that are due by the end of this week
   * (overdue ones too), for the people the agency has on `teamId`: asking
   * is the TEAM_CASELOAD rule; each person is then released by the match
   * category and logged, as a team's list of people is.
   */
  async dueFollowUps(teamId: string): Promise<DueFollowUpView[]> {
    if (!(await this.gate.decideGeneral('TEAM_CASELOAD' as C, { teamId })).granted) {
      throw userError(ErrorCode.FORBIDDEN, 'You can open the lists of your own teams only.');
    }
    const rows: Array<{
      participant_id: string;
      match_id: string;
      id: string;
      point: PlacementPoint;
      due_on: string;
      title: string;
      employer_name: string;
    }> = await this.gate.ds.query(
      `SELECT m.participant_id, m.id AS match_id, f.id, f.point, to_char(f.due_on, 'YYYY-MM-DD') AS due_on, o.title, e.name AS employer_name
           FROM placement_follow_up f
           JOIN opportunity_match m ON m.id = f.match_id
           JOIN ${OPPORTUNITY_FROM} ON o.id = m.opportunity_id
           JOIN participant p ON p.id = m.participant_id
          WHERE p.team_id = $1 AND f.done_on IS NULL AND NOT f.closed AND f.due_on <= $2::date
          ORDER BY f.due_on, m.participant_id, f.point
          LIMIT 1000`,
      [teamId, endOfWeek(clockToday())],
    );
    const people = [...new Set(rows.map((r) => r.participant_id))];
    const decisions = new Map(
      await Promise.all(people.map(async (p) => [p, (await this.gate.decide(p, this.matchCategory)).granted] as const)),
    );
    return rows
      .filter((r) => decisions.get(r.participant_id))
      .map((r) => ({
        agency: this.agency,
        participantId: r.participant_id,
        matchId: r.match_id,
        followUpId: r.id,
        point: r.point,
        dueOn: r.due_on,
        opportunityTitle: r.title,
        employerName: r.employer_name,
      }));
  }

  // ---- Writes about no person: the register --------------------------------

  /**
   * A write to the register (RECORD_OPPORTUNITIES), stored with its audit
   * entry in one transaction and, under an Idempotency-Key, with the key
   * and its answer. `described` says what it was, for the audit log; it
   * names no person.
   */
  private async registerWrite<T>(described: string, fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const category = 'RECORD_OPPORTUNITIES' as C;
    const decision = await this.gate.decideGeneral(category, { action: 'WRITE', record: false });
    if (!decision.granted) {
      this.gate.note(null, category, 'WRITE', { granted: false, reason: `${described}: ${decision.reason}` });
      throw userError(
        ErrorCode.FORBIDDEN,
        `Only ${this.name}'s own staff record employers and opportunities in its register.`,
      );
    }
    const once = IdempotentWrite.current(this.gate.caller);
    const replay = async (): Promise<{ found: boolean; value?: T }> => {
      const stored = once ? await once.stored(this.gate.ds) : null;
      if (!once || !stored) return { found: false };
      try {
        once.check(stored);
      } catch (err) {
        this.gate.note(null, category, 'WRITE', {
          granted: false,
          reason: 'Idempotency-Key already used for another request',
        });
        throw err;
      }
      this.gate.note(null, category, 'READ', { granted: true, reason: `${described}: ${REPLAY_REASON}` });
      return { found: true, value: stored.result as T };
    };
    const first = await replay();
    if (first.found) return first.value as T;
    try {
      return await this.gate.ds.transaction(async (m) => {
        if (once && !(await once.claim(m))) throw new KeyAlreadyClaimed();
        const out = await fn(m);
        this.gate.note(null, category, 'WRITE', { granted: true, reason: `${decision.reason}; ${described}` });
        const entries = this.gate.drainAudit(
          (d) => d.action === 'WRITE' && d.participantId === null && d.category === category,
        );
        await appendAuditEntries((sql, params) => m.query(sql, params), this.gate.owner, entries);
        if (once) await once.finish(m, out, null, [category]);
        return out;
      });
    } catch (err) {
      if (err instanceof KeyAlreadyClaimed) {
        const again = await replay();
        if (again.found) return again.value as T;
      }
      this.gate.note(null, category, 'WRITE', { granted: false, reason: `${described}: not stored: ${codeOf(err)}` });
      throw err;
    }
  }

  /** Records an employer in the agency's register, or changes the agency's record of it (with `expectedVersion`). */
  async recordEmployer(input: EmployerInputArgs): Promise<EmployerRecordView> {
    const organisationNumber = checkOrganisationNumber(input.organisationNumber);
    const name = checkText(input.name, 'name', 200);
    const contactName = optionalText(input.contactName, 'contactName', 100);
    const contactPhone = checkPhone(input.contactPhone);
    const contactEmail = checkEmail(input.contactEmail);
    if (!contactName && (contactPhone || contactEmail))
      throw badInput('Give the contact person a name as well.', 'contactName');
    const officer = await this.gate.officer();
    const stored = await this.registerWrite(`employer ${organisationNumber} recorded`, async (m) => {
      const existing: Array<{ version: number }> = await m.query(
        'SELECT version FROM employer WHERE organisation_number = $1 FOR UPDATE',
        [organisationNumber],
      );
      if (existing[0]) {
        checkVersion(input.expectedVersion, existing[0].version);
        await m.query(
          `UPDATE employer SET name = $2, sector = $3, area = $4, contact_name = $5, contact_phone = $6, contact_email = $7, updated_at = now(), version = version + 1
            WHERE organisation_number = $1`,
          [organisationNumber, name, input.sector, input.area, contactName, contactPhone, contactEmail],
        );
      } else {
        await m.query(
          `INSERT INTO employer (organisation_number, name, sector, area, contact_name, contact_phone, contact_email, registered_on, registered_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            organisationNumber,
            name,
            input.sector,
            input.area,
            contactName,
            contactPhone,
            contactEmail,
            clockToday(),
            officer.id,
          ],
        );
      }
      const rows: EmployerRow[] = await m.query(`${EMPLOYER_SELECT} WHERE organisation_number = $1`, [
        organisationNumber,
      ]);
      return rows[0]!;
    });
    this.employers.clear(organisationNumber);
    this.opportunitiesByEmployer.clear(organisationNumber);
    return this.view(stored, await this.opportunitiesByEmployer.load(organisationNumber));
  }

  /** Records an opportunity acquired from an employer the agency has recorded. */
  async addOpportunity(input: OpportunityInputArgs): Promise<OpportunityView> {
    const organisationNumber = checkOrganisationNumber(input.employerOrganisationNumber, 'employerOrganisationNumber');
    const title = checkText(input.title, 'title', 200);
    const occupation = checkText(input.occupation, 'occupation', 100);
    const hours = checkWhole(input.hoursPercent, 'hoursPercent', 1, 100, 'The hours (per cent of full time)');
    const places = checkWhole(input.places ?? 1, 'places', 1, MAX_PLACES, 'The number of places');
    const requirements = optionalText(input.requirements, 'requirements', 1000);
    checkDate(input.acquiredOn, 'acquiredOn');
    notAfterToday(input.acquiredOn, 'acquiredOn', 'The day it was acquired');
    if (input.startDate) checkDate(input.startDate, 'startDate');
    const officer = await this.gate.officer();
    return this.registerWrite(`opportunity at employer ${organisationNumber} recorded`, async (m) => {
      const employer: Array<{ area: string }> = await m.query(
        'SELECT area FROM employer WHERE organisation_number = $1',
        [organisationNumber],
      );
      if (!employer[0])
        throw badInput(
          `${this.name} has no employer with this number in its register: record the employer first.`,
          'employerOrganisationNumber',
        );
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO opportunity (employer_organisation_number, type, title, occupation, hours_percent, start_date, area, swedish_level, driving_licence,
                                  requirements, places, acquired_on, acquired_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          organisationNumber,
          input.type,
          title,
          occupation,
          hours,
          input.startDate ?? null,
          input.area ?? employer[0].area,
          input.swedishLevel,
          input.drivingLicence ?? false,
          requirements,
          places,
          input.acquiredOn,
          officer.id,
        ],
      );
      return (await loadOpportunity(m, this.agency, rows[0]!.id))!;
    });
  }

  /** Closes an opportunity, opens it again, or changes its places, title or start. */
  async changeOpportunity(id: string, change: OpportunityChangeArgs): Promise<OpportunityView> {
    if (!isUuid(id)) throw badInput('No opportunity has that id.', 'id');
    const title = change.title ? checkText(change.title, 'title', 200) : null;
    if (change.startDate) checkDate(change.startDate, 'startDate');
    if (change.places !== undefined && change.places !== null)
      checkWhole(change.places, 'places', 1, MAX_PLACES, 'The number of places');
    if (change.status === 'FILLED')
      throw badInput('An opportunity is filled by its hires; close it or open it again.', 'status');
    return this.registerWrite(`opportunity ${id} changed`, async (m) => {
      const found: Array<{ status: OpportunityStatus; places: number; version: number; filled_places: number }> =
        await m.query(
          `SELECT o.status, o.places, o.version, (SELECT count(*) FROM opportunity_match mm WHERE mm.opportunity_id = o.id AND mm.status = 'HIRED')::int AS filled_places
           FROM opportunity o WHERE o.id = $1 FOR UPDATE`,
          [id],
        );
      const row = found[0];
      if (!row) throw badInput('No opportunity has that id.', 'id');
      checkVersion(change.expectedVersion, row.version);
      const places = change.places ?? row.places;
      if (places < row.filled_places)
        throw badInput(
          `${row.filled_places} places are already taken; there cannot be fewer places than that.`,
          'places',
        );
      let status: OpportunityStatus =
        change.status === 'CLOSED' ? 'CLOSED' : change.status === 'OPEN' ? 'OPEN' : row.status;
      // Open means a place is open: with every place taken it is filled.
      if (status !== 'CLOSED') status = row.filled_places >= places ? 'FILLED' : 'OPEN';
      const today = clockToday();
      await m.query(
        `UPDATE opportunity SET places = $2, status = $3, title = COALESCE($4, title), start_date = COALESCE($5, start_date),
                filled_on = CASE WHEN $3 = 'FILLED' THEN COALESCE(filled_on, $6::date) ELSE NULL END,
                closed_on = CASE WHEN $3 = 'CLOSED' THEN COALESCE(closed_on, $6::date) ELSE NULL END,
                version = version + 1
          WHERE id = $1`,
        [id, places, status, title, change.startDate ?? null, today],
      );
      return (await loadOpportunity(m, this.agency, id))!;
    });
  }

  // ---- Writes about a person: matches --------------------------------------

  /** Proposes a person for one of the agency's open opportunities (RECORD_MATCHES); one match per person and opportunity. */
  async proposeMatch(
    input: ProposeMatchArgs,
    opts: { beforeWrite?: (m: EntityManager) => Promise<void> } = {},
  ): Promise<MatchView> {
    if (!isParticipantId(input.participantId)) throw notAvailable();
    checkDate(input.proposedOn, 'proposedOn');
    notAfterToday(input.proposedOn, 'proposedOn', 'The day of the proposal');
    const note = optionalText(input.note, 'note', 1000);
    const officer = await this.gate.officer();
    return auditedWrite(this.gate, input.participantId, 'RECORD_MATCHES' as C, async (m) => {
      await opts.beforeWrite?.(m);
      if (!isUuid(input.opportunityId)) throw badInput('No opportunity has that id.', 'opportunityId');
      const found: Array<{ status: OpportunityStatus; acquired_on: string }> = await m.query(
        `SELECT status, to_char(acquired_on, 'YYYY-MM-DD') AS acquired_on FROM opportunity WHERE id = $1 FOR UPDATE`,
        [input.opportunityId],
      );
      const o = found[0];
      if (!o) throw badInput(`${this.name} has no opportunity with that id.`, 'opportunityId');
      if (o.status !== 'OPEN')
        throw userError(
          ErrorCode.CONFLICT,
          `The opportunity is ${o.status.toLowerCase()}: no one can be proposed for it.`,
          { status: o.status },
        );
      if (input.proposedOn < o.acquired_on)
        throw badInput('A person cannot be proposed before the opportunity was acquired.', 'proposedOn');
      const already: Array<{ id: string; status: string }> = await m.query(
        'SELECT id, status FROM opportunity_match WHERE opportunity_id = $1 AND participant_id = $2',
        [input.opportunityId, input.participantId],
      );
      if (already[0])
        throw userError(ErrorCode.CONFLICT, 'The person is already matched to this opportunity.', {
          matchId: already[0].id,
          status: already[0].status,
        });
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO opportunity_match (opportunity_id, participant_id, status, proposed_on, note, recorded_by) VALUES ($1, $2, 'PROPOSED', $3, $4, $5) RETURNING id`,
        [input.opportunityId, input.participantId, input.proposedOn, note, officer.id],
      );
      return (await loadMatch(m, this.agency, rows[0]!.id))!;
    }).finally(() => this.matchesByPerson.clear(input.participantId));
  }

  /**
   * The next step of a match: presented to the employer, an interview
   * (which may be booked ahead), hired (with the first day of work; takes a
   * place, fills the opportunity when it was the last, and books the
   * follow-ups at two weeks, three and six months) or declined (with why).
   */
  async recordStep(input: MatchStepArgs): Promise<MatchView> {
    if (!isUuid(input.matchId)) throw notAvailable();
    const step = input.step as MatchStatus;
    checkDate(input.on, 'on');
    const note = optionalText(input.note, 'note', 1000);
    const found: Array<{ participant_id: string }> = await this.gate.ds.query(
      'SELECT participant_id FROM opportunity_match WHERE id = $1',
      [input.matchId],
    );
    const participantId = found[0]?.participant_id;
    if (!participantId) throw notAvailable();
    return auditedWrite(this.gate, participantId, 'RECORD_MATCHES' as C, async (m) => {
      const locked: Array<{ id: string }> = await m.query('SELECT id FROM opportunity_match WHERE id = $1 FOR UPDATE', [
        input.matchId,
      ]);
      if (!locked[0]) throw notAvailable();
      const match = (await loadMatch(m, this.agency, input.matchId))!;
      checkVersion(input.expectedVersion, match.version);
      const problem = stepProblem(match.status, step);
      if (problem) throw userError(ErrorCode.CONFLICT, problem, { status: match.status });
      const today = clockToday();
      // A booked interview that never took place does not hold back a decline.
      const previous = lastStepDay(match, step === 'DECLINED');
      if (input.on < previous)
        throw badInput(`The step cannot be dated before the match's previous step (${previous}).`, 'on');
      if (step === 'INTERVIEW') {
        if (input.on > addDays(today, INTERVIEW_AHEAD_DAYS))
          throw badInput('An interview can be booked at most a year ahead.', 'on');
      } else notAfterToday(input.on, 'on', 'The day of the step');
      const set = (fields: string) =>
        `UPDATE opportunity_match SET ${fields}, note = COALESCE($3::text, note), updated_at = now(), version = version + 1 WHERE id = $1`;
      switch (step) {
        case 'PRESENTED':
          await m.query(set(`status = 'PRESENTED', presented_on = $2`), [input.matchId, input.on, note]);
          break;
        case 'INTERVIEW':
          await m.query(set(`status = 'INTERVIEW', interview_on = $2`), [input.matchId, input.on, note]);
          break;
        case 'DECLINED': {
          if (!input.declineReason) throw badInput('Say why the match did not come about.', 'declineReason');
          await m.query(set(`status = 'DECLINED', declined_on = $2, decline_reason = $4`), [
            input.matchId,
            input.on,
            note,
            input.declineReason,
          ]);
          break;
        }
        case 'HIRED': {
          const start = input.placementStart;
          if (!start) throw badInput('A hire needs the first day of work.', 'placementStart');
          checkDate(start, 'placementStart');
          if (start < input.on)
            throw badInput('The first day of work cannot be before the day of the hire.', 'placementStart');
          if (start > addDays(input.on, 365))
            throw badInput('The first day of work must be within a year of the hire.', 'placementStart');
          const o: Array<{ status: OpportunityStatus; places: number; filled_places: number }> = await m.query(
            `SELECT o.status, o.places, (SELECT count(*) FROM opportunity_match mm WHERE mm.opportunity_id = o.id AND mm.status = 'HIRED')::int AS filled_places
               FROM opportunity o WHERE o.id = $1 FOR UPDATE`,
            [match.opportunity.id],
          );
          const opp = o[0]!;
          if (opp.status !== 'OPEN' || opp.filled_places >= opp.places) {
            throw userError(
              ErrorCode.CONFLICT,
              `The opportunity has no open place (it is ${opp.status.toLowerCase()}).`,
              { status: opp.status },
            );
          }
          await m.query(set(`status = 'HIRED', hired_on = $2, placement_start = $4`), [
            input.matchId,
            input.on,
            note,
            start,
          ]);
          for (const p of followUpPoints(start)) {
            await m.query('INSERT INTO placement_follow_up (match_id, point, due_on) VALUES ($1, $2, $3)', [
              input.matchId,
              p.point,
              p.dueOn,
            ]);
          }
          if (opp.filled_places + 1 >= opp.places) {
            await m.query(
              `UPDATE opportunity SET status = 'FILLED', filled_on = $2, version = version + 1 WHERE id = $1`,
              [match.opportunity.id, input.on],
            );
          }
          break;
        }
        default:
          throw badInput('The step is PRESENTED, INTERVIEW, HIRED or DECLINED.', 'step');
      }
      return (await loadMatch(m, this.agency, input.matchId))!;
    }).finally(() => this.matchesByPerson.clear(participantId));
  }

  /**
   * A follow-up contact after a placement, recorded once: whom it was with
   * and whether the person still has the job. Recording it closes the
   * earlier points not recorded (no longer due); a placement no longer held
   * ends on that day, and its later points are closed too.
   */
  async recordFollowUp(input: FollowUpArgs): Promise<MatchView> {
    if (!isUuid(input.followUpId)) throw notAvailable();
    checkDate(input.doneOn, 'doneOn');
    notAfterToday(input.doneOn, 'doneOn', 'The day of the contact');
    const note = optionalText(input.note, 'note', 1000);
    const found: Array<{ participant_id: string; match_id: string }> = await this.gate.ds.query(
      'SELECT m.participant_id, m.id AS match_id FROM placement_follow_up f JOIN opportunity_match m ON m.id = f.match_id WHERE f.id = $1',
      [input.followUpId],
    );
    const target = found[0];
    if (!target) throw notAvailable();
    const officer = await this.gate.officer();
    return auditedWrite(this.gate, target.participant_id, 'RECORD_MATCHES' as C, async (m) => {
      await m.query('SELECT id FROM opportunity_match WHERE id = $1 FOR UPDATE', [target.match_id]);
      const match = (await loadMatch(m, this.agency, target.match_id))!;
      const f = match.followUps.find((x) => x.id === input.followUpId)!;
      if (f.doneOn)
        throw userError(ErrorCode.CONFLICT, `This follow-up is already recorded (${f.doneOn}).`, { doneOn: f.doneOn });
      if (f.closed)
        throw userError(
          ErrorCode.CONFLICT,
          'This follow-up is no longer due: the placement ended, or a later point was recorded.',
        );
      if (input.doneOn < match.placementStart!)
        throw badInput('A follow-up cannot be dated before the first day of the placement.', 'doneOn');
      await m.query(
        `UPDATE placement_follow_up SET done_on = $2, contact_with = $3, still_employed = $4, note = $5, recorded_by = $6 WHERE id = $1`,
        [input.followUpId, input.doneOn, input.contactWith, input.stillEmployed, note, officer.id],
      );
      // Earlier points not recorded are no longer due; after a placement that ended, none is.
      await m.query(
        `UPDATE placement_follow_up SET closed = true WHERE match_id = $1 AND done_on IS NULL AND (due_on < $2::date OR $3)`,
        [target.match_id, f.dueOn, !input.stillEmployed],
      );
      await m.query(
        `UPDATE opportunity_match SET placement_ended_on = CASE WHEN $2 THEN placement_ended_on ELSE $3::date END, updated_at = now(), version = version + 1 WHERE id = $1`,
        [target.match_id, input.stillEmployed, input.doneOn],
      );
      return (await loadMatch(m, this.agency, target.match_id))!;
    }).finally(() => this.matchesByPerson.clear(target.participant_id));
  }
}
