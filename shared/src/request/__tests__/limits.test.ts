import { buildSchema, GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../caller';
import { createFormatError } from '../../errors';
import { close, listen } from '../graphql-http';
import {
  checkOperation,
  checkQueryLimits,
  containsNul,
  DEFAULT_QUERY_LIMITS,
  measureOperation,
  requiredSelections,
  resolveQueryLimits,
  type MeasureOptions,
} from '../limits';
import { createLogger } from '../../service/logger';
import { createSubgraphService, type SubgraphService } from '../subgraph';

const schema = buildSchema(`
  type Query { node(id: ID!): Node  nodes(first: Int = 5): [Node!]!  all: [Node!]!  tags: [String!]! }
  type Mutation { rename(id: ID!, name: String!): Node }
  type Node { id: ID!  name: String  child: Node  children(first: Int): [Node!]!  summary: String }
`);

function measure(query: string, options: MeasureOptions = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, doc, op, options);
}

const nested = (levels: number) => `{ node(id: "1") { ${'child { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('measuring an operation', () => {
  it('counts depth from the root field, through inline fragments and fragments without adding levels', () => {
    expect(measure('{ node(id: "1") { id } }').depth).toBe(2);
    expect(measure(nested(12)).depth).toBe(12);
    expect(
      measure('{ node(id: "1") { ... on Node { child { ...F } } } } fragment F on Node { child { id } }').depth,
    ).toBe(4);
    expect(measure('{ __typename }').depth).toBe(1);
  });

  it('counts aliases, a fragment once per spread', () => {
    expect(measure('{ a: node(id: "1") { b: id c: name } d: tags }').aliases).toBe(4);
    expect(measure('{ node(id: "1") { ...F child { ...F } } } fragment F on Node { x: id y: name }').aliases).toBe(4);
  });

  it('costs 1 per field, a list multiplying what is under it by first (literal, variable, default) or the list factor', () => {
    expect(measure('{ node(id: "1") { id name } }').cost).toBe(3);
    expect(measure('{ nodes(first: 100) { id name } }').cost).toBe(1 + 100 * 2);
    expect(measure('query ($n: Int) { nodes(first: $n) { id } }', { variables: { n: 40 } }).cost).toBe(41);
    expect(measure('query ($n: Int = 7) { nodes(first: $n) { id } }').cost).toBe(8);
    expect(measure('{ nodes { id } }').cost).toBe(1 + 5); // the argument's default in the schema
    expect(measure('{ all { id } }').cost).toBe(1 + 10 * 1);
    expect(measure('{ all { id } }', { listFactor: 3 }).cost).toBe(4);
    expect(measure('{ tags }').cost).toBe(1); // a list of leaves is one field
    expect(measure('{ all { children { id } } }').cost).toBe(1 + 10 * (1 + 10));
  });

  it('counts what a field requires of its parent, in cost and depth', () => {
    const required = requiredSelections(`
      type Node @join__type(graph: A, key: "id") {
        id: ID!
        summary: String @join__field(graph: B, requires: "children { child { name } }")
      }`);
    expect([...required.keys()]).toEqual(['Node.summary']);
    const plain = measure('{ node(id: "1") { summary } }');
    const withRequires = measure('{ node(id: "1") { summary } }', { requires: required });
    expect(plain).toMatchObject({ depth: 2, cost: 2 });
    // node > (children > child > name) at the level of summary: depth 1 + 3; cost 2 + (1 + 10 * (1 + 1)).
    expect(withRequires).toMatchObject({ depth: 4, cost: 2 + 21 });
  });

  it('counts one item per representation for _entities', () => {
    const entities = buildSchema(
      `scalar _Any union _Entity = Node type Node { id: ID! name: String } type Query { _entities(representations: [_Any!]!): [_Entity]! }`,
    );
    const doc = parse('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id name } } }');
    const op = doc.definitions[0] as OperationDefinitionNode;
    const r = Array.from({ length: 300 }, (_, i) => ({ __typename: 'Node', id: String(i) }));
    expect(measureOperation(entities, doc, op, { variables: { r } })).toMatchObject({
      cost: 1 + 300 * 2,
      representations: 300,
    });
    // Written out in the document, in two aliased fields, and through a fragment spread twice: all counted.
    const literal =
      parse(`{ a: _entities(representations: [{ __typename: "Node", id: "1" }, { __typename: "Node", id: "2" }]) { ...F } b: _entities(representations: [{ __typename: "Node", id: "1" }]) { ...F } }
      fragment F on _Entity { ... on Node { id } }`);
    expect(measureOperation(entities, literal, literal.definitions[0] as OperationDefinitionNode).representations).toBe(
      3,
    );
    const spread = parse(
      'query ($r: [_Any!]!) { ...Q ...Q } fragment Q on Query { _entities(representations: $r) { __typename } }',
    );
    expect(
      measureOperation(entities, spread, spread.definitions[0] as OperationDefinitionNode, { variables: { r } })
        .representations,
    ).toBe(600);
    expect(measure('{ nodes(first: 3) { id } }').representations).toBe(0);
  });

  it('measures an exponential fragment spread in linear time, and a fragment cycle as empty', () => {
    const defs = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Node { child { ...F${i + 1} } child { ...F${i + 1} } }`,
    ).join(' ');
    const started = Date.now();
    const m = measure(`{ node(id: "1") { ...F0 } } ${defs} fragment F60 on Node { id }`);
    expect(Date.now() - started).toBeLessThan(500);
    expect(m.cost).toBeGreaterThan(1e18);
    expect(m.depth).toBe(62);
    expect(
      measure('{ node(id: "1") { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }'),
    ).toMatchObject({ depth: 2 });
  });

  it('does not descend into introspection', () => {
    expect(
      measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'),
    ).toMatchObject({ depth: 1, cost: 1 });
  });
});

