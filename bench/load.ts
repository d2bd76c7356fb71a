/**
 * Load generators. Through a gateway: autocannon (closed loop, N
 * connections), with the latency of every response recorded for exact
 * percentiles. Straight to the subgraphs (the floor): N concurrent loops
 * replaying the gateway's fetches, since one client query there is several
 * HTTP calls to four services.
 */
import autocannon from 'autocannon';
import { floorCall, type Stages } from './floor';

export interface Call {
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  participantIds: string[];
  /** Representations for the floor's entity fetches when they are not participants. */
  representations?: Record<string, Array<Record<string, unknown>>>;
  /** Extra request headers (e.g. an idempotency key on writes). */
  headers?: Record<string, string>;
}

/** What a workload sends next; called once per request. */
export type NextCall = () => Call;

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** First error answers, shortened, to say what went wrong. */
  errorSamples: string[];
  /** Average SQL statements per request per subgraph (floor only). */
  statements?: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summarise(latencies: number[], seconds: number, errors: number, errorSamples: string[]): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    errorSamples,
  };
}

/** Closed-loop load on one GraphQL URL with autocannon. */
export async function cannon(
  url: string,
  next: NextCall,
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples: string[] = [];
  const noteError = (what: string) => {
    errors += 1;
    if (errorSamples.length < 3) errorSamples.push(what.slice(0, 300));
  };
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const call = next();
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: call.authorization, ...(call.headers ?? {}) },
            body: JSON.stringify({ query: call.query, variables: call.variables }),
          };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 200) noteError(`HTTP ${status}: ${body}`);
          else if (body.includes('"errors"')) noteError(body);
        },
      },
    ],
  });
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    },
  );
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  // Connection errors and timeouts are errors too (they have no response).
  // autocannon counts a timeout (no answer within 10 s) among its errors.
  const failures = result.errors;
  if (failures > 0 && errorSamples.length < 3)
    errorSamples.push(`${result.errors} without an answer (${result.timeouts} of them timed out after 10 s)`);
  return summarise(latencies, seconds, errors + failures, errorSamples);
}

/** The same calls replayed straight to the subgraphs, `connections` at a time. */
export async function floor(
  stagesOf: (query: string) => Stages,
  urls: Record<string, string>,
  next: NextCall,
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const totals: Record<string, number> = {};
  let errors = 0;
  const errorSamples: string[] = [];
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const call = next();
      const t0 = performance.now();
      try {
        const r = await floorCall(stagesOf(call.query), urls, call);
        latencies.push(performance.now() - t0);
        if (!r.ok) {
          errors += 1;
          if (errorSamples.length < 3) errorSamples.push('a subgraph answered with errors');
        }
        for (const [s, n] of Object.entries(r.statements)) totals[s] = (totals[s] ?? 0) + n;
      } catch (err) {
        errors += 1;
        if (errorSamples.length < 3) errorSamples.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  const result = summarise(latencies, seconds, errors, errorSamples);
  result.statements = Object.fromEntries(
    Object.entries(totals).map(([s, n]) => [s, n / Math.max(1, latencies.length)]),
  );
  return result;
}
