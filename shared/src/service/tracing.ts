import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import { EventSubscriber, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';

/**
 * OpenTelemetry tracing from the gateway through each subgraph.
 *
 * Off unless configured: without OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) no SDK is loaded, and the helpers
 * below call straight through.
 *
 * When on: a server span per HTTP request of every service, a client span
 * per outgoing request of the gateway (to a subgraph), which carries the W3C
 * `traceparent` header into the subgraph, and a span per SQL statement, exported over
 * OTLP/HTTP (JSON). Spans carry no personal data: no participant ids, no
 * variables or documents, no SQL text or parameters, no tokens or headers;
 * only service names, methods, known paths, status codes, request ids and
 * the kind of statement.
 */

const TRACER_NAME = 'malmokraften';
/** The span attribute naming the service (gateway, af, malmo, fk, region) that made the span. */
export const SERVICE_ATTRIBUTE = 'malmokraften.service';

interface RunningProvider {
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}
let provider: RunningProvider | null = null;

export class TracingConfigError extends Error {}

/** The OTLP/HTTP traces URL the environment asks for, or null when tracing is off. */
export function tracesEndpoint(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const explicit = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const url = explicit || (base ? `${base.replace(/\/+$/, '')}/v1/traces` : '');
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new TracingConfigError(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL; got "${explicit || base}".`);
  }
  return url;
}

/**
 * Starts the tracing SDK when the environment names an OTLP endpoint; does
 * nothing otherwise. Returns whether tracing is on. `serviceName` is the
 * resource's service.name unless OTEL_SERVICE_NAME is set.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider) return true;
  const url = tracesEndpoint(env);
  if (!url) return false;
  // Loaded only when tracing is on, so a service without it pays nothing for the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeTracerProvider, BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const running = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  // AsyncLocalStorage for the active span, W3C trace context (and baggage) for propagation.
  running.register();
  provider = running;
  subscribeOutgoing(true);
  return true;
}

/** Exports what is pending and stops the SDK (at shutdown, and in tests). */
export async function stopTracing(): Promise<void> {
  const running = provider;
  if (!running) return;
  provider = null;
  subscribeOutgoing(false);
  await running.forceFlush();
  await running.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
}

function tracer() {
  return trace.getTracer(TRACER_NAME);
}

function failed(span: Span, err: unknown): void {
  // The error's class only: messages may quote input.
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
}

/**
 * Runs `handle` inside a server span for one HTTP request. With
 * `acceptParent`, a `traceparent` header from the caller (the gateway)
 * continues its trace; otherwise (the gateway, facing clients) every request
 * starts a trace of its own. Only paths in `knownPaths` name the span; any
 * other path is named `*`.
 */
export function traceServerRequest(
  service: string,
  req: IncomingMessage,
  res: ServerResponse,
  opts: { acceptParent: boolean; knownPaths: ReadonlySet<string> },
  handle: () => Promise<void>,
): Promise<void> {
  if (!provider) return handle();
  const parent = opts.acceptParent ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const route = opts.knownPaths.has(pathname) ? pathname : '*';
  const method = /^[A-Z]{1,10}$/.test(req.method ?? '') ? (req.method as string) : 'OTHER';
  const span = tracer().startSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { [SERVICE_ATTRIBUTE]: service, 'http.request.method': method, 'http.route': route },
    },
    parent,
  );
  res.once('close', () => {
    const requestId = res.getHeader('x-request-id');
    if (typeof requestId === 'string') span.setAttribute('malmokraften.request_id', requestId);
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    if (!res.writableFinished) span.setAttribute('malmokraften.aborted', true);
    span.end();
  });
  return context.with(trace.setSpan(parent, span), handle);
}

interface UndiciRequest {
  origin?: string | URL;
  path?: string;
  method?: string;
  addHeader(name: string, value: string): unknown;
}
const outgoing = new WeakMap<object, Span>();

function endOutgoing(request: object, err?: unknown): void {
  const span = outgoing.get(request);
  if (!span) return;
  outgoing.delete(request);
  if (err !== undefined) failed(span, err);
  span.end();
}

/**
 * Outgoing HTTP requests made with fetch (Node's built-in undici or the
 * `undici` package; both publish the same diagnostics channels): a client
 * span per request made while a traced request is being handled (the
 * gateway's subgraph fetches), with its `traceparent` header added to the
 * request. The subgraph's name comes from the gateway's own fetch span.
 */
const undiciHandlers = {
  create: (message: unknown) => {
    const { request } = message as { request: UndiciRequest };
    const parent = trace.getActiveSpan();
    if (!parent) return;
    const origin = request.origin ? new URL(String(request.origin)) : null;
    const method = request.method ?? 'GET';
    // The SDK's spans expose their attributes; Apollo's gateway.fetch span names the subgraph in `service`.
    const peer = (parent as unknown as { attributes?: Attributes }).attributes?.service;
    const attributes: Attributes = {
      [SERVICE_ATTRIBUTE]: 'gateway',
      'http.request.method': method,
      'url.path': (request.path ?? '/').split('?')[0] ?? '/',
      ...(typeof peer === 'string' ? { 'peer.service': peer } : {}),
      ...(origin
        ? {
            'server.address': origin.hostname,
            'server.port': Number(origin.port || (origin.protocol === 'https:' ? 443 : 80)),
          }
        : {}),
    };
    const span = tracer().startSpan(`${method} ${typeof peer === 'string' ? peer : (origin?.host ?? 'subgraph')}`, {
      kind: SpanKind.CLIENT,
      attributes,
    });
    outgoing.set(request, span);
    propagation.inject(trace.setSpan(context.active(), span), request, {
      set: (carrier, key, value) => carrier.addHeader(key, value),
    });
  },
  headers: (message: unknown) => {
    const { request, response } = message as { request: object; response: { statusCode: number } };
    const span = outgoing.get(request);
    span?.setAttribute('http.response.status_code', response.statusCode);
    if (span && response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  },
  trailers: (message: unknown) => endOutgoing((message as { request: object }).request),
  error: (message: unknown) => {
    const { request, error } = message as { request: object; error: unknown };
    endOutgoing(request, error);
  },
};

function subscribeOutgoing(on: boolean): void {
  for (const [name, handler] of Object.entries(undiciHandlers)) {
    const channel = diagnostics.channel(`undici:request:${name}`);
    if (on) channel.subscribe(handler);
    else channel.unsubscribe(handler);
  }
}

const OPERATIONS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'WITH',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'START',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'LOCK',
  'CREATE',
  'ALTER',
  'DROP',
]);

/**
 * A span per SQL statement, as a TypeORM subscriber (register it in the data
 * source's `subscribers`), within the request's trace. The span holds the
 * statement's kind (SELECT, INSERT, ...) and the database name, never its
 * text or parameters.
 */
@EventSubscriber()
export class StatementSpans implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    // Statements outside a traced request (migrations, seeding) are not traced.
    if (!provider || !trace.getActiveSpan()) return;
    const keyword = /^\s*([A-Za-z]+)/.exec(event.query)?.[1]?.toUpperCase() ?? '';
    const operation = OPERATIONS.has(keyword) ? keyword : 'OTHER';
    const ms = typeof event.executionTime === 'number' ? event.executionTime : 0;
    const end = Date.now();
    const database = event.connection?.driver?.database;
    const span = tracer().startSpan(
      operation,
      {
        kind: SpanKind.CLIENT,
        startTime: end - ms,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          ...(database ? { 'db.namespace': database } : {}),
        },
      },
      context.active(),
    );
    if (!event.success) span.setStatus({ code: SpanStatusCode.ERROR, message: 'statement failed' });
    span.end(end);
  }
}