describe('the limits', () => {
  it('has the documented defaults and refuses nonsense overrides', () => {
    expect(DEFAULT_QUERY_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxCost: 250_000,
      listFactor: 10,
      maxTokens: 2_000,
      maxRepresentations: 1000,
    });
    expect(resolveQueryLimits({ maxDepth: 5 }).maxDepth).toBe(5);
    expect(() => resolveQueryLimits({ maxCost: 0 })).toThrow(/maxCost/);
    expect(() => resolveQueryLimits({ maxAliases: Number.NaN })).toThrow(/maxAliases/);
  });

  it('answers the first limit exceeded with its own code, the numbers and HTTP 400', () => {
    const limits = DEFAULT_QUERY_LIMITS;
    expect(checkQueryLimits({ depth: 12, aliases: 30, cost: 250_000, representations: 1000 }, limits)).toBeNull();
    const deep = checkQueryLimits({ depth: 13, aliases: 31, cost: 1e9, representations: 0 }, limits)!;
    expect(deep.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 13, maxDepth: 12, http: { status: 400 } });
    expect(deep.message).toBe(
      'The query nests fields 13 levels deep; at most 12 are allowed. Select fewer nested levels or split the query.',
    );
    expect(checkQueryLimits({ depth: 3, aliases: 31, cost: 1, representations: 0 }, limits)!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      aliases: 31,
      maxAliases: 30,
    });
    const costly = checkQueryLimits({ depth: 3, aliases: 0, cost: 250_001, representations: 0 }, limits)!;
    expect(costly.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 250_001, maxCost: 250_000 });
    expect(costly.message).toMatch(/^The query's estimated cost is 250001; at most 250000 is allowed\./);
    // Too many representations is told before anything else: it is what the request is about.
    const many = checkQueryLimits({ depth: 13, aliases: 0, cost: 20_001, representations: 20_000 }, limits)!;
    expect([many.message, many.extensions]).toEqual([
      'The request asks for 20000 entities at once; at most 1000 are allowed in one request.',
      { code: 'QUERY_TOO_COMPLEX', representations: 20_000, maxRepresentations: 1000, http: { status: 400 } },
    ]);
  });

  it('refuses a document that names no runnable operation, a subscription, and text with NUL', () => {
    const check = (query: string, request: { operationName?: string; variables?: Record<string, unknown> } = {}) => {
      const doc = parse(query);
      const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const op = request.operationName
        ? ops.find((o) => o.name?.value === request.operationName)
        : ops.length === 1
          ? ops[0]
          : undefined;
      return checkOperation(schema, doc, op, request, DEFAULT_QUERY_LIMITS);
    };
    expect(check('query A { tags } query B { tags }')?.extensions).toMatchObject({
      code: 'OPERATION_RESOLUTION_FAILURE',
    });
    expect(check('query A { tags } query B { tags }')?.message).toMatch(/several operations/);
    expect(check('query A { tags }', { operationName: 'C' })?.message).toBe('The document has no operation named "C".');
    expect(check('subscription { tags }')?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      http: { status: 400 },
    });
    expect(check('{ node(id: "a\\u0000") { id } }')?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      check('query ($id: ID!) { node(id: $id) { id } }', { variables: { id: 'a\u0000' } })?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(check(nested(13))?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP' });
    expect(check('query ($id: ID!) { node(id: $id) { id } }', { variables: { id: 'P-1' } })).toBeNull();
    // A lone UTF-16 surrogate, as a JSON escape in the variables (a key too) or in a GraphQL string: no character, refused.
    const lone = [
      check('query ($id: ID!) { node(id: $id) { id } }', { variables: { id: 'P-\ud800' } }),
      check('mutation ($n: String!) { rename(id: "1", name: $n) { id } }', { variables: { n: `x${'😀'.slice(1)}` } }),
      check('query ($id: ID!) { node(id: $id) { id } }', { variables: { id: 'P-1', extra: { '\udc00': 1 } } }),
    ];
    // In the document itself the parser refuses one already, escaped or not (GRAPHQL_PARSE_FAILED).
    expect(() => parse('{ node(id: "P-\\ud800") { id } }')).toThrow(/Invalid Unicode escape sequence/);
    expect(() => parse('{ node(id: "P-\ud800") { id } }')).toThrow(/Invalid character within String/);
    for (const error of lone) {
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
      expect(error?.message).toMatch(/^Text must be well-formed Unicode/);
    }
    expect(check('{ node(id: "P-\\ud83d\\ude00") { id } }')).toBeNull();
    expect(
      check('mutation ($n: String!) { rename(id: "1", name: $n) { id } }', { variables: { n: '😀'.repeat(200) } }),
    ).toBeNull();
  });

  it('finds NUL anywhere in variables nested far deeper than the stack would allow', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = i % 2 ? [deep] : { a: deep };
    expect(containsNul(parse('{ tags }'), { v: deep })).toBe(true);
    expect(containsNul(parse('{ tags }'), { v: [{ 'k\u0000': 1 }] })).toBe(true);
    expect(containsNul(parse('{ tags }'), { v: ['ok', { a: 'fine' }] })).toBe(false);
  });
});

