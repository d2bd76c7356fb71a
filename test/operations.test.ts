import { AGENCIES, agencyKey } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * Operations, with every service in a process of its own: graceful shutdown
 * finishes the requests in flight; every log line a request causes carries
 * the request id the gateway issued, in the gateway and in the subgraphs;
 * and no log line of a whole run holds a seeded person's name or
 * personnummer.
 */
let sys: ProcessSystem;
/** Every request id the gateway gave out in this file. */
const issued = new Set<string>();

beforeAll(async () => {
  sys = await startProcessSystem({
    population: { ongoing: 20, discharged: 2 },
    // Everything the services log, debug lines included, is scanned.
    logLevel: 'debug',
    env: { GATEWAY: { SUBGRAPH_TIMEOUT_MS: '8000', BREAKER_FAILURES: '3', BREAKER_COOLDOWN_MS: '500' } },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

interface Answer {
  status: number;
  requestId: string | null;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask(
  persona: string | null,
  query: string,
  variables?: Record<string, unknown>,
  authorization?: string,
): Promise<Answer> {
  const res = await fetch(sys.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(persona ? { authorization: `Bearer ${await sys.token(persona)}` } : {}),
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const requestId = res.headers.get('x-request-id');
  if (requestId) issued.add(requestId);
  return { status: res.status, requestId, ...((await res.json()) as object) };
}

const PLAN = `query P($id: ID!) { participant(id: $id) { id name personnummer programme { status team { id } }
  jointPlan { items { intervention { id agency title } } withheld { agency code } } } }`;
const CASELOAD = `{ team(id: "T01") { caseload(first: 10) { id name jointPlan { items { intervention { agency } } withheld { agency code } } } } }`;
const ADD_FK = `mutation A($input: FkInterventionInput!) { addFkIntervention(input: $input) { id } }`;
const REGISTER_FK = `mutation R($input: FkRegistrationInput!) { registerFkParticipant(input: $input) { id } }`;

interface LogLine {
  service?: string;
  msg?: string;
  requestId?: string;
  level?: number;
  [k: string]: unknown;
}

function parsed(lines: string[]): LogLine[] {
  return lines.map((line) => {
    try {
      return JSON.parse(line) as LogLine;
    } catch {
      throw new Error(`a log line is not JSON: ${line.slice(0, 200)}`);
    }
  });
}

const logLines = () =>
  sys
    .logs()
    .split('\n')
    .filter((l) => l.length > 0);

/** Lines about a service's life, not about any request. */
const LIFECYCLE = [
  /listening$/,
  /^shutting down$/,
  /^circuit /,
  /^migration/,
  /^demo data/,
  /^REFERENCE_DAY /,
  /^published the periods that fell due$/,
];
const isLifecycle = (l: LogLine) =>
  LIFECYCLE.some((re) => re.test(l.msg ?? '')) ||
  // The pool reports an idle connection that the database dropped: no request was using it.
  (l.msg === 'database' && /pool raised an error/.test(String(l.message)));

describe('graceful shutdown', () => {
  it('the gateway finishes a request in flight on SIGTERM, then exits 0', async () => {
    const fk = sys.subgraphs.FK;
    // The database stops answering: FK's part of the plan waits.
    await fk.holdDatabase();
    let answered: Answer | null = null;
    const inFlight = ask('af-t01', PLAN, { id: SHOWCASE.consenting }).then((a) => (answered = a));
    try {
      await new Promise((r) => setTimeout(r, 500));
      const exited = sys.gateway.exited();
      process.kill(sys.gateway.pid(), 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(answered).toBeNull();
      expect(sys.gateway.running()).toBe(true);
      await fk.restoreDatabase();
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.participant.jointPlan.withheld).toEqual([]);
      expect(await exited).toEqual({ code: 0, signal: null });
    } finally {
      await fk.restoreDatabase();
      if (!sys.gateway.running()) await sys.gateway.start();
    }
  }, 60_000);

  it('a subgraph finishes a request in flight on SIGTERM, then exits 0', async () => {
    const fk = sys.subgraphs.FK;
    const token = await sys.token('fk-utredare');
    await fk.holdDatabase();
    try {
      const inFlight = fetch(fk.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': 'graceful-subgraph-1',
        },
        body: JSON.stringify({
          query: `{ _entities(representations: [{ __typename: "Participant", id: "${SHOWCASE.consenting}" }]) { ... on Participant { fkPlanPart { interventions { id } } } } }`,
        }),
      });
      await new Promise((r) => setTimeout(r, 500));
      const stopped = fk.stop('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(fk.running()).toBe(true);
      await fk.restoreDatabase();
      const res = await inFlight;
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data?: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data._entities[0].fkPlanPart.interventions.length).toBeGreaterThan(0);
      expect(await stopped).toBe(0);
    } finally {
      await fk.restoreDatabase();
      if (!fk.running()) await fk.start();
    }
  }, 60_000);
});

describe('publishing', () => {
  it('each subgraph publishes the closed periods due when it starts, before any analyst asks', async () => {
    // The process system seeds the demo and publishes nothing itself: each agency's publisher did (report/publisher.ts).
    const publishers = () =>
      [
        ...new Set(
          parsed(logLines())
            .filter((l) => l.msg === 'published the periods that fell due')
            .map((l) => l.service),
        ),
      ].sort();
    const everyAgency = AGENCIES.map((a) => a.toLowerCase()).sort();
    for (let waited = 0; publishers().length < everyAgency.length && waited < 30_000; waited += 250)
      await new Promise((r) => setTimeout(r, 250));
    expect(publishers()).toEqual(everyAgency);
  }, 40_000);
});

describe('logs', () => {
  it('every line a request causes carries the request id the gateway issued, in the gateway and in each subgraph', async () => {
    const from = logLines().length;
    // Requests that make the services log: refused tokens, a subgraph down, a database away.
    expect((await ask(null, PLAN, { id: SHOWCASE.consenting }, 'Bearer not-a-token')).status).toBe(200);
    await sys.subgraphs.REGION.cutDatabase();
    try {
      expect((await ask('af-t01', PLAN, { id: SHOWCASE.consenting })).status).toBe(200);
      expect((await ask('af-t01', CASELOAD)).status).toBe(200);
    } finally {
      await sys.subgraphs.REGION.restoreDatabase();
    }
    await sys.subgraphs.MALMO.stop('SIGKILL');
    try {
      for (let i = 0; i < 4; i++) expect((await ask('af-t01', PLAN, { id: SHOWCASE.consenting })).status).toBe(200);
    } finally {
      await sys.subgraphs.MALMO.start();
    }

    const lines = parsed(logLines().slice(from));
    const requestLines = lines.filter((l) => !isLifecycle(l));
    expect(requestLines.length).toBeGreaterThan(0);
    const without = requestLines.filter((l) => !l.requestId || !issued.has(l.requestId));
    expect(without).toEqual([]);
    // The ids reach the subgraphs: only the gateway calls them, so an id the gateway gave its client in a subgraph's line came from the gateway.
    const byService = new Map<string, Set<string>>();
    for (const l of requestLines) {
      const s = byService.get(l.service ?? '?') ?? new Set<string>();
      s.add(l.requestId!);
      byService.set(l.service ?? '?', s);
    }
    expect(byService.get('region')?.size ?? 0).toBeGreaterThan(0);
    expect(byService.get('af')?.size ?? 0).toBeGreaterThan(0);
    expect(byService.get('gateway')?.size ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it("no log line of a whole run holds a seeded person's name or personnummer", async () => {
    // A varied run: every kind of reader, writes (good and refused), faults.
    for (const persona of ['af-t01', 'soc-t01', 'fk-utredare', 'af-other', 'analyst', 'participant']) {
      for (const id of [
        SHOWCASE.consenting,
        SHOWCASE.noConsent,
        SHOWCASE.protectedIdentity,
        ...sys.people.slice(3, 8).map((p) => p.id),
      ]) {
        await ask(persona, PLAN, { id });
      }
      await ask(persona, CASELOAD);
    }
    const fkPerson = sys.people.find((p) => p.knownTo.includes('FK'))!;
    await ask('fk-utredare', ADD_FK, {
      input: {
        participantId: fkPerson.id,
        type: 'WORK_TRAINING_PLACEMENT',
        title: 'Arbetsträning',
        status: 'PLANNED',
        startDate: '2026-03-02',
        endDate: '2026-04-30',
        extentPercent: 25,
      },
    });
    await ask('fk-utredare', ADD_FK, {
      input: {
        participantId: fkPerson.id,
        type: 'WORK_TRAINING_PLACEMENT',
        title: 'x',
        status: 'PLANNED',
        startDate: '2026-03-02',
        endDate: '2026-01-30',
        extentPercent: 250,
      },
    });
    // Registrations that are refused carry a real person's name and personnummer in their input.
    for (const p of sys.people.slice(0, 6)) {
      await ask('fk-utredare', REGISTER_FK, {
        input: {
          participantId: p.id,
          personnummer: p.personnummer,
          firstName: p.firstName,
          lastName: p.lastName,
          teamId: 'T11',
        },
      });
    }
    await sys.subgraphs.FK.cutDatabase();
    try {
      await ask('fk-utredare', PLAN, { id: fkPerson.id });
      const p = sys.people[9]!;
      await ask('fk-utredare', REGISTER_FK, {
        input: {
          participantId: p.id,
          personnummer: p.personnummer,
          firstName: p.firstName,
          lastName: p.lastName,
          teamId: 'T11',
        },
      });
    } finally {
      await sys.subgraphs.FK.restoreDatabase();
    }

    const text = sys.logs();
    expect(text.length).toBeGreaterThan(1000);
    const found: string[] = [];
    for (const p of sys.people) {
      const pnr = p.personnummer;
      const forms = [pnr, `${pnr.slice(0, 8)}-${pnr.slice(8)}`, pnr.slice(2), `${pnr.slice(2, 8)}-${pnr.slice(8)}`];
      for (const form of forms) if (new RegExp(`(^|\\D)${form}(\\D|$)`).test(text)) found.push(`${p.id}: personnummer`);
      if (text.includes(`${p.firstName} ${p.lastName}`) || text.includes(`${p.lastName}, ${p.firstName}`))
        found.push(`${p.id}: name`);
    }
    expect(found).toEqual([]);
    // Fields that would hold such data are never logged with a value.
    for (const l of parsed(logLines())) {
      for (const key of ['personnummer', 'firstName', 'lastName', 'name']) {
        const v = l[key];
        if (key === 'name') expect(['gateway', ...AGENCIES.map(agencyKey), 'launcher', undefined]).toContain(v);
        else expect(v === undefined || v === '[redacted]').toBe(true);
      }
    }
  }, 90_000);
});
