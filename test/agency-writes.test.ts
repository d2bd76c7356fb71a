import { addDays, luhnCheckDigit, NOT_AVAILABLE_MESSAGE, SHOWCASE, type Agency } from '@malmokraften/shared';
import { startTestSystem, type GraphQLAnswer, type TestSystem } from './support/harness';

/**
 * Writes of Malmö stad, Försäkringskassan and Region Skåne, end to end
 * through the gateway: every mutation of the three subgraphs with the
 * owning agency's officers, the written record read back through the
 * agency's own fields, refusals with their codes, nothing half-written, and
 * the audit trail each write (or refused write) leaves at the data owner.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 20, discharged: 2 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

/** Team T01, known to all agencies, consents to everything. */
const DEMO = SHOWCASE.consenting;
/** Well-formed, and known to no agency. */
const UNKNOWN = 'P-ZZZZZZZZ';
/** Well-formed record id that no agency holds. */
const UNKNOWN_RECORD = '00000000-0000-4000-8000-000000000000';

type Owner = Exclude<Agency, 'AF'>;

// ---------------------------------------------------------------------------
// Looking at the databases directly
// ---------------------------------------------------------------------------

/**
 * Every person-level table of each agency, with what of a row the
 * subgraph's role may read (some columns are not granted to it): the
 * snapshot compares row counts and a digest of the readable content.
 */
const TABLES: Record<Owner, Record<string, string>> = {
  MALMO: { participant: 't', assignment: 't', consent: 't', intervention: 't', social_assistance_period: 't' },
  FK: {
    participant: 't',
    assignment: 't',
    consent: 't',
    intervention: 't',
    benefit_period: 'row(t.id, t.participant_id, t.type, t.extent_percent, t.start_date, t.end_date, t.version)',
    work_capacity_assessment: 'row(t.id, t.participant_id, t.assessed_on, t.capacity_percent, t.summary)',
    fk_referral: 'row(t.id, t.participant_id, t.referred_on)',
  },
  REGION: {
    participant: 't',
    assignment: 't',
    consent: 't',
    intervention: 't',
    care_activity_note: 't',
    clinical_note: 'row(t.id, t.written_at)',
  },
};

type Snapshot = Record<string, { n: number; digest: string }>;

async function snapshot(agency: Owner): Promise<Snapshot> {
  const sql = Object.entries(TABLES[agency])
    .map(
      ([table, row]) =>
        `SELECT '${table}' AS tbl, count(*)::int AS n, md5(coalesce(string_agg((${row})::text, '|' ORDER BY (${row})::text), '')) AS digest FROM ${table} t`,
    )
    .join(' UNION ALL ');
  const rows: Array<{ tbl: string; n: number; digest: string }> = await sys.subgraphs[agency].dataSource.query(sql);
  return Object.fromEntries(rows.map((r) => [r.tbl, { n: r.n, digest: r.digest }]));
}

async function rowCount(agency: Owner, table: string, participantId?: string): Promise<number> {
  const column = table === 'participant' ? 'id' : 'participant_id';
  const rows: Array<{ n: number }> = participantId
    ? await sys.subgraphs[agency].dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [
        participantId,
      ])
    : await sys.subgraphs[agency].dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

interface AuditRow {
  participant_id: string | null;
  categories: string[];
  action: string;
  decision: string;
  officer_id: string;
  organisation: string;
}

async function auditOf(agency: Agency, requestId: string): Promise<AuditRow[]> {
  return sys.subgraphs[agency].dataSource.query(
    `SELECT participant_id, categories, action, decision, officer_id, organisation FROM audit_log WHERE request_id = $1 ORDER BY seq`,
    [requestId],
  );
}

function requestIdOf(res: GraphQLAnswer): string {
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
  return id!;
}

const OFFICER: Record<string, { id: string; org: Agency }> = {
  'soc-t01': { id: 'malmo-2001', org: 'MALMO' },
  'ams-t01': { id: 'malmo-2101', org: 'MALMO' },
  syv: { id: 'malmo-2201', org: 'MALMO' },
  'soc-other': { id: 'malmo-2003', org: 'MALMO' },
  'ams-other': { id: 'malmo-2103', org: 'MALMO' },
  'soc-t02': { id: 'malmo-2002', org: 'MALMO' },
  'fk-utredare': { id: 'fk-3001', org: 'FK' },
  'fk-other': { id: 'fk-3002', org: 'FK' },
  'region-vsam': { id: 'region-4001', org: 'REGION' },
  'region-other': { id: 'region-4002', org: 'REGION' },
  'af-t01': { id: 'af-1001', org: 'AF' },
};

// ---------------------------------------------------------------------------
// Writing and being refused
// ---------------------------------------------------------------------------

/**
 * A write that must succeed: no errors, and exactly one WRITE entry in the
 * owning agency's audit log under the request id of the answer, granted,
 * for the person and category concerned; no other agency logs a write.
 */
async function write<T = any>(
  agency: Owner,
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
  for (const other of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
    if (other === agency) continue;
    expect((await auditOf(other, requestId)).filter((r) => r.action === 'WRITE')).toEqual([]);
  }
  return res.data as T;
}

type Trace = 'none' | { participantId: string; category: string };

/**
 * A write that must be refused with `code`: no data, every table of the
 * owning agency exactly as before, and in the audit log under the request
 * id either nothing (`'none'`) or exactly one DENIED write entry.
 */
async function refused(
  agency: Owner,
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
  for (const other of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
    if (other !== agency) expect((await auditOf(other, requestId)).filter((r) => r.action === 'WRITE')).toEqual([]);
  }
  return res;
}

/** What the caller is told, without what differs on every request. */
function answerOf(res: GraphQLAnswer) {
  return { status: res.status, data: res.data ?? null, errors: res.errors };
}

// ---------------------------------------------------------------------------
// Fresh people: enrolled at AF (which issues the id), then registered
// ---------------------------------------------------------------------------

