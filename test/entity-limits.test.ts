import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, measureOperation } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { typeDefs as afTypeDefs } from '@malmokraften/subgraph-af';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * Entity requests straight to a subgraph, as anyone with a valid token can
 * send them, against AF running as a process of its own (so its memory is
 * its own): a request with more representations than the gateway ever sends
 * is refused whole, with a code and one log line; repeated keys are resolved
 * once; and a burst of the largest requests that are allowed keeps AF under
 * a stated memory ceiling while other callers' plans, through the gateway,
 * keep arriving with AF's part in time.
 */
let sys: ProcessSystem;
let token: string;
let ids: string[];

/** AF's resident memory may not pass this during the bursts (it starts at about 200 MB). */
const MEMORY_CEILING_MB = 600;
/** The gateway's timeout for a subgraph's answer; the default is 5 s, a little more here for a machine shared with other work. */
const SUBGRAPH_TIMEOUT_MS = 8000;

beforeAll(async () => {
  sys = await startProcessSystem({
    population: { ongoing: 1000, discharged: 20 },
    env: { GATEWAY: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) } },
  });
  token = await sys.token('af-t01');
  ids = sys.people.map((p) => p.id);
}, 240_000);
afterAll(async () => sys?.stop(), 60_000);

/** Everything AF holds on a participant that fits one entity request within the cost limit. */
const SELECTION = `... on Participant { id name personnummer programme { status enrolledOn team { id } goal { type description } }
  afPlanPart { agency withheld { agency code message } interventions { id agency type title status startDate endDate extentPercent version responsibleOfficer { id name role agency } }
    responsibleOfficers { id name role agency } } }`;
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${SELECTION} } }`;

/** The attack of the issue: a cheap selection (cost 8 per entity), so that 20,000 copies pass the cost limit. */
const CHEAP = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Participant { id name personnummer programme { status enrolledOn } afPlanPart { agency } } } }`;

const reps = (list: string[]) => list.map((id) => ({ __typename: 'Participant', id }));

interface Answer {
  status: number;
  ms: number;
  sql: number | null;
  retryAfter: string | null;
  cacheControl: string | null;
  body: { data?: { _entities?: unknown[] }; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function entities(representations: unknown[], query = ENTITIES, as = token): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(sys.subgraphs.AF.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
    body: JSON.stringify({ query, variables: { representations } }),
  });
  const body = (await res.json()) as Answer['body'];
  const sql = res.headers.get('x-sql-statements');
  return {
    status: res.status,
    ms: Date.now() - started,
    sql: sql === null ? null : Number(sql),
    retryAfter: res.headers.get('retry-after'),
    cacheControl: res.headers.get('cache-control'),
    body,
  };
}

/** AF's resident set, sampled every 25 ms while `work` runs: the highest value in MB. */
async function peakMemoryDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; beforeMb: number }> {
  const pid = sys.subgraphs.AF.pid();
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const beforeMb = rss();
  let peakMb = beforeMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rss())), 25);
  try {
    const result = await work();
    peakMb = Math.max(peakMb, rss());
    return { result, peakMb, beforeMb };
  } finally {
    clearInterval(timer);
  }
}

/** Plans through the gateway as another caller, one after the other, until `done` is set. */
async function otherCaller(done: {
  stop: boolean;
}): Promise<Array<{ ms: number; status: number; afMissing: boolean }>> {
  const other = await sys.token('soc-t01');
  const answers: Array<{ ms: number; status: number; afMissing: boolean }> = [];
  const query =
    'query P($id: ID!) { participant(id: $id) { jointPlan { items { intervention { id agency } } withheld { agency code } } } }';
  while (!done.stop || answers.length < 3) {
    const started = Date.now();
    const res = await fetch(sys.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
      body: JSON.stringify({ query, variables: { id: SHOWCASE.consenting } }),
    });
    const body = (await res.json()) as {
      data?: { participant: { jointPlan: { withheld: Array<{ agency: string; code: string }> } } };
    };
    const withheld = body.data?.participant.jointPlan.withheld ?? [{ agency: 'AF', code: 'NO ANSWER' }];
    answers.push({ ms: Date.now() - started, status: res.status, afMissing: withheld.some((w) => w.agency === 'AF') });
  }
  return answers;
}

const afLogLines = () =>
  sys
    .logs()
    .split('\n')
    .filter((l) => l.includes('"service":"af"'));

