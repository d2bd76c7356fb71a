import { AGENCIES, luhnCheckDigit, NOT_AVAILABLE_MESSAGE, type Agency } from '@malmokraften/shared';
import { PERSONAS, SHOWCASE } from '@malmokraften/dev';
import { AGENCY_TESTS, registerDocument, REGISTERING } from './agency-tests';
import { startTestSystem, type GraphQLAnswer, type TestSystem } from './harness';

/**
 * What the write tests share: each agency's beside its code
 * (subgraphs/<agency>/src/__tests__/writes.e2e.test.ts) and those across
 * agencies (test/concurrent-writes.test.ts). A system to write to, looks at
 * the agencies' databases, writes that must succeed or be refused with the
 * audit trail each leaves at the data owner, fresh people, and the
 * agencies' mutations as GraphQL documents.
 */

/** The system of the test file that called {@link startWritesSystem} (jest loads this module anew for every file). */
export let sys: TestSystem;

/** Starts a system before the calling file's tests and stops it after them. */
export function startWritesSystem(): void {
  beforeAll(async () => {
    sys = await startTestSystem();
  }, 120_000);
  afterAll(async () => sys?.stop(), 60_000);
}

/** Team T01, known to all agencies, consents to everything. */
export const DEMO = SHOWCASE.consenting;
/** Well-formed, and known to no agency. */
export const UNKNOWN = 'P-ZZZZZZZZ';
/** Well-formed record id that no agency holds. */
export const UNKNOWN_RECORD = '00000000-0000-4000-8000-000000000000';

/** The agencies that register a person AF has enrolled (AF issues the id). */
export type Owner = Exclude<Agency, 'AF'>;

// ---------------------------------------------------------------------------
// Looking at the databases directly
// ---------------------------------------------------------------------------

export type Snapshot = Record<string, { n: number; digest: string }>;

export async function snapshot(agency: Agency): Promise<Snapshot> {
  const sql = Object.entries(AGENCY_TESTS[agency].tables)
    .map(
      ([table, row]) =>
        `SELECT '${table}' AS tbl, count(*)::int AS n, md5(coalesce(string_agg((${row})::text, '|' ORDER BY (${row})::text), '')) AS digest FROM ${table} t`,
    )
    .join(' UNION ALL ');
  const rows: Array<{ tbl: string; n: number; digest: string }> = await sys.subgraphs[agency].dataSource.query(sql);
  return Object.fromEntries(rows.map((r) => [r.tbl, { n: r.n, digest: r.digest }]));
}

export async function rowCount(agency: Agency, table: string, participantId?: string): Promise<number> {
  const column = table === 'participant' ? 'id' : 'participant_id';
  const rows: Array<{ n: number }> = participantId
    ? await sys.subgraphs[agency].dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
        participantId,
      ])
    : await sys.subgraphs[agency].dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

export interface AuditRow {
  participant_id: string | null;
  categories: string[];
  action: string;
  decision: string;
  officer_id: string;
  organisation: string;
}

