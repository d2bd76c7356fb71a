import { Client } from 'pg';
import { AGENCIES, agencyDatabase } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * The foundation, end to end: each agency's subgraph on its own database, the
 * gateway over HTTP, the joint plan composed at query time.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 1300, discharged: 50 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const PLAN = `query Plan($id: ID!) {
  participant(id: $id) {
    id
    name
    programme { status enrolledOn team { id name } goal { type description } nextFollowUp { scheduledAt } withheld { code } }
    jointPlan {
      items { intervention { id agency type title status startDate endDate extentPercent responsibleOfficer { name role agency } } parallelWith }
      withheld { agency code message }
      responsibleOfficers { name agency role }
    }
  }
}`;

describe('the joint plan', () => {
  it("holds every agency's interventions in one list ordered by start date, with parallel runs", async () => {
    const res = await sys.query('af-t01', PLAN, { id: SHOWCASE.consenting });
    expect(res.errors).toBeUndefined();
    const p = res.data.participant;
    expect(p.programme.team.id).toBe('T01');
    expect(p.programme.goal).not.toBeNull();
    expect(p.programme.nextFollowUp).not.toBeNull();
    const items = p.jointPlan.items;
    // The demo gives the showcase people interventions at every agency (each agency's demo facts).
    expect(new Set(items.map((i: any) => i.intervention.agency))).toEqual(new Set(AGENCIES));
    const starts = items.map((i: any) => i.intervention.startDate ?? '9999');
    expect(starts).toEqual([...starts].sort());
    // The showcase's first interventions of all the agencies overlap in time.
    const first = items[0];
    expect(first.parallelWith.length).toBe(AGENCIES.length - 1);
    expect(p.jointPlan.withheld).toEqual([]);
    expect(new Set(p.jointPlan.responsibleOfficers.map((o: any) => o.agency))).toEqual(new Set(AGENCIES));
  });

  it("answers a team's caseload with each plan in one query", async () => {
    const res = await sys.query(
      'af-t01',
      `{ team(id: "T01") { caseload(first: 5) { id programme { status } jointPlan { items { intervention { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.team.caseload).toHaveLength(5);
  });

  it("counts a team's ongoing cases right, and only when they are asked for", async () => {
    const expected = sys.people.filter((p) => p.teamId === 'T01' && !p.dischargedOn).length;
    const statements = async (query: string) => {
      const before = sys.subgraphs.AF.service.stats.statements;
      const res = await sys.query('af-t01', query);
      expect(res.errors).toBeUndefined();
      return { data: res.data, n: sys.subgraphs.AF.service.stats.statements - before };
    };
    const withCount = await statements('{ team(id: "T01") { name ongoingCases } }');
    expect(withCount.data.team.ongoingCases).toBe(expected);
    // A plan asks for the team's name with every participant; the count reads all of the team's enrolments.
    const nameOnly = await statements('{ team(id: "T01") { name } }');
    expect(nameOnly.n).toBe(withCount.n - 1);
  });

  it("reads one person's plan in two statements per agency that holds them: the access facts with the caller's register entry, then the records released", async () => {
    const PLAN = `query P($id: ID!) { participant(id: $id) { id name programme { status team { id name } nextFollowUp { scheduledAt } }
      jointPlan { items { intervention { id title } parallelWith } withheld { agency } } } }`;
    const count = async () => {
      const before = Object.fromEntries(Object.entries(sys.subgraphs).map(([a, s]) => [a, s.service.stats.statements]));
      const res = await sys.query('af-t01', PLAN, { id: SHOWCASE.consenting });
      expect(res.errors).toBeUndefined();
      expect(res.data.participant.programme.team.name).toEqual(expect.any(String));
      expect(res.data.participant.jointPlan.withheld).toEqual([]);
      return Object.fromEntries(
        Object.entries(sys.subgraphs).map(([a, s]) => [a, s.service.stats.statements - before[a]!]),
      );
    };
    await count(); // warm-up
    // Each agency appends to its access log before it answers, in a transaction of its own: the one audit_append statement.
    const AUDIT = 1;
    expect(await count()).toEqual(Object.fromEntries(AGENCIES.map((a) => [a, 2 + AUDIT])));
  });

  it('costs the same number of SQL statements per subgraph for 10 and for 100 participants', async () => {
    const query = (
      n: number,
    ) => `{ team(id: "T01") { caseload(first: ${n}) { id name programme { status team { id } nextFollowUp { scheduledAt } }
      jointPlan { items { intervention { id title } parallelWith } withheld { agency } } } } }`;
    const count = async (n: number) => {
      const before = Object.fromEntries(Object.entries(sys.subgraphs).map(([a, s]) => [a, s.service.stats.statements]));
      const res = await sys.query('af-t01', query(n));
      expect(res.errors).toBeUndefined();
      expect(res.data.team.caseload).toHaveLength(n);
      return Object.fromEntries(
        Object.entries(sys.subgraphs).map(([a, s]) => [a, s.service.stats.statements - before[a]!]),
      );
    };
    await count(10); // warm-up
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toEqual(ten);
    for (const n of Object.values(ten)) expect(n).toBeGreaterThan(0);
  });
});

describe('each agency on its own database', () => {
  it("refuses one agency's role on another agency's database", async () => {
    const malmo = agencyDatabase('MALMO');
    const afUrl = new URL(sys.subgraphs.AF.databaseUrl);
    afUrl.username = malmo.role;
    afUrl.password = malmo.password;
    const client = new Client({ connectionString: afUrl.toString() });
    await expect(client.connect()).rejects.toMatchObject({ code: '42501' });
    await client.end().catch(() => undefined);
  });

  it("lets each agency's role connect to its own database", async () => {
    const client = new Client({ connectionString: sys.subgraphs.MALMO.databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT current_user AS who');
    expect(rows[0].who).toBe(agencyDatabase('MALMO').role);
    await client.end();
  });
});

describe('writes', () => {
  const ENROL = `mutation Enrol($input: EnrolInput!) { enrolParticipant(input: $input) { id programme { status enrolledOn } } }`;
  const base = {
    personnummer: '198507149873',
    firstName: 'Test',
    lastName: 'Person',
    gender: 'WOMAN',
    bornOutsideEurope: false,
    residentInMalmo: true,
    registeredAtAf: true,
    monthsWithoutWork: 24,
    entryRoute: 'AF',
    enrolledOn: '2026-01-12',
    socialAssistanceAtEnrolment: false,
  };

  it('enrols an eligible person once, and refuses a second enrolment', async () => {
    const first = await sys.query('af-t01', ENROL, { input: base });
    expect(first.errors).toBeUndefined();
    expect(first.data.enrolParticipant.id).toMatch(/^P-[0-9A-Z]{8}$/);
    expect(first.data.enrolParticipant.programme.status).toBe('ENROLLED');
    const second = await sys.query('af-t01', ENROL, { input: base });
    expect(second.errors?.[0]?.extensions?.code).toBe('ALREADY_ENROLLED');
  });

  it('says why a person is not eligible', async () => {
    const res = await sys.query('af-t01', ENROL, {
      input: { ...base, personnummer: '200001019801', residentInMalmo: false, monthsWithoutWork: 3 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_ELIGIBLE');
    expect(res.errors?.[0]?.message).toMatch(/live in Malmö/);
    expect(res.errors?.[0]?.message).toMatch(/over 30/);
    expect(res.errors?.[0]?.message).toMatch(/12 months/);
  });

  it('rejects bad input with a code and leaves nothing half-written', async () => {
    const add = `mutation Add($input: AfInterventionInput!) { addAfIntervention(input: $input) { id } }`;
    const input = {
      participantId: SHOWCASE.consenting,
      type: 'WAGE_SUBSIDY',
      title: 'Lönebidrag',
      status: 'PLANNED',
      startDate: '2026-03-01',
      endDate: '2026-02-01',
    };
    const before = await sys.subgraphs.AF.dataSource.query('SELECT count(*)::int AS n FROM intervention');
    const endBeforeStart = await sys.query('af-t01', add, { input });
    expect(endBeforeStart.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const extent = await sys.query('af-t01', add, { input: { ...input, endDate: null, extentPercent: 150 } });
    expect(extent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await sys.query('af-t01', add, { input: { ...input, endDate: null, participantId: 'P-ZZZZZZZZ' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    const after = await sys.subgraphs.AF.dataSource.query('SELECT count(*)::int AS n FROM intervention');
    expect(after[0].n).toBe(before[0].n);
  });

  it('adds, updates and ends an intervention', async () => {
    const add = await sys.query(
      'af-t01',
      `mutation { addAfIntervention(input: { participantId: "${SHOWCASE.consenting}", type: WAGE_SUBSIDY, title: "Lönebidrag hos bageri", status: PLANNED, startDate: "2026-03-01" }) { id status } }`,
    );
    expect(add.errors).toBeUndefined();
    const id = add.data.addAfIntervention.id;
    const upd = await sys.query(
      'af-t01',
      `mutation { updateAfIntervention(id: "${id}", input: { status: ONGOING, extentPercent: 75 }) { status extentPercent } }`,
    );
    expect(upd.data.updateAfIntervention).toEqual({ status: 'ONGOING', extentPercent: 75 });
    const end = await sys.query(
      'af-t01',
      `mutation { endAfIntervention(id: "${id}", endDate: "2026-02-01", status: COMPLETED) { status } }`,
    );
    expect(end.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await sys.query(
      'af-t01',
      `mutation { endAfIntervention(id: "${id}", endDate: "2026-06-30", status: COMPLETED) { status endDate } }`,
    );
    expect(ok.data.endAfIntervention).toEqual({ status: 'COMPLETED', endDate: '2026-06-30' });
  });

  it('refuses a discharge without an outcome and enforces team capacity', async () => {
    const noOutcome = await sys.query(
      'af-t01',
      `mutation { dischargeParticipant(participantId: "${SHOWCASE.noConsent}", dischargedOn: "2026-05-01") { id } }`,
    );
    expect(noOutcome.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const enrolled = await sys.query('af-t02', ENROL, { input: { ...base, personnummer: '197203035550' } });
    expect(enrolled.errors).toBeUndefined();
    const id = enrolled.data.enrolParticipant.id;
    await sys.subgraphs.AF.dataSource.query(
      `UPDATE team SET capacity = GREATEST(1, (SELECT count(*) FROM participant p JOIN participation pa ON pa.participant_id = p.id WHERE p.team_id = 'T02' AND pa.discharged_on IS NULL)) WHERE id = 'T02'`,
    );
    const full = await sys.query('af-t02', `mutation { assignTeam(participantId: "${id}", teamId: "T02") { id } }`);
    expect(full.errors?.[0]?.extensions?.code).toBe('TEAM_FULL');
  });
});
