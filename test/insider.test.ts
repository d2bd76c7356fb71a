import { addDays, AGENCIES, luhnCheckDigit, now, today, type Agency } from '@malmokraften/shared';
import { PERSONAS, SHOWCASE, signToken } from '@malmokraften/dev';
import { registerDocument, REGISTERING } from './support/agency-tests';
import { post, startTestSystem, type GraphQLAnswer, type TestSystem } from './support/harness';

/**
 * A determined insider: officers with valid tokens who try to get what the
 * law keeps from them through the edges of the rules, through the gateway
 * and straight at the subgraphs. Each describe is one class of attack; each
 * test tries several variants of it and says what must hold.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 40, discharged: 4 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

type Claims = { sub: string; name: string; org: string; roles: string[]; teams: string[] };

/** The claims of a demo persona, changed as an attacker's identity provider (or a stale token) would have them. */
function claimsOf(persona: string, change: Partial<Claims> = {}): Claims {
  const p = PERSONAS[persona]!;
  return { sub: p.sub, name: p.name, org: p.org, roles: [...p.roles], teams: [...p.teams], ...change };
}

async function bearer(
  claims: Claims,
  opts: { expiresIn?: string | number | null; issuedAt?: number | null } = {},
): Promise<string> {
  return `Bearer ${await signToken(claims, { keyDir: sys.keyDir, ...opts })}`;
}

/** Through the gateway with a token made from `claims`. */
async function asClaims<T = any>(
  claims: Claims,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  return post<T>(sys.gatewayUrl, { query, variables }, { authorization: await bearer(claims) });
}

/** Straight at one subgraph with a persona's token (or one made from claims). */
async function direct<T = any>(
  agency: Agency,
  who: string | Claims,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  const authorization = typeof who === 'string' ? `Bearer ${await sys.token(who)}` : await bearer(who);
  return sys.direct<T>(agency, query, { authorization }, variables);
}

function requestIdOf(res: GraphQLAnswer): string {
  return res.headers.get('x-request-id')!;
}

async function auditRows(
  agency: Agency,
  requestId: string,
): Promise<Array<{ participant_id: string | null; categories: string[]; action: string; decision: string }>> {
  return sys.subgraphs[agency].dataSource.query(
    'SELECT participant_id, categories, action, decision FROM audit_log WHERE request_id = $1 ORDER BY seq',
    [requestId],
  );
}

/** The parts of an answer a caller can compare: nothing that differs on every request. */
function answerOf(res: GraphQLAnswer) {
  return {
    status: res.status,
    data: res.data ?? null,
    errors: (res.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code })),
  };
}