export async function auditOf(agency: Agency, requestId: string): Promise<AuditRow[]> {
  return sys.subgraphs[agency].dataSource.query(
    `SELECT participant_id, categories, action, decision, officer_id, organisation FROM audit_log WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  );
}

export function requestIdOf(res: GraphQLAnswer): string {
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
  return id!;
}

/** The officer a persona signs in as, and their organisation: what the owner's audit log names. */
export const OFFICER: Record<string, { id: string; org: string }> = Object.fromEntries(
  Object.entries(PERSONAS).map(([persona, p]) => [persona, { id: p.sub, org: p.org }]),
);

// ---------------------------------------------------------------------------
// Writing and being refused
// ---------------------------------------------------------------------------

/**
 * A write that must succeed: no errors, and exactly one WRITE entry in the
 * owning agency's audit log under the request id of the answer, granted,
 * for the person and category concerned; no other agency logs a write.
 */
export async function write<T = any>(
  agency: Agency,
  persona: string,
  query: string,
  variables: Record<string, unknown>,
  audit: { participantId: string; category: string },
): Promise<T> {
  const res = await sys.query(persona, query, variables);
  expect(res.errors).toBeUndefined();
  const requestId = requestIdOf(res);
  const writes = (await auditOf(agency, requestId)).filter((r) => r.action === 'WRITE');
  expect(writes).toEqual([
    {
      participant_id: audit.participantId,
      categories: [audit.category],
      action: 'WRITE',
      decision: 'GRANTED',
      officer_id: OFFICER[persona]!.id,
      organisation: OFFICER[persona]!.org,
    },
  ]);
  for (const other of AGENCIES) {
    if (other === agency) continue;
    expect((await auditOf(other, requestId)).filter((r) => r.action === 'WRITE')).toEqual([]);
  }
  return res.data as T;
}

/**
 * `persona` writes `input` (the variables `{ input }`) at `agency`: a write
 * that must succeed (see {@link write}), logged under `category` against
 * the person the input names (`input.participantId`).
 */
export async function writeInput<T = any>(
  agency: Agency,
  persona: string,
  query: string,
  input: { participantId: string } & Record<string, unknown>,
  category: string,
): Promise<T> {
  return write<T>(agency, persona, query, { input }, { participantId: input.participantId, category });
}

export type Trace = 'none' | { participantId: string | null; category: string };

/**
 * A write that must be refused with `code`: no data, every table of the
 * owning agency exactly as before, and in the audit log under the request
 * id either nothing (`'none'`) or exactly one DENIED write entry.
 */
export async function refused(
  agency: Agency,
  persona: string,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  trace: Trace,
): Promise<GraphQLAnswer> {
  const before = await snapshot(agency);
  const res = await sys.query(persona, query, variables);
  expect({ code: res.errors?.map((e) => e.extensions?.code), data: res.data ?? null }).toEqual({
    code: [code],
    data: null,
  });
  expect(await snapshot(agency)).toEqual(before);
  const requestId = requestIdOf(res);
  const entries = await auditOf(agency, requestId);
  if (trace === 'none') {
    expect(entries).toEqual([]);
  } else {
    expect(entries).toEqual([
      {
        participant_id: trace.participantId,
        categories: [trace.category],
        action: 'WRITE',
        decision: 'DENIED',
        officer_id: OFFICER[persona]!.id,
        organisation: OFFICER[persona]!.org,
      },
    ]);
  }
  for (const other of AGENCIES) {
    if (other !== agency) expect((await auditOf(other, requestId)).filter((r) => r.action === 'WRITE')).toEqual([]);
  }
  return res;
}

/**
 * A write of `query` that must be refused with `code` (see {@link refused}):
 * by `as`, unless the case says who else; with `variables`; logged as a
 * DENIED write under the category against `loggedAgainst`, or not logged
 * (null).
 */
export interface Refusal {
  readonly as?: string;
  readonly variables: Record<string, unknown>;
  readonly code: string;
  readonly loggedAgainst: string | null;
}

/**
 * What every agency refuses of a consent `input` (as the variables `{ input }`):
 * valid to before valid from, `badDate` as valid from, the agency that holds
 * the records (`holder`, which needs no consent) as recipient, and no
 * categories, BAD_USER_INPUT before anything is logged; of an unknown
 * person, NOT_AVAILABLE, logged against them.
 */
export function refusedConsents(
  input: Record<string, unknown>,
  { badDate, holder }: { badDate: string; holder: string },
): Refusal[] {
  const bad = (change: Record<string, unknown>): Refusal => ({
    variables: { input: { ...input, ...change } },
    code: 'BAD_USER_INPUT',
    loggedAgainst: null,
  });
  return [
    bad({ validTo: '2024-12-31' }),
    bad({ validFrom: badDate }),
    bad({ recipient: holder }),
    bad({ categories: [] }),
    { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
  ];
}

/** Each of `refusals` of `query` at `agency`, in order, by `as` unless it says otherwise, a refused write logged under `category`. */
export async function refusedEach(
  agency: Agency,
  as: string,
  query: string,
  category: string | null,
  refusals: readonly Refusal[],
): Promise<void> {
  for (const r of refusals) {
    if (r.loggedAgainst !== null && category === null) throw new Error('a refusal logged needs its category');
    await refused(
      agency,
      r.as ?? as,
      query,
      r.variables,
      r.code,
      r.loggedAgainst === null ? 'none' : { participantId: r.loggedAgainst, category: category! },
    );
  }
}

/** What `persona` is shown of a person (`participant`) by `query`, whose variable is the person's `id`: no errors. */
export function personReader(query: string): (persona: string, id: string) => Promise<any> {
  return async (persona, id) => {
    const res = await sys.query(persona, query, { id });
    expect(res.errors).toBeUndefined();
    return res.data.participant;
  };
}

/** The interventions of `participantId`'s joint plan that `persona` is shown: the id, agency and status of each. */
export async function jointPlanInterventions(
  persona: string,
  participantId: string,
): Promise<Array<{ id: string; agency: string; status: string }>> {
  const plan = await sys.query(
    persona,
    `query J($id: ID!) { participant(id: $id) { jointPlan { items { intervention { id agency status } } } } }`,
    { id: participantId },
  );
  return plan.data.participant.jointPlan.items.map((i: any) => i.intervention);
}

/** What of the agency's part of `participantId`'s plan `persona` is shown: whether it is withheld, and its interventions. */
export async function planPartOf(
  agency: Agency,
  persona: string,
  participantId: string,
): Promise<{ withheld: { code: string } | null; interventions: Array<Record<string, unknown>> }> {
  const field = AGENCY_TESTS[agency].intervention.planPart;
  const res = await sys.query(
    persona,
    `query P($id: ID!) { participant(id: $id) { ${field} { withheld { code } interventions { id type title status startDate endDate extentPercent } } } }`,
    { id: participantId },
  );
  expect(res.errors).toBeUndefined();
  return res.data.participant[field];
}

/**
 * The agency's intervention of its facts (`intervention.written`) added,
 * changed and ended for `participantId` with the agency's `documents`
 * (add, update, end), each a write that must succeed (see {@link write})
 * with the answer and the plan read back: added with the officer who adds
 * it as responsible; changed on the version read where the agency keeps
 * versions, after which a change from the stale read is CONFLICT with the
 * version now; ended, shown so in the joint plan where the facts name a
 * viewer, and after that neither changed nor ended again (CONFLICT). The
 * intervention's id.
 */
export async function interventionAddedChangedEnded(
  agency: Agency,
  documents: { readonly add: string; readonly update: string; readonly end: string },
  participantId: string,
): Promise<string> {
  const { add, update, end, written: w } = AGENCY_TESTS[agency].intervention;
  if (w === null) throw new Error(`${agency} writes its interventions out in its own tests`);
  const trace = { participantId, category: 'RECORD_INTERVENTIONS' };
  const version = (n: number) => (w.versioned ? { version: n } : {});

  const added = await write(agency, w.by, documents.add, { input: { participantId, ...w.example } }, trace);
  const id: string = added[add].id;
  expect(added[add]).toEqual({
    id,
    agency,
    ...w.example,
    responsibleOfficer: { ...w.officer, agency },
    ...version(1),
  });
  expect((await planPartOf(agency, w.by, participantId)).interventions).toContainEqual({ id, ...w.example });

  const change = { ...w.change, ...(w.versioned ? { expectedVersion: 1 } : {}) };
  const updated = await write(agency, w.by, documents.update, { id, input: change }, trace);
  const { type: _type, ...changed } = { ...w.example, ...w.change };
  expect(updated[update]).toEqual({ id, ...changed, ...version(2) });
  if (w.versioned) {
    // A change from the first read: CONFLICT with the version now.
    const stale = await refused(
      agency,
      w.by,
      documents.update,
      { id, input: { extentPercent: 25, expectedVersion: 1 } },
      'CONFLICT',
      trace,
    );
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
  }

  const { by: ender, ...ending } = w.end;
  const ended = await write(agency, ender, documents.end, { id, ...ending }, trace);
  expect(ended[end]).toEqual({ id, ...ending });
  expect((await planPartOf(agency, ender, participantId)).interventions).toContainEqual({
    id,
    ...w.example,
    ...w.change,
    ...ending,
  });
  if (w.jointPlanViewer !== null)
    expect(await jointPlanInterventions(w.jointPlanViewer, participantId)).toContainEqual({
      id,
      agency,
      status: w.end.status,
    });
  // An ended intervention cannot change any more.
  await refused(agency, w.by, documents.update, { id, input: { title: 'Ny titel' } }, 'CONFLICT', trace);
  await refused(agency, w.by, documents.end, { id, endDate: '2026-06-30', status: 'CANCELLED' }, 'CONFLICT', trace);
  return id;
}

/** A consent the person gives an agency, as its officer records it (its input type's fields). */
export type ConsentInput = {
  readonly participantId: string;
  readonly recipient: string;
  readonly categories: readonly string[];
  readonly validFrom: string;
  readonly validTo?: string;
};

const CONSENT = 'id agency recipient categories validFrom validTo withdrawnAt recordedBy state';

/**
 * `persona` records `input` at `agency`, a write that must succeed (see
 * {@link writeInput}): answered as an ACTIVE consent recorded by the
 * persona's officer, and then listed so to `persona` beside the person's
 * other consents, which stay as they were. The consent.
 */
export async function recordConsent(
  agency: Agency,
  persona: string,
  input: ConsentInput,
): Promise<{ id: string; participantId: string; recipient: string; categories: readonly string[] }> {
  const { record, input: type } = AGENCY_TESTS[agency].consent;
  const before = await consentsOf(agency, persona, input.participantId);
  const data = await writeInput(
    agency,
    persona,
    `mutation C($input: ${type}!) { ${record}(input: $input) { ${CONSENT} } }`,
    input,
    'RECORD_CONSENT',
  );
  const { participantId, ...given } = input;
  const recorded = { validTo: null, ...given, withdrawnAt: null, recordedBy: OFFICER[persona]!.id, state: 'ACTIVE' };
  const id: string = data[record].id;
  expect(data[record]).toEqual({ id, agency, ...recorded });
  const after = await consentsOf(agency, persona, participantId);
  expect(after).toContainEqual({ id, ...recorded });
  expect(after.filter((c) => c.id !== id)).toEqual(before);
  return { id, participantId, recipient: input.recipient, categories: input.categories };
}

/** `persona` withdraws `consent` at `agency`, a write that must succeed (see {@link write}): answered as WITHDRAWN, with when. */
export async function withdrawConsent(
  agency: Agency,
  persona: string,
  consent: { id: string; participantId: string; recipient: string; categories: readonly string[] },
): Promise<void> {
  const { withdraw } = AGENCY_TESTS[agency].consent;
  const data = await write(
    agency,
    persona,
    `mutation W($id: ID!) { ${withdraw}(id: $id) { id recipient categories withdrawnAt state } }`,
    { id: consent.id },
    { participantId: consent.participantId, category: 'RECORD_CONSENT_WITHDRAWAL' },
  );
  expect(data[withdraw]).toMatchObject({
    id: consent.id,
    recipient: consent.recipient,
    categories: consent.categories,
    state: 'WITHDRAWN',
  });
  expect(data[withdraw].withdrawnAt).not.toBeNull();
}

/** The consents the person gives `agency`, as `persona` is shown them. */
async function consentsOf(agency: Agency, persona: string, participantId: string): Promise<Array<{ id: string }>> {
  const field = AGENCY_TESTS[agency].consent.list;
  const res = await sys.query(
    persona,
    `query L($id: ID!) { participant(id: $id) { ${field} { id recipient categories validFrom validTo withdrawnAt recordedBy state } } }`,
    { id: participantId },
  );
  expect(res.errors).toBeUndefined();
  return res.data.participant[field];
}

/** What the caller is told, without what differs on every request. */

export function answerOf(res: GraphQLAnswer) {
  return { status: res.status, data: res.data ?? null, errors: res.errors };
}

/**
 * `query` by `as` about an unknown person and about `theirs`, whom `as`
 * may not touch: both NOT_AVAILABLE with the same answer and message, each
 * refused write logged under `category` against the person named. The
 * answer about the unknown person.
 */
export async function unknownPersonAsNotYours(
  agency: Agency,
  as: string,
  query: string,
  vars: (participantId: string) => Record<string, unknown>,
  theirs: string,
  category: string,
): Promise<GraphQLAnswer> {
  const unknown = await refused(agency, as, query, vars(UNKNOWN), 'NOT_AVAILABLE', {
    participantId: UNKNOWN,
    category,
  });
  const notYours = await refused(agency, as, query, vars(theirs), 'NOT_AVAILABLE', { participantId: theirs, category });
  expect(answerOf(notYours)).toEqual(answerOf(unknown));
  expect(unknown.errors?.[0]?.message).toBe(NOT_AVAILABLE_MESSAGE);
  return unknown;
}

/**
 * `query` by `as` of a record no agency holds (not logged) and of
 * `theirs`, a record of a person `as` may not touch (logged under
 * `category` against that person): both NOT_AVAILABLE with the same answer.
 */
export async function unknownRecordAsNotYours(
  agency: Agency,
  as: string,
  query: string,
  vars: (id: string) => Record<string, unknown>,
  theirs: { id: string; participantId: string },
  category: string,
): Promise<void> {
  const unknown = await refused(agency, as, query, vars(UNKNOWN_RECORD), 'NOT_AVAILABLE', 'none');
  const notYours = await refused(agency, as, query, vars(theirs.id), 'NOT_AVAILABLE', {
    participantId: theirs.participantId,
    category,
  });
  expect(answerOf(notYours)).toEqual(answerOf(unknown));
}

// ---------------------------------------------------------------------------
// Fresh people: enrolled at AF (which issues the id), then registered
// ---------------------------------------------------------------------------

let serial = 0;
/** A valid personnummer of someone born 1975-03-14 that the demo population does not use. */
export function newPersonnummer(): string {
  serial += 1;
  const nine = `750314${String(900 + serial).padStart(3, '0')}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

export async function enrol(): Promise<{ id: string; personnummer: string }> {
  const personnummer = newPersonnummer();
  const res = await sys.query('af-t01', `mutation E($input: EnrolInput!) { enrolParticipant(input: $input) { id } }`, {
    input: {
      personnummer,
      firstName: 'Test',
      lastName: 'Deltagare',
      gender: 'WOMAN',
      bornOutsideEurope: true,
      residentInMalmo: true,
      registeredAtAf: true,
      monthsWithoutWork: 30,
      entryRoute: 'AF',
      enrolledOn: '2025-01-13',
      socialAssistanceAtEnrolment: true,
    },
  });
  expect(res.errors).toBeUndefined();
  return { id: res.data.enrolParticipant.id, personnummer };
}

/** Each registering agency's registration, selecting what its own tests read of the answer. */
export const REGISTER = Object.fromEntries(REGISTERING.map((a) => [a, registerDocument(a)])) as Record<Owner, string>;

/** What an agency's officer enters to register a person enrolled at AF (`enrol`) on a team. */
export function registration(person: { id: string; personnummer: string }, teamId = 'T01') {
  return {
    participantId: person.id,
    personnummer: person.personnummer,
    firstName: 'Test',
    lastName: 'Deltagare',
    teamId,
  };
}

export type Registration = ReturnType<typeof registration>;

/** `persona` registers `input` at `agency`: a write that must succeed (see {@link write}); the answer's data. */
export async function register<T = any>(agency: Owner, persona: string, input: Registration): Promise<T> {
  return writeInput<T>(agency, persona, REGISTER[agency], input, 'REGISTRATION');
}

/**
 * A registration that must be refused: who tries (`as`), what of the
 * registration they enter differs (`input`), the code, and whom the
 * refused write is logged against at the agency (null: nothing logged).
 */
export interface RegistrationRefusal {
  readonly as: string;
  readonly input?: Partial<Registration>;
  readonly code: string;
  readonly loggedAgainst: string | null;
}

/**
 * A second registration of `input`, registered before by `registrar`:
 * the same again is ALREADY_REGISTERED; the same personnummer under
 * another id is ALREADY_REGISTERED to each of `mayKnow` (staff who work
 * with the person) and NOT_AVAILABLE to `mayNotKnow` (staff who do not),
 * each logged against the person the agency holds, not the id given; a
 * person of the seed under a new personnummer is ALREADY_REGISTERED.
 */
export function duplicateRegistrations(
  input: Registration,
  who: { registrar: string; mayKnow?: readonly string[]; mayNotKnow: string },
): RegistrationRefusal[] {
  const other = { participantId: 'P-ZZZZZZZY' };
  return [
    { as: who.registrar, code: 'ALREADY_REGISTERED', loggedAgainst: input.participantId },
    ...(who.mayKnow ?? []).map((as) => ({
      as,
      input: other,
      code: 'ALREADY_REGISTERED',
      loggedAgainst: input.participantId,
    })),
    { as: who.mayNotKnow, input: other, code: 'NOT_AVAILABLE', loggedAgainst: input.participantId },
    {
      as: who.registrar,
      input: { participantId: DEMO, personnummer: newPersonnummer() },
      code: 'ALREADY_REGISTERED',
      loggedAgainst: DEMO,
    },
  ];
}

/**
 * Registrations of a new id and personnummer by officers of other
 * agencies (`personas`): NOT_AVAILABLE, as a duplicate is to those who may
 * not know, and logged against the id given.
 */
export function registrationsByOtherAgencies(input: Registration, personas: readonly string[]): RegistrationRefusal[] {
  return personas.map((as) => ({
    as,
    input: { participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer() },
    code: 'NOT_AVAILABLE',
    loggedAgainst: 'P-ZZZZZZZX',
  }));
}

/** Each of `refusals` of `input` at `agency`, in order, each as {@link refused}. */
export async function refusedRegistrations(
  agency: Owner,
  input: Registration,
  refusals: readonly RegistrationRefusal[],
): Promise<void> {
  for (const r of refusals) {
    await refused(
      agency,
      r.as,
      REGISTER[agency],
      { input: { ...input, ...r.input } },
      r.code,
      r.loggedAgainst === null ? 'none' : { participantId: r.loggedAgainst, category: 'REGISTRATION' },
    );
  }
}

/** A person enrolled at AF and registered by `persona` at `agency` on `teamId`. */
export async function freshAt(
  agency: Owner,
  persona: string,
  teamId = 'T01',
): Promise<{ id: string; personnummer: string }> {
  const person = await enrol();
  await register(agency, persona, registration(person, teamId));
  return person;
}

// ===========================================================================
// Each agency's writes, as GraphQL documents
// ===========================================================================

/** Malmö stad. */
export const M = {
  assign: `mutation A($pid: ID!, $officer: MalmoOfficerInput!) { assignMalmoOfficer(participantId: $pid, officer: $officer) { id
    malmoPlanPart { responsibleOfficers { id role } } } }`,
  add: `mutation A($input: MalmoInterventionInput!) { addMalmoIntervention(input: $input) {
    id agency type title status startDate endDate extentPercent responsibleOfficer { id role agency } } }`,
  update: `mutation U($id: ID!, $input: MalmoInterventionUpdate!) { updateMalmoIntervention(id: $id, input: $input) {
    id status title startDate endDate extentPercent } }`,
  end: `mutation E($id: ID!, $endDate: Date!, $status: MalmoEndStatus!) { endMalmoIntervention(id: $id, endDate: $endDate, status: $status) {
    id status endDate } }`,
  period: `mutation P($input: SocialAssistancePeriodInput!) { recordSocialAssistancePeriod(input: $input) {
    id startDate endDate monthlyAmount householdSize investigationNotes recordedBy } }`,
  endPeriod: `mutation P($id: ID!, $endDate: Date!) { endSocialAssistancePeriod(id: $id, endDate: $endDate) { id startDate endDate monthlyAmount } }`,
  consent: `mutation C($input: MalmoConsentInput!) { recordMalmoConsent(input: $input) {
    id agency recipient categories validFrom validTo withdrawnAt recordedBy state } }`,
  withdraw: `mutation W($id: ID!) { withdrawMalmoConsent(id: $id) { id recipient categories withdrawnAt state } }`,
  read: `query R($id: ID!) { participant(id: $id) { id
    malmoPlanPart { withheld { code } interventions { id type title status startDate endDate extentPercent } responsibleOfficers { id name role agency } }
    socialAssistance { withheld { code } receives since }
    socialAssistanceDetails { withheld { code } periods { id startDate endDate monthlyAmount householdSize investigationNotes recordedBy } }
    malmoConsents { id recipient categories validFrom validTo state withdrawnAt recordedBy } } }`,
};

/** Försäkringskassan. */
export const F = {
  add: `mutation A($input: FkInterventionInput!) { addFkIntervention(input: $input) {
    id agency type title status startDate endDate extentPercent responsibleOfficer { id role agency } } }`,
  update: `mutation U($id: ID!, $input: FkInterventionUpdate!) { updateFkIntervention(id: $id, input: $input) { id status title startDate endDate extentPercent } }`,
  end: `mutation E($id: ID!, $endDate: Date!, $status: FkEndStatus!) { endFkIntervention(id: $id, endDate: $endDate, status: $status) { id status endDate } }`,
  consent: `mutation C($input: FkConsentInput!) { recordFkConsent(input: $input) { id agency recipient categories validFrom validTo withdrawnAt recordedBy state } }`,
  withdraw: `mutation W($id: ID!) { withdrawFkConsent(id: $id) { id recipient categories withdrawnAt state } }`,
  benefit: `mutation B($input: BenefitPeriodInput!) { recordBenefitPeriod(input: $input) { id type extentPercent start end } }`,
  endBenefit: `mutation B($id: ID!, $end: Date!) { endBenefitPeriod(id: $id, end: $end) { id type extentPercent start end } }`,
  capacity: `mutation W($input: WorkCapacityAssessmentInput!) { recordWorkCapacityAssessment(input: $input) { id assessedOn capacityPercent summary } }`,
  referral: `mutation R($input: FkReferralInput!) { recordFkReferral(input: $input) { withheld { code } referredOn } }`,
  read: `query R($id: ID!) { participant(id: $id) { id
    fkPlanPart { withheld { code } interventions { id type title status startDate endDate extentPercent } responsibleOfficers { id role agency } }
    benefits { withheld { code } periods { id type extentPercent start end } }
    workCapacity { withheld { code } assessments { id assessedOn capacityPercent summary } }
    fkConsents { id recipient categories validFrom validTo state withdrawnAt recordedBy }
    fkReferral { withheld { code } referredOn } } }`,
};
