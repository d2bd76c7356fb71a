import { SHOWCASE } from '@malmokraften/dev';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * Rate limits, with every service a process of its own and small limits
 * set through the environment: one caller flooding the gateway, or a
 * subgraph directly, is answered 429 with Retry-After while another
 * caller's plans keep arriving whole and in time. The gateway, which
 * proves itself to the subgraphs with its secret, is not limited there by
 * its address (every caller's requests come from it); per caller it is,
 * since it forwards each caller's own token.
 */
let sys: ProcessSystem;

const GATEWAY_PER_CALLER = 4;
const GATEWAY_BURST = 8;
const AF_PER_CALLER = 5;
const AF_PER_ADDRESS = 10;
const SUBGRAPH_TIMEOUT_MS = 5000;

beforeAll(async () => {
  sys = await startProcessSystem({
    population: { ongoing: 20, discharged: 2 },
    env: {
      GATEWAY: {
        RATE_LIMIT_PER_CALLER: String(GATEWAY_PER_CALLER),
        RATE_LIMIT_PER_CALLER_BURST: String(GATEWAY_BURST),
        RATE_LIMIT_PER_ADDRESS: '1000',
        SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
      },
      AF: {
        RATE_LIMIT_PER_CALLER: String(AF_PER_CALLER),
        RATE_LIMIT_PER_CALLER_BURST: String(AF_PER_CALLER * 2),
        RATE_LIMIT_PER_ADDRESS: String(AF_PER_ADDRESS),
        RATE_LIMIT_PER_ADDRESS_BURST: String(AF_PER_ADDRESS * 2),
      },
    },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const PLAN =
  'query P($id: ID!) { participant(id: $id) { name jointPlan { items { intervention { id agency } } withheld { agency code } } } }';
const ENTITIES = `{ _entities(representations: [{ __typename: "Participant", id: "${SHOWCASE.consenting}" }]) { ... on Participant { afPlanPart { agency } } } }`;

interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    ms: Date.now() - started,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Answer['body'],
  };
}

/** `clients` loops sending as fast as they can until `ms` have passed. */
async function flood(ms: number, clients: number, send: () => Promise<Answer>): Promise<Answer[]> {
  const until = Date.now() + ms;
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) answers.push(await send());
    }),
  );
  return answers;
}

/** Plans one after the other, as a person at the web app, while `done` is not set. */
async function steadyCaller(token: string, done: { stop: boolean }): Promise<Answer[]> {
  const answers: Answer[] = [];
  while (!done.stop || answers.length < 4) {
    answers.push(await post(sys.gatewayUrl, token, PLAN, { id: SHOWCASE.consenting }));
    await new Promise((r) => setTimeout(r, 300));
  }
  return answers;
}

function expectWholePlansInTime(answers: Answer[]) {
  expect(answers.length).toBeGreaterThan(3);
  for (const a of answers) {
    expect([a.status, a.body.errors]).toEqual([200, undefined]);
    expect(a.body.data.participant.jointPlan.withheld).toEqual([]);
    expect(a.ms).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
  }
}

function expectRefusals(answers: Answer[], by: 'caller' | 'address') {
  const refused = answers.filter((a) => a.status === 429);
  expect(refused.length).toBeGreaterThan(0);
  for (const a of refused) {
    expect(a.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limitedBy: by });
    expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(a.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(a.retryAfter));
  }
  return refused.length;
}

describe('one caller flooding', () => {
  it('the gateway: the flooding caller gets 429 with Retry-After beyond its rate; another caller gets every plan whole and in time', async () => {
    const flooder = await sys.token('af-t01');
    const other = await sys.token('soc-t01');
    const done = { stop: false };
    const steady = steadyCaller(other, done);
    const seconds = 4;
    // As fast as the gateway answers: a query it answers itself.
    const answers = await flood(seconds * 1000, 6, () => post(sys.gatewayUrl, flooder, '{ __typename }')).finally(
      () => (done.stop = true),
    );
    const refused = expectRefusals(answers, 'caller');
    const accepted = answers.filter((a) => a.status === 200).length;
    // The burst and the sustained rate, and a little for the clock.
    expect(accepted).toBeLessThanOrEqual(GATEWAY_BURST + GATEWAY_PER_CALLER * (seconds + 1));
    const others = await steady;
    process.stdout.write(
      `gateway flooded by one caller: ${accepted} accepted, ${refused} refused 429 in ${seconds} s; the other caller's ${others.length} plans: ` +
        `slowest ${Math.max(...others.map((a) => a.ms))} ms, all whole: ${others.every((a) => a.status === 200 && !a.body.errors)}\n`,
    );
    expectWholePlansInTime(others);
    // A refused caller that waits as told is served again.
    const last = answers.filter((a) => a.status === 429).pop()!;
    await new Promise((r) => setTimeout(r, Number(last.retryAfter) * 1000));
    expect((await post(sys.gatewayUrl, flooder, PLAN, { id: SHOWCASE.consenting })).status).toBe(200);
  }, 60_000);

  it("a subgraph directly: the flood is refused there, and other callers' plans through the gateway keep that agency's part", async () => {
    await new Promise((r) => setTimeout(r, 2000));
    const flooder = await sys.token('af-t01');
    const other = await sys.token('soc-t01');
    const done = { stop: false };
    const steady = steadyCaller(other, done);
    const answers = await flood(4000, 6, () => post(sys.subgraphs.AF.url, flooder, ENTITIES)).finally(
      () => (done.stop = true),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(answers.length / 2);
    for (const a of refused) {
      expect(['caller', 'address']).toContain(a.body.errors?.[0]?.extensions?.limitedBy);
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    const others = await steady;
    process.stdout.write(
      `AF flooded directly: ${answers.length - refused.length} accepted, ${refused.length} refused 429; the other caller's ${others.length} plans ` +
        `through the gateway: slowest ${Math.max(...others.map((a) => a.ms))} ms, AF missing from ${others.filter((a) => a.body.data?.participant.jointPlan.withheld.length).length}\n`,
    );
    expectWholePlansInTime(others);
  }, 60_000);
});

describe('limits by address', () => {
  it('many callers from one address are refused by address beyond its rate; the gateway, proven by its secret, is not', async () => {
    await new Promise((r) => setTimeout(r, 3000));
    const personas = [
      'af-t01',
      'af-sius',
      'af-samordnare',
      'af-sektionschef',
      'soc-t01',
      'fk-utredare',
      'region-vsam',
      'analyst',
    ];
    const tokens = await Promise.all(personas.map((p) => sys.token(p)));
    let n = 0;
    // Each caller stays within its own rate; together they are over the address's.
    const answers = await flood(3000, 8, () => post(sys.subgraphs.AF.url, tokens[n++ % tokens.length]!, ENTITIES));
    expectRefusals(
      answers.filter((a) => a.body.errors?.[0]?.extensions?.limitedBy !== 'caller'),
      'address',
    );
    // Meanwhile and after, requests through the gateway come from the same address and are answered: 8 plans at once, each with AF's part.
    const plans = await Promise.all(
      tokens
        .slice(0, 8)
        .map((t) =>
          post(sys.gatewayUrl, t, '{ participant(id: "P-DEMO0001") { jointPlan { withheld { agency code } } } }'),
        ),
    );
    for (const p of plans) {
      expect(p.status).toBe(200);
      expect(
        p.body.data.participant.jointPlan.withheld.filter((w: { code: string }) => w.code === 'RATE_LIMITED'),
      ).toEqual([]);
    }
  }, 60_000);
});
