import path from 'node:path';
import { AGENCIES, agencyFolder, type Agency } from '@malmokraften/shared';
import { PERSONAS } from '@malmokraften/dev';

/**
 * What the tests across agencies need to know of one agency, kept in the
 * agency's own folder (subgraphs/<folder>/src/__tests__/agency-tests.ts,
 * exported as `agencyTests`) and found there by the registry's folder, so
 * that no test lists the agencies. Every agency of the registry must have
 * one: a test that holds for all agencies covers each of them, a new
 * agency included.
 */
export interface AgencyTests {
  readonly agency: Agency;
  /**
   * An officer of the agency on team T01 who works with the showcase
   * people (SHOWCASE): writes their interventions, the agency's
   * perspective in the joint mapping and the consents the person gives the
   * agency.
   */
  readonly caseworker: string;
  /**
   * Registering a person AF has enrolled: the mutation and its input type
   * (participantId, personnummer, firstName, lastName, teamId), what the
   * agency's own tests select of the answer, and who registers (default the
   * caseworker). Null for AF, which enrols people and issues their id.
   */
  readonly register: {
    readonly mutation: string;
    readonly input: string;
    readonly selection: string;
    readonly registrar?: string;
  } | null;
  /**
   * Every person-level table, with what of a row the subgraph's role may
   * read (some columns are not granted to it): a refused write must leave
   * them all as they were.
   */
  readonly tables: Readonly<Record<string, string>>;
  /** Its interventions: the mutations, their input types and what a new one is. */
  readonly intervention: {
    readonly add: string;
    readonly addInput: string;
    readonly update: string;
    readonly updateInput: string;
    readonly end: string;
    /** Fields of a new intervention besides participantId and title. */
    readonly input: Readonly<Record<string, unknown>>;
    /** The person's field with the agency's part of the plan, which lists its interventions. */
    readonly planPart: string;
    /**
     * What the agency's own write tests add, change and end
     * (interventionAddedChangedEnded in test/support/agency-writes.ts), or
     * null where its tests write their interventions out themselves.
     */
    readonly written: InterventionWritten | null;
  };
  /**
   * The consents the person gives the agency: the mutations, the input type
   * and the person's field that lists them.
   */
  readonly consent: {
    readonly record: string;
    readonly input: string;
    readonly withdraw: string;
    readonly list: string;
  };
  /**
   * Where it serves its perspective in the joint mapping (`<key>Mapping`):
   * the mutation that records it, and whether the demo holds its
   * perspective of the showcase people (its demo facts' showcase mapping),
   * which the joint mapping's demo test then requires.
   */
  readonly mapping?: { readonly record: string; readonly inDemo: boolean };
}

/**
 * An intervention the agency's write tests add, change and end, and who
 * does each: the agency's facts of who may, and of what its answers name.
 */
export interface InterventionWritten {
  /** The intervention, besides participantId: type, title, status, startDate, endDate, extentPercent. */
  readonly example: Readonly<Record<string, unknown>>;
  /** Who adds and changes it, and the responsible officer (id and role) the answer then names. */
  readonly by: string;
  readonly officer: { readonly id: string; readonly role: string };
  /** A change to it, read back on every field it sets. */
  readonly change: Readonly<Record<string, unknown>>;
  /** Who ends it, with what end date and status. */
  readonly end: { readonly by: string; readonly endDate: string; readonly status: string };
  /**
   * Whether a change names the version it was read at (expectedVersion):
   * the answers carry the version, and a change from a stale read is
   * CONFLICT with the version now.
   */
  readonly versioned: boolean;
  /** Someone of another agency whom the joint plan shows the ended intervention, or null where it is not looked at. */
  readonly jointPlanViewer: string | null;
}

const ROOT = path.join(__dirname, '..', '..');

function isAgencyTests(v: unknown): v is AgencyTests {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<AgencyTests>;
  return typeof t.agency === 'string' && typeof t.caseworker === 'string' && typeof t.tables === 'object';
}

function load(agency: Agency): AgencyTests {
  const file = path.join(ROOT, 'subgraphs', agencyFolder(agency), 'src', '__tests__', 'agency-tests.ts');
  let exports: Record<string, unknown>;
  try {
    // The folder is the registry's, known at run time only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exports = require(file) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${agency} has no ${path.relative(ROOT, file)} for the tests across agencies: ${String(err)}`, {
      cause: err,
    });
  }
  const found = exports.agencyTests;
  if (!isAgencyTests(found) || found.agency !== agency)
    throw new Error(`${path.relative(ROOT, file)} must export agencyTests, the AgencyTests of ${agency}`);
  if ((found.register === null) !== (agency === 'AF'))
    throw new Error(`${path.relative(ROOT, file)}: every agency but AF, which enrols, registers the people it knows`);
  if (PERSONAS[found.caseworker]?.org !== agency)
    throw new Error(`${path.relative(ROOT, file)}: the caseworker ${found.caseworker} is no persona of ${agency}`);
  return found;
}

/** Each agency's AgencyTests, for every agency of the registry. */
export const AGENCY_TESTS: Readonly<Record<Agency, AgencyTests>> = Object.fromEntries(
  AGENCIES.map((a) => [a, load(a)]),
) as Record<Agency, AgencyTests>;

/** The agencies that register the people AF enrolls, in the registry's order. */
export const REGISTERING: readonly Exclude<Agency, 'AF'>[] = AGENCIES.filter(
  (a): a is Exclude<Agency, 'AF'> => AGENCY_TESTS[a].register !== null,
);

/** The registration mutation of `agency` as a GraphQL document, with `selection` of the answer (default the agency's own). */
export function registerDocument(agency: Exclude<Agency, 'AF'>, selection?: string): string {
  const register = AGENCY_TESTS[agency].register!;
  return `mutation R($input: ${register.input}!) { ${register.mutation}(input: $input) { ${selection ?? register.selection} } }`;
}

/** Who registers people at `agency` in the tests. */
export function registrarOf(agency: Exclude<Agency, 'AF'>): string {
  const register = AGENCY_TESTS[agency].register!;
  return register.registrar ?? AGENCY_TESTS[agency].caseworker;
}
