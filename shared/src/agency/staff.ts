import type { DataSource, EntityManager } from 'typeorm';
import {
  AGENCIES,
  ORGANISATION_PARTIES,
  PARTIES,
  ROLES,
  type Agency,
  type Caller,
  type Organisation,
  type Party,
  type Role,
} from '../caller';
import { badInput } from '../errors';
import { checkDate, checkPeriod, checkText } from './validate';

/**
 * Each agency's own staff register: the officers it employs, and the
 * officers of the other organisations it works with in the programme, each
 * with the part they act for, their roles and teams, and from when to when.
 * A token says who the identity provider thinks someone is; the register
 * says what the agency itself has on record. Access decisions use both:
 * a token's roles and teams count only as far as the register confirms
 * them (see `confirmCaller`). What an entry may hold, and who keeps the
 * register, is each agency's own rule (its `secrecy/staff.ts`).
 */

export interface StaffEntry {
  officerId: string;
  name: string;
  /** The organisation that employs the officer: the agency itself, another agency of the programme or the funder. */
  organisation: Organisation;
  /** The part the officer acts for; null for those who act for none (auditors, administrators, the funder's analysts). */
  party: Party | null;
  roles: Role[];
  teams: string[];
  activeFrom: string;
  activeTo: string | null;
  version: number;
}

/** The register's table, run by each agency's migration with owner rights. */
export function staffRegisterSchemaSql(appRole: string) {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  return {
    up: [
      `CREATE TABLE staff_register (
         officer_id text PRIMARY KEY CHECK (officer_id ~ '^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$'),
         name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
         organisation text NOT NULL,
         party text,
         roles text[] NOT NULL CHECK (cardinality(roles) > 0),
         teams text[] NOT NULL DEFAULT '{}',
         active_from date NOT NULL,
         active_to date,
         version integer NOT NULL DEFAULT 1,
         recorded_by text NOT NULL,
         recorded_at timestamptz NOT NULL DEFAULT now(),
         CHECK (active_to IS NULL OR active_to >= active_from)
       )`,
      // An employment is ended, never erased: the audit log names officers by id for years.
      `REVOKE DELETE, TRUNCATE ON staff_register FROM ${role}`,
    ],
    down: ['DROP TABLE staff_register'],
  };
}

/** A register row as STAFF_COLUMNS selects it. */
export interface StaffRow {
  officer_id: string;
  name: string;
  organisation: Organisation;
  party: Party | null;
  roles: Role[];
  teams: string[];
  active_from: string;
  active_to: string | null;
  version: number;
}

/** The register's columns as an entry is read (also read with a decision's facts, `loadPersonFactsWithStaff`). */
export const STAFF_COLUMNS = `officer_id, name, organisation, party, roles, teams, to_char(active_from, 'YYYY-MM-DD') AS active_from,
                 to_char(active_to, 'YYYY-MM-DD') AS active_to, version`;

/** An entry from a row of STAFF_COLUMNS (as the driver gives it, or as `row_to_json` does: the same keys and values). */
export function staffEntryOf(r: StaffRow): StaffEntry {
  return {
    officerId: r.officer_id,
    name: r.name,
    organisation: r.organisation,
    party: r.party,
    roles: r.roles,
    teams: r.teams,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    version: r.version,
  };
}

