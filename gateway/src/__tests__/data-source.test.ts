import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { AgencyDataSource } from '../data-source';

/**
 * The data source against a real HTTP server that misbehaves on purpose:
 * which failures are retried, that mutations never are, and that an open
 * circuit sends nothing until its cooldown has passed.
 */
type Behaviour = (n: number, req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let url: string;
let behaviour: Behaviour;
let requests = 0;
let sockets = new Set<unknown>();
const sources: AgencyDataSource[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    sockets.add(req.socket);
    req.resume();
    req.on('end', () => behaviour(requests, req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await Promise.all(sources.map((s) => s.close()));
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = 0;
  sockets = new Set();
});

function source(opts: ConstructorParameters<typeof AgencyDataSource>[2] = {}) {
  const s = new AgencyDataSource('fk', url, { retryBackoffMs: 1, ...(typeof opts === 'object' ? opts : {}) });
  sources.push(s);
  return s;
}

const ENTITIES =
  'query Q__fk__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Participant { fkPlanPart { interventions { id } } } } }';
const MUTATION =
  'mutation M__fk__0 { addFkIntervention(input: {participantId: "P-DEMO0001", type: WORK_TRAINING_PLACEMENT, title: "x", status: PLANNED}) { id } }';
const representations = [{ __typename: 'Participant', id: 'P-DEMO0001' }];

function send(s: AgencyDataSource, query: string, variables?: Record<string, unknown>) {
  return s.process({
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query, ...(variables ? { variables } : {}) },
    context: { requestId: 'test-1' },
  });
}

/** Resolves once the server has seen `n` requests; fails after 5 s. */
async function arrived(n: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (requests < n) {
    if (Date.now() > deadline) throw new Error(`the server saw ${requests} of ${n} requests within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ok = (res: ServerResponse) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { _entities: [{ fkPlanPart: { interventions: [] } }] } }));
};
const reset = (_res: ServerResponse, req: IncomingMessage) => req.socket.destroy();

it('retries a read once after a reset connection, and the retry answers', async () => {
  behaviour = (n, req, res) => (n === 1 ? reset(res, req) : ok(res));
  const answer = await send(source(), ENTITIES, { representations });
  expect(requests).toBe(2);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({ _entities: [{ fkPlanPart: { interventions: [] } }] });
});

it('never retries a mutation: one attempt, then UNAVAILABLE', async () => {
  behaviour = (n, req, res) => (n === 1 ? reset(res, req) : ok(res));
  await expect(send(source(), MUTATION)).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
  expect(requests).toBe(1);
});

it("retries a read after 503 once, then keeps the subgraph's own coded answer", async () => {
  behaviour = (_n, _req, res) => {
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'audit log down', extensions: { code: 'AUDIT_UNAVAILABLE' } }] }));
  };
  const answer = await send(source(), ENTITIES, { representations });
  expect(requests).toBe(2);
  expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'AUDIT_UNAVAILABLE' } })]);
});

it('does not retry a read that timed out, and answers null entities with a notice', async () => {
  behaviour = () => {};
  const answer = await send(source({ timeoutMs: 200 }), ENTITIES, { representations });
  // On a busy machine the request can reach this process's server after the client has given up on it:
  // wait until it has arrived, and long enough after that for a retry to arrive too, before counting.
  await arrived(1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(requests).toBe(1);
  expect(answer.data).toEqual({ _entities: [{ __typename: 'Participant', fkPlanPart: null }] });
  expect(answer.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAVAILABLE', serviceName: 'fk' } })]);
});

it('does not retry or count a 4xx answer: the subgraph is up', async () => {
  behaviour = (_n, _req, res) => {
    res.statusCode = 400;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }));
  };
  const s = source({ breakerFailures: 1 });
  for (let i = 0; i < 3; i++)
    expect((await send(s, ENTITIES, { representations })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(requests).toBe(3);
  expect(s.breaker.state).toBe('closed');
});

it('opens the circuit after consecutive failures: nothing is sent until the cooldown, then one probe closes it', async () => {
  behaviour = (_n, req, res) => reset(res, req);
  const s = source({ breakerFailures: 2, breakerCooldownMs: 300, retries: 0 });
  await send(s, ENTITIES, { representations });
  await send(s, ENTITIES, { representations });
  expect(requests).toBe(2);
  expect(s.breaker.state).toBe('open');
  const fast = await send(s, ENTITIES, { representations });
  expect(requests).toBe(2);
  expect(fast.errors?.[0]?.message).toMatch(/fk service is down/);
  expect(fast.data).toEqual({ _entities: [{ __typename: 'Participant', fkPlanPart: null }] });
  await expect(send(s, MUTATION)).rejects.toMatchObject({
    extensions: { code: 'UNAVAILABLE' },
    message: expect.stringMatching(/is down/),
  });
  expect(requests).toBe(2);

  behaviour = (_n, _req, res) => ok(res);
  await new Promise((r) => setTimeout(r, 350));
  const probe = await send(s, ENTITIES, { representations });
  expect(probe.errors).toBeUndefined();
  expect(requests).toBe(3);
  expect(s.breaker.state).toBe('closed');
});

it('keeps at most maxConnections connections to a subgraph, reused', async () => {
  behaviour = (_n, _req, res) => setTimeout(() => ok(res), 30);
  const s = source({ maxConnections: 2 });
  await Promise.all(Array.from({ length: 10 }, () => send(s, ENTITIES, { representations })));
  expect(requests).toBe(10);
  expect(sockets.size).toBe(2);
});

it('sends each distinct representation once, in requests of at most maxRepresentations, and answers in the planner’s order', async () => {
  const received: Array<Array<{ id: string }>> = [];
  const before = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: { representations: Array<{ id: string }> };
      };
      received.push(variables.representations);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: {
            _entities: variables.representations.map((r) => ({ fkPlanPart: { interventions: [{ id: `i-${r.id}` }] } })),
          },
          // The subgraph's own error about its second entity, and one about the request.
          errors: [
            { message: 'withheld', path: ['_entities', 1, 'fkPlanPart'], extensions: { code: 'NOT_AVAILABLE' } },
            { message: 'slow today', extensions: { code: 'SOMETHING' } },
          ],
        }),
      );
    });
  });
  // 1,200 people, the first 100 of them three times over, in the order a nested query would bring them.
  const ids = Array.from({ length: 1200 }, (_, i) => `P-${String(i).padStart(8, '0')}`);
  const asked = [...ids, ...ids.slice(0, 100), ...ids.slice(0, 100)].map((id) => ({ __typename: 'Participant', id }));
  let answer;
  try {
    answer = await send(source({ maxRepresentations: 500 }), ENTITIES, { representations: asked });
  } finally {
    server.removeAllListeners('request');
    for (const l of before) server.on('request', l);
  }
  expect(received.map((r) => r.length)).toEqual([500, 500, 200]);
  expect(new Set(received.flat().map((r) => r.id)).size).toBe(1200);
  const entities = (answer.data as { _entities: Array<{ fkPlanPart: { interventions: Array<{ id: string }> } }> })
    ._entities;
  expect(entities).toHaveLength(asked.length);
  expect(entities.map((e) => e.fkPlanPart.interventions[0]!.id)).toEqual(asked.map((r) => `i-${r.id}`));
  // Each repeat is its own object: the planner merges into each.
  expect(entities[1200]).not.toBe(entities[0]);
  // The entity errors follow their entity (the 2nd of each request, and the copies of the first one's), the request's error is told once.
  const paths = answer.errors!.filter((e) => e.path).map((e) => e.path![1]);
  expect(paths.sort((a, b) => Number(a) - Number(b))).toEqual([1, 501, 1001, 1201, 1301]);
  expect(answer.errors!.filter((e) => !e.path)).toEqual([{ message: 'slow today', extensions: { code: 'SOMETHING' } }]);
});

it('sends an entity request of distinct representations within the limit as it is', async () => {
  behaviour = (_n, _req, res) => ok(res);
  const answer = await send(source(), ENTITIES, { representations });
  expect(requests).toBe(1);
  expect(answer.data).toEqual({ _entities: [{ fkPlanPart: { interventions: [] } }] });
});