describe('entity requests straight to a subgraph', () => {
  it('the largest allowed request is within the cost limit, and the limit is the largest caseload page', () => {
    expect(DEFAULT_QUERY_LIMITS.maxRepresentations).toBe(1000);
    const schema = buildSubgraphSchema(parse(afTypeDefs));
    const doc = parse(ENTITIES);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const measure = measureOperation(schema, doc, op, { variables: { representations: reps(ids.slice(0, 1000)) } });
    expect(measure.representations).toBe(1000);
    expect(measure.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('refuses more representations than the limit whole, with QUERY_TOO_COMPLEX and one log line per request', async () => {
    const from = afLogLines().length;
    const copies = Array.from({ length: 20_000 }, () => ({ __typename: 'Participant', id: SHOWCASE.consenting }));
    const { result, peakMb, beforeMb } = await peakMemoryDuring(() =>
      Promise.all(Array.from({ length: 16 }, () => entities(copies, CHEAP))),
    );
    for (const answer of result) {
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        {
          message: 'The request asks for 20000 entities at once; at most 1000 are allowed in one request.',
          extensions: { code: 'QUERY_TOO_COMPLEX', representations: 20_000, maxRepresentations: 1000 },
        },
      ]);
    }
    // The lines come through a pipe: wait until the last has arrived.
    const refusedLines = () =>
      afLogLines()
        .slice(from)
        .filter((l) => l.includes('refused by the query limits'));
    for (let i = 0; i < 50 && refusedLines().length < 16; i++) await new Promise((r) => setTimeout(r, 100));
    const lines = afLogLines().slice(from);
    // One line per refused request, none per representation.
    expect(refusedLines()).toHaveLength(16);
    expect(JSON.parse(refusedLines()[0]!)).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      representations: 20_000,
      maxRepresentations: 1000,
    });
    expect(lines.length).toBeLessThanOrEqual(16 + 4);
    process.stdout.write(
      `16 requests of 20,000 copies: refused, AF ${beforeMb.toFixed(0)} → peak ${peakMb.toFixed(0)} MB\n`,
    );
    expect(peakMb).toBeLessThan(MEMORY_CEILING_MB);
  }, 60_000);

  it('takes large requests of one caller one at a time: a burst beyond its queue is refused at once with 429', async () => {
    const largest = reps(ids.slice(0, 1000));
    const result = await Promise.all(Array.from({ length: 8 }, () => entities(largest)));
    const statuses = result.map((a) => a.status).sort();
    // One runs, four wait their turn, the other three are refused without waiting.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    for (const refused of result.filter((a) => a.status === 429)) {
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limitedBy: 'caller' });
      expect(refused.ms).toBeLessThan(Math.min(...result.filter((a) => a.status === 200).map((a) => a.ms)) + 1000);
    }
  }, 60_000);

  it('resolves repeated keys once: 1,000 copies of one key cost what one does', async () => {
    const one = await entities(reps([SHOWCASE.consenting]));
    const copies = await entities(reps(Array.from({ length: 1000 }, () => SHOWCASE.consenting)));
    expect([one.status, copies.status]).toEqual([200, 200]);
    expect(copies.body.errors).toBeUndefined();
    expect(copies.body.data?._entities).toHaveLength(1000);
    expect(new Set(copies.body.data?._entities?.map((e) => JSON.stringify(e)))).toEqual(
      new Set([JSON.stringify(one.body.data?._entities?.[0])]),
    );
    expect(copies.sql).toBe(one.sql);
    // Records about people: no cache on the way may keep them.
    expect([one.cacheControl, copies.cacheControl]).toEqual(['no-store', 'no-store']);
  }, 60_000);

  it('a burst of the largest allowed requests stays under the memory ceiling, and other callers get their plans with AF in time', async () => {
    const largest = reps(ids.slice(0, 1000));
    // Four AF officers, four requests each, all at once.
    const callers = await Promise.all(
      ['af-t01', 'af-samordnare', 'af-sius', 'af-sektionschef'].map((p) => sys.token(p)),
    );
    const done = { stop: false };
    const others = otherCaller(done);
    const { result, peakMb, beforeMb } = await peakMemoryDuring(async () => {
      try {
        return await Promise.all(Array.from({ length: 16 }, (_, i) => entities(largest, ENTITIES, callers[i % 4])));
      } finally {
        done.stop = true;
      }
    });
    const answers = await others;
    // Each is answered in full, or (when it waited too long for its turn) refused with 429 and when to come back.
    for (const answer of result) {
      if (answer.status === 429) {
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
        continue;
      }
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?._entities).toHaveLength(1000);
    }
    const served = result.filter((a) => a.status === 200).length;
    expect(served).toBeGreaterThanOrEqual(4);
    const slowest = Math.max(...answers.map((a) => a.ms));
    const burstMs = Math.max(...result.map((a) => a.ms));
    process.stdout.write(
      `16 requests of 1,000 representations from 4 callers: ${served} answered, ${16 - served} refused 429, ${burstMs} ms for the last; ` +
        `AF ${beforeMb.toFixed(0)} → peak ${peakMb.toFixed(0)} MB; ` +
        `another caller's ${answers.length} plans meanwhile: slowest ${slowest} ms, median ${answers.map((a) => a.ms).sort((a, b) => a - b)[answers.length >> 1]} ms, ` +
        `AF missing from ${answers.filter((a) => a.afMissing).length}\n`,
    );
    expect(peakMb).toBeLessThan(MEMORY_CEILING_MB);
    expect(answers.every((a) => a.status === 200 && !a.afMissing)).toBe(true);
    // AF never missing means each of its answers came within the gateway's timeout for it; the whole plan a little later at most.
    expect(slowest).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 2000);
  }, 120_000);
});