export async function loadStaffEntry(
  q: DataSource | EntityManager,
  officerId: string,
  forUpdate = false,
): Promise<StaffEntry | null> {
  const rows: StaffRow[] = await q.query(
    `SELECT ${STAFF_COLUMNS} FROM staff_register WHERE officer_id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [officerId],
  );
  return rows[0] ? staffEntryOf(rows[0]) : null;
}

export async function listStaff(q: DataSource | EntityManager): Promise<StaffEntry[]> {
  const rows: StaffRow[] = await q.query(`SELECT ${STAFF_COLUMNS} FROM staff_register ORDER BY officer_id`);
  return rows.map(staffEntryOf);
}

/** Whether the entry is in force on `day` (YYYY-MM-DD). */
export function activeOn(entry: Pick<StaffEntry, 'activeFrom' | 'activeTo'>, day: string): boolean {
  return entry.activeFrom <= day && (entry.activeTo === null || entry.activeTo >= day);
}

/** The caller as one agency's register confirms them, for one request. */
export interface Standing {
  /** The token's caller with only the roles and teams the register confirms. */
  caller: Caller;
  /** The part the caller acts for at this agency; null when none is confirmed. */
  party: Party | null;
  /** The register entry the decision rests on (null for the participant themself, or an unknown officer). */
  entry: StaffEntry | null;
  /** Why the token was not (fully) taken, for the audit log; null when it was. */
  note: string | null;
}

/**
 * What a token is worth at an agency, given the agency's register entry for
 * the officer on `today`: the roles and teams both give, and the entry's
 * part when any role is confirmed. An officer the register does not know,
 * no longer (or not yet) employs, or has on record for another
 * organisation gets no role, no team and no part. The participant signed in
 * as themselves is not staff: their token stands as it is (the rules that
 * concern the person themself check it).
 */
export function confirmCaller(token: Caller, entry: StaffEntry | null, today: string): Standing {
  if (token.organisation === 'PERSON') return { caller: token, party: null, entry: null, note: null };
  const none = (note: string): Standing => ({ caller: { ...token, roles: [], teams: [] }, party: null, entry, note });
  if (!entry) return none(`${token.officerId} is not in the staff register`);
  if (entry.organisation !== token.organisation)
    return none(`the staff register has ${token.officerId} at ${entry.organisation}, not ${token.organisation}`);
  if (!activeOn(entry, today))
    return none(`${token.officerId}'s entry in the staff register is not in force on ${today}`);
  const roles = token.roles.filter((r) => entry.roles.includes(r));
  const teams = token.teams.filter((t) => entry.teams.includes(t));
  const dropped = [...token.roles.filter((r) => !roles.includes(r)), ...token.teams.filter((t) => !teams.includes(t))];
  return {
    caller: { ...token, name: entry.name, roles, teams },
    party: roles.length > 0 ? entry.party : null,
    entry,
    note: dropped.length > 0 ? `not confirmed by the staff register: ${dropped.join(', ')}` : null,
  };
}

export interface StaffInput {
  officerId: string;
  name: string;
  organisation: string;
  party?: string | null;
  roles: readonly string[];
  teams?: readonly string[] | null;
  activeFrom: string;
  activeTo?: string | null;
}

const OFFICER_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const TEAM_ID = /^T\d{2}$/;

/**
 * Checks an entry's form, and that its roles and part belong to its
 * organisation as the programme names them. Whether the agency gives those
 * roles that part is the agency's own rule.
 */
export function checkStaffInput(input: StaffInput): Omit<StaffEntry, 'version'> {
  if (!OFFICER_ID.test(input.officerId)) throw badInput('The officer id is not one a sign-in can have.', 'officerId');
  const name = checkText(input.name, 'name', 200);
  const organisation = input.organisation as Organisation;
  if (!([...AGENCIES, 'FINSAM'] as readonly string[]).includes(organisation))
    throw badInput(`organisation must be one of ${[...AGENCIES, 'FINSAM'].join(', ')}.`, 'organisation');
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) throw badInput('An entry needs at least one role.', 'roles');
  for (const r of roles) {
    if (!Object.prototype.hasOwnProperty.call(ROLES, r)) throw badInput(`Unknown role ${r}.`, 'roles');
    const of = ROLES[r as Role];
    if (of !== null && of !== organisation) throw badInput(`${r} is a role of ${of}, not of ${organisation}.`, 'roles');
  }
  const party = input.party ?? null;
  if (party !== null) {
    if (!(PARTIES as readonly string[]).includes(party)) throw badInput('Unknown party.', 'party');
    const own = (AGENCIES as readonly string[]).includes(organisation)
      ? ORGANISATION_PARTIES[organisation as Agency]
      : [];
    if (!own.includes(party as Party)) throw badInput(`${party} is not a part of ${organisation}.`, 'party');
  }
  const teams = [...new Set(input.teams ?? [])];
  for (const t of teams) if (!TEAM_ID.test(t)) throw badInput('A team id looks like T01.', 'teams');
  checkDate(input.activeFrom, 'activeFrom');
  if (input.activeTo) checkDate(input.activeTo, 'activeTo');
  checkPeriod(input.activeFrom, input.activeTo ?? null, 'The end of the employment');
  return {
    officerId: input.officerId,
    name,
    organisation,
    party: party as Party | null,
    roles: roles as Role[],
    teams,
    activeFrom: input.activeFrom,
    activeTo: input.activeTo ?? null,
  };
}

