import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  buildClientSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import {
  AGENCIES,
  agencyFolder,
  close,
  createLogger,
  createVerifier,
  ensureDevKeys,
  ErrorCode,
  listen,
  loadTypeDefs,
  tokenConfig,
  type Agency,
} from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { afModule } from '@malmokraften/subgraph-af';
import { buildGateway } from '@malmokraften/gateway';
import {
  DEFAULT_QUERY_LIMITS,
  measureOperation,
  requiredSelections,
  type OperationMeasure,
} from '../shared/src/request/limits';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * Malformed and hostile requests, to the gateway and straight to each
 * subgraph, with a valid token and without. Whatever arrives, the answer is
 * a 4xx (or a GraphQL answer with coded errors), in JSON, with a code from
 * the known set and nothing of the inside: no stack trace, SQL, driver
 * message or file path. The services keep answering afterwards.
 *
 * The generated cases come from a seeded generator: set FUZZ_SEED to replay
 * a run (the seed is part of every failure's label), FUZZ_VERBOSE=1 to see
 * every answer.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
jest.setTimeout(20_000);

function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    /** n seeded random bytes; beyond 64 KiB, the first 64 KiB repeated (generating megabytes one by one is slow). */
    bytes: (n: number) => {
      const out = new Uint8Array(n);
      const block = Math.min(n, 65_536);
      for (let i = 0; i < block; i++) out[i] = int(256);
      for (let at = block; at < n; at += block) out.copyWithin(at, 0, Math.min(block, n - at));
      return out;
    },
    text: (n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join(''),
  };
}

/** Codes a client may see; INTERNAL_SERVER_ERROR is not among them: bad input is never an internal error. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
]);

/** What must never reach a client. A pattern already present in what was sent is not held against the answer. */
const LEAKS: Array<[string, RegExp]> = [
  ['stack trace', /(?:\n|\\n)\s*at \S|\bat (?:async )?[\w$.<>]+ \(|"stacktrace"/],
  ['QueryFailedError', /QueryFailedError|TypeORMError|EntityNotFound/],
  [
    'SQL error',
    /syntax error at or near|invalid input syntax|invalid byte sequence|value too long for type|violates \w+ constraint|duplicate key value|relation "|column "|out of range for type|date\/time field value/i,
  ],
  ['driver', /\bpg\b|pg_|postgres|ECONNREFUSED|ECONNRESET/i],
  ['file path', /(?:\/[\w@.+-]+){2,}\.(?:ts|js|cjs|mjs)\b|node_modules|\/work\/|[A-Z]:\\\\/],
  ['SQL', /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|FROM \w+ WHERE|JOIN|RETURNING|ON CONFLICT|LIMIT \$\d)\b/],
];

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json?: any;
  networkError?: string;
}

interface Request {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  search?: string;
}

async function send(url: string, req: Request): Promise<Answer> {
  const target = req.search !== undefined ? `${url}?${req.search}` : url;
  try {
    const res = await fetch(target, {
      method: req.method ?? 'POST',
      headers: req.headers ?? {},
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
  } catch (err) {
    const e = err as { message?: string; cause?: { code?: string; message?: string } };
    return {
      status: 0,
      contentType: '',
      text: '',
      networkError: `${e.message ?? String(err)} ${e.cause?.code ?? e.cause?.message ?? ''}`,
    };
  }
}

/** Every way an answer can be wrong; empty when it is a clean refusal or a clean GraphQL answer. */
function problems(answer: Answer, sent: string): string[] {
  const found: string[] = [];
  if (answer.networkError) return [`no HTTP answer: ${answer.networkError}`];
  if (answer.status >= 500) found.push(`HTTP ${answer.status}`);
  if (!answer.contentType.includes('json')) found.push(`content-type ${answer.contentType || 'missing'}`);
  const body = answer.json as
    { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    found.push(`not a JSON object: ${answer.text.slice(0, 120)}`);
    return found;
  }
  const errors = body.errors ?? [];
  if (!('data' in body)) {
    // Refused before anything ran: a 4xx with at least one error (a persisted query the server has not seen is 200 by protocol).
    const apqMiss = errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
    if (!apqMiss && (answer.status < 400 || answer.status >= 500)) found.push(`refusal with HTTP ${answer.status}`);
    if (errors.length === 0) found.push('refusal without errors');
  }
  for (const e of errors) {
    const code = e.extensions?.code;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code))
      found.push(`code ${String(code)}: ${String(e.message).slice(0, 160)}`);
  }
  // Data is whatever the caller asked for (e.g. `_service { sdl }`); errors are what the server said.
  const said = JSON.stringify(errors);
  for (const [what, pattern] of LEAKS) {
    if (pattern.test(said) && !pattern.test(sent)) found.push(`${what} in ${said.slice(0, 300)}`);
  }
  return found;
}

let sys: TestSystem;
let token: string;
let targets: Array<{ name: string; url: string; auth: boolean }>;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 20, discharged: 2 } });
  token = await sys.token('af-t01');
  targets = [
    { name: 'gateway', url: sys.gatewayUrl, auth: true },
    { name: 'gateway without token', url: sys.gatewayUrl, auth: false },
    ...AGENCIES.flatMap((a) => [
      { name: a, url: sys.subgraphs[a].url, auth: true },
      { name: `${a} without token`, url: sys.subgraphs[a].url, auth: false },
    ]),
  ];
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

interface Case extends Request {
  label: string;
  /** For the leak check: what the case itself contains. */
  sent?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}): Case => ({
  label: query.length > 80 ? `${query.slice(0, 80)}… (${query.length} chars)` : query,
  body: json({ query, ...(variables !== undefined ? { variables } : {}), ...extra }),
  headers: { 'content-type': 'application/json' },
});

/**
 * Where documents go: the gateway with and without a token, each subgraph with one, and one subgraph
 * without (every subgraph refuses a missing token the same way, before it reads the document).
 */
const DOCUMENT_TARGETS = (t: { name: string }) =>
  !t.name.endsWith('without token') || t.name === 'gateway without token' || t.name === 'AF without token';