describe('error formatting', () => {
  const format = createFormatError(() => undefined);
  it("answers Apollo Server's own refusals of a request (4xx, no code) as BAD_REQUEST", () => {
    const refusal = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(format({ message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refusal)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    const bug = new Error('QueryFailedError: syntax error at or near "SELECT"');
    expect(format({ message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, bug).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('tells a parse that ran out of stack in plain words', () => {
    const overflow = new GraphQLError('Maximum call stack size exceeded', {
      originalError: new GraphQLError('Maximum call stack size exceeded', {
        originalError: new RangeError('Maximum call stack size exceeded'),
      }),
    });
    expect(format({ message: overflow.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, overflow)).toEqual({
      message: 'The document is nested too deeply to be read.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});

describe('a subgraph service', () => {
  const typeDefs = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query { node(id: ID!): Node  broken: String  nodes(first: Int = 5): [Node!]! }
    type Node @key(fields: "id") { id: ID!  name: String  child: Node  rank: Int }
  `;
  const resolvers = {
    Query: {
      node: (_: unknown, { id }: { id: string }) => ({ id }),
      nodes: (_: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_x, i) => ({ id: String(i) })),
      broken: () => {
        throw new Error('QueryFailedError: syntax error at or near "SELECT" (/work/main/shared/src/db.ts:12:3)');
      },
    },
    Node: {
      __resolveReference: (ref: { id: string }) => {
        resolvedReferences.push(ref.id);
        return { id: ref.id };
      },
      name: (n: { id: string }) => `node ${n.id}`,
      child: (n: { id: string }) => ({ id: `${n.id}c` }),
    },
  };
  const resolvedReferences: string[] = [];
  const caller: Caller = {
    officerId: 'af-1',
    name: 'T',
    organisation: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: ['T01'],
    purpose: 'JOINT_PLANNING',
    requestId: 'r',
  };
  const fakeDataSource = { query: async () => [] } as unknown as DataSource;
  const services: Array<{ url: string; service: SubgraphService }> = [];

  async function start(production: boolean, limits = {}) {
    process.env.LOG_LEVEL ??= 'silent';
    const service = createSubgraphService({
      agency: 'AF',
      typeDefs,
      resolvers: resolvers,
      dataSource: fakeDataSource,
      verify: async (authorization) => {
        if (authorization !== 'Bearer ok') throw new Error('no');
        return caller;
      },
      log: createLogger('limits-test'),
      production,
      limits,
      createContext: ({ caller: c, requestId, log }) => ({ caller: c, requestId, log, drainAudit: () => [] }),
    });
    const { url } = await listen(service.http, 0);
    services.push({ url, service });
    return url;
  }
  afterAll(async () => {
    for (const s of services) {
      await close(s.service.http);
      await s.service.apollo.stop();
    }
  });

  const post = async (url: string, body: unknown) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ok' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      text: await res.clone().text(),
      json: (await res.json()) as {
        data?: any;
        errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
      },
    };
  };

  it('enforces the limits it was given, and refuses batches', async () => {
    const url = await start(false, { maxDepth: 3, maxAliases: 2, maxCost: 100 });
    expect((await post(url, { query: '{ node(id: "1") { child { id } } }' })).status).toBe(200);
    const deep = await post(url, { query: '{ node(id: "1") { child { child { id } } } }' });
    expect([deep.status, deep.json.errors?.[0]?.extensions.code]).toEqual([400, 'QUERY_TOO_DEEP']);
    const aliases = await post(url, { query: '{ a: node(id: "1") { b: id c: name } }' });
    expect([aliases.status, aliases.json.errors?.[0]?.extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    const costly = await post(url, { query: '{ nodes(first: 60) { id name } }' });
    expect([costly.status, costly.json.errors?.[0]?.extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    const batch = await post(url, [{ query: '{ broken }' }, { query: '{ broken }' }]);
    expect([batch.status, batch.json.errors?.[0]]).toEqual([
      400,
      { message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } },
    ]);
    const tokens = await post(url, { query: `{ ${'node(id: "1") { id } '.repeat(400)} }` });
    expect([tokens.status, tokens.json.errors?.[0]?.extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(tokens.json.errors?.[0]?.message).toMatch(/more that 2000 tokens/);
  });

  it('refuses malformed entity representations as bad input', async () => {
    const url = await start(false);
    const ask = (representations: unknown) =>
      post(url, {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id name } } }',
        variables: { r: representations },
      });
    expect((await ask([{ __typename: 'Node', id: '7' }])).json.data._entities).toEqual([{ id: '7', name: 'node 7' }]);
    for (const [bad, why] of [
      [[{}], /does not name an entity type/],
      [['x'], /must be an object/],
      [[{ __typename: 'Nope', id: '1' }], /does not name an entity type/],
      [[{ __typename: 'Node' }], /lacks its key field id/],
      [[{ __typename: 'Node', id: 5 }], /value for id that is not a valid ID/],
      [[{ __typename: 'Node', id: { a: 1 } }], /value for id that is not a valid ID/],
      [[{ __typename: 'Node', id: '1', rank: 'high' }], /value for rank that is not a valid Int/],
    ] as const) {
      const res = await ask(bad);
      expect(res.json.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
        ['BAD_USER_INPUT', expect.stringMatching(why)],
      ]);
    }
  });

  it('resolves each distinct representation once and answers every copy; refuses more than maxRepresentations before resolving any', async () => {
    const url = await start(false, { maxRepresentations: 5 });
    const ask = (representations: unknown) =>
      post(url, {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id name } } }',
        variables: { r: representations },
      });
    resolvedReferences.length = 0;
    // The same key twice written differently (key order) is one key.
    const five = [
      { __typename: 'Node', id: '1' },
      { __typename: 'Node', id: '2' },
      { id: '1', __typename: 'Node' },
      { __typename: 'Node', id: '1' },
      { __typename: 'Node', id: '2' },
    ];
    const answer = await ask(five);
    expect(answer.json.data._entities).toEqual([1, 2, 1, 1, 2].map((n) => ({ id: String(n), name: `node ${n}` })));
    expect(resolvedReferences).toEqual(['1', '2']);
    const six = await ask([...five, { __typename: 'Node', id: '3' }]);
    expect([six.status, six.json.errors?.[0]?.extensions]).toEqual([
      400,
      { code: 'QUERY_TOO_COMPLEX', representations: 6, maxRepresentations: 5 },
    ]);
    expect(resolvedReferences).toEqual(['1', '2']);
  });

  it.each([false, true])('never answers a stack trace or a driver message (production: %s)', async (production) => {
    const url = await start(production);
    const broken = await post(url, { query: '{ broken }' });
    expect(broken.json.errors).toEqual([
      {
        message: expect.stringMatching(/^Something went wrong on our side/),
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    for (const query of [
      '{ broken }',
      '{ nod(id: "1") { id } }',
      '{ node(id: ',
      'query ($id: ID!) { node(id: $id) { id } }',
    ]) {
      const res = await post(url, { query, variables: { id: { a: 1 } } });
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/stacktrace|QueryFailedError|syntax error at or near|\/work\/|\.ts:\d+|\n\s+at /);
    }
  });

  it('in production refuses introspection and gives no hints about the schema', async () => {
    const url = await start(true);
    const intro = await post(url, { query: '{ __schema { types { name } } }' });
    expect([intro.status, intro.json.errors?.[0]?.extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    expect(intro.json.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post(url, { query: '{ nod(id: "1") { id } }' });
    expect(typo.text).not.toMatch(/Did you mean/);
    const dev = await start(false);
    expect((await post(dev, { query: '{ nod(id: "1") { id } }' })).json.errors?.[0]?.message).toMatch(
      /Did you mean "node"/,
    );
  });
});
