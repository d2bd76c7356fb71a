import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AGENCIES, agencyKey, createLogger, today, type Agency } from '@malmokraften/shared';
import { dropDatabase, signPersonaToken } from '@malmokraften/dev';
import { sharedDemoTemplates, startSystem, type RunningSystem } from '../../scripts/system';
import { TEST_POPULATION } from './population';

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
  headers: Headers;
}

export interface TestSystem extends RunningSystem {
  keyDir: string;
  token(persona: string): Promise<string>;
  /** Sends a query to the gateway as a demo persona. */
  query<T = any>(persona: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  /** Sends a query straight to one subgraph, with raw headers. */
  direct<T = any>(
    agency: Agency,
    query: string,
    headers?: Record<string, string>,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLAnswer<T>>;
}

/**
 * Requests the tests' client has in flight at once; the rest wait their turn.
 * A service closes connections from one address beyond its limit
 * (HTTP_MAX_CONNECTIONS_PER_ADDRESS, 128 by default), and a fixture that
 * fires a few hundred mutations at once would otherwise meet that limit on a
 * slow machine, as a reset connection, not as an answer. A well-behaved
 * client keeps its connections few; so does this one.
 */
export const CLIENT_IN_FLIGHT = 32;
let inFlight = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= CLIENT_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  else inFlight++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }
}

export async function post<T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T>> {
  return inTurn(async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: T; errors?: GraphQLAnswer['errors'] };
    return { status: res.status, headers: res.headers, ...json };
  });
}

/** The whole federation on fresh databases of the test server, ports chosen by the system. */
export async function startTestSystem(
  opts: { population?: { ongoing: number; discharged: number }; teamCapacity?: number; webDir?: string } = {},
): Promise<TestSystem> {
  const adminUrl = process.env.PG_ADMIN_URL;
  if (!adminUrl)
    throw new Error('PG_ADMIN_URL is not set: run the tests through jest, whose global setup finds the database.');
  const keyDir = mkdtempSync(path.join(tmpdir(), 'mk-keys-'));
  const prefix = `mkt_${process.pid}_${randomBytes(3).toString('hex')}`;
  const population = opts.population ?? TEST_POPULATION;
  // The run's demo databases of this population and capacity to copy, made by the first system that asks (test/global-setup.ts).
  const base = process.env.TEST_TEMPLATE_PREFIX;
  const templatePrefix = base
    ? await sharedDemoTemplates({
        adminUrl,
        base,
        referenceDay: today(),
        population,
        ...(opts.teamCapacity ? { teamCapacity: opts.teamCapacity } : {}),
        log: createLogger('test-templates'),
      })
    : undefined;
  const system = await startSystem({
    adminUrl,
    databasePrefix: prefix,
    keyDir,
    population,
    ...(templatePrefix ? { templatePrefix } : {}),
    ...(opts.teamCapacity ? { teamCapacity: opts.teamCapacity } : {}),
    ...(opts.webDir ? { webDir: opts.webDir } : {}),
  });
  const tokens = new Map<string, string>();
  const token = async (persona: string) => {
    let t = tokens.get(persona);
    if (!t) {
      t = await signPersonaToken(persona, { keyDir });
      tokens.set(persona, t);
    }
    return t;
  };
  return {
    ...system,
    keyDir,
    token,
    query: async (persona, query, variables) =>
      post(system.gatewayUrl, { query, variables }, persona ? { authorization: `Bearer ${await token(persona)}` } : {}),
    direct: (agency, query, headers = {}, variables) =>
      post(system.subgraphs[agency].url, { query, variables }, headers),
    stop: async () => {
      await system.stop();
      await Promise.all(AGENCIES.map((agency) => dropDatabase(adminUrl, `${prefix}_${agencyKey(agency)}`)));
    },
  };
}

/**
 * The system of the calling test file: started (with `opts`, see
 * {@link startTestSystem}) before the file's tests and stopped after them.
 * Its fields are there from the first test on.
 */
export function systemForFile(opts: Parameters<typeof startTestSystem>[0] = {}): TestSystem {
  const sys = {} as TestSystem;
  let started: TestSystem | undefined;
  beforeAll(async () => {
    started = await startTestSystem(opts);
    Object.assign(sys, started);
  }, 120_000);
  afterAll(async () => started?.stop(), 60_000);
  return sys;
}

/** Queries to `system`'s gateway as a persona, each with `key` as its Idempotency-Key where one is given. */
export function withIdempotencyKeys(
  system: TestSystem,
): (persona: string, query: string, variables: Record<string, unknown>, key?: string) => Promise<GraphQLAnswer> {
  return async (persona, query, variables, key) => {
    const headers: Record<string, string> = { authorization: `Bearer ${await system.token(persona)}` };
    if (key !== undefined) headers['idempotency-key'] = key;
    return post(system.gatewayUrl, { query, variables }, headers);
  };
}