/** Sends each case to every target (or the given ones), the targets at once, and collects what was wrong. */
async function runCases(cases: Case[], only?: (t: { name: string; auth: boolean }) => boolean): Promise<string[]> {
  const failures: string[] = [];
  for (const c of cases) {
    const sent = c.sent ?? (typeof c.body === 'string' ? c.body : '') + (c.search ?? '');
    await Promise.all(
      targets.filter(only ?? (() => true)).map(async (t) => {
        const headers = { ...(c.headers ?? {}), ...(t.auth ? { authorization: `Bearer ${token}` } : {}) };
        const started = Date.now();
        const answer = await send(t.url, { ...c, headers });
        if (process.env.FUZZ_VERBOSE) {
          const errors =
            (answer.json as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | undefined)
              ?.errors ?? [];
          process.stdout.write(
            `${t.name} · ${c.label.slice(0, 70)} → ${Date.now() - started} ms ${answer.status || answer.networkError} ${errors.map((e) => `${e.extensions?.code}: ${String(e.message).slice(0, 90)}`).join(' | ')}\n`,
          );
        }
        for (const p of problems(answer, sent)) failures.push(`[seed ${SEED}] ${t.name} · ${c.label}: ${p}`);
      }),
    );
  }
  return failures.sort();
}

/** The services still answer a valid query, through the gateway and directly. */
async function expectAlive(): Promise<void> {
  const res = await sys.query(
    'af-t01',
    `query P($id: ID!) { participant(id: $id) { id programme { status } jointPlan { withheld { agency } } } }`,
    { id: SHOWCASE.consenting },
  );
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data.participant.jointPlan.withheld).toEqual([]);
  for (const a of AGENCIES) {
    const direct = await sys.direct(a, '{ __typename }', { authorization: `Bearer ${token}` });
    expect(direct.status).toBe(200);
    expect(direct.data).toEqual({ __typename: 'Query' });
  }
}

