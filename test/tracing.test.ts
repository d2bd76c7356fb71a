import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { trace } from '@opentelemetry/api';
import { readFileSync } from 'node:fs';
import { buildGateway } from '@malmokraften/gateway';
import {
  AGENCIES,
  agencyKey,
  close,
  createLogger,
  SERVICE_ATTRIBUTE,
  startTracing,
  tracesEndpoint,
} from '@malmokraften/shared';
import { demoPopulation, SHOWCASE, signPersonaToken } from '@malmokraften/dev';
import { post } from './support/harness';
import { TRACED_POPULATION } from './support/traced-system';

/**
 * Tracing for real: the services, in a process of their own, export over
 * OTLP/HTTP to a receiver in this test, one joint-plan query becomes one trace from the gateway through the
 * subgraphs down to their SQL statements, and nothing exported names a
 * person, a participant id or a token.
 */
interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttribute[];
}
interface OtlpPayload {
  resourceSpans: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans: Array<{ scope?: { name?: string }; spans: OtlpSpan[] }>;
  }>;
}
const SERVER = 2;
const CLIENT = 3;

const received: { path: string; contentType: string; body: string }[] = [];
let receiver: Server;
let child: ChildProcessWithoutNullStreams;
let gatewayUrl: string;
let keyDir: string;
let exitCode: Promise<number | null>;

const PLAN = `query Plan($id: ID!) {
  participant(id: $id) {
    id name
    jointPlan { items { intervention { agency title startDate endDate } parallelWith } withheld { agency message } }
  }
}`;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        contentType: String(req.headers['content-type']),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  // The services run in a process of their own, exporting as a deployed service would.
  child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'support/traced-system.ts')], {
    env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`, NODE_ENV: 'test' },
  });
  exitCode = new Promise((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`the traced system exited with ${code}: ${stderr}`)));
  });
  ({ gatewayUrl, keyDir } = JSON.parse(ready) as { gatewayUrl: string; keyDir: string });
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.stdin.end();
    await exitCode;
  }
  if (receiver) await close(receiver);
}, 60_000);

function attrs(span: { attributes?: OtlpAttribute[] }): Record<string, unknown> {
  return Object.fromEntries(
    (span.attributes ?? []).map((a) => [
      a.key,
      a.value.stringValue ?? a.value.intValue ?? a.value.boolValue ?? a.value.doubleValue,
    ]),
  );
}

test('one joint-plan query is one trace from the gateway through the subgraphs to their statements, and carries no personal data', async () => {
  const token = await signPersonaToken('af-t01', { keyDir });
  const answer = await post<any>(
    gatewayUrl,
    { query: PLAN, variables: { id: SHOWCASE.consenting } },
    { authorization: `Bearer ${token}` },
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data.participant.jointPlan.items.length).toBeGreaterThan(0);
  const requestId = answer.headers.get('x-request-id');
  expect(requestId).toBeTruthy();

  // Stopping the services exports what the batch processor holds.
  child.stdin.end();
  expect(await exitCode).toBe(0);
  expect(received.length).toBeGreaterThan(0);
  for (const r of received) {
    expect(r.path).toBe('/v1/traces');
    expect(r.contentType).toMatch(/application\/json/);
  }
  const payloads = received.map((r) => JSON.parse(r.body) as OtlpPayload);
  const resources = payloads.flatMap((p) => p.resourceSpans);
  expect(resources.map((r) => attrs(r.resource ?? {})['service.name'])).toContain('malmokraften-test');
  const spans = resources.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));

  // The gateway's server span for this request, found by its request id.
  const gatewaySpan = spans.find(
    (s) =>
      s.kind === SERVER &&
      attrs(s)[SERVICE_ATTRIBUTE] === 'gateway' &&
      attrs(s)['malmokraften.request_id'] === requestId,
  );
  expect(gatewaySpan).toBeDefined();
  expect(gatewaySpan!.name).toBe('POST /graphql');
  expect(gatewaySpan!.parentSpanId ?? '').toBe('');
  const inTrace = spans.filter((s) => s.traceId === gatewaySpan!.traceId);
  const byId = new Map(inTrace.map((s) => [s.spanId, s]));

  // Subgraph server spans in the same trace, each the child of a gateway client span to that subgraph.
  const subgraphSpans = inTrace.filter((s) => s.kind === SERVER && s !== gatewaySpan);
  const agencies = new Set(subgraphSpans.map((s) => attrs(s)[SERVICE_ATTRIBUTE]));
  expect(agencies.size).toBeGreaterThanOrEqual(2);
  for (const agency of agencies) expect(AGENCIES.map(agencyKey)).toContain(agency);
  for (const s of subgraphSpans) {
    const parent = byId.get(s.parentSpanId ?? '');
    expect(parent?.kind).toBe(CLIENT);
    expect(attrs(parent!)[SERVICE_ATTRIBUTE]).toBe('gateway');
    expect(attrs(parent!)['peer.service']).toBe(attrs(s)[SERVICE_ATTRIBUTE]);
    expect(attrs(parent!)['http.response.status_code']).toBe(200);
  }

  // SQL statements of the subgraphs, inside this trace, by kind only.
  const statements = inTrace.filter((s) => attrs(s)['db.system.name'] === 'postgresql');
  expect(statements.length).toBeGreaterThan(0);
  expect(new Set(statements.map((s) => s.name))).toContain('SELECT');
  for (const s of statements)
    expect(Object.keys(attrs(s)).sort()).toEqual(['db.namespace', 'db.operation.name', 'db.system.name']);

  // Nothing exported names anyone: no name, personnummer or participant id of the population, no token.
  const exported = received.map((r) => r.body).join('\n');
  const people = demoPopulation(TRACED_POPULATION);
  expect(people.length).toBeGreaterThan(30);
  const secrets = [
    token,
    token.split('.')[2]!,
    ...people.flatMap((p) => [
      p.id,
      p.personnummer,
      p.personnummer.replace('-', ''),
      `${p.firstName} ${p.lastName}`,
      p.lastName,
    ]),
  ];
  const leaked = secrets.filter((s) => exported.includes(s));
  expect(leaked).toEqual([]);
  // The test can see a leak: the payload does hold what it must (the request id).
  expect(exported).toContain(requestId!);
}, 60_000);

test('without an endpoint no SDK starts and spans are not recorded', () => {
  expect(tracesEndpoint({})).toBeNull();
  expect(startTracing('x', {})).toBe(false);
  expect(trace.getTracer('probe').startSpan('probe').isRecording()).toBe(false);
  expect(() => tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(/must be an http\(s\) URL/);
  expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
    'http://collector:4318/v1/traces',
  );
});

test("the gateway does not start @apollo/gateway's own usage-metrics exporter to Apollo's servers", async () => {
  const saved = process.env.APOLLO_TELEMETRY_DISABLED;
  delete process.env.APOLLO_TELEMETRY_DISABLED;
  const supergraphSdl = readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8');
  const built = await buildGateway({ supergraphSdl, subgraphUrls: {}, log: createLogger('gateway') });
  try {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    // The exporter, when started, is the one thing the gateway has to dispose of at stop.
    expect((built.gateway as unknown as { toDispose: unknown[] }).toDispose).toHaveLength(0);
  } finally {
    await built.apollo.stop();
    if (saved === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = saved;
  }
});