let serial = 0;
/** A valid personnummer of someone born 1962-07-21 (nobody in the demo population). */
function newPersonnummer(): string {
  serial += 1;
  const nine = `620721${String(100 + serial).padStart(3, '0')}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

async function must(persona: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await sys.query(persona, query, variables);
  if (res.errors?.length || !res.data)
    throw new Error(`setup as ${persona} failed: ${JSON.stringify(res.errors ?? res)}`);
  return res.data;
}

const ENROL = `mutation E($input: EnrolInput!) { enrolParticipant(input: $input) { id } }`;
function enrolInput(personnummer: string) {
  return {
    personnummer,
    firstName: 'Insider',
    lastName: 'Prov',
    gender: 'WOMAN',
    bornOutsideEurope: false,
    residentInMalmo: true,
    registeredAtAf: true,
    monthsWithoutWork: 20,
    entryRoute: 'AF',
    enrolledOn: addDays(today(), -30),
    socialAssistanceAtEnrolment: true,
  };
}

/** Each registering agency's registration, selecting the id only. */
const REGISTER = Object.fromEntries(REGISTERING.map((a) => [a, registerDocument(a, 'id')])) as Record<
  Exclude<Agency, 'AF'>,
  string
>;

/** A person enrolled at AF by af-t01 and put on `teamId`, registered at Malmö by `malmoRegistrar` on the same team. */
async function freshPerson(teamId: string, malmoRegistrar = 'soc-t01'): Promise<{ id: string; personnummer: string }> {
  const personnummer = newPersonnummer();
  const id: string = (await must('af-t01', ENROL, { input: enrolInput(personnummer) })).enrolParticipant.id;
  await must('af-t01', `mutation { assignTeam(participantId: "${id}", teamId: "${teamId}") { id } }`);
  await must(malmoRegistrar, REGISTER.MALMO, {
    input: { participantId: id, personnummer, firstName: 'Insider', lastName: 'Prov', teamId },
  });
  return { id, personnummer };
}

const SOCIAL_DETAILS = `query D($id: ID!) { participant(id: $id) { socialAssistanceDetails { withheld { code } periods { id monthlyAmount } } } }`;
const ASSIGN = `mutation A($pid: ID!, $officer: MalmoOfficerInput!) { assignMalmoOfficer(participantId: $pid, officer: $officer) { id } }`;

/** The demo personnummer of a showcase person, as the population holds it. */
function personnummerOf(id: string): string {
  return sys.people.find((p) => p.id === id)!.personnummer;
}

// ===========================================================================
// 1. No escalation through the agencies' own registers
// ===========================================================================

describe('1. no escalation through assignments or unconfirmed tokens', () => {
  let person: { id: string; personnummer: string };

  beforeAll(async () => {
    // On team T01 with a period of social assistance; soc-t02 (team T02) does not work with the person.
    person = await freshPerson('T01');
    await must(
      'soc-t01',
      `mutation P($input: SocialAssistancePeriodInput!) { recordSocialAssistancePeriod(input: $input) { id } }`,
      {
        input: {
          participantId: person.id,
          startDate: addDays(today(), -200),
          monthlyAmount: 7300,
          householdSize: 1,
          investigationNotes: 'Utredning.',
        },
      },
    );
  });

  async function socialDetailsVisibleTo(persona: string): Promise<boolean> {
    const res = await sys.query(persona, SOCIAL_DETAILS, { id: person.id });
    expect(res.errors).toBeUndefined();
    return res.data.participant.socialAssistanceDetails.withheld === null;
  }

  it("cannot make a colleague a contact under a role that colleague does not hold (Malmö's parts)", async () => {
    expect(await socialDetailsVisibleTo('soc-t02')).toBe(false);
    // The labour-market unit names a socialsekreterare (malmo-2002) as one of its own arbetsmarknadssekreterare.
    const viaGateway = await sys.query('ams-t01', ASSIGN, {
      pid: person.id,
      officer: { officerId: 'malmo-2002', name: 'Sara Nilsson', role: 'ARBETSMARKNADSSEKRETERARE' },
    });
    expect(viaGateway.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The same straight at Malmö's subgraph.
    const straight = await direct('MALMO', 'ams-t01', ASSIGN, {
      pid: person.id,
      officer: { officerId: 'malmo-2002', name: 'Sara Nilsson', role: 'ARBETSMARKNADSSEKRETERARE' },
    });
    expect(straight.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A socialsekreterare names an arbetsmarknadssekreterare of another team (malmo-2103) as a socialsekreterare.
    const reverse = await sys.query('soc-t01', ASSIGN, {
      pid: person.id,
      officer: { officerId: 'malmo-2103', name: 'Oskar Bergström', role: 'SOCIALSEKRETERARE' },
    });
    expect(reverse.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An officer id Malmö has never employed, and another agency's officer.
    for (const officerId of ['malmo-2999', 'af-1003']) {
      const unknown = await sys.query('soc-t01', ASSIGN, {
        pid: person.id,
        officer: { officerId, name: 'Någon Annan', role: 'SOCIALSEKRETERARE' },
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const rows = await sys.subgraphs.MALMO.dataSource.query(
      'SELECT officer_id FROM assignment WHERE participant_id = $1 ORDER BY officer_id',
      [person.id],
    );
    expect(rows.map((r: { officer_id: string }) => r.officer_id)).toEqual(['malmo-2001']);
    expect(await socialDetailsVisibleTo('soc-t02')).toBe(false);
    const ams = await sys.query(
      'ams-other',
      `query I($id: ID!) { participant(id: $id) { malmoPlanPart { withheld { code } } } }`,
      { id: person.id },
    );
    expect(ams.data.participant.malmoPlanPart.withheld).toEqual({ code: 'WITHHELD' });
  });

  it('cannot hand a person over to someone the region does not employ as a vårdsamordnare', async () => {
    const region = await freshAtRegion();
    const HAND_OVER = `mutation H($pid: ID!, $o: ID!, $n: String!) { assignCareCoordinator(participantId: $pid, officerId: $o, officerName: $n) { id } }`;
    for (const officerId of ['region-4999', 'region-4901', 'malmo-2001']) {
      const res = await sys.query('region-vsam', HAND_OVER, { pid: region, o: officerId, n: 'Någon Annan' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // An identity provider issues a token for region-4999; nothing it writes makes them the care coordinator.
    const newcomer = claimsOf('region-other', { sub: 'region-4999', name: 'Ny Vårdsamordnare', teams: [] });
    const read = await asClaims(
      newcomer,
      `query C($id: ID!) { participant(id: $id) { careCoordination { withheld { code } } } }`,
      { id: region },
    );
    expect(read.data.participant.careCoordination.withheld).toEqual({ code: 'WITHHELD' });
    const rows = await sys.subgraphs.REGION.dataSource.query(
      'SELECT officer_id FROM assignment WHERE participant_id = $1',
      [region],
    );
    expect(rows).toEqual([{ officer_id: 'region-4001' }]);
  });

  it("grants nothing a token claims that the agency's own register does not confirm", async () => {
    // Teams the register does not list: af-other (T05) and soc-t02 (T02) with tokens that say T01.
    const afOther = await asClaims(
      claimsOf('af-other', { teams: ['T05', 'T01'] }),
      `query P($id: ID!) { participant(id: $id) { name personnummer afPlanPart { withheld { code } } } }`,
      {
        id: SHOWCASE.consenting,
      },
    );
    expect(afOther.data.participant).toEqual({
      name: null,
      personnummer: null,
      afPlanPart: { withheld: { code: 'WITHHELD' } },
    });
    const socT02 = await asClaims(claimsOf('soc-t02', { teams: ['T01'] }), SOCIAL_DETAILS, { id: person.id });
    expect(socT02.data.participant.socialAssistanceDetails.withheld).toEqual({ code: 'WITHHELD' });
    // A role the register does not give: the arbetsmarknadssekreterare's token says socialsekreterare as well.
    const amsAsSoc = claimsOf('ams-t01', { roles: ['SOCIALSEKRETERARE', 'ARBETSMARKNADSSEKRETERARE'] });
    expect(
      (await asClaims(amsAsSoc, SOCIAL_DETAILS, { id: person.id })).data.participant.socialAssistanceDetails.withheld,
    ).toEqual({ code: 'WITHHELD' });
    expect(
      (
        await direct(
          'MALMO',
          amsAsSoc,
          `query { _entities(representations: [{ __typename: "Participant", id: "${person.id}" }]) { ... on Participant { socialAssistanceDetails { withheld { code } } } } }`,
        )
      ).data._entities[0].socialAssistanceDetails.withheld,
    ).toEqual({ code: 'WITHHELD' });
    // An officer no register knows, with every claim of an arbetsförmedlare on the team.
    const unknown = claimsOf('af-t01', { sub: 'af-1999', name: 'Okänd Handläggare' });
    const seen = await asClaims(
      unknown,
      `query P($id: ID!) { participant(id: $id) { name personnummer afPlanPart { withheld { code } } malmoPlanPart { withheld { code } } } }`,
      {
        id: SHOWCASE.consenting,
      },
    );
    expect(seen.data.participant).toEqual({
      name: null,
      personnummer: null,
      afPlanPart: { withheld: { code: 'WITHHELD' } },
      malmoPlanPart: { withheld: { code: 'WITHHELD' } },
    });
  });

  it('lets only the agency’s own administrators change its register, never their own entry', async () => {
    const RECORD = `mutation S($input: StaffInput!) { recordMalmoStaff(input: $input) { officerId party roles teams activeFrom activeTo } }`;
    const entry = {
      officerId: 'malmo-2002',
      name: 'Sara Nilsson',
      organisation: 'MALMO',
      party: 'MALMO_SOCIAL_SERVICES',
      roles: ['SOCIALSEKRETERARE'],
      teams: ['T01', 'T02'],
      activeFrom: '2020-01-01',
    };
    // Officers cannot put themselves or a colleague on a team; another agency's administrator cannot either.
    for (const who of ['soc-t02', 'soc-t01', 'malmo-sektionschef', 'auditor-malmo', 'admin-af']) {
      const res = await sys.query(who, RECORD, { input: entry });
      expect({ who, code: res.errors?.[0]?.extensions?.code }).toEqual({ who, code: 'FORBIDDEN' });
    }
    expect(await socialDetailsVisibleTo('soc-t02')).toBe(false);
    // An administrator cannot change their own entry, nor give a role to a part it does not belong to.
    const self = await sys.query('admin-malmo', RECORD, {
      input: {
        ...entry,
        officerId: 'malmo-2801',
        name: 'Admin',
        party: 'MALMO_SOCIAL_SERVICES',
        roles: ['SOCIALSEKRETERARE'],
      },
    });
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mismatch = await sys.query('admin-malmo', RECORD, { input: { ...entry, party: 'MALMO_LABOUR_MARKET' } });
    expect(mismatch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The administrator ends an employment: from the next request the officer's token grants nothing.
    expect(await socialDetailsVisibleTo('soc-t01')).toBe(true);
    const amir = {
      officerId: 'malmo-2001',
      name: 'Amir Hadžić',
      organisation: 'MALMO',
      party: 'MALMO_SOCIAL_SERVICES',
      roles: ['SOCIALSEKRETERARE'],
      teams: ['T01'],
      activeFrom: '2000-01-01',
    };
    const ended = await sys.query('admin-malmo', RECORD, { input: { ...amir, activeTo: addDays(today(), -1) } });
    expect(ended.errors).toBeUndefined();
    try {
      expect(await socialDetailsVisibleTo('soc-t01')).toBe(false);
    } finally {
      await must('admin-malmo', RECORD, { input: { ...amir, activeTo: null } });
    }
    expect(await socialDetailsVisibleTo('soc-t01')).toBe(true);
  });
});

/** A person enrolled at AF and registered at Region by region-vsam on team T05 (which region-vsam does not support). */
async function freshAtRegion(): Promise<string> {
  const personnummer = newPersonnummer();
  const id: string = (await must('af-t01', ENROL, { input: enrolInput(personnummer) })).enrolParticipant.id;
  await must('region-vsam', REGISTER.REGION, {
    input: { participantId: id, personnummer, firstName: 'Insider', lastName: 'Prov', teamId: 'T05' },
  });
  return id;
}

// ===========================================================================
// 2. Who an agency holds records on is itself secret
// ===========================================================================

describe("2. a team's list of people is person-level data", () => {
  const LIST = (field: string) =>
    `query { _entities(representations: [{ __typename: "Team", id: "T01" }]) { ... on Team { ${field} } } }`;
  const CASELOAD = `{ team(id: "T01") { caseload(first: 500) { id } } }`;

  it("gives an officer on the team only the people each agency's rules let them see, straight at the subgraphs, and logs each person", async () => {
    // P-DEMO0002 is known to Malmö, FK and the region and has consented to nothing.
    for (const [agency, field] of [
      ['REGION', 'regionCaseloadIds'],
      ['FK', 'fkCaseloadIds'],
      ['MALMO', 'malmoCaseloadIds'],
    ] as const) {
      const res = await direct(agency, 'af-t01', LIST(field));
      expect(res.errors).toBeUndefined();
      const ids: string[] = res.data._entities[0][field];
      expect({ agency, leaks: ids.includes(SHOWCASE.noConsent) }).toEqual({ agency, leaks: false });
      expect(ids).toContain(SHOWCASE.consenting);
      // Every person considered is in the agency's log under this request, the withheld one included.
      const logged = await auditRows(agency, requestIdOf(res));
      expect(logged).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ participant_id: SHOWCASE.consenting, decision: 'GRANTED' }),
          expect.objectContaining({ participant_id: SHOWCASE.noConsent, decision: 'WITHHELD' }),
        ]),
      );
    }
  });

  it('gives no list to analysts and auditors whatever teams their token lists, through the gateway and straight', async () => {
    const withTeam = [
      claimsOf('analyst', { teams: ['T01'] }),
      claimsOf('auditor-af', { teams: ['T01'] }),
      claimsOf('auditor-region', { teams: ['T01'] }),
    ];
    for (const claims of withTeam) {
      const res = await asClaims(claims, CASELOAD);
      expect({ who: claims.sub, caseload: res.data?.team?.caseload ?? [] }).toEqual({ who: claims.sub, caseload: [] });
      for (const [agency, field] of [
        ['AF', 'afCaseloadIds'],
        ['MALMO', 'malmoCaseloadIds'],
        ['FK', 'fkCaseloadIds'],
        ['REGION', 'regionCaseloadIds'],
      ] as const) {
        const straight = await direct(agency, claims, LIST(field));
        expect({ who: claims.sub, agency, ids: straight.data?._entities?.[0]?.[field] ?? [] }).toEqual({
          who: claims.sub,
          agency,
          ids: [],
        });
      }
    }
  });

  it('builds a caseload without AF only from people the caller may see', async () => {
    // What the plan merges when AF cannot answer: the other agencies' lists. A socialsekreterare on T01 may
    // see everyone Malmö has on T01, but FK's and the region's lists only with consent.
    const fkList: string[] = (await direct('FK', 'soc-t01', LIST('fkCaseloadIds'))).data._entities[0].fkCaseloadIds;
    const regionList: string[] = (await direct('REGION', 'soc-t01', LIST('regionCaseloadIds'))).data._entities[0]
      .regionCaseloadIds;
    expect(fkList).not.toContain(SHOWCASE.noConsent);
    expect(regionList).not.toContain(SHOWCASE.noConsent);
    // An FK officer who supports T01 asks for Malmö's list: only people with consent to FK.
    const malmoToFk: string[] = (await direct('MALMO', 'fk-utredare', LIST('malmoCaseloadIds'))).data._entities[0]
      .malmoCaseloadIds;
    expect(malmoToFk).toContain(SHOWCASE.consenting);
    expect(malmoToFk).not.toContain(SHOWCASE.noConsent);
  });
});

// ===========================================================================
// 3. Writes are no existence oracle
// ===========================================================================

describe('3. registering by personnummer tells nothing about whom an agency holds', () => {
  it('answers a duplicate registration exactly as a refused one, to staff who do not work with the person, and logs it against the real person', async () => {
    const known = personnummerOf(SHOWCASE.noConsent); // known to FK, on T01
    const input = {
      participantId: 'P-ZZZZZZZY',
      personnummer: known,
      firstName: 'Prov',
      lastName: 'Sond',
      teamId: 'T05',
    };
    // fk-other works with no one on T01; the analyst may not register at all.
    const duplicate = await sys.query('fk-other', REGISTER.FK, { input });
    const refused = await sys.query('analyst', REGISTER.FK, { input: { ...input, personnummer: newPersonnummer() } });
    expect(answerOf(duplicate)).toEqual(answerOf(refused));
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    const logged = await auditRows('FK', requestIdOf(duplicate));
    expect(logged).toEqual([
      { participant_id: SHOWCASE.noConsent, categories: ['REGISTRATION'], action: 'WRITE', decision: 'DENIED' },
    ]);
    // Straight at the subgraph, the same.
    const straight = await direct('FK', 'fk-other', REGISTER.FK, { input });
    const straightRefused = await direct('FK', 'analyst', REGISTER.FK, {
      input: { ...input, personnummer: newPersonnummer() },
    });
    expect(answerOf(straight)).toEqual(answerOf(straightRefused));
  });

  it('answers an enrolment of someone already enrolled like a refused one, unless the officer works with the person', async () => {
    const known = personnummerOf(SHOWCASE.consenting);
    const duplicate = await sys.query('af-other', ENROL, { input: enrolInput(known) });
    const refused = await sys.query('auditor-af', ENROL, { input: enrolInput(newPersonnummer()) });
    expect(answerOf(duplicate)).toEqual(answerOf(refused));
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    expect(await auditRows('AF', requestIdOf(duplicate))).toEqual([
      { participant_id: SHOWCASE.consenting, categories: ['ENROLMENT'], action: 'WRITE', decision: 'DENIED' },
    ]);
    // The officer on the person's team is told, and pointed to the plan.
    const own = await sys.query('af-t01', ENROL, { input: enrolInput(known) });
    expect(own.errors?.[0]?.extensions?.code).toBe('ALREADY_ENROLLED');
  });

  it('answers a registration under an id someone else holds like a refused one, at Malmö and the region', async () => {
    // P-DEMO0001 is on T01: neither ams-other nor region-other works with her.
    const byId = {
      participantId: SHOWCASE.consenting,
      personnummer: newPersonnummer(),
      firstName: 'Prov',
      lastName: 'Sond',
      teamId: 'T05',
    };
    const malmoDuplicate = await sys.query('ams-other', REGISTER.MALMO, { input: byId });
    const malmoRefused = await sys.query('af-t01', REGISTER.MALMO, { input: { ...byId, participantId: 'P-ZZZZZZZW' } });
    expect(answerOf(malmoDuplicate)).toEqual(answerOf(malmoRefused));
    expect(await auditRows('MALMO', requestIdOf(malmoDuplicate))).toEqual([
      { participant_id: SHOWCASE.consenting, categories: ['REGISTRATION'], action: 'WRITE', decision: 'DENIED' },
    ]);
    const byPnr = {
      participantId: 'P-ZZZZZZZV',
      personnummer: personnummerOf(SHOWCASE.consenting),
      firstName: 'Prov',
      lastName: 'Sond',
      teamId: 'T05',
    };
    const regionDuplicate = await direct('REGION', 'region-other', REGISTER.REGION, { input: byPnr });
    const regionRefused = await direct('REGION', 'fk-utredare', REGISTER.REGION, {
      input: { ...byPnr, personnummer: newPersonnummer() },
    });
    expect(answerOf(regionDuplicate)).toEqual(answerOf(regionRefused));
    expect(await auditRows('REGION', requestIdOf(regionDuplicate))).toEqual([
      { participant_id: SHOWCASE.consenting, categories: ['REGISTRATION'], action: 'WRITE', decision: 'DENIED' },
    ]);
  });
});

// ===========================================================================
// 4. An officer's name is data of their party
// ===========================================================================

describe("4. an officer's name is released under their party's rules", () => {
  let person: { id: string };

  beforeAll(async () => {
    // Registered at Malmö by the socialsekreterare (who is assigned); consents to AF for the municipal interventions only.
    person = await freshPerson('T01', 'soc-t01');
    await must('ams-t01', `mutation C($input: MalmoConsentInput!) { recordMalmoConsent(input: $input) { id } }`, {
      input: {
        participantId: person.id,
        recipient: 'AF',
        categories: ['INTERVENTIONS'],
        validFrom: addDays(today(), -1),
      },
    });
    await must(
      'ams-t01',
      `mutation M($input: MalmoInterventionInput!) { addMalmoIntervention(input: $input) { id } }`,
      {
        input: {
          participantId: person.id,
          type: 'WORK_TRAINING',
          title: 'Arbetsträning',
          status: 'ONGOING',
          startDate: addDays(today(), -5),
          endDate: addDays(today(), 60),
        },
      },
    );
  });

  const PART = `query P($id: ID!) { participant(id: $id) {
    malmoPlanPart { withheld { code } interventions { id responsibleOfficer { id role } } responsibleOfficers { id role } }
    jointPlan { responsibleOfficers { id role agency } items { intervention { responsibleOfficer { id role } } } } } }`;

  it("does not name social services' officer to a party that has no consent for anything from social services", async () => {
    const res = await sys.query('af-t01', PART, { id: person.id });
    expect(res.errors).toBeUndefined();
    const part = res.data.participant.malmoPlanPart;
    expect(part.withheld).toBeNull();
    expect(part.interventions).toHaveLength(1);
    const named = JSON.stringify(res.data);
    expect(named).not.toContain('malmo-2001');
    expect(named).not.toContain('SOCIALSEKRETERARE');
    // The labour-market unit's officer, responsible for the intervention the person consented to share, is named.
    expect(part.interventions[0].responsibleOfficer).toEqual({ id: 'malmo-2101', role: 'ARBETSMARKNADSSEKRETERARE' });
    expect(part.responsibleOfficers).toEqual([]);
    // Straight at Malmö's subgraph, the same.
    const straight = await direct(
      'MALMO',
      'af-t01',
      `query { _entities(representations: [{ __typename: "Participant", id: "${person.id}" }]) { ... on Participant { malmoPlanPart { responsibleOfficers { id role } } } } }`,
    );
    expect(JSON.stringify(straight.data)).not.toContain('malmo-2001');
  });

  it('names them once the person consents to sharing what social services holds', async () => {
    await must('soc-t01', `mutation C($input: MalmoConsentInput!) { recordMalmoConsent(input: $input) { id } }`, {
      input: {
        participantId: person.id,
        recipient: 'AF',
        categories: ['SOCIAL_ASSISTANCE_STATUS'],
        validFrom: addDays(today(), -1),
      },
    });
    const res = await sys.query('af-t01', PART, { id: person.id });
    expect(res.data.participant.malmoPlanPart.responsibleOfficers).toEqual(
      expect.arrayContaining([{ id: 'malmo-2001', role: 'SOCIALSEKRETERARE' }]),
    );
  });
});

// ===========================================================================
// 6. Tokens with honest lifetimes
// ===========================================================================

describe('6. tokens with honest lifetimes', () => {
  const Q = `query P($id: ID!) { participant(id: $id) { name } }`;
  const seconds = () => Math.floor(Date.now() / 1000);

  async function refusedEverywhere(label: string, authorization: string): Promise<void> {
    const viaGateway = await post<any>(
      sys.gatewayUrl,
      { query: Q, variables: { id: SHOWCASE.consenting } },
      { authorization },
    );
    expect({
      label,
      codes: (viaGateway.errors ?? []).map((e) => e.extensions?.code),
      name: viaGateway.data?.participant?.name ?? null,
    }).toEqual({
      label,
      codes: expect.arrayContaining(['UNAUTHENTICATED']),
      name: null,
    });
    for (const agency of AGENCIES) {
      const straight = await sys.direct(agency, '{ __typename }', { authorization });
      expect({ label, agency, status: straight.status }).toEqual({ label, agency, status: 401 });
    }
  }

  it('refuses a token expired 30 s ago, one not valid for another 30 s, one issued in the future and one valid for ten years', async () => {
    const claims = claimsOf('af-t01');
    const t = seconds();
    await refusedEverywhere('expired 30 s ago', await bearer(claims, { issuedAt: t - 3600, expiresIn: t - 30 }));
    await refusedEverywhere(
      'not valid for 30 s',
      `Bearer ${await signToken({ ...claims, nbf: t + 30 }, { keyDir: sys.keyDir })}`,
    );
    await refusedEverywhere(
      'issued a minute from now',
      await bearer(claims, { issuedAt: t + 60, expiresIn: t + 3600 }),
    );
    await refusedEverywhere(
      'valid for ten years',
      await bearer(claims, { issuedAt: t, expiresIn: t + 10 * 365 * 86400 }),
    );
    await refusedEverywhere('valid for 13 hours', await bearer(claims, { issuedAt: t, expiresIn: t + 13 * 3600 }));
  });

  it('accepts an honest token, and a clock a second or two off', async () => {
    const claims = claimsOf('af-t01');
    const t = seconds();
    for (const authorization of [
      await bearer(claims, { issuedAt: t, expiresIn: t + 8 * 3600 }),
      await bearer(claims, { issuedAt: t + 2, expiresIn: t + 3600 }),
    ]) {
      const res = await post<any>(
        sys.gatewayUrl,
        { query: Q, variables: { id: SHOWCASE.consenting } },
        { authorization },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.participant.name).not.toBeNull();
    }
  });
});

// ===========================================================================
// 7. Every access decision in the agency's folder
// ===========================================================================

describe("7. decisions that lived in shared code follow each agency's own rules", () => {
  it('gives an auditor no person-level data whatever teams and roles the token lists', async () => {
    const Q = `query P($id: ID!) { participant(id: $id) { name personnummer programme { withheld { code } } afPlanPart { withheld { code } } jobMatches { withheld { code } } afConsents { id } } }`;
    const nothing = {
      name: null,
      personnummer: null,
      programme: { withheld: { code: 'WITHHELD' } },
      afPlanPart: { withheld: { code: 'WITHHELD' } },
      jobMatches: { withheld: { code: 'WITHHELD' } },
      afConsents: [],
    };
    // A token that also says arbetsförmedlare: AF's register has the auditor as an auditor only.
    const alsoCaseworker = await asClaims(
      claimsOf('auditor-af', { roles: ['AUDITOR', 'ARBETSFORMEDLARE'], teams: ['T01'] }),
      Q,
      { id: SHOWCASE.consenting },
    );
    expect(alsoCaseworker.data.participant).toEqual(nothing);
    const res = await asClaims(claimsOf('auditor-af', { teams: ['T01'] }), Q, { id: SHOWCASE.consenting });
    expect(res.data.participant).toEqual(nothing);
    const fk = await direct(
      'FK',
      claimsOf('auditor-fk', { teams: ['T01'] }),
      `query { _entities(representations: [{ __typename: "Participant", id: "${SHOWCASE.consenting}" }]) { ... on Participant { benefits { withheld { code } } fkPlanPart { withheld { code } } } } }`,
    );
    expect(fk.data._entities[0]).toEqual({
      benefits: { withheld: { code: 'WITHHELD' } },
      fkPlanPart: { withheld: { code: 'WITHHELD' } },
    });
  });

  it("gives the programme's figures only to the funder's analysts each agency has on record", async () => {
    const Q = `{ afAggregate(measure: ENROLLED, period: "ALL") { total { value } } }`;
    expect((await sys.query('analyst', Q)).errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    const stranger = claimsOf('analyst', { sub: 'finsam-5999', name: 'Okänd Analytiker' });
    expect((await asClaims(stranger, Q)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await direct('AF', stranger, Q)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Nor to an analyst whose token lists a team: figures only, whatever the token says.
    expect((await asClaims(claimsOf('analyst', { teams: ['T01'] }), Q)).errors?.[0]?.extensions?.code).not.toBe(
      'FORBIDDEN',
    );
  });

  it('lets only the auditors each agency has on record review its log', async () => {
    const from = new Date(now().getTime() - 3_600_000).toISOString();
    const to = new Date(now().getTime() + 3_600_000).toISOString();
    const Q = `query R($from: DateTime!, $to: DateTime!) { regionAuditReview(from: $from, to: $to) { agency } }`;
    expect((await sys.query('auditor-region', Q, { from, to })).errors).toBeUndefined();
    const stranger = claimsOf('auditor-region', { sub: 'region-4998', name: 'Okänd Granskare' });
    expect((await asClaims(stranger, Q, { from, to })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