/** Inserts or replaces an entry (inside the caller's transaction); the version goes up by one. */
export async function writeStaffEntry(
  m: EntityManager,
  e: Omit<StaffEntry, 'version'>,
  recordedBy: string,
): Promise<StaffEntry> {
  const rows: StaffRow[] = await m.query(
    `INSERT INTO staff_register (officer_id, name, organisation, party, roles, teams, active_from, active_to, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (officer_id) DO UPDATE SET name = EXCLUDED.name, organisation = EXCLUDED.organisation, party = EXCLUDED.party,
       roles = EXCLUDED.roles, teams = EXCLUDED.teams, active_from = EXCLUDED.active_from, active_to = EXCLUDED.active_to,
       recorded_by = EXCLUDED.recorded_by, recorded_at = now(), version = staff_register.version + 1
     RETURNING ${STAFF_COLUMNS}`,
    [e.officerId, e.name, e.organisation, e.party, e.roles, e.teams, e.activeFrom, e.activeTo, recordedBy],
  );
  return staffEntryOf(rows[0]!);
}

/**
 * How an agency divides its own staff: which roles belong to which of its
 * parts, and which roles act for no part at all (they keep the register or
 * review the log and see no one's records). Each agency states this in its
 * own `secrecy/` folder; the checks below only apply what it states.
 */
export interface StaffPolicy {
  owner: Agency;
  parts: Readonly<Partial<Record<Party, readonly Role[]>>>;
  forNoPart: readonly Role[];
}

export function defineStaffPolicy(
  owner: Agency,
  division: { parts: Partial<Record<Party, readonly Role[]>>; forNoPart: readonly Role[] },
): StaffPolicy {
  return { owner, ...division };
}

/** The part of the agency an officer in `role` acts for, by the agency's division; null for a role of no part (or not the agency's). */
export function partOfRole(policy: StaffPolicy, role: string): Party | null {
  for (const [party, roles] of Object.entries(policy.parts) as Array<[Party, readonly Role[]]>)
    if ((roles as readonly string[]).includes(role)) return party;
  return null;
}

/**
 * Whether an entry is one the agency's division allows: its own staff act
 * for the part their roles belong to (all of one part), or hold one role of
 * no part, with no part and no team; officers of other organisations are
 * recognised in a part of their own organisation and never in a role of no
 * part; the funder's analysts act for no part. Returns what is wrong, or null.
 */
export function staffEntryProblem(
  policy: StaffPolicy,
  e: Pick<StaffEntry, 'organisation' | 'party' | 'roles' | 'teams'>,
): string | null {
  const noPart = e.roles.filter((r) => policy.forNoPart.includes(r));
  if (e.organisation === policy.owner) {
    if (noPart.length > 0) {
      if (e.roles.length > 1) return `${noPart.join(', ')} cannot be held together with another role.`;
      if (e.party !== null || e.teams.length > 0) return `${noPart[0]} acts for no part and works in no team.`;
      return null;
    }
    if (e.party === null) return 'An officer who works with participants acts for one part; name it.';
    const wrong = e.roles.filter((r) => partOfRole(policy, r) !== e.party);
    return wrong.length > 0 ? `${wrong.join(', ')} is not a role of ${e.party} at ${policy.owner}.` : null;
  }
  if (noPart.length > 0) return `${noPart.join(', ')} is held at one's own organisation only.`;
  if (e.organisation === 'FINSAM')
    return e.party === null && e.teams.length === 0
      ? null
      : "The funder's analysts act for no part and work in no team.";
  return e.party === null ? `An officer of ${e.organisation} is recognised in one of its parts; name it.` : null;
}
