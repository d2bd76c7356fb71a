import { AGENCIES, type Agency } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * Faults with every service in a process of its own: a subgraph killed,
 * frozen past its timeout, and cut off from its database. The joint plan and
 * a team's caseload keep answering 200 with the other agencies' parts and a
 * notice naming the missing one, and everything recovers by itself: the
 * gateway is never restarted, and the subgraph is not restarted for a
 * database outage.
 */
let sys: ProcessSystem;
const TIMEOUT_MS = 1500;
const COOLDOWN_MS = 1000;

beforeAll(async () => {
  sys = await startProcessSystem({
    population: { ongoing: 20, discharged: 2 },
    env: {
      GATEWAY: {
        SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
        BREAKER_FAILURES: '3',
        BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
      },
    },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const PLAN = `query P($id: ID!) { participant(id: $id) { id programme { status }
  jointPlan { items { intervention { id agency } } withheld { agency code message } } } }`;
const CASELOAD = `{ team(id: "T01") { caseload(first: 5) { id jointPlan { items { intervention { agency } } withheld { agency code } } } } }`;

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask(persona: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(sys.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await sys.token(persona)}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

async function readiness(agency: Agency): Promise<number | 'unreachable'> {
  try {
    const res = await fetch(`${sys.subgraphs[agency].baseUrl}/health/ready`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'unreachable';
  }
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, withinMs = 15_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(last).slice(0, 500)} after ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
}

const agenciesIn = (items: Array<{ intervention: { agency: string } }>) =>
  new Set(items.map((i) => i.intervention.agency));

/** The plan and the caseload answer 200 without `missing`, with a notice naming it and every other agency's part. */
async function expectPartial(missing: Agency): Promise<Answer> {
  const plan = await ask('af-t01', PLAN, { id: SHOWCASE.consenting });
  expect(plan.status).toBe(200);
  // AF's own fields are null while AF is down; otherwise AF answers as usual.
  if (missing === 'AF') expect(plan.data.participant.programme).toBeNull();
  else expect(plan.data.participant.programme.status).toEqual(expect.any(String));
  const { items, withheld } = plan.data.participant.jointPlan;
  expect(withheld).toEqual([expect.objectContaining({ agency: missing, code: 'UNAVAILABLE' })]);
  expect(withheld[0].message).toMatch(/could not be reached/);
  const others = AGENCIES.filter((a) => a !== missing);
  expect(agenciesIn(items)).toEqual(new Set(others));

  const caseload = await ask('af-t01', CASELOAD);
  expect(caseload.status).toBe(200);
  const ids = caseload.data.team.caseload.map((p: { id: string }) => p.id);
  if (missing === 'AF') {
    // Made from the other agencies' lists, each of which names only people the caller may see there:
    // P-DEMO0002 (known to all, no consent) is not on it.
    expect(ids).toEqual(expect.arrayContaining([SHOWCASE.consenting, SHOWCASE.protectedIdentity]));
    expect(ids).not.toContain(SHOWCASE.noConsent);
  } else {
    expect(ids).toHaveLength(5);
  }
  for (const p of caseload.data.team.caseload) {
    expect(p.jointPlan.withheld).toContainEqual({ agency: missing, code: 'UNAVAILABLE' });
    expect(agenciesIn(p.jointPlan.items).has(missing)).toBe(false);
  }
  return plan;
}

async function whole(): Promise<Answer> {
  return ask('af-t01', PLAN, { id: SHOWCASE.consenting });
}
const isWhole = (a: Answer) =>
  a.status === 200 &&
  a.data?.participant?.jointPlan?.withheld?.length === 0 &&
  agenciesIn(a.data.participant.jointPlan.items).size === AGENCIES.length;

it('starts whole: every agency part of the plan, every service ready', async () => {
  expect(isWhole(await whole())).toBe(true);
  for (const agency of AGENCIES) expect(await readiness(agency)).toBe(200);
});

it('answers without a killed subgraph, fails fast once the circuit opens, and recovers when it is started again', async () => {
  const gatewayPid = sys.gateway.pid();
  const fk = sys.subgraphs.FK;
  await fk.stop('SIGKILL');
  expect(await readiness('FK')).toBe('unreachable');

  await expectPartial('FK');
  // After three failed requests the circuit is open: the gateway says the service is down without trying it.
  const open = await until(
    'circuit open',
    () => ask('af-t01', PLAN, { id: SHOWCASE.consenting }),
    (a) => (a.errors ?? []).some((e) => /fk service is down/.test(e.message)),
  );
  expect(open.status).toBe(200);
  expect(open.errors).toContainEqual(
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAVAILABLE' }) }),
  );
  await expectPartial('FK');

  await fk.start();
  expect(await readiness('FK')).toBe(200);
  const back = await until('plan whole again', whole, isWhole);
  expect(back.errors).toBeUndefined();
  expect(sys.gateway.pid()).toBe(gatewayPid);
}, 60_000);

it('answers without a subgraph that is frozen past its timeout, and recovers when it runs again', async () => {
  const gatewayPid = sys.gateway.pid();
  const fk = sys.subgraphs.FK;
  const fkPid = fk.pid();
  process.kill(fkPid, 'SIGSTOP');
  try {
    // The first requests wait for the timeout; then the circuit opens and the answer comes at once.
    await expectPartial('FK');
    await until(
      'circuit open',
      () => ask('af-t01', PLAN, { id: SHOWCASE.consenting }),
      (a) => (a.errors ?? []).some((e) => /fk service is down/.test(e.message)),
      20_000,
    );
    await expectPartial('FK');
  } finally {
    process.kill(fkPid, 'SIGCONT');
  }
  await until('plan whole again', whole, isWhole);
  expect(fk.pid()).toBe(fkPid);
  expect(sys.gateway.pid()).toBe(gatewayPid);
}, 60_000);

it('answers without a subgraph cut off from its database, keeps an acknowledged write, and recovers without a restart', async () => {
  const gatewayPid = sys.gateway.pid();
  const fk = sys.subgraphs.FK;
  const fkPid = fk.pid();

  const added = await ask(
    'fk-utredare',
    `mutation A($input: FkInterventionInput!) { addFkIntervention(input: $input) { id } }`,
    {
      input: {
        participantId: SHOWCASE.consenting,
        type: 'WORK_TRAINING_PLACEMENT',
        title: 'Arbetsträning före avbrottet',
        status: 'PLANNED',
        startDate: '2026-03-02',
        endDate: '2026-04-30',
        extentPercent: 25,
      },
    },
  );
  expect(added.errors).toBeUndefined();
  const writtenId = added.data.addFkIntervention.id as string;

  await fk.cutDatabase();
  try {
    expect(await readiness('FK')).toBe(503);
    await expectPartial('FK');
    // A write while the database is away is refused with a code, not acknowledged.
    const refused = await ask(
      'fk-utredare',
      `mutation A($input: FkInterventionInput!) { addFkIntervention(input: $input) { id } }`,
      {
        input: {
          participantId: SHOWCASE.consenting,
          type: 'WORK_TRAINING_PLACEMENT',
          title: 'Under avbrottet',
          status: 'PLANNED',
          startDate: '2026-03-02',
          endDate: '2026-04-30',
          extentPercent: 25,
        },
      },
    );
    expect(refused.status).toBeLessThan(500);
    expect(refused.data?.addFkIntervention ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  } finally {
    await fk.restoreDatabase();
  }

  await until(
    'FK ready again',
    () => readiness('FK'),
    (s) => s === 200,
  );
  const back = await until('plan whole again', whole, isWhole);
  const fkItems = back.data.participant.jointPlan.items
    .filter((i: any) => i.intervention.agency === 'FK')
    .map((i: any) => i.intervention.id);
  expect(fkItems).toContain(writtenId);
  expect(fk.pid()).toBe(fkPid);
  expect(sys.gateway.pid()).toBe(gatewayPid);
}, 60_000);

it("answers with the other agencies' parts while AF (which issues the participant ids and keeps the teams) is down", async () => {
  const af = sys.subgraphs.AF;
  await af.stop('SIGKILL');
  try {
    // The plan and the caseload come from the gateway's own plan subgraph, so they still answer: the
    // caseload from the people the other agencies have on the team, each plan without AF's part.
    await expectPartial('AF');
    const res = await ask('soc-t01', PLAN, { id: SHOWCASE.consenting });
    expect(res.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAVAILABLE' }) }),
      ]),
    );
  } finally {
    await af.start();
  }
  await until('plan whole again', whole, isWhole);
}, 60_000);