let serial = 0;
/** A valid personnummer of someone born 1975-03-14 that the demo population does not use. */
function newPersonnummer(): string {
  serial += 1;
  const nine = `750314${String(900 + serial).padStart(3, '0')}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

async function enrol(): Promise<{ id: string; personnummer: string }> {
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

const REGISTER: Record<Owner, string> = {
  MALMO: `mutation R($input: MalmoRegisterInput!) { registerMalmoParticipant(input: $input) { id
    malmoPlanPart { withheld { code } interventions { id } responsibleOfficers { id name role agency } } } }`,
  FK: `mutation R($input: FkRegistrationInput!) { registerFkParticipant(input: $input) { id
    fkPlanPart { withheld { code } interventions { id } responsibleOfficers { id name role agency } } } }`,
  REGION: `mutation R($input: RegionRegistrationInput!) { registerRegionParticipant(input: $input) { id
    careCoordination { withheld { code } careCoordinator { id name role agency } activities { id } } } }`,
};

/** A person enrolled at AF and registered by `persona` at `agency` on `teamId`. */
async function freshAt(agency: Owner, persona: string, teamId = 'T01'): Promise<{ id: string; personnummer: string }> {
  const person = await enrol();
  const input = {
    participantId: person.id,
    personnummer: person.personnummer,
    firstName: 'Test',
    lastName: 'Deltagare',
    teamId,
  };
  await write(agency, persona, REGISTER[agency], { input }, { participantId: person.id, category: 'REGISTRATION' });
  return person;
}

// ===========================================================================
// Malmö stad
// ===========================================================================

const M = {
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

async function readMalmo(persona: string, id: string) {
  const res = await sys.query(persona, M.read, { id });
  expect(res.errors).toBeUndefined();
  return res.data.participant;
}

describe('Malmö stad', () => {
  const period = {
    startDate: '2025-01-01',
    monthlyAmount: 9450.5,
    householdSize: 2,
    investigationNotes: 'Utredning enligt 4 kap. 1 § SoL.',
  };
  const intervention = {
    type: 'WORK_TRAINING',
    title: 'Arbetsträning i parkförvaltningen',
    status: 'PLANNED',
    startDate: '2026-01-12',
    endDate: '2026-06-30',
    extentPercent: 50,
  };

  it('registers a person once and assigns the registering officer; a second registration is ALREADY_REGISTERED', async () => {
    const person = await enrol();
    const input = {
      participantId: person.id,
      personnummer: person.personnummer,
      firstName: 'Test',
      lastName: 'Deltagare',
      teamId: 'T01',
    };
    const data = await write(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input },
      { participantId: person.id, category: 'REGISTRATION' },
    );
    expect(data.registerMalmoParticipant.id).toBe(person.id);
    expect(await rowCount('MALMO', 'participant', person.id)).toBe(1);
    // The registering socialsekreterare is assigned and sees the (empty) social-assistance records.
    const read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistanceDetails).toEqual({ withheld: null, periods: [] });
    expect(read.socialAssistance).toEqual({ withheld: null, receives: false, since: null });
    expect(read.malmoConsents).toEqual([]);
    const assigned = await sys.subgraphs.MALMO.dataSource.query(
      'SELECT officer_id, role FROM assignment WHERE participant_id = $1',
      [person.id],
    );
    expect(assigned).toEqual([{ officer_id: 'malmo-2001', role: 'SOCIALSEKRETERARE' }]);

    // Twice: the same id, the same personnummer under another id, and a person from the seed.
    await refused('MALMO', 'soc-t01', REGISTER.MALMO, { input }, 'ALREADY_REGISTERED', {
      participantId: input.participantId,
      category: 'REGISTRATION',
    });
    // Told to Malmö staff who work with the person, and logged against the person Malmö holds, not the id given.
    await refused(
      'MALMO',
      'ams-t01',
      REGISTER.MALMO,
      { input: { ...input, participantId: 'P-ZZZZZZZY' } },
      'ALREADY_REGISTERED',
      {
        participantId: person.id,
        category: 'REGISTRATION',
      },
    );
    // To Malmö staff who do not work with the person, a duplicate reads as a refused registration.
    await refused(
      'MALMO',
      'soc-other',
      REGISTER.MALMO,
      { input: { ...input, participantId: 'P-ZZZZZZZY' } },
      'NOT_AVAILABLE',
      {
        participantId: person.id,
        category: 'REGISTRATION',
      },
    );
    await refused(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input: { ...input, participantId: DEMO, personnummer: newPersonnummer() } },
      'ALREADY_REGISTERED',
      {
        participantId: DEMO,
        category: 'REGISTRATION',
      },
    );
  });

  it('refuses registrations with bad input, by another agency and by no one of its staff', async () => {
    const person = await enrol();
    const input = {
      participantId: person.id,
      personnummer: person.personnummer,
      firstName: 'Test',
      lastName: 'Deltagare',
      teamId: 'T01',
    };
    await refused(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input: { ...input, personnummer: '197503149000' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input: { ...input, participantId: 'nope' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input: { ...input, teamId: 'team one' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'soc-t01',
      REGISTER.MALMO,
      { input: { ...input, firstName: '   ' } },
      'BAD_USER_INPUT',
      'none',
    );
    // Registration is for Malmö staff: refused (as a duplicate would be, to those who may not know), and the refusal is logged.
    await refused('MALMO', 'af-t01', REGISTER.MALMO, { input }, 'NOT_AVAILABLE', {
      participantId: input.participantId,
      category: 'REGISTRATION',
    });
    expect(await rowCount('MALMO', 'participant', person.id)).toBe(0);
  });

  it('records social assistance on a seeded person, visible to the socialsekreterare only', async () => {
    // P-DEMO0001 has had an open period since before enrolment; an earlier, closed period fits a year before it.
    const since = sys.people.find((p) => p.id === DEMO)!.socialAssistance!.from;
    const earlier = { startDate: addDays(since, -730), endDate: addDays(since, -366) };
    const data = await write(
      'MALMO',
      'soc-t01',
      M.period,
      {
        input: {
          participantId: DEMO,
          ...earlier,
          monthlyAmount: 7200,
          householdSize: 3,
          investigationNotes: 'Tidigare period.',
        },
      },
      { participantId: DEMO, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    const recorded = data.recordSocialAssistancePeriod;
    expect(recorded).toMatchObject({
      ...earlier,
      monthlyAmount: 7200,
      householdSize: 3,
      investigationNotes: 'Tidigare period.',
      recordedBy: 'malmo-2001',
    });
    const read = await readMalmo('soc-t01', DEMO);
    expect(read.socialAssistanceDetails.periods).toContainEqual(recorded);
    // The gap after the earlier period keeps "since" at the open period's start.
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since });
    // The arbetsmarknadssekreterare on the same team does not see the details.
    const ams = await readMalmo('ams-t01', DEMO);
    expect(ams.socialAssistanceDetails).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });
    // Overlapping the open period: CONFLICT, nothing stored.
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: DEMO, startDate: '2024-01-01', monthlyAmount: 100, householdSize: 1 } },
      'CONFLICT',
      {
        participantId: DEMO,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
  });

  it('records and ends a period of social assistance on a fresh person', async () => {
    const person = await freshAt('MALMO', 'soc-t01');
    const data = await write(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: person.id, ...period } },
      { participantId: person.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    const id = data.recordSocialAssistancePeriod.id;
    expect(data.recordSocialAssistancePeriod).toEqual({
      id,
      startDate: '2025-01-01',
      endDate: null,
      monthlyAmount: 9450.5,
      householdSize: 2,
      investigationNotes: period.investigationNotes,
      recordedBy: 'malmo-2001',
    });
    let read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since: '2025-01-01' });
    expect(read.socialAssistanceDetails.periods).toEqual([data.recordSocialAssistancePeriod]);

    // An open period cannot have another one beside it.
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: person.id, ...period, startDate: '2025-03-01' } },
      'CONFLICT',
      {
        participantId: person.id,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
    // Its end cannot be before its start, and not a day that does not exist.
    await refused('MALMO', 'soc-t01', M.endPeriod, { id, endDate: '2024-12-31' }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_SOCIAL_ASSISTANCE',
    });
    await refused('MALMO', 'soc-t01', M.endPeriod, { id, endDate: '2025-02-30' }, 'BAD_USER_INPUT', 'none');

    const ended = await write(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id, endDate: '2025-06-30' },
      { participantId: person.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    expect(ended.endSocialAssistancePeriod).toEqual({
      id,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      monthlyAmount: 9450.5,
    });
    read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: false, since: null });
    expect(read.socialAssistanceDetails.periods).toEqual([
      { ...data.recordSocialAssistancePeriod, endDate: '2025-06-30' },
    ]);
    // Ended once only.
    await refused('MALMO', 'soc-t01', M.endPeriod, { id, endDate: '2025-07-31' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_SOCIAL_ASSISTANCE',
    });
    // A period after it, back to back, continues it.
    await write(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: person.id, ...period, startDate: '2025-07-01' } },
      { participantId: person.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since: '2025-01-01' });
  });

  it('refuses bad social-assistance periods with BAD_USER_INPUT and stores nothing', async () => {
    const base = {
      participantId: DEMO,
      startDate: '2021-01-01',
      endDate: '2021-06-30',
      monthlyAmount: 5000,
      householdSize: 1,
    };
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { ...base, endDate: '2020-12-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'soc-t01', M.period, { input: { ...base, monthlyAmount: -1 } }, 'BAD_USER_INPUT', 'none');
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { ...base, monthlyAmount: 100.001 } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'soc-t01', M.period, { input: { ...base, householdSize: 0 } }, 'BAD_USER_INPUT', 'none');
    await refused('MALMO', 'soc-t01', M.period, { input: { ...base, householdSize: -2 } }, 'BAD_USER_INPUT', 'none');
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { ...base, startDate: '2021-02-29' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { ...base, startDate: '01/02/2021' } },
      'BAD_USER_INPUT',
      'none',
    );
    // Unknown or malformed person: NOT_AVAILABLE. A well-formed id leaves the refused write in the log.
    await refused('MALMO', 'soc-t01', M.period, { input: { ...base, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_SOCIAL_ASSISTANCE',
    });
    await refused('MALMO', 'soc-t01', M.period, { input: { ...base, participantId: 'P-1' } }, 'NOT_AVAILABLE', 'none');
  });

  it('lets only the socialsekreterare who works with the person record social assistance', async () => {
    const input = {
      participantId: DEMO,
      startDate: '2021-01-01',
      endDate: '2021-06-30',
      monthlyAmount: 5000,
      householdSize: 1,
    };
    const trace = { participantId: DEMO, category: 'RECORD_SOCIAL_ASSISTANCE' };
    await refused('MALMO', 'af-t01', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'fk-utredare', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'ams-t01', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'soc-other', M.period, { input }, 'NOT_AVAILABLE', trace);
    const open = (await readMalmo('soc-t01', DEMO)).socialAssistanceDetails.periods.find(
      (p: { endDate: string | null }) => p.endDate === null,
    );
    await refused('MALMO', 'af-t01', M.endPeriod, { id: open.id, endDate: '2026-01-31' }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'soc-other', M.endPeriod, { id: open.id, endDate: '2026-01-31' }, 'NOT_AVAILABLE', trace);
  });

  it('adds, updates and ends municipal interventions (labour-market unit and adult education)', async () => {
    const added = await write(
      'MALMO',
      'ams-t01',
      M.add,
      { input: { participantId: DEMO, ...intervention } },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    const id = added.addMalmoIntervention.id;
    expect(added.addMalmoIntervention).toEqual({
      id,
      agency: 'MALMO',
      ...intervention,
      responsibleOfficer: { id: 'malmo-2101', role: 'ARBETSMARKNADSSEKRETERARE', agency: 'MALMO' },
    });
    let part = (await readMalmo('ams-t01', DEMO)).malmoPlanPart;
    expect(part.interventions).toContainEqual({ id, ...intervention });

    const updated = await write(
      'MALMO',
      'ams-t01',
      M.update,
      { id, input: { status: 'ONGOING', extentPercent: 75, title: 'Arbetsträning, park' } },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    expect(updated.updateMalmoIntervention).toEqual({
      id,
      status: 'ONGOING',
      title: 'Arbetsträning, park',
      startDate: '2026-01-12',
      endDate: '2026-06-30',
      extentPercent: 75,
    });

    // The SYV (adult education) runs the interventions together with the labour-market unit.
    const ended = await write(
      'MALMO',
      'syv',
      M.end,
      { id, endDate: '2026-05-29', status: 'COMPLETED' },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    expect(ended.endMalmoIntervention).toEqual({ id, status: 'COMPLETED', endDate: '2026-05-29' });
    part = (await readMalmo('syv', DEMO)).malmoPlanPart;
    expect(part.interventions).toContainEqual({
      id,
      ...intervention,
      title: 'Arbetsträning, park',
      status: 'COMPLETED',
      endDate: '2026-05-29',
      extentPercent: 75,
    });
    // The joint plan shows it too.
    const plan = await sys.query(
      'af-t01',
      `query J($id: ID!) { participant(id: $id) { jointPlan { items { intervention { id agency status } } } } }`,
      { id: DEMO },
    );
    expect(plan.data.participant.jointPlan.items.map((i: any) => i.intervention)).toContainEqual({
      id,
      agency: 'MALMO',
      status: 'COMPLETED',
    });

    // An ended intervention cannot change any more.
    await refused('MALMO', 'ams-t01', M.update, { id, input: { title: 'Ny titel' } }, 'CONFLICT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('MALMO', 'ams-t01', M.end, { id, endDate: '2026-06-30', status: 'CANCELLED' }, 'CONFLICT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });

    const sfi = await write(
      'MALMO',
      'syv',
      M.add,
      { input: { participantId: DEMO, type: 'SFI', title: 'SFI kurs C', status: 'ONGOING', startDate: '2026-02-02' } },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    expect(sfi.addMalmoIntervention.responsibleOfficer).toEqual({
      id: 'malmo-2201',
      role: 'STUDIE_OCH_YRKESVAGLEDARE',
      agency: 'MALMO',
    });
  });

  it('refuses bad interventions with their codes and stores nothing', async () => {
    const input = { participantId: DEMO, ...intervention };
    await refused('MALMO', 'ams-t01', M.add, { input: { ...input, endDate: '2026-01-11' } }, 'BAD_USER_INPUT', 'none');
    await refused('MALMO', 'ams-t01', M.add, { input: { ...input, extentPercent: 101 } }, 'BAD_USER_INPUT', 'none');
    await refused('MALMO', 'ams-t01', M.add, { input: { ...input, extentPercent: -1 } }, 'BAD_USER_INPUT', 'none');
    await refused(
      'MALMO',
      'ams-t01',
      M.add,
      { input: { ...input, startDate: '2026-13-01' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'ams-t01',
      M.add,
      { input: { ...input, status: 'ONGOING', startDate: null } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'ams-t01', M.add, { input: { ...input, title: ' ' } }, 'BAD_USER_INPUT', 'none');
    await refused('MALMO', 'ams-t01', M.add, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_INTERVENTIONS',
    });

    const added = await write(
      'MALMO',
      'ams-t01',
      M.add,
      { input },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    const id = added.addMalmoIntervention.id;
    await refused('MALMO', 'ams-t01', M.update, { id, input: { endDate: '2025-12-31' } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('MALMO', 'ams-t01', M.update, { id, input: { extentPercent: 150 } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('MALMO', 'ams-t01', M.update, { id, input: { startDate: '2026-02-31' } }, 'BAD_USER_INPUT', 'none');
    await refused('MALMO', 'ams-t01', M.end, { id, endDate: '2026-01-01', status: 'COMPLETED' }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused(
      'MALMO',
      'ams-t01',
      M.end,
      { id, endDate: 'tomorrow', status: 'COMPLETED' },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'ams-t01', M.update, { id: UNKNOWN_RECORD, input: { title: 'x' } }, 'NOT_AVAILABLE', 'none');
    await refused(
      'MALMO',
      'ams-t01',
      M.end,
      { id: 'not-an-id', endDate: '2026-06-30', status: 'CANCELLED' },
      'NOT_AVAILABLE',
      'none',
    );

    // Social services and other agencies do not record municipal interventions.
    const trace = { participantId: DEMO, category: 'RECORD_INTERVENTIONS' };
    await refused('MALMO', 'soc-t01', M.add, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'af-t01', M.add, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'region-vsam', M.update, { id, input: { title: 'x' } }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'af-t01', M.end, { id, endDate: '2026-06-30', status: 'CANCELLED' }, 'NOT_AVAILABLE', trace);
    await refused(
      'MALMO',
      'ams-other',
      M.end,
      { id, endDate: '2026-06-30', status: 'CANCELLED' },
      'NOT_AVAILABLE',
      trace,
    );
    expect((await readMalmo('ams-t01', DEMO)).malmoPlanPart.interventions).toContainEqual({ id, ...intervention });
  });

  it('records and withdraws consents, each by the part that holds the category, with effect from the next request', async () => {
    const person = await freshAt('MALMO', 'soc-t01');
    // The arbetsmarknadssekreterare works with the person through the team, and cannot see the status yet.
    expect((await readMalmo('ams-t01', person.id)).socialAssistance.withheld).toEqual({ code: 'WITHHELD' });
    await write(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: person.id, ...period } },
      { participantId: person.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );

    const given = await write(
      'MALMO',
      'soc-t01',
      M.consent,
      {
        input: {
          participantId: person.id,
          recipient: 'MALMO_LABOUR_MARKET',
          categories: ['SOCIAL_ASSISTANCE_STATUS'],
          validFrom: '2025-01-01',
        },
      },
      { participantId: person.id, category: 'RECORD_CONSENT' },
    );
    const consent = given.recordMalmoConsent;
    expect(consent).toEqual({
      id: consent.id,
      agency: 'MALMO',
      recipient: 'MALMO_LABOUR_MARKET',
      categories: ['SOCIAL_ASSISTANCE_STATUS'],
      validFrom: '2025-01-01',
      validTo: null,
      withdrawnAt: null,
      recordedBy: 'malmo-2001',
      state: 'ACTIVE',
    });
    expect((await readMalmo('soc-t01', person.id)).malmoConsents).toEqual([
      {
        id: consent.id,
        recipient: 'MALMO_LABOUR_MARKET',
        categories: ['SOCIAL_ASSISTANCE_STATUS'],
        validFrom: '2025-01-01',
        validTo: null,
        state: 'ACTIVE',
        withdrawnAt: null,
        recordedBy: 'malmo-2001',
      },
    ]);
    expect((await readMalmo('ams-t01', person.id)).socialAssistance).toEqual({
      withheld: null,
      receives: true,
      since: '2025-01-01',
    });

    // The person withdraws through whoever they meet: here the arbetsmarknadssekreterare.
    const withdrawn = await write(
      'MALMO',
      'ams-t01',
      M.withdraw,
      { id: consent.id },
      { participantId: person.id, category: 'RECORD_CONSENT_WITHDRAWAL' },
    );
    expect(withdrawn.withdrawMalmoConsent).toMatchObject({
      id: consent.id,
      recipient: 'MALMO_LABOUR_MARKET',
      state: 'WITHDRAWN',
    });
    expect(withdrawn.withdrawMalmoConsent.withdrawnAt).not.toBeNull();
    expect((await readMalmo('ams-t01', person.id)).socialAssistance).toEqual({
      withheld: { code: 'WITHHELD' },
      receives: null,
      since: null,
    });
    expect((await readMalmo('soc-t01', person.id)).malmoConsents[0].state).toBe('WITHDRAWN');

    // Interventions are shared by the labour-market unit or adult education.
    const shared = await write(
      'MALMO',
      'syv',
      M.consent,
      {
        input: {
          participantId: person.id,
          recipient: 'AF',
          categories: ['INTERVENTIONS'],
          validFrom: '2025-01-01',
          validTo: '2030-12-31',
        },
      },
      { participantId: person.id, category: 'RECORD_CONSENT' },
    );
    expect(shared.recordMalmoConsent).toMatchObject({
      recipient: 'AF',
      categories: ['INTERVENTIONS'],
      validTo: '2030-12-31',
      recordedBy: 'malmo-2201',
      state: 'ACTIVE',
    });
    expect((await readMalmo('af-t01', person.id)).malmoPlanPart.withheld).toBeNull();
  });

  it('refuses bad consents and consents recorded by a part that does not hold the category', async () => {
    const input = {
      participantId: DEMO,
      recipient: 'AF',
      categories: ['SOCIAL_ASSISTANCE_STATUS'],
      validFrom: '2025-01-01',
    };
    await refused(
      'MALMO',
      'soc-t01',
      M.consent,
      { input: { ...input, validTo: '2024-12-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'soc-t01',
      M.consent,
      { input: { ...input, validFrom: '2025-02-30' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'soc-t01', M.consent, { input: { ...input, categories: [] } }, 'BAD_USER_INPUT', 'none');
    // The holder itself needs no consent.
    await refused(
      'MALMO',
      'soc-t01',
      M.consent,
      { input: { ...input, recipient: 'MALMO_SOCIAL_SERVICES' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('MALMO', 'soc-t01', M.consent, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_CONSENT',
    });
    // Decided by the caller's part alone: FORBIDDEN, and the refusal is logged.
    const trace = { participantId: DEMO, category: 'RECORD_CONSENT' };
    await refused('MALMO', 'ams-t01', M.consent, { input }, 'FORBIDDEN', trace);
    await refused(
      'MALMO',
      'soc-t01',
      M.consent,
      { input: { ...input, categories: ['INTERVENTIONS'] } },
      'FORBIDDEN',
      trace,
    );
    await refused('MALMO', 'af-t01', M.consent, { input }, 'FORBIDDEN', trace);
    // Social services, but not working with the person.
    await refused('MALMO', 'soc-other', M.consent, { input }, 'NOT_AVAILABLE', trace);

    const consent = (await readMalmo('soc-t01', DEMO)).malmoConsents[0];
    const withdrawal = { participantId: DEMO, category: 'RECORD_CONSENT_WITHDRAWAL' };
    await refused('MALMO', 'af-t01', M.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('MALMO', 'soc-other', M.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('MALMO', 'soc-t01', M.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
    expect((await readMalmo('soc-t01', DEMO)).malmoConsents[0].state).toBe(consent.state);
  });

  it("assigns officers of the caller's own part only", async () => {
    const person = await freshAt('MALMO', 'ams-t01', 'T05');
    // soc-t02 is on neither the person's team nor assigned: nothing of social services is visible to them.
    expect((await readMalmo('soc-t02', person.id)).socialAssistanceDetails.withheld).toEqual({ code: 'WITHHELD' });
    const trace = { participantId: person.id, category: 'RECORD_ASSIGNMENT' };
    // An arbetsmarknadssekreterare cannot give a socialsekreterare access.
    await refused(
      'MALMO',
      'ams-t01',
      M.assign,
      { pid: person.id, officer: { officerId: 'malmo-2002', name: 'Sara Nilsson', role: 'SOCIALSEKRETERARE' } },
      'FORBIDDEN',
      trace,
    );
    await refused(
      'MALMO',
      'af-t01',
      M.assign,
      { pid: person.id, officer: { officerId: 'malmo-2102', name: 'Leyla Yılmaz', role: 'ARBETSMARKNADSSEKRETERARE' } },
      'FORBIDDEN',
      trace,
    );
    // Of a part that may assign its own officer, but not working with the person (not on T05, not assigned): NOT_AVAILABLE.
    await refused(
      'MALMO',
      'syv',
      M.assign,
      {
        pid: person.id,
        officer: { officerId: 'malmo-2201', name: 'Maria Ekström', role: 'STUDIE_OCH_YRKESVAGLEDARE' },
      },
      'NOT_AVAILABLE',
      trace,
    );
    await refused(
      'MALMO',
      'ams-t01',
      M.assign,
      { pid: person.id, officer: { officerId: 'bad id!', name: 'X', role: 'ARBETSMARKNADSSEKRETERARE' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'MALMO',
      'ams-t01',
      M.assign,
      { pid: UNKNOWN, officer: { officerId: 'malmo-2102', name: 'Leyla Yılmaz', role: 'ARBETSMARKNADSSEKRETERARE' } },
      'NOT_AVAILABLE',
      {
        participantId: UNKNOWN,
        category: 'RECORD_ASSIGNMENT',
      },
    );

    const data = await write(
      'MALMO',
      'ams-t01',
      M.assign,
      { pid: person.id, officer: { officerId: 'malmo-2102', name: 'Leyla Yılmaz', role: 'ARBETSMARKNADSSEKRETERARE' } },
      { participantId: person.id, category: 'RECORD_ASSIGNMENT' },
    );
    expect(data.assignMalmoOfficer.malmoPlanPart.responsibleOfficers).toEqual(
      expect.arrayContaining([
        { id: 'malmo-2101', role: 'ARBETSMARKNADSSEKRETERARE' },
        { id: 'malmo-2102', role: 'ARBETSMARKNADSSEKRETERARE' },
      ]),
    );
    // The newly assigned officer (team T02 only) now works with the person.
    expect((await readMalmo('ams-t02', person.id)).malmoPlanPart.withheld).toBeNull();
    expect((await readMalmo('ams-t02', person.id)).malmoPlanPart.responsibleOfficers).toHaveLength(2);

    // A socialsekreterare assigning a socialsekreterare: on P-DEMO0001 soc-t01 gives soc-t02 (team T02) the records.
    expect((await readMalmo('soc-t02', DEMO)).socialAssistanceDetails.withheld).toEqual({ code: 'WITHHELD' });
    await write(
      'MALMO',
      'soc-t01',
      M.assign,
      { pid: DEMO, officer: { officerId: 'malmo-2002', name: 'Sara Nilsson', role: 'SOCIALSEKRETERARE' } },
      { participantId: DEMO, category: 'RECORD_ASSIGNMENT' },
    );
    const soc2 = await readMalmo('soc-t02', DEMO);
    expect(soc2.socialAssistanceDetails.withheld).toBeNull();
    expect(soc2.socialAssistanceDetails.periods.length).toBeGreaterThan(0);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // A person Malmö knows, on team T05 with their own officers: nothing of soc-t01's or ams-t01's.
    const other = await freshAt('MALMO', 'soc-other', 'T05');
    const withOther = await write(
      'MALMO',
      'ams-other',
      M.add,
      { input: { participantId: other.id, ...intervention } },
      { participantId: other.id, category: 'RECORD_INTERVENTIONS' },
    );
    const otherIntervention = withOther.addMalmoIntervention.id;
    await write(
      'MALMO',
      'soc-other',
      M.period,
      { input: { participantId: other.id, ...period } },
      { participantId: other.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    const otherPeriod = (await readMalmo('soc-other', other.id)).socialAssistanceDetails.periods[0].id;

    const pairs: Array<[string, string, (pid: string) => Record<string, unknown>, string]> = [
      [
        'soc-t01',
        M.period,
        (pid) => ({
          input: {
            participantId: pid,
            startDate: '2020-01-01',
            endDate: '2020-02-01',
            monthlyAmount: 1,
            householdSize: 1,
          },
        }),
        'RECORD_SOCIAL_ASSISTANCE',
      ],
      ['ams-t01', M.add, (pid) => ({ input: { participantId: pid, ...intervention } }), 'RECORD_INTERVENTIONS'],
      [
        'soc-t01',
        M.consent,
        (pid) => ({
          input: {
            participantId: pid,
            recipient: 'AF',
            categories: ['SOCIAL_ASSISTANCE_STATUS'],
            validFrom: '2025-01-01',
          },
        }),
        'RECORD_CONSENT',
      ],
      [
        'ams-t01',
        M.assign,
        (pid) => ({
          pid,
          officer: { officerId: 'malmo-2101', name: 'Johanna Berg', role: 'ARBETSMARKNADSSEKRETERARE' },
        }),
        'RECORD_ASSIGNMENT',
      ],
    ];
    for (const [persona, query, vars, category] of pairs) {
      const unknown = await refused('MALMO', persona, query, vars(UNKNOWN), 'NOT_AVAILABLE', {
        participantId: UNKNOWN,
        category,
      });
      const notYours = await refused('MALMO', persona, query, vars(other.id), 'NOT_AVAILABLE', {
        participantId: other.id,
        category,
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
      expect(unknown.errors?.[0]?.message).toBe(NOT_AVAILABLE_MESSAGE);
    }
    // The same for records: an id Malmö does not hold, and a record of someone else's.
    const recordPairs: Array<[string, string, (id: string) => Record<string, unknown>, string]> = [
      ['ams-t01', M.update, (id) => ({ id, input: { title: 'x' } }), 'RECORD_INTERVENTIONS'],
      ['ams-t01', M.end, (id) => ({ id, endDate: '2026-06-30', status: 'CANCELLED' }), 'RECORD_INTERVENTIONS'],
    ];
    for (const [persona, query, vars, category] of recordPairs) {
      const unknown = await refused('MALMO', persona, query, vars(UNKNOWN_RECORD), 'NOT_AVAILABLE', 'none');
      const notYours = await refused('MALMO', persona, query, vars(otherIntervention), 'NOT_AVAILABLE', {
        participantId: other.id,
        category,
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
    }
    const unknownPeriod = await refused(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id: UNKNOWN_RECORD, endDate: '2025-06-30' },
      'NOT_AVAILABLE',
      'none',
    );
    const notYourPeriod = await refused(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id: otherPeriod, endDate: '2025-06-30' },
      'NOT_AVAILABLE',
      {
        participantId: other.id,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
    expect(answerOf(notYourPeriod)).toEqual(answerOf(unknownPeriod));
  });
});

// ===========================================================================
// Försäkringskassan
// ===========================================================================

const F = {
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

async function readFk(persona: string, id: string) {
  const res = await sys.query(persona, F.read, { id });
  expect(res.errors).toBeUndefined();
  return res.data.participant;
}

describe('Försäkringskassan', () => {
  const intervention = {
    type: 'WORK_TRAINING_PLACEMENT',
    title: 'Arbetsträning hos arbetsgivare',
    status: 'PLANNED',
    startDate: '2026-02-02',
    endDate: '2026-05-29',
    extentPercent: 25,
  };

  it('registers a person once and assigns the registering försäkringsutredare', async () => {
    const person = await enrol();
    const input = {
      participantId: person.id,
      personnummer: person.personnummer,
      firstName: 'Test',
      lastName: 'Deltagare',
      teamId: 'T11',
    };
    const data = await write(
      'FK',
      'fk-utredare',
      REGISTER.FK,
      { input },
      { participantId: person.id, category: 'REGISTRATION' },
    );
    expect(data.registerFkParticipant).toEqual({
      id: person.id,
      fkPlanPart: {
        withheld: null,
        interventions: [],
        responsibleOfficers: [{ id: 'fk-3001', name: 'Eva Sjöberg', role: 'FORSAKRINGSUTREDARE', agency: 'FK' }],
      },
    });
    const read = await readFk('fk-utredare', person.id);
    expect(read.benefits).toEqual({ withheld: null, periods: [] });
    expect(read.workCapacity).toEqual({ withheld: null, assessments: [] });
    expect(read.fkConsents).toEqual([]);

    await refused('FK', 'fk-utredare', REGISTER.FK, { input }, 'ALREADY_REGISTERED', {
      participantId: input.participantId,
      category: 'REGISTRATION',
    });
    // fk-other works with no one on T11: a duplicate reads as a refused registration, logged against the person FK holds.
    await refused(
      'FK',
      'fk-other',
      REGISTER.FK,
      { input: { ...input, participantId: 'P-ZZZZZZZY' } },
      'NOT_AVAILABLE',
      {
        participantId: person.id,
        category: 'REGISTRATION',
      },
    );
    await refused(
      'FK',
      'fk-utredare',
      REGISTER.FK,
      { input: { ...input, participantId: DEMO, personnummer: newPersonnummer() } },
      'ALREADY_REGISTERED',
      {
        participantId: DEMO,
        category: 'REGISTRATION',
      },
    );
    await refused(
      'FK',
      'fk-utredare',
      REGISTER.FK,
      { input: { ...input, participantId: 'P-ZZZZZZZX', personnummer: '19750314901' } },
      'BAD_USER_INPUT',
      'none',
    );
    // Registration is for FK staff: refused, with the same answer as a duplicate, and logged.
    await refused(
      'FK',
      'af-t01',
      REGISTER.FK,
      { input: { ...input, participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer() } },
      'NOT_AVAILABLE',
      {
        participantId: 'P-ZZZZZZZX',
        category: 'REGISTRATION',
      },
    );
    await refused(
      'FK',
      'soc-t01',
      REGISTER.FK,
      { input: { ...input, participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer() } },
      'NOT_AVAILABLE',
      {
        participantId: 'P-ZZZZZZZX',
        category: 'REGISTRATION',
      },
    );
  });

  it('records benefit periods, with the 25/50/75/100 rule and at most full benefit on any day', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    const base = { participantId: person.id, type: 'SJUKPENNING', extentPercent: 50, start: '2025-01-01' };
    const first = await write(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: base },
      { participantId: person.id, category: 'RECORD_BENEFITS' },
    );
    const id = first.recordBenefitPeriod.id;
    expect(first.recordBenefitPeriod).toEqual({
      id,
      type: 'SJUKPENNING',
      extentPercent: 50,
      start: '2025-01-01',
      end: null,
    });
    expect((await readFk('fk-utredare', person.id)).benefits).toEqual({
      withheld: null,
      periods: [first.recordBenefitPeriod],
    });

    // Half plus three quarters is more than full benefit.
    await refused(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { ...base, type: 'AKTIVITETSERSATTNING', extentPercent: 75, start: '2025-03-01' } },
      'CONFLICT',
      {
        participantId: person.id,
        category: 'RECORD_BENEFITS',
      },
    );
    // 25/50/75/100 only, and never outside 0–100.
    for (const extentPercent of [30, 0, 101, 150, -25]) {
      await refused(
        'FK',
        'fk-utredare',
        F.benefit,
        { input: { ...base, start: '2020-01-01', end: '2020-02-01', extentPercent } },
        'BAD_USER_INPUT',
        'none',
      );
    }
    await refused(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { ...base, start: '2020-02-01', end: '2020-01-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { ...base, start: '2020-02-30' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('FK', 'fk-utredare', F.benefit, { input: { ...base, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_BENEFITS',
    });

    await refused('FK', 'fk-utredare', F.endBenefit, { id, end: '2024-12-31' }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_BENEFITS',
    });
    await refused('FK', 'fk-utredare', F.endBenefit, { id, end: '2025-02-29' }, 'BAD_USER_INPUT', 'none');
    const ended = await write(
      'FK',
      'fk-utredare',
      F.endBenefit,
      { id, end: '2025-02-28' },
      { participantId: person.id, category: 'RECORD_BENEFITS' },
    );
    expect(ended.endBenefitPeriod).toEqual({
      id,
      type: 'SJUKPENNING',
      extentPercent: 50,
      start: '2025-01-01',
      end: '2025-02-28',
    });
    await refused('FK', 'fk-utredare', F.endBenefit, { id, end: '2025-03-31' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_BENEFITS',
    });

    // Now the three-quarter benefit fits after it.
    const second = await write(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { ...base, type: 'AKTIVITETSERSATTNING', extentPercent: 75, start: '2025-03-01' } },
      { participantId: person.id, category: 'RECORD_BENEFITS' },
    );
    const periods = (await readFk('fk-utredare', person.id)).benefits.periods;
    expect(periods).toEqual([second.recordBenefitPeriod, ended.endBenefitPeriod]);
  });

  it('records work-capacity assessments and the referral, once', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    const input = {
      participantId: person.id,
      assessedOn: '2025-05-12',
      capacityPercent: 50,
      summary: 'Kan arbeta halvtid, förmiddagar.',
    };
    const data = await write(
      'FK',
      'fk-utredare',
      F.capacity,
      { input },
      { participantId: person.id, category: 'RECORD_WORK_CAPACITY' },
    );
    expect(data.recordWorkCapacityAssessment).toEqual({
      id: data.recordWorkCapacityAssessment.id,
      assessedOn: '2025-05-12',
      capacityPercent: 50,
      summary: input.summary,
    });
    expect((await readFk('fk-utredare', person.id)).workCapacity).toEqual({
      withheld: null,
      assessments: [data.recordWorkCapacityAssessment],
    });
    for (const capacityPercent of [101, -1]) {
      await refused(
        'FK',
        'fk-utredare',
        F.capacity,
        { input: { ...input, capacityPercent } },
        'BAD_USER_INPUT',
        'none',
      );
    }
    await refused(
      'FK',
      'fk-utredare',
      F.capacity,
      { input: { ...input, assessedOn: '2999-01-01' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'FK',
      'fk-utredare',
      F.capacity,
      { input: { ...input, assessedOn: '2025-04-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('FK', 'fk-utredare', F.capacity, { input: { ...input, summary: '' } }, 'BAD_USER_INPUT', 'none');
    await refused('FK', 'fk-utredare', F.capacity, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_WORK_CAPACITY',
    });

    // Before the referral, the team sees the same as when it is withheld.
    expect((await readFk('af-t01', person.id)).fkReferral).toEqual({
      withheld: { code: 'WITHHELD' },
      referredOn: null,
    });
    const referral = {
      participantId: person.id,
      referredOn: '2025-01-10',
      reason: 'Långvarig sjukskrivning, långt från arbetsmarknaden.',
    };
    await refused(
      'FK',
      'fk-utredare',
      F.referral,
      { input: { ...referral, referredOn: '2999-01-01' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'FK',
      'fk-utredare',
      F.referral,
      { input: { ...referral, referredOn: '2025-1-10' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('FK', 'fk-utredare', F.referral, { input: { ...referral, reason: '  ' } }, 'BAD_USER_INPUT', 'none');
    const made = await write(
      'FK',
      'fk-utredare',
      F.referral,
      { input: referral },
      { participantId: person.id, category: 'RECORD_REFERRAL' },
    );
    expect(made.recordFkReferral).toEqual({ withheld: null, referredOn: '2025-01-10' });
    // A programme fact for the whole team (af-t01 is on T01).
    expect((await readFk('af-t01', person.id)).fkReferral).toEqual({ withheld: null, referredOn: '2025-01-10' });
    await refused('FK', 'fk-utredare', F.referral, { input: { ...referral, referredOn: '2025-02-01' } }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_REFERRAL',
    });
  });

  it('adds, updates and ends FK interventions', async () => {
    const added = await write(
      'FK',
      'fk-utredare',
      F.add,
      { input: { participantId: DEMO, ...intervention } },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    const id = added.addFkIntervention.id;
    expect(added.addFkIntervention).toEqual({
      id,
      agency: 'FK',
      ...intervention,
      responsibleOfficer: { id: 'fk-3001', role: 'FORSAKRINGSUTREDARE', agency: 'FK' },
    });
    expect((await readFk('fk-utredare', DEMO)).fkPlanPart.interventions).toContainEqual({ id, ...intervention });
    const updated = await write(
      'FK',
      'fk-utredare',
      F.update,
      { id, input: { status: 'ONGOING', extentPercent: 50 } },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    expect(updated.updateFkIntervention).toEqual({
      id,
      status: 'ONGOING',
      title: intervention.title,
      startDate: '2026-02-02',
      endDate: '2026-05-29',
      extentPercent: 50,
    });
    const ended = await write(
      'FK',
      'fk-utredare',
      F.end,
      { id, endDate: '2026-04-30', status: 'CANCELLED' },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    expect(ended.endFkIntervention).toEqual({ id, status: 'CANCELLED', endDate: '2026-04-30' });
    expect((await readFk('fk-utredare', DEMO)).fkPlanPart.interventions).toContainEqual({
      id,
      ...intervention,
      status: 'CANCELLED',
      endDate: '2026-04-30',
      extentPercent: 50,
    });
    await refused('FK', 'fk-utredare', F.update, { id, input: { title: 'x' } }, 'CONFLICT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });

    const input = { participantId: DEMO, ...intervention };
    await refused('FK', 'fk-utredare', F.add, { input: { ...input, endDate: '2026-02-01' } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('FK', 'fk-utredare', F.add, { input: { ...input, extentPercent: 101 } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('FK', 'fk-utredare', F.add, { input: { ...input, extentPercent: -5 } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused(
      'FK',
      'fk-utredare',
      F.add,
      { input: { ...input, startDate: '2026-02-29' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('FK', 'fk-utredare', F.add, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_INTERVENTIONS',
    });
    const open = await write(
      'FK',
      'fk-utredare',
      F.add,
      { input },
      { participantId: DEMO, category: 'RECORD_INTERVENTIONS' },
    );
    const openId = open.addFkIntervention.id;
    await refused('FK', 'fk-utredare', F.update, { id: openId, input: { endDate: '2026-01-01' } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('FK', 'fk-utredare', F.update, { id: openId, input: { extentPercent: 120 } }, 'BAD_USER_INPUT', {
      participantId: DEMO,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused(
      'FK',
      'fk-utredare',
      F.end,
      { id: openId, endDate: '2026-02-01', status: 'COMPLETED' },
      'BAD_USER_INPUT',
      {
        participantId: DEMO,
        category: 'RECORD_INTERVENTIONS',
      },
    );
    await refused(
      'FK',
      'fk-utredare',
      F.end,
      { id: openId, endDate: '20260301', status: 'COMPLETED' },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'FK',
      'fk-utredare',
      F.update,
      { id: UNKNOWN_RECORD, input: { title: 'x' } },
      'NOT_AVAILABLE',
      'none',
    );
  });

  it('records and withdraws consents, with effect for the named party from the next request', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    await write(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { participantId: person.id, type: 'REHABILITERINGSPENNING', extentPercent: 100, start: '2025-01-01' } },
      { participantId: person.id, category: 'RECORD_BENEFITS' },
    );
    expect((await readFk('af-t01', person.id)).benefits).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });
    const given = await write(
      'FK',
      'fk-utredare',
      F.consent,
      {
        input: {
          participantId: person.id,
          recipient: 'AF',
          categories: ['BENEFITS', 'WORK_CAPACITY'],
          validFrom: '2025-01-01',
        },
      },
      { participantId: person.id, category: 'RECORD_CONSENT' },
    );
    const consent = given.recordFkConsent;
    expect(consent).toEqual({
      id: consent.id,
      agency: 'FK',
      recipient: 'AF',
      categories: ['BENEFITS', 'WORK_CAPACITY'],
      validFrom: '2025-01-01',
      validTo: null,
      withdrawnAt: null,
      recordedBy: 'fk-3001',
      state: 'ACTIVE',
    });
    expect((await readFk('fk-utredare', person.id)).fkConsents).toEqual([
      {
        id: consent.id,
        recipient: 'AF',
        categories: ['BENEFITS', 'WORK_CAPACITY'],
        validFrom: '2025-01-01',
        validTo: null,
        state: 'ACTIVE',
        withdrawnAt: null,
        recordedBy: 'fk-3001',
      },
    ]);
    expect((await readFk('af-t01', person.id)).benefits.withheld).toBeNull();
    // The consent names AF only.
    expect((await readFk('region-vsam', person.id)).benefits.withheld).toEqual({ code: 'WITHHELD' });

    const withdrawn = await write(
      'FK',
      'fk-utredare',
      F.withdraw,
      { id: consent.id },
      { participantId: person.id, category: 'RECORD_CONSENT_WITHDRAWAL' },
    );
    expect(withdrawn.withdrawFkConsent).toMatchObject({ id: consent.id, state: 'WITHDRAWN' });
    expect(withdrawn.withdrawFkConsent.withdrawnAt).not.toBeNull();
    expect((await readFk('af-t01', person.id)).benefits).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });

    const input = { participantId: person.id, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' };
    await refused(
      'FK',
      'fk-utredare',
      F.consent,
      { input: { ...input, validTo: '2024-12-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'FK',
      'fk-utredare',
      F.consent,
      { input: { ...input, validFrom: '2025-13-01' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('FK', 'fk-utredare', F.consent, { input: { ...input, recipient: 'FK' } }, 'BAD_USER_INPUT', 'none');
    await refused('FK', 'fk-utredare', F.consent, { input: { ...input, categories: [] } }, 'BAD_USER_INPUT', 'none');
    await refused('FK', 'fk-utredare', F.consent, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_CONSENT',
    });
    await refused('FK', 'fk-utredare', F.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
  });

  it('lets no other agency, and no FK officer who does not work with the person, write at FK', async () => {
    const consent = (await readFk('fk-utredare', DEMO)).fkConsents[0];
    const benefit = (await readFk('fk-utredare', DEMO)).benefits.periods[0];
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        F.benefit,
        {
          input: {
            participantId: DEMO,
            type: 'SJUKPENNING',
            extentPercent: 25,
            start: '2019-01-01',
            end: '2019-02-01',
          },
        },
        'RECORD_BENEFITS',
      ],
      [F.endBenefit, { id: benefit.id, end: '2030-01-01' }, 'RECORD_BENEFITS'],
      [
        F.capacity,
        { input: { participantId: DEMO, assessedOn: '2025-01-01', capacityPercent: 25, summary: 'x' } },
        'RECORD_WORK_CAPACITY',
      ],
      [F.referral, { input: { participantId: DEMO, referredOn: '2025-01-01', reason: 'x' } }, 'RECORD_REFERRAL'],
      [F.add, { input: { participantId: DEMO, ...intervention } }, 'RECORD_INTERVENTIONS'],
      [
        F.consent,
        { input: { participantId: DEMO, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' } },
        'RECORD_CONSENT',
      ],
      [F.withdraw, { id: consent.id }, 'RECORD_CONSENT_WITHDRAWAL'],
    ];
    for (const persona of ['af-t01', 'soc-t01', 'region-vsam', 'fk-other']) {
      for (const [query, variables, category] of cases) {
        await refused('FK', persona, query, variables, 'NOT_AVAILABLE', { participantId: DEMO, category });
      }
    }
    expect((await readFk('fk-utredare', DEMO)).fkConsents[0]).toEqual(consent);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // Registered by an FK officer outside the programme, on team T05: nothing of fk-utredare's.
    const other = await freshAt('FK', 'fk-other', 'T05');
    const added = await write(
      'FK',
      'fk-other',
      F.add,
      { input: { participantId: other.id, ...intervention } },
      { participantId: other.id, category: 'RECORD_INTERVENTIONS' },
    );
    const benefit = await write(
      'FK',
      'fk-other',
      F.benefit,
      { input: { participantId: other.id, type: 'SJUKPENNING', extentPercent: 25, start: '2025-01-01' } },
      { participantId: other.id, category: 'RECORD_BENEFITS' },
    );
    const pairs: Array<[string, (pid: string) => Record<string, unknown>, string]> = [
      [
        F.benefit,
        (pid) => ({ input: { participantId: pid, type: 'SJUKPENNING', extentPercent: 25, start: '2019-01-01' } }),
        'RECORD_BENEFITS',
      ],
      [
        F.capacity,
        (pid) => ({ input: { participantId: pid, assessedOn: '2025-01-01', capacityPercent: 25, summary: 'x' } }),
        'RECORD_WORK_CAPACITY',
      ],
      [
        F.referral,
        (pid) => ({ input: { participantId: pid, referredOn: '2025-01-01', reason: 'x' } }),
        'RECORD_REFERRAL',
      ],
      [F.add, (pid) => ({ input: { participantId: pid, ...intervention } }), 'RECORD_INTERVENTIONS'],
      [
        F.consent,
        (pid) => ({
          input: { participantId: pid, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' },
        }),
        'RECORD_CONSENT',
      ],
    ];
    for (const [query, vars, category] of pairs) {
      const unknown = await refused('FK', 'fk-utredare', query, vars(UNKNOWN), 'NOT_AVAILABLE', {
        participantId: UNKNOWN,
        category,
      });
      const notYours = await refused('FK', 'fk-utredare', query, vars(other.id), 'NOT_AVAILABLE', {
        participantId: other.id,
        category,
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
      expect(unknown.errors?.[0]?.message).toBe(NOT_AVAILABLE_MESSAGE);
    }
    const records: Array<[string, (id: string) => Record<string, unknown>, string, string]> = [
      [F.update, (id) => ({ id, input: { title: 'x' } }), added.addFkIntervention.id, 'RECORD_INTERVENTIONS'],
      [
        F.end,
        (id) => ({ id, endDate: '2026-05-01', status: 'CANCELLED' }),
        added.addFkIntervention.id,
        'RECORD_INTERVENTIONS',
      ],
      [F.endBenefit, (id) => ({ id, end: '2025-06-30' }), benefit.recordBenefitPeriod.id, 'RECORD_BENEFITS'],
    ];
    for (const [query, vars, theirs, category] of records) {
      const unknown = await refused('FK', 'fk-utredare', query, vars(UNKNOWN_RECORD), 'NOT_AVAILABLE', 'none');
      const notYours = await refused('FK', 'fk-utredare', query, vars(theirs), 'NOT_AVAILABLE', {
        participantId: other.id,
        category,
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
    }
  });
});

// ===========================================================================
// Region Skåne
// ===========================================================================

const R = {
  handOver: `mutation H($pid: ID!, $officerId: ID!, $officerName: String!) { assignCareCoordinator(participantId: $pid, officerId: $officerId, officerName: $officerName) {
    id careCoordination { withheld { code } careCoordinator { id name role agency } } } }`,
  add: `mutation A($input: CareActivityInput!) { addCareActivity(input: $input) {
    id type title status startDate endDate extentPercent coordinationNote responsibleOfficer { id role agency } } }`,
  update: `mutation U($id: ID!, $input: CareActivityUpdate!) { updateCareActivity(id: $id, input: $input) { id status title startDate endDate extentPercent coordinationNote } }`,
  end: `mutation E($id: ID!, $endDate: Date!, $status: CareActivityEndStatus!) { endCareActivity(id: $id, endDate: $endDate, status: $status) { id status endDate coordinationNote } }`,
  consent: `mutation C($input: RegionConsentInput!) { recordRegionConsent(input: $input) { id agency recipient categories validFrom validTo withdrawnAt recordedBy state } }`,
  withdraw: `mutation W($id: ID!) { withdrawRegionConsent(id: $id) { id recipient withdrawnAt state } }`,
  block: `mutation B($pid: ID!, $blocked: Boolean!) { setSharingBlock(participantId: $pid, blocked: $blocked) { id sharingBlocked } }`,
  note: `mutation N($input: ClinicalNoteInput!) { recordClinicalNote(input: $input) { id writtenAt } }`,
  read: `query R($id: ID!) { participant(id: $id) { id
    regionPlanPart { withheld { code } interventions { id type title status startDate endDate extentPercent } }
    careCoordination { withheld { code } careCoordinator { id name role agency } activities { id type title status startDate endDate extentPercent coordinationNote } }
    regionConsents { id recipient categories validFrom validTo state withdrawnAt recordedBy }
    sharingBlocked } }`,
};

async function readRegion(persona: string, id: string) {
  const res = await sys.query(persona, R.read, { id });
  expect(res.errors).toBeUndefined();
  return res.data.participant;
}

describe('Region Skåne', () => {
  const activity = {
    type: 'SUPPORT_CONVERSATION',
    title: 'Stödsamtal',
    status: 'PLANNED',
    startDate: '2026-01-19',
    endDate: '2026-04-30',
    extentPercent: 10,
    coordinationNote: 'Varannan tisdag på vårdcentralen.',
  };

  it('registers a person once, with the registering vårdsamordnare as care coordinator', async () => {
    const person = await enrol();
    const input = {
      participantId: person.id,
      personnummer: person.personnummer,
      firstName: 'Test',
      lastName: 'Deltagare',
      teamId: 'T01',
    };
    const data = await write(
      'REGION',
      'region-vsam',
      REGISTER.REGION,
      { input },
      { participantId: person.id, category: 'REGISTRATION' },
    );
    expect(data.registerRegionParticipant).toEqual({
      id: person.id,
      careCoordination: {
        withheld: null,
        careCoordinator: { id: 'region-4001', name: 'Daniel Holm', role: 'VARDSAMORDNARE', agency: 'REGION' },
        activities: [],
      },
    });
    expect((await readRegion('region-vsam', person.id)).sharingBlocked).toBe(false);
    await refused('REGION', 'region-vsam', REGISTER.REGION, { input }, 'ALREADY_REGISTERED', {
      participantId: input.participantId,
      category: 'REGISTRATION',
    });
    // region-other is not the person's vårdsamordnare: a duplicate reads as a refused registration, logged against the person.
    await refused(
      'REGION',
      'region-other',
      REGISTER.REGION,
      { input: { ...input, participantId: 'P-ZZZZZZZY' } },
      'NOT_AVAILABLE',
      {
        participantId: person.id,
        category: 'REGISTRATION',
      },
    );
    await refused(
      'REGION',
      'region-vsam',
      REGISTER.REGION,
      { input: { ...input, participantId: DEMO, personnummer: newPersonnummer() } },
      'ALREADY_REGISTERED',
      {
        participantId: DEMO,
        category: 'REGISTRATION',
      },
    );
    await refused(
      'REGION',
      'region-vsam',
      REGISTER.REGION,
      { input: { ...input, participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer(), teamId: 'X1' } },
      'BAD_USER_INPUT',
      'none',
    );
    // Registration is for the region's vårdsamordnare: refused, with the same answer as a duplicate, and logged.
    await refused(
      'REGION',
      'fk-utredare',
      REGISTER.REGION,
      { input: { ...input, participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer() } },
      'NOT_AVAILABLE',
      {
        participantId: 'P-ZZZZZZZX',
        category: 'REGISTRATION',
      },
    );
  });

  it('adds, updates and ends care activities, with the coordination note kept in the region', async () => {
    const person = await freshAt('REGION', 'region-vsam');
    const added = await write(
      'REGION',
      'region-vsam',
      R.add,
      { input: { participantId: person.id, ...activity } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    const id = added.addCareActivity.id;
    expect(added.addCareActivity).toEqual({
      id,
      ...activity,
      responsibleOfficer: { id: 'region-4001', role: 'VARDSAMORDNARE', agency: 'REGION' },
    });
    let read = await readRegion('region-vsam', person.id);
    expect(read.careCoordination.activities).toEqual([{ id, ...activity }]);
    const { coordinationNote: _note, ...planned } = activity;
    expect(read.regionPlanPart).toEqual({ withheld: null, interventions: [{ id, ...planned }] });

    const updated = await write(
      'REGION',
      'region-vsam',
      R.update,
      { id, input: { status: 'ONGOING', extentPercent: 20, coordinationNote: 'Flyttat till torsdagar.' } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(updated.updateCareActivity).toEqual({
      id,
      status: 'ONGOING',
      title: 'Stödsamtal',
      startDate: '2026-01-19',
      endDate: '2026-04-30',
      extentPercent: 20,
      coordinationNote: 'Flyttat till torsdagar.',
    });
    // A null note removes it.
    const cleared = await write(
      'REGION',
      'region-vsam',
      R.update,
      { id, input: { coordinationNote: null } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(cleared.updateCareActivity.coordinationNote).toBeNull();
    expect(
      await sys.subgraphs.REGION.dataSource.query(
        'SELECT count(*)::int AS n FROM care_activity_note WHERE intervention_id = $1',
        [id],
      ),
    ).toEqual([{ n: 0 }]);

    const ended = await write(
      'REGION',
      'region-vsam',
      R.end,
      { id, endDate: '2026-03-31', status: 'COMPLETED' },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(ended.endCareActivity).toEqual({ id, status: 'COMPLETED', endDate: '2026-03-31', coordinationNote: null });
    read = await readRegion('region-vsam', person.id);
    expect(read.careCoordination.activities).toEqual([
      { id, ...activity, status: 'COMPLETED', endDate: '2026-03-31', extentPercent: 20, coordinationNote: null },
    ]);
    await refused('REGION', 'region-vsam', R.end, { id, endDate: '2026-04-30', status: 'CANCELLED' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });

    const input = { participantId: person.id, ...activity };
    await refused('REGION', 'region-vsam', R.add, { input: { ...input, endDate: '2026-01-18' } }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('REGION', 'region-vsam', R.add, { input: { ...input, extentPercent: 101 } }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused('REGION', 'region-vsam', R.add, { input: { ...input, extentPercent: -10 } }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused(
      'REGION',
      'region-vsam',
      R.add,
      { input: { ...input, startDate: '2026-04-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.add,
      { input: { ...input, coordinationNote: 'x'.repeat(1001) } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('REGION', 'region-vsam', R.add, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_INTERVENTIONS',
    });
    const open = await write(
      'REGION',
      'region-vsam',
      R.add,
      { input },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    const openId = open.addCareActivity.id;
    await refused(
      'REGION',
      'region-vsam',
      R.update,
      { id: openId, input: { endDate: '2026-01-01' } },
      'BAD_USER_INPUT',
      {
        participantId: person.id,
        category: 'RECORD_INTERVENTIONS',
      },
    );
    await refused('REGION', 'region-vsam', R.update, { id: openId, input: { extentPercent: 200 } }, 'BAD_USER_INPUT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });
    await refused(
      'REGION',
      'region-vsam',
      R.update,
      { id: openId, input: { coordinationNote: '' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.end,
      { id: openId, endDate: '2026-01-18', status: 'COMPLETED' },
      'BAD_USER_INPUT',
      {
        participantId: person.id,
        category: 'RECORD_INTERVENTIONS',
      },
    );
    await refused(
      'REGION',
      'region-vsam',
      R.end,
      { id: openId, endDate: '2026-1-31', status: 'COMPLETED' },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.update,
      { id: UNKNOWN_RECORD, input: { title: 'x' } },
      'NOT_AVAILABLE',
      'none',
    );
  });

  it('hands the person over to another vårdsamordnare', async () => {
    const person = await freshAt('REGION', 'region-vsam', 'T05');
    const data = await write(
      'REGION',
      'region-vsam',
      R.handOver,
      { pid: person.id, officerId: 'region-4002', officerName: 'Emil Sandberg' },
      { participantId: person.id, category: 'RECORD_CARE_COORDINATOR' },
    );
    // The previous vårdsamordnare does not support T05, so the answer is already withheld from them.
    expect(data.assignCareCoordinator.careCoordination).toEqual({
      withheld: { code: 'WITHHELD' },
      careCoordinator: null,
    });
    expect(
      await sys.subgraphs.REGION.dataSource.query('SELECT officer_id FROM assignment WHERE participant_id = $1', [
        person.id,
      ]),
    ).toEqual([{ officer_id: 'region-4002' }]);
    expect((await readRegion('region-other', person.id)).careCoordination.careCoordinator).toEqual({
      id: 'region-4002',
      name: 'Emil Sandberg',
      role: 'VARDSAMORDNARE',
      agency: 'REGION',
    });
    // Now region-vsam no longer works with the person.
    await refused(
      'REGION',
      'region-vsam',
      R.handOver,
      { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
      'NOT_AVAILABLE',
      {
        participantId: person.id,
        category: 'RECORD_CARE_COORDINATOR',
      },
    );
    await refused(
      'REGION',
      'region-other',
      R.handOver,
      { pid: person.id, officerId: 'not an id', officerName: 'X' },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-other',
      R.handOver,
      { pid: person.id, officerId: 'region-4001', officerName: ' ' },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-other',
      R.handOver,
      { pid: UNKNOWN, officerId: 'region-4001', officerName: 'Daniel Holm' },
      'NOT_AVAILABLE',
      {
        participantId: UNKNOWN,
        category: 'RECORD_CARE_COORDINATOR',
      },
    );
    await refused(
      'REGION',
      'af-t01',
      R.handOver,
      { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
      'NOT_AVAILABLE',
      {
        participantId: person.id,
        category: 'RECORD_CARE_COORDINATOR',
      },
    );
    const back = await write(
      'REGION',
      'region-other',
      R.handOver,
      { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
      { participantId: person.id, category: 'RECORD_CARE_COORDINATOR' },
    );
    expect(back.assignCareCoordinator.careCoordination).toEqual({
      withheld: { code: 'WITHHELD' },
      careCoordinator: null,
    });
    expect((await readRegion('region-vsam', person.id)).careCoordination.careCoordinator).toEqual({
      id: 'region-4001',
      name: 'Daniel Holm',
      role: 'VARDSAMORDNARE',
      agency: 'REGION',
    });
  });

  it('records and withdraws consents, and a spärr wins over them', async () => {
    const person = await freshAt('REGION', 'region-vsam');
    await write(
      'REGION',
      'region-vsam',
      R.add,
      { input: { participantId: person.id, ...activity } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    const given = await write(
      'REGION',
      'region-vsam',
      R.consent,
      {
        input: {
          participantId: person.id,
          recipient: 'AF',
          categories: ['INTERVENTIONS'],
          validFrom: '2025-01-01',
          validTo: '2029-12-31',
        },
      },
      { participantId: person.id, category: 'RECORD_CONSENT' },
    );
    const consent = given.recordRegionConsent;
    expect(consent).toEqual({
      id: consent.id,
      agency: 'REGION',
      recipient: 'AF',
      categories: ['INTERVENTIONS'],
      validFrom: '2025-01-01',
      validTo: '2029-12-31',
      withdrawnAt: null,
      recordedBy: 'region-4001',
      state: 'ACTIVE',
    });
    expect((await readRegion('region-vsam', person.id)).regionConsents).toEqual([
      {
        id: consent.id,
        recipient: 'AF',
        categories: ['INTERVENTIONS'],
        validFrom: '2025-01-01',
        validTo: '2029-12-31',
        state: 'ACTIVE',
        withdrawnAt: null,
        recordedBy: 'region-4001',
      },
    ]);
    const af = await readRegion('af-t01', person.id);
    expect(af.regionPlanPart.withheld).toBeNull();
    expect(af.regionPlanPart.interventions).toHaveLength(1);
    // Never the region's own view, nor whether a spärr is set.
    expect(af.careCoordination).toEqual({ withheld: { code: 'WITHHELD' }, careCoordinator: null, activities: [] });
    expect(af.sharingBlocked).toBeNull();

    // Spärr: wins over the consent; the vårdsamordnare keeps access.
    const blocked = await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: person.id, blocked: true },
      { participantId: person.id, category: 'RECORD_SHARING_BLOCK' },
    );
    expect(blocked.setSharingBlock).toEqual({ id: person.id, sharingBlocked: true });
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    expect((await readRegion('region-vsam', person.id)).regionPlanPart.withheld).toBeNull();
    const lifted = await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: person.id, blocked: false },
      { participantId: person.id, category: 'RECORD_SHARING_BLOCK' },
    );
    expect(lifted.setSharingBlock).toEqual({ id: person.id, sharingBlocked: false });
    expect((await readRegion('af-t01', person.id)).regionPlanPart.withheld).toBeNull();

    const withdrawn = await write(
      'REGION',
      'region-vsam',
      R.withdraw,
      { id: consent.id },
      { participantId: person.id, category: 'RECORD_CONSENT_WITHDRAWAL' },
    );
    expect(withdrawn.withdrawRegionConsent).toMatchObject({ id: consent.id, recipient: 'AF', state: 'WITHDRAWN' });
    expect(withdrawn.withdrawRegionConsent.withdrawnAt).not.toBeNull();
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });

    const input = { participantId: person.id, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' };
    await refused(
      'REGION',
      'region-vsam',
      R.consent,
      { input: { ...input, validTo: '2024-12-31' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.consent,
      { input: { ...input, validFrom: '2025-00-10' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.consent,
      { input: { ...input, recipient: 'REGION' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.consent,
      { input: { ...input, categories: [] } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused(
      'REGION',
      'region-vsam',
      R.consent,
      { input: { ...input, participantId: UNKNOWN } },
      'NOT_AVAILABLE',
      { participantId: UNKNOWN, category: 'RECORD_CONSENT' },
    );
    await refused('REGION', 'region-vsam', R.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
    await refused('REGION', 'region-vsam', R.block, { pid: UNKNOWN, blocked: true }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_SHARING_BLOCK',
    });
  });

  it('sets a spärr on a seeded person, and lifts it again', async () => {
    expect((await readRegion('af-t01', DEMO)).regionPlanPart.withheld).toBeNull();
    await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: DEMO, blocked: true },
      { participantId: DEMO, category: 'RECORD_SHARING_BLOCK' },
    );
    expect((await readRegion('af-t01', DEMO)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    expect((await readRegion('region-vsam', DEMO)).sharingBlocked).toBe(true);
    await refused('REGION', 'af-t01', R.block, { pid: DEMO, blocked: false }, 'NOT_AVAILABLE', {
      participantId: DEMO,
      category: 'RECORD_SHARING_BLOCK',
    });
    await refused('REGION', 'region-other', R.block, { pid: DEMO, blocked: false }, 'NOT_AVAILABLE', {
      participantId: DEMO,
      category: 'RECORD_SHARING_BLOCK',
    });
    await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: DEMO, blocked: false },
      { participantId: DEMO, category: 'RECORD_SHARING_BLOCK' },
    );
    expect((await readRegion('af-t01', DEMO)).regionPlanPart.withheld).toBeNull();
    expect((await readRegion('region-vsam', DEMO)).sharingBlocked).toBe(false);
  });

  it('stores a clinical note and answers only with a receipt', async () => {
    // The service's role may count notes and read their id and time, nothing else (not even whose they are).
    const before = await rowCount('REGION', 'clinical_note');
    const input = { participantId: DEMO, diagnosisCode: 'f43.8a', note: 'Utmattningssyndrom, successiv upptrappning.' };
    const res = await sys.query('region-vsam', R.note, { input });
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data.recordClinicalNote).sort()).toEqual(['id', 'writtenAt']);
    expect(JSON.stringify(res.data)).not.toContain('F43.8A');
    expect(JSON.stringify(res.data)).not.toContain('Utmattning');
    const entries = (await auditOf('REGION', requestIdOf(res))).filter((r) => r.action === 'WRITE');
    expect(entries).toEqual([
      {
        participant_id: DEMO,
        categories: ['RECORD_CLINICAL'],
        action: 'WRITE',
        decision: 'GRANTED',
        officer_id: 'region-4001',
        organisation: 'REGION',
      },
    ]);
    expect(await rowCount('REGION', 'clinical_note')).toBe(before + 1);
    // Stored as a proper code, and readable by no one through the service.
    const receipt = await sys.subgraphs.REGION.dataSource.query('SELECT id FROM clinical_note WHERE id = $1', [
      res.data.recordClinicalNote.id,
    ]);
    expect(receipt).toHaveLength(1);
    await expect(
      sys.subgraphs.REGION.dataSource.query('SELECT diagnosis_code FROM clinical_note LIMIT 1'),
    ).rejects.toMatchObject({ code: '42501' });

    await refused(
      'REGION',
      'region-vsam',
      R.note,
      { input: { ...input, diagnosisCode: 'depression' } },
      'BAD_USER_INPUT',
      'none',
    );
    await refused('REGION', 'region-vsam', R.note, { input: { ...input, note: '' } }, 'BAD_USER_INPUT', 'none');
    await refused('REGION', 'region-vsam', R.note, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_CLINICAL',
    });
    for (const persona of ['af-t01', 'soc-t01', 'fk-utredare', 'region-other']) {
      await refused('REGION', persona, R.note, { input }, 'NOT_AVAILABLE', {
        participantId: DEMO,
        category: 'RECORD_CLINICAL',
      });
    }
  });

  it('lets no other agency write at the region', async () => {
    const read = await readRegion('region-vsam', DEMO);
    const activityId = read.careCoordination.activities[0].id;
    const consentId = read.regionConsents[0].id;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [R.add, { input: { participantId: DEMO, ...activity } }, 'RECORD_INTERVENTIONS'],
      [R.update, { id: activityId, input: { title: 'x' } }, 'RECORD_INTERVENTIONS'],
      [R.end, { id: activityId, endDate: '2030-01-01', status: 'CANCELLED' }, 'RECORD_INTERVENTIONS'],
      [
        R.consent,
        { input: { participantId: DEMO, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' } },
        'RECORD_CONSENT',
      ],
      [R.withdraw, { id: consentId }, 'RECORD_CONSENT_WITHDRAWAL'],
      [R.handOver, { pid: DEMO, officerId: 'region-4002', officerName: 'Emil Sandberg' }, 'RECORD_CARE_COORDINATOR'],
    ];
    for (const persona of ['af-t01', 'soc-t01', 'fk-utredare', 'region-other']) {
      for (const [query, variables, category] of cases) {
        await refused('REGION', persona, query, variables, 'NOT_AVAILABLE', { participantId: DEMO, category });
      }
    }
    expect(await readRegion('region-vsam', DEMO)).toEqual(read);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // Registered by a vårdsamordnare outside the programme, on team T05: region-vsam does not support T05.
    const other = await freshAt('REGION', 'region-other', 'T05');
    const added = await write(
      'REGION',
      'region-other',
      R.add,
      { input: { participantId: other.id, ...activity } },
      { participantId: other.id, category: 'RECORD_INTERVENTIONS' },
    );
    const pairs: Array<[string, (pid: string) => Record<string, unknown>, string]> = [
      [R.add, (pid) => ({ input: { participantId: pid, ...activity } }), 'RECORD_INTERVENTIONS'],
      [
        R.consent,
        (pid) => ({
          input: { participantId: pid, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' },
        }),
        'RECORD_CONSENT',
      ],
      [R.block, (pid) => ({ pid, blocked: true }), 'RECORD_SHARING_BLOCK'],
      [R.handOver, (pid) => ({ pid, officerId: 'region-4001', officerName: 'Daniel Holm' }), 'RECORD_CARE_COORDINATOR'],
      [R.note, (pid) => ({ input: { participantId: pid, diagnosisCode: 'F32.1', note: 'x' } }), 'RECORD_CLINICAL'],
    ];
    for (const [query, vars, category] of pairs) {
      const unknown = await refused('REGION', 'region-vsam', query, vars(UNKNOWN), 'NOT_AVAILABLE', {
        participantId: UNKNOWN,
        category,
      });
      const notYours = await refused('REGION', 'region-vsam', query, vars(other.id), 'NOT_AVAILABLE', {
        participantId: other.id,
        category,
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
      expect(unknown.errors?.[0]?.message).toBe(NOT_AVAILABLE_MESSAGE);
    }
    for (const [query, vars] of [
      [R.update, (id: string) => ({ id, input: { title: 'x' } })],
      [R.end, (id: string) => ({ id, endDate: '2026-04-01', status: 'CANCELLED' })],
    ] as const) {
      const unknown = await refused('REGION', 'region-vsam', query, vars(UNKNOWN_RECORD), 'NOT_AVAILABLE', 'none');
      const notYours = await refused('REGION', 'region-vsam', query, vars(added.addCareActivity.id), 'NOT_AVAILABLE', {
        participantId: other.id,
        category: 'RECORD_INTERVENTIONS',
      });
      expect(answerOf(notYours)).toEqual(answerOf(unknown));
    }
  });
});

// ===========================================================================
// Two writes at once
// ===========================================================================

function codesOf(answers: GraphQLAnswer[]): Array<string[] | 'ok'> {
  return answers.map((a) => (a.errors ? a.errors.map((e) => e.extensions?.code ?? '') : 'ok'));
}

describe('concurrent writes', () => {
  it('registers a person once when the same registration arrives several times at once', async () => {
    const personas: Record<Owner, string> = { MALMO: 'soc-t01', FK: 'fk-utredare', REGION: 'region-vsam' };
    for (const agency of ['MALMO', 'FK', 'REGION'] as const) {
      const person = await enrol();
      const input = {
        participantId: person.id,
        personnummer: person.personnummer,
        firstName: 'Test',
        lastName: 'Deltagare',
        teamId: 'T01',
      };
      const answers = await Promise.all(
        [1, 2, 3, 4].map(() => sys.query(personas[agency], REGISTER[agency], { input })),
      );
      const codes = codesOf(answers);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      for (const a of answers.filter((x) => x.errors)) expect(a.data ?? null).toBeNull();
      expect(codes.filter((c) => c !== 'ok')).toEqual([
        ['ALREADY_REGISTERED'],
        ['ALREADY_REGISTERED'],
        ['ALREADY_REGISTERED'],
      ]);
      expect(await rowCount(agency, 'participant', person.id)).toBe(1);
      expect(await rowCount(agency, 'assignment', person.id)).toBe(1);
      const logged = await sys.subgraphs[agency].dataSource.query(
        `SELECT decision, count(*)::int AS n FROM audit_log WHERE participant_id = $1 AND action = 'WRITE' AND 'REGISTRATION' = ANY(categories)
          GROUP BY decision ORDER BY decision`,
        [person.id],
      );
      // One stored registration, and each refused one logged as denied.
      expect(logged).toEqual([
        { decision: 'DENIED', n: 3 },
        { decision: 'GRANTED', n: 1 },
      ]);
    }
  });

  it("keeps the checks across a person's records when writes race", async () => {
    const malmo = await freshAt('MALMO', 'soc-t01');
    const periods = await Promise.all(
      ['2025-01-01', '2025-02-01', '2025-03-01'].map((startDate) =>
        sys.query('soc-t01', M.period, {
          input: { participantId: malmo.id, startDate, monthlyAmount: 1000, householdSize: 1 },
        }),
      ),
    );
    expect(codesOf(periods).sort()).toEqual([['CONFLICT'], ['CONFLICT'], 'ok']);
    expect(await rowCount('MALMO', 'social_assistance_period', malmo.id)).toBe(1);

    const fk = await freshAt('FK', 'fk-utredare');
    const benefits = await Promise.all(
      ['2025-01-01', '2025-02-01'].map((start) =>
        sys.query('fk-utredare', F.benefit, {
          input: { participantId: fk.id, type: 'SJUKPENNING', extentPercent: 75, start },
        }),
      ),
    );
    expect(codesOf(benefits).sort()).toEqual([['CONFLICT'], 'ok']);
    expect(await rowCount('FK', 'benefit_period', fk.id)).toBe(1);
    const referrals = await Promise.all(
      ['2025-01-01', '2025-01-02'].map((referredOn) =>
        sys.query('fk-utredare', F.referral, {
          input: { participantId: fk.id, referredOn, reason: 'Långvarig sjukskrivning.' },
        }),
      ),
    );
    expect(codesOf(referrals).sort()).toEqual([['CONFLICT'], 'ok']);
    expect(await rowCount('FK', 'fk_referral', fk.id)).toBe(1);
  });
});