describe('the limits', () => {
  /**
   * `participant { programme { team { caseload { programme { team { ... } } } } } } }`, `levels` deep in
   * all. The path crosses the plan (participant, team and caseload are the plan's; programme is AF's), so
   * only the gateway sees it whole: no agency's own schema has a path this deep, and each subgraph's depth
   * rule is covered by the unit tests of the limits.
   */
  const DEEP_PATH = (levels: number) => {
    const path = Array.from({ length: levels - 2 }, (_, i) => ['programme', 'team', 'caseload(first: 1)'][i % 3]!);
    const leaf = path[path.length - 1] === 'programme' ? 'status' : 'id';
    return `{ participant(id: "${SHOWCASE.consenting}") { ${path.map((f) => `${f} {`).join(' ')} ${leaf} ${'} '.repeat(path.length)}} }`;
  };

  it('refuses a query deeper than the limit at the gateway, and answers one at the limit', async () => {
    const deep = DEEP_PATH(DEFAULT_QUERY_LIMITS.maxDepth + 1);
    for (const url of [sys.gatewayUrl]) {
      const res = await send(url, {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: json({ query: deep }),
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'QUERY_TOO_DEEP', depth: 13, maxDepth: 12 } }),
      ]);
      expect(res.json.errors[0].message).toBe(
        'The query nests fields 13 levels deep; at most 12 are allowed. Select fewer nested levels or split the query.',
      );
    }
    const atLimit = await sys.query('af-t01', DEEP_PATH(DEFAULT_QUERY_LIMITS.maxDepth));
    expect(atLimit.status).toBe(200);
    expect(atLimit.errors).toBeUndefined();
  });

  it('refuses too many aliases and too high a cost, with the numbers in the answer', async () => {
    const aliases = `{ ${Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const costly = `{ team(id: "T01") { caseload(first: 1000) { jointPlan { items { intervention { id title responsibleOfficer { name } } parallelWith } } } } }`;
    for (const t of targets.filter((x) => x.auth)) {
      const res = await send(t.url, {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: json({ query: aliases }),
      });
      expect([t.name, res.status, res.json.errors[0].extensions.code]).toEqual([t.name, 400, 'QUERY_TOO_COMPLEX']);
      expect(res.json.errors[0].extensions).toMatchObject({ aliases: 31, maxAliases: 30 });
    }
    const res = await sys.query('af-t01', costly);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxCost: DEFAULT_QUERY_LIMITS.maxCost,
    });
    expect(res.errors?.[0]?.message).toMatch(
      new RegExp(`estimated cost is \\d+; at most ${DEFAULT_QUERY_LIMITS.maxCost} is allowed`),
    );
  });

  it('refuses a JSON array of operations (batching is off) everywhere', async () => {
    const batch = json([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    for (const t of targets) {
      const res = await send(t.url, {
        headers: { 'content-type': 'application/json', ...(t.auth ? { authorization: `Bearer ${token}` } : {}) },
        body: batch,
      });
      expect([t.name, res.status]).toEqual([t.name, t.auth || t.name.startsWith('gateway') ? 400 : 401]);
      if (t.auth)
        expect(res.json.errors[0]).toMatchObject({
          message: 'Operation batching disabled.',
          extensions: { code: 'BAD_REQUEST' },
        });
    }
  });

  it('sends the subgraphs nothing deeper or costlier than what the gateway accepted (the plan, a caseload, the access log)', async () => {
    const intro = await sys.query('af-t01', getIntrospectionQuery());
    const api = buildClientSchema(intro.data);
    const requires = requiredSelections(readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8'));
    // Every agency of the registry, its schema read as its subgraph reads it.
    const subgraphSchemas = Object.fromEntries(
      AGENCIES.map((a) => [
        a,
        buildSubgraphSchema(
          parse(loadTypeDefs(path.join(__dirname, '..', 'subgraphs', agencyFolder(a), 'schema.graphql'))),
        ),
      ]),
    ) as Record<Agency, GraphQLSchema>;
    const byUrl = new Map(AGENCIES.map((a) => [sys.subgraphs[a].url, a]));
    const measure = (
      schema: GraphQLSchema,
      query: string,
      variables: Record<string, unknown> = {},
      withRequires = false,
    ) => {
      const doc = parse(query);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      return measureOperation(schema, doc, op, { variables, ...(withRequires ? { requires } : {}) });
    };
    let sent: Array<{ agency: string; entityFetch: boolean; query: string } & OperationMeasure> = [];
    // The gateway sends on undici's connection pools (gateway/src/subgraph-fetch.ts): each request is read on its way out, then sent as it was.
    type RequestOptions = { origin?: unknown; path?: string; body?: unknown };
    type Request = (this: unknown, opts: RequestOptions, ...rest: unknown[]) => unknown;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself, whose Agent the data source uses, not a copy
    const undici = require('undici') as { Agent: { prototype: { request: Request } } };
    const realRequest = undici.Agent.prototype.request;
    undici.Agent.prototype.request = function (this: unknown, opts: RequestOptions, ...rest: unknown[]) {
      const agency = byUrl.get(`${String(opts.origin)}${opts.path ?? ''}`);
      if (agency && typeof opts.body === 'string') {
        const { query, variables } = JSON.parse(opts.body) as { query: string; variables?: Record<string, unknown> };
        sent.push({
          agency,
          entityFetch: query.includes('_entities'),
          query,
          ...measure(subgraphSchemas[agency], query, variables),
        });
      }
      return realRequest.call(this, opts, ...rest);
    };
    const queries: Array<[string, string, Record<string, unknown>]> = [
      [
        'af-t01',
        `query Plan($id: ID!) { participant(id: $id) { id name
        programme { status enrolledOn team { id name } goal { type description } nextFollowUp { scheduledAt } withheld { code } }
        jointPlan { items { intervention { id agency type title status startDate endDate extentPercent responsibleOfficer { name role agency } } parallelWith }
          withheld { agency code message } responsibleOfficers { name agency role } } } }`,
        { id: SHOWCASE.consenting },
      ],
      [
        'af-t01',
        `{ team(id: "T01") { caseload(first: 100) { id name programme { status team { id } nextFollowUp { scheduledAt } }
        jointPlan { items { intervention { id title } parallelWith } withheld { agency } } } } }`,
        {},
      ],
      ['af-t01', `{ team(id: "T01") { caseload { jointPlan { withheld { agency } } } } }`, {}],
      [
        'participant',
        `{ participant(id: "${SHOWCASE.consenting}") { accessLogExtract { entries { at agency action } withheld { agency } } } }`,
        {},
      ],
    ];
    const deepest = { entityFetch: 0, rootFetch: 0 };
    try {
      for (const [persona, query, variables] of queries) {
        sent = [];
        const res = await sys.query(persona, query, variables);
        expect([res.status, res.errors]).toEqual([200, undefined]);
        const accepted = measure(api, query, variables, true);
        expect(accepted.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
        expect(sent.length).toBeGreaterThan(0);
        for (const s of sent) {
          expect([s.agency, s.query, s.depth <= accepted.depth, s.cost <= accepted.cost, s.aliases]).toEqual([
            s.agency,
            s.query,
            true,
            true,
            0,
          ]);
          if (s.entityFetch) deepest.entityFetch = Math.max(deepest.entityFetch, s.depth);
          else deepest.rootFetch = Math.max(deepest.rootFetch, s.depth);
        }
      }
    } finally {
      undici.Agent.prototype.request = realRequest;
    }
    // Measured: an entity fetch is _entities > afPlanPart > interventions > responsibleOfficer > name (5). The root
    // fields (participant, team) are the plan's, inside the gateway, so no agency gets a root fetch for these queries.
    expect(deepest).toEqual({ entityFetch: 5, rootFetch: 0 });
  });
});

/**
 * Documents nested as deep as the token limit allows (each level costs 3 tokens in a selection,
 * 2 in a list, 4 in an object literal): they parse, and go on to validation and the limits.
 */
function nearTokenLimit(): Case[] {
  const n = DEFAULT_QUERY_LIMITS.maxTokens;
  const levels = (tokensPerLevel: number) => Math.floor(n / tokensPerLevel) - 12;
  const path = (k: number) => Array.from({ length: k }, (_, i) => ['programme', 'team', 'caseload'][i % 3]!);
  const valid = (k: number) =>
    `{ participant(id: "${SHOWCASE.consenting}") { ${path(k)
      .map((f) => `${f} {`)
      .join(' ')} __typename ${'} '.repeat(k)}} }`;
  const list = (k: number) => `${'['.repeat(k)}1${']'.repeat(k)}`;
  const object = (k: number) => `${'{a:'.repeat(k)}1${'}'.repeat(k)}`;
  return [
    { ...gql(valid(levels(3))), label: `valid selections ${levels(3)} deep` },
    { ...gql(`{${'a{'.repeat(levels(3))}b${'}'.repeat(levels(3))}}`), label: `unknown selections ${levels(3)} deep` },
    { ...gql(`{ participant(id: ${list(levels(2))}) { id } }`), label: `list literal ${levels(2)} deep` },
    { ...gql(`{ participant(id: ${object(levels(4))}) { id } }`), label: `object literal ${levels(4)} deep` },
    {
      ...gql(`query ($v: ID = ${list(levels(2))}) { participant(id: $v) { id } }`),
      label: `variable default ${levels(2)} deep`,
    },
    {
      ...gql(
        `query ($r: [_Any!]! = [{ __typename: "Participant", id: ${list(levels(2) - 10)} }]) { _entities(representations: $r) { __typename } }`,
      ),
      label: `_Any default ${levels(2) - 10} deep`,
    },
    {
      ...gql(
        `{ _entities(representations: [{ __typename: "Participant", id: ${object(levels(4))} }]) { __typename } }`,
      ),
      label: `_Any literal ${levels(4)} deep`,
    },
  ];
}

describe('hostile documents', () => {
  const g = generator(SEED);

  it('unparsable documents, random text and random bytes', async () => {
    const cases: Case[] = [
      '',
      ' ',
      '#',
      '{',
      '}',
      '{}',
      'query',
      'query {',
      '}}}}',
      'mutation',
      '{ participant(id: ) }',
      '{ participant(id: "P-1" { id } }',
      '{ "unterminated }',
      '{ a(x: """ }',
      '{ a(x: 1.2.3) }',
      '{ a(x: $) }',
      'query ($: Int) { a }',
      '{ ...on }',
      'fragment F on { a }',
      '\u0000',
      '\uFEFF{ __typename }',
      '{ __typename }\u0000',
      'query { __typename } garbage',
    ].map((q) => gql(q));
    for (let i = 0; i < 25; i++) {
      const text = g.text(
        1 + g.int(200),
        '{}()[]:!$@#."\\ \n\t,=|&...abcAZ_09\u0000\u0007\u00e5\u00f6\u2028\ud83d\ude00\ud800',
      );
      cases.push({ ...gql(text), label: `random text #${i}` });
    }
    for (let i = 0; i < 10; i++) {
      const bytes = g.bytes(1 + g.int(300));
      cases.push({
        label: `random bytes #${i}`,
        body: bytes,
        headers: { 'content-type': 'application/json' },
        sent: Buffer.from(bytes).toString('latin1'),
      });
    }
    cases.push({ ...gql(`{ a(x: "${'x'.repeat(900_000)}) }`), label: 'unterminated 900 kB string' });
    expect(await runCases(cases, DOCUMENT_TARGETS)).toEqual([]);
    await expectAlive();
  });

  it('huge nesting: selections, lists, input objects', async () => {
    const cases: Case[] = [
      { ...gql(`{${'a{'.repeat(5000)}b${'}'.repeat(5000)}}`), label: 'selections 5000 deep' },
      { ...gql(`{${'a{'.repeat(200_000)}b${'}'.repeat(200_000)}}`), label: 'selections 200000 deep' },
      {
        ...gql(`{ participant(id: ${'['.repeat(200_000)}${']'.repeat(200_000)}) { id } }`),
        label: 'list literal 200000 deep',
      },
      {
        ...gql(`{ participant(id: ${'{a:'.repeat(100_000)}1${'}'.repeat(100_000)}) { id } }`),
        label: 'object literal 100000 deep',
      },
      {
        ...gql(`{ participant(id: ${'['.repeat(900)}"P-1"${']'.repeat(900)}) { id } }`),
        label: 'list literal 900 deep',
      },
      // Just inside the parser's token limit: as deep as a document that parses can nest.
      ...nearTokenLimit(),
      {
        ...gql(
          `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
        ),
        label: 'introspection cycle',
      },
    ];
    // Deep JSON in variables, for an ID, an input object and a subgraph's _Any representations (written out: too deep for JSON.stringify).
    const deepObject = `${'{"a":'.repeat(30_000)}"P-1"${'}'.repeat(30_000)}`;
    const deepList = `${'['.repeat(30_000)}"P-1"${']'.repeat(30_000)}`;
    const withVariables = (label: string, query: string, variables: string): Case => ({
      label,
      body: `{"query":${json(query)},"variables":${variables}}`,
      headers: { 'content-type': 'application/json' },
      sent: query,
    });
    const byId = 'query ($id: ID!) { participant(id: $id) { id } }';
    cases.push(withVariables('variable: object 30000 deep', byId, `{"id":${deepObject}}`));
    cases.push(withVariables('variable: list 30000 deep', byId, `{"id":${deepList}}`));
    cases.push(
      withVariables(
        'input object with a 30000 deep field',
        'mutation ($input: AfInterventionInput!) { addAfIntervention(input: $input) { id } }',
        `{"input":{"participantId":"${SHOWCASE.consenting}","type":"WAGE_SUBSIDY","status":"PLANNED","title":${deepObject}}}`,
      ),
    );
    cases.push(
      withVariables(
        '_entities with 30000 deep ids',
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { id } } }',
        `{"r":[{"__typename":"Participant","id":${deepList}},{"__typename":"Participant","id":${deepObject}}]}`,
      ),
    );
    expect(await runCases(cases, DOCUMENT_TARGETS)).toEqual([]);
    await expectAlive();
  });

  it('thousands of aliases, repeated fields, fragment cycles and explosions', async () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
    const explosion = `query { ...F0 } ${many(40, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F40 on Query { __typename }`;
    const cases: Case[] = [
      { ...gql(`{ ${many(600, (i) => `a${i}: __typename`)} }`), label: '600 aliases' },
      { ...gql(`{ ${many(5000, (i) => `a${i}: __typename`)} }`), label: '5000 aliases' },
      { ...gql(`{ ${many(50_000, (i) => `a${i}: __typename`)} }`), label: '50000 aliases' },
      { ...gql(`{ ${'__typename '.repeat(90_000)} }`), label: '90000 times the same field' },
      {
        ...gql(`{ participant(id: "${SHOWCASE.consenting}") { ${many(400, (i) => `n${i}: name`)} } }`),
        label: '400 aliases of a resolved field',
      },
      gql('query { ...A } fragment A on Query { ...A }'),
      gql('query { ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }'),
      gql('query { ...Nope }'),
      gql('query { ...A } fragment A on Query { __typename } fragment A on Query { __typename }'),
      { ...gql(explosion), label: 'fragment explosion 2^40' },
      gql(
        `{ participant(id: "${SHOWCASE.consenting}") { ... on Participant { ... on Participant { ... on Participant { ${'... on Participant { '.repeat(200)} id ${'} '.repeat(200)} } } } } }`,
      ),
    ];
    expect(await runCases(cases, DOCUMENT_TARGETS)).toEqual([]);
    await expectAlive();
  });

  it('unknown fields, arguments, directives and operations', async () => {
    const p = SHOWCASE.consenting;
    const cases: Case[] = [
      '{ nope }',
      `{ participant(id: "${p}") { nope } }`,
      `{ participant(id: "${p}", extra: 1) { id } }`,
      '{ participant { id } }',
      `{ participant(id: "${p}") }`,
      `{ participant(id: "${p}") { id @nope } }`,
      `{ participant(id: "${p}") { id @skip } }`,
      `{ participant(id: "${p}") { id @include(if: "yes") } }`,
      `{ participant(id: "${p}") { name { first } } }`,
      'subscription { participant(id: "P-1") { id } }',
      'query A { __typename } query A { __typename }',
      'query A { __typename } query B { __typename }',
      `{ participant(id: "${p}") { ... on Team { id } } }`,
      '{ _service { sdl } }',
      '{ _entities(representations: [{}]) { __typename } }',
      '{ _entities(representations: [{ __typename: "Nope", id: "x" }]) { __typename } }',
      '{ _entities(representations: ["x", 1, null]) { __typename } }',
      `{ team(id: "T01") { caseload(first: 0) { id } } }`,
      `{ team(id: "T01") { caseload(first: -1) { id } } }`,
      `{ team(id: "T01") { caseload(first: 2147483648) { id } } }`,
      `{ team(id: "T01") { caseload(first: 1001) { id } } }`,
      `{ afAuditReview(from: "2026-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z", windowMinutes: 0, threshold: -1) { __typename } }`,
      `{ afAuditReview(from: "0000-01-01T00:00:00Z", to: "9999-12-31T23:59:59Z", windowMinutes: 2147483647) { __typename } }`,
      `{ afAuditReview(from: "2026-02-30T00:00:00Z", to: "2026-13-01T99:00:00Z") { __typename } }`,
    ].map((q) => gql(q));
    cases.push({
      ...gql('query A { __typename } query B { __typename }', undefined, { operationName: 'C' }),
      label: 'operationName that does not exist',
    });
    cases.push({ ...gql('{ __typename }', undefined, { operationName: 5 }), label: 'operationName a number' });
    expect(await runCases(cases, DOCUMENT_TARGETS)).toEqual([]);
    await expectAlive();
  });

  it('wrong variable types, null for non-null, missing and extra variables', async () => {
    const byId = 'query ($id: ID!) { participant(id: $id) { id } }';
    const first = 'query ($n: Int) { team(id: "T01") { caseload(first: $n) { id } } }';
    const enrol = 'mutation ($input: EnrolInput!) { enrolParticipant(input: $input) { id } }';
    const goal =
      'mutation ($g: PlanGoalType!) { setPlanGoal(participantId: "P-DEMO0001", goal: $g, description: "x") { id } }';
    const date =
      'mutation ($d: Date!) { dischargeParticipant(participantId: "P-NOSUCH01", dischargedOn: $d, outcome: MOVED) { id } }';
    const cases: Case[] = [
      ...[
        { a: 1 },
        [1],
        true,
        1.5,
        null,
        '',
        12345678901234567000,
        Object.fromEntries([['__proto__', 'P-DEMO0001']]),
      ].map((id) => gql(byId, { id })),
      gql(byId, {}),
      gql(byId),
      gql(byId, { id: 'P-DEMO0001', extra: 'x' }),
      gql('query ($id: Nope!) { participant(id: $id) { id } }', { id: 'x' }),
      gql('query ($id: String!) { participant(id: $id) { id } }', { id: 'x' }),
      gql('query { participant(id: $undeclared) { id } }', { undeclared: 'x' }),
      ...['ten', 2 ** 53, 1e308, -1, 0, 1.5, [1], { n: 1 }, 2147483648].map((n) => gql(first, { n })),
      ...['DROP', 'work', 1, null, ['WORK']].map((g2) => gql(goal, { g: g2 })),
      ...['2026-02-30', '0000-00-00', '99999-01-01', '2026-1-1', 20260101, '', '2026-01-01T00:00:00Z'].map((d) =>
        gql(date, { d }),
      ),
      gql(enrol, { input: {} }),
      gql(enrol, { input: { personnummer: null } }),
      gql(enrol, {
        input: {
          personnummer: '198507149873',
          firstName: 'A',
          lastName: 'B',
          gender: 'NOPE',
          bornOutsideEurope: 'yes',
          residentInMalmo: 1,
          registeredAtAf: null,
          monthsWithoutWork: 'x',
          entryRoute: 'AF',
          enrolledOn: 'x',
          socialAssistanceAtEnrolment: false,
          unknown: 1,
        },
      }),
      {
        ...gql('{ __typename }'),
        body: '{"query":"{ __typename }","variables":"{}"}',
        label: 'variables as a JSON string',
      },
      {
        ...gql('{ __typename }'),
        body: '{"query":"{ __typename }","variables":[1,2]}',
        label: 'variables as an array',
      },
      { ...gql('{ __typename }'), body: '{"query":"{ __typename }","variables":5}', label: 'variables as a number' },
      {
        ...gql('{ __typename }'),
        body: '{"query":"{ __typename }","extensions":"x"}',
        label: 'extensions as a string',
      },
      {
        ...gql('{ __typename }'),
        body: '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        label: 'persisted query with a wrong hash',
      },
      {
        ...gql('{ __typename }'),
        body: '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        label: 'persisted query unknown',
      },
      {
        ...gql('{ __typename }'),
        body: '{"extensions":{"persistedQuery":{"version":2,"sha256Hash":5}}}',
        label: 'persisted query nonsense',
      },
    ];
    expect(await runCases(cases, DOCUMENT_TARGETS)).toEqual([]);
    await expectAlive();
  });
});

describe('hostile HTTP', () => {
  const big = (n: number) => json({ query: 'query ($x: String) { __typename }', variables: { x: 'x'.repeat(n) } });
  const justOver: Case = {
    label: '1 MB + 1 byte',
    body: big(1_000_001),
    headers: { 'content-type': 'application/json' },
    sent: '',
  };

  it('bodies over the size limit, up to 10 MB, never get a 5xx nor stop a service', async () => {
    const tenMb: Case[] = [
      { label: '10 MB', body: big(10_000_000), headers: { 'content-type': 'application/json' }, sent: '' },
      {
        label: '10 MB of random bytes as text/plain',
        body: generator(SEED + 1).bytes(10_000_000),
        headers: { 'content-type': 'text/plain' },
        sent: '',
      },
    ];
    const failures = [
      ...(await runCases([justOver])),
      ...(await runCases(tenMb, (t) => t.name === 'gateway' || t.name === 'AF')),
    ];
    expect(failures).toEqual([]);
    await expectAlive();
  }, 20_000);

  // The body is drained past the limit, so the 413 reaches the client rather than a reset connection.
  it('bodies over the size limit are answered 413 PAYLOAD_TOO_LARGE in JSON', async () => {
    expect(await runCases([justOver], (t) => t.name === 'gateway' || t.name === 'AF')).toEqual([]);
  });

  it('invalid JSON, bodies that are not an operation, wrong content types and methods', async () => {
    const ok = json({ query: '{ __typename }' });
    const body = (b: string, label = b): Case => ({
      label: `body ${label.slice(0, 60)}`,
      body: b,
      headers: { 'content-type': 'application/json' },
    });
    const cases: Case[] = [
      ...[
        '{"query": ',
        "{'query':'{ __typename }'}",
        'null',
        '[]',
        '"str"',
        '123',
        'true',
        '{}',
        '{"query":null}',
        '{"query":5}',
        '{"query":{"kind":"Document","definitions":[]}}',
        '{"query":"{ __typename }","query":"{ nope }"}',
        '\uFEFF' + ok,
        '{"query":"{ __typename }"} trailing',
        '{"__proto__":{"query":"{ __typename }"}}',
        '[{"query":"{ __typename }"}]',
        `[${Array.from({ length: 1000 }, () => ok).join(',')}]`,
        '{"query":"\\ud800"}',
        '{"query":"{ __typename }","variables":{"__proto__":{"polluted":1}}}',
      ].map((b) => body(b)),
      ...[
        'text/plain',
        'text/plain; charset=utf-8',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/xml',
        'application/json;;;',
        'application/jsonx',
        ';',
        '*/*',
        'application/json; charset=latin1',
      ].map((ct): Case => ({ label: `content-type ${ct}`, body: ok, headers: { 'content-type': ct } })),
      {
        label: 'text/plain with the preflight header',
        body: ok,
        headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
      },
      {
        label: 'form body',
        body: 'query=%7B__typename%7D',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'apollo-require-preflight': '1' },
      },
      { label: 'no content-type', body: new TextEncoder().encode(ok) },
      { label: 'no body', headers: { 'content-type': 'application/json' } },
      ...['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method): Case => ({
        label: `method ${method}`,
        method,
        body: ok,
        headers: { 'content-type': 'application/json' },
      })),
    ];
    expect(await runCases(cases)).toEqual([]);
    await expectAlive();
  });

  it('GET: mutations are refused, and every GET needs the preflight header (CSRF prevention)', async () => {
    const mutation = `mutation { setPlanGoal(participantId: "${SHOWCASE.consenting}", goal: STUDIES, description: "via GET") { id } }`;
    const q = (query: string, more = '') => `query=${encodeURIComponent(query)}${more}`;
    const cases: Case[] = [
      { label: 'GET mutation without preflight header', method: 'GET', search: q(mutation) },
      {
        label: 'GET mutation with preflight header',
        method: 'GET',
        search: q(mutation),
        headers: { 'apollo-require-preflight': 'true' },
      },
      {
        label: 'GET mutation, JSON content-type',
        method: 'GET',
        search: q(mutation),
        headers: { 'content-type': 'application/json' },
      },
      { label: 'GET query without preflight header', method: 'GET', search: q('{ __typename }') },
      {
        label: 'GET query, text/plain',
        method: 'GET',
        search: q('{ __typename }'),
        headers: { 'content-type': 'text/plain' },
      },
      {
        label: 'GET bad variables',
        method: 'GET',
        search: q('{ __typename }', '&variables=%7Bnope'),
        headers: { 'apollo-require-preflight': '1' },
      },
      {
        label: 'GET variables array',
        method: 'GET',
        search: q('{ __typename }', '&variables=%5B1%5D'),
        headers: { 'apollo-require-preflight': '1' },
      },
      {
        label: 'GET query twice',
        method: 'GET',
        search: `${q('{ __typename }')}&${q('{ __typename }')}`,
        headers: { 'apollo-require-preflight': '1' },
      },
      { label: 'GET no query', method: 'GET', search: 'x=1', headers: { 'apollo-require-preflight': '1' } },
      {
        label: 'GET broken percent-encoding',
        method: 'GET',
        search: 'query=%E0%A4%A%ZZ',
        headers: { 'apollo-require-preflight': '1' },
      },
    ];
    expect(await runCases(cases)).toEqual([]);
    // The mutation did not run.
    for (const c of cases.slice(0, 3)) {
      const res = await send(sys.gatewayUrl, {
        ...c,
        headers: { ...(c.headers ?? {}), authorization: `Bearer ${token}` },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const gate = await send(sys.gatewayUrl, {
      method: 'GET',
      search: q(mutation),
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
    });
    expect(gate.status).toBe(405);
    const plan = await sys.query(
      'af-t01',
      `{ participant(id: "${SHOWCASE.consenting}") { programme { goal { description } } } }`,
    );
    expect(plan.data.participant.programme.goal?.description).not.toBe('via GET');
    await expectAlive();
  });

  it('unknown paths answer 404 in JSON', async () => {
    const failures: string[] = [];
    for (const p of ['/nope', '/graphql/x', '/health', '/%', '///a', '/graphql%00']) {
      for (const t of targets.filter((x) => x.auth)) {
        const answer = await send(`${new URL(t.url).origin}${p}`, { method: 'GET' });
        for (const pr of problems(answer, p)) failures.push(`${t.name} · path ${p}: ${pr}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** A raw HTTP request, for request lines that fetch will not send. */
function rawRequest(url: string, requestLine: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () =>
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0),
        body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n'),
      }),
    );
    socket.on('error', reject);
  });
}

describe('request targets that are not a URL path', () => {
  // `//` and `//[` are no valid URL paths: answered 400 BAD_REQUEST, never 500.
  it('answer 4xx, not 500', async () => {
    for (const target of ['//', '//[', '//a:b@c:99999/graphql']) {
      for (const url of [sys.gatewayUrl, sys.subgraphs.AF.url]) {
        const res = await rawRequest(url, `GET ${target} HTTP/1.1`);
        expect([target, res.status < 500]).toEqual([target, true]);
      }
    }
  });

  it('do not stop the service', async () => {
    for (const url of [sys.gatewayUrl, ...AGENCIES.map((a) => sys.subgraphs[a].url)]) {
      const res = await rawRequest(url, 'GET //[ HTTP/1.1');
      expect(res.body).not.toMatch(/\n\s*at |\.ts:\d+|node_modules/);
    }
    await expectAlive();
  });
});

describe('SQL-looking and odd strings in every ID and String argument', () => {
  const PAYLOADS = [
    "P-1' OR '1'='1",
    "P-DEMO0001' --",
    "'; DROP TABLE participant; --",
    '" OR ""="',
    "T01' UNION SELECT personnummer FROM person --",
    '1; SELECT pg_sleep(5)',
    '$1',
    '$$; DELETE FROM audit_log; $$',
    "\\'; --",
    '%',
    '_%_',
    'P-DEMO0001\u0000',
    '\u0000',
    '\ud800',
    '🙂'.repeat(50),
    'x'.repeat(100_000),
    '  ',
    '',
  ];

  /** For writes, where every case is a database round trip: one of each kind. */
  const MUTATION_PAYLOADS = [
    PAYLOADS[0]!,
    PAYLOADS[2]!,
    PAYLOADS[4]!,
    PAYLOADS[7]!,
    PAYLOADS[11]!,
    PAYLOADS[13]!,
    PAYLOADS[14]!,
    PAYLOADS[15]!,
    PAYLOADS[17]!,
  ];

  /** Valid values for the other arguments of a root field. */
  const VALID: Record<string, string> = {
    ID: SHOWCASE.consenting,
    String: 'x',
    DateTime: '2026-01-01T00:00:00Z',
    Date: '2026-01-01',
    Int: '1',
    Boolean: 'true',
  };

  it('of the root queries (participant, team, audit reviews), as literals and as variables', async () => {
    const intro = await sys.query(
      'af-t01',
      '{ __schema { queryType { fields { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } } } }',
    );
    const fields = intro.data.__schema.queryType.fields as Array<{
      name: string;
      args: Array<{ name: string; type: { kind: string; name: string | null; ofType: { name: string } | null } }>;
      type: unknown;
    }>;
    const typeName = (t: { name: string | null; ofType: { name: string } | null }) => t.name ?? t.ofType?.name ?? '';
    const typeRef = (t: { kind: string; name: string | null; ofType: { name: string } | null }) =>
      t.kind === 'NON_NULL' ? `${t.ofType?.name}!` : (t.name ?? '');
    const cases: Case[] = [];
    for (const f of fields) {
      for (const arg of f.args.filter((a) => ['ID', 'String'].includes(typeName(a.type)))) {
        const others = f.args
          .filter((a) => a !== arg && a.type.kind === 'NON_NULL')
          .map((a) => `${a.name}: ${json(VALID[typeName(a.type)] ?? '')}`);
        for (const payload of PAYLOADS) {
          const args = [...others, `${arg.name}: $v`].join(', ');
          cases.push({
            ...gql(`query ($v: ${typeRef(arg.type)}) { ${f.name}(${args}) { __typename } }`, { v: payload }),
            label: `${f.name}(${arg.name}: ${json(payload.slice(0, 40))}) as variable`,
            sent: payload,
          });
          cases.push({
            ...gql(`{ ${f.name}(${[...others, `${arg.name}: ${json(payload)}`].join(', ')}) { __typename } }`),
            label: `${f.name}(${arg.name}: ${json(payload.slice(0, 40))}) as literal`,
            sent: payload,
          });
        }
      }
    }
    expect(fields.map((f) => f.name)).toContain('participant');
    expect(await runCases(cases, (t) => t.name === 'gateway')).toEqual([]);
    // And straight to AF, which owns those root fields.
    expect(
      await runCases(
        cases.filter((_, i) => i % 3 === 0),
        (t) => t.name === 'AF',
      ),
    ).toEqual([]);
    await expectAlive();
  });

  it('of a few mutations, stored as plain text when valid', async () => {
    const p = SHOWCASE.consenting;
    const mutations: Array<[string, string, (v: string) => Record<string, unknown>]> = [
      [
        'setPlanGoal',
        'mutation ($p: ID!, $d: String!) { setPlanGoal(participantId: $p, goal: WORK, description: $d) { programme { goal { description } } } }',
        (v) => ({ p, d: v }),
      ],
      [
        'setPlanGoal participantId',
        'mutation ($p: ID!, $d: String!) { setPlanGoal(participantId: $p, goal: WORK, description: $d) { id } }',
        (v) => ({ p: v, d: 'x' }),
      ],
      [
        'assignTeam teamId',
        'mutation ($p: ID!, $t: ID!) { assignTeam(participantId: $p, teamId: $t) { id } }',
        (v) => ({ p, t: v }),
      ],
      [
        'addAfIntervention title',
        'mutation ($i: AfInterventionInput!) { addAfIntervention(input: $i) { id title } }',
        (v) => ({
          i: { participantId: p, type: 'WAGE_SUBSIDY', title: v, status: 'PLANNED', startDate: '2026-03-01' },
        }),
      ],
      [
        'addAfIntervention participantId',
        'mutation ($i: AfInterventionInput!) { addAfIntervention(input: $i) { id } }',
        (v) => ({ i: { participantId: v, type: 'WAGE_SUBSIDY', title: 'x', status: 'PLANNED' } }),
      ],
      [
        'updateAfIntervention id',
        'mutation ($id: ID!) { updateAfIntervention(id: $id, input: { title: "x" }) { id } }',
        (v) => ({ id: v }),
      ],
      ['withdrawAfConsent id', 'mutation ($id: ID!) { withdrawAfConsent(id: $id) { id } }', (v) => ({ id: v })],
      [
        'recordJobMatch',
        'mutation ($i: JobMatchInput!) { recordJobMatch(input: $i) { id employer } }',
        (v) => ({ i: { participantId: p, employer: v, vacancyTitle: v, matchedOn: '2026-02-01' } }),
      ],
      [
        'scheduleFollowUp agenda',
        'mutation ($i: FollowUpInput!) { scheduleFollowUp(input: $i) { id } }',
        (v) => ({ i: { participantId: p, scheduledAt: '2026-05-01T09:00:00+02:00', agenda: v } }),
      ],
      [
        'enrolParticipant names',
        'mutation ($i: EnrolInput!) { enrolParticipant(input: $i) { id } }',
        (v) => ({
          i: {
            personnummer: v,
            firstName: v,
            lastName: v,
            gender: 'WOMAN',
            bornOutsideEurope: false,
            residentInMalmo: true,
            registeredAtAf: true,
            monthsWithoutWork: 24,
            entryRoute: 'AF',
            enrolledOn: '2026-01-12',
            socialAssistanceAtEnrolment: false,
          },
        }),
      ],
      [
        'dischargeParticipant participantId',
        'mutation ($p: ID!) { dischargeParticipant(participantId: $p, dischargedOn: "2026-05-01", outcome: MOVED) { id } }',
        (v) => ({ p: v }),
      ],
    ];
    const cases: Case[] = mutations.flatMap(([name, query, vars]) =>
      MUTATION_PAYLOADS.map((payload) => ({
        ...gql(query, vars(payload)),
        label: `${name}: ${json(payload.slice(0, 40))}`,
        sent: payload,
      })),
    );
    // Region's care coordinator hand-over, as the care coordinator.
    const regionToken = await sys.token('region-vsam');
    const failures = await runCases(cases, (t) => t.name === 'gateway');
    for (const payload of MUTATION_PAYLOADS) {
      const answer = await send(sys.gatewayUrl, {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${regionToken}` },
        body: json({
          query:
            'mutation ($p: ID!, $o: ID!, $n: String!) { assignCareCoordinator(participantId: $p, officerId: $o, officerName: $n) { id } }',
          variables: { p: payload, o: payload, n: payload },
        }),
      });
      for (const pr of problems(answer, payload))
        failures.push(`assignCareCoordinator ${json(payload.slice(0, 40))}: ${pr}`);
    }
    expect(failures).toEqual([]);

    // A valid write keeps the text as it was sent: it is a value, never part of a statement.
    const stored = await sys.query(
      'af-t01',
      'mutation ($d: String!) { setPlanGoal(participantId: "P-DEMO0001", goal: WORK, description: $d) { programme { goal { description } } } }',
      { d: PAYLOADS[2] },
    );
    expect(stored.data?.setPlanGoal.programme.goal.description).toBe(PAYLOADS[2]);
    await expectAlive();
  });
});

describe('production mode', () => {
  let prod: { gatewayUrl: string; afUrl: string; stop(): Promise<void> };

  beforeAll(async () => {
    const log = createLogger('fuzz-production');
    const keys = await ensureDevKeys(sys.keyDir);
    const verify = createVerifier({ ...tokenConfig({}), jwksFile: keys.jwksFile });
    const af = afModule.build({
      dataSource: sys.subgraphs.AF.dataSource,
      verify,
      log,
      production: true,
      settings: { defaultTeamCapacity: 100 },
    });
    const { url: afUrl } = await listen(af.http, 0);
    const supergraphSdl = readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
    const urls = Object.fromEntries(AGENCIES.map((a) => [a.toLowerCase(), a === 'AF' ? afUrl : sys.subgraphs[a].url]));
    const gateway = await buildGateway({ supergraphSdl, subgraphUrls: urls, log, production: true });
    const { url: gatewayUrl } = await listen(gateway.http, 0);
    const servers: Server[] = [af.http, gateway.http];
    prod = {
      gatewayUrl,
      afUrl,
      stop: async () => {
        await Promise.all(servers.map((s) => close(s)));
        await gateway.apollo.stop();
        await af.apollo.stop();
      },
    };
  }, 30_000);
  afterAll(async () => prod?.stop(), 30_000);

  it('refuses introspection, gives no hints or stack traces, and still answers', async () => {
    const ask = (url: string, query: string, variables?: unknown) =>
      send(url, {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: json({ query, variables }),
      });
    for (const url of [prod.gatewayUrl, prod.afUrl]) {
      const intro = await ask(url, '{ __schema { types { name } } }');
      expect(intro.status).toBe(400);
      expect(intro.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(intro.json.errors[0].message).toMatch(/introspection/i);
      const typeQuery = await ask(url, '{ __type(name: "Participant") { fields { name } } }');
      expect(typeQuery.status).toBe(400);

      const answers = [
        await ask(url, '{ participnt(id: "P-DEMO0001") { id } }'),
        await ask(url, '{ participant(id: "P-DEMO0001") { nam } }'),
        await ask(url, '{ participant(id: '),
        await ask(url, 'query ($id: ID!) { participant(id: $id) { id } }', { id: { a: 1 } }),
        await ask(url, `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
        await ask(url, '{ participant(id: "nope") { id } }'),
      ];
      for (const a of answers) {
        expect(problems(a, '')).toEqual([]);
        expect(a.text).not.toMatch(/stacktrace|Did you mean/);
      }
    }
    const ok = await ask(
      prod.gatewayUrl,
      `query P($id: ID!) { participant(id: $id) { id jointPlan { withheld { agency } } } }`,
      { id: SHOWCASE.consenting },
    );
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.participant.jointPlan.withheld).toEqual([]);
  });
});
