import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { close, createLogger, listen } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { buildGateway } from '@malmokraften/gateway';
import { sha256 } from '../gateway/src/safelist';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * The persisted-operation safelist, on a production gateway started as in
 * deployment (its own process, SAFELIST_FILE in the environment): listed
 * operations run, by document or by hash; anything else is refused with a
 * code before it runs. Without a safelist every operation runs.
 */
const LISTED = `query Plan($id: ID!) { participant(id: $id) { id jointPlan { items { intervention { agency } } withheld { agency code } } } }`;
const ALSO_LISTED = `{ teams { id } }`;
const UNLISTED = `query Plan($id: ID!) { participant(id: $id) { id name } }`;

let sys: ProcessSystem;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mk-safelist-'));
  const file = path.join(dir, 'safelist.json');
  writeFileSync(file, JSON.stringify({ [sha256(LISTED)]: LISTED, [sha256(ALSO_LISTED)]: ALSO_LISTED }));
  sys = await startProcessSystem({
    population: { ongoing: 10, discharged: 0 },
    production: true,
    env: { GATEWAY: { SAFELIST_FILE: file } },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await sys.token('af-t01')}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

it('runs a listed operation sent as its identical document', async () => {
  const res = await post(sys.gatewayUrl, { query: LISTED, variables: { id: SHOWCASE.consenting } });
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data.participant.jointPlan.items.length).toBeGreaterThan(0);
  expect((await post(sys.gatewayUrl, { query: ALSO_LISTED })).data.teams.length).toBeGreaterThan(0);
});

it('runs a listed operation sent by its hash alone', async () => {
  const res = await post(sys.gatewayUrl, {
    extensions: persisted(sha256(LISTED)),
    variables: { id: SHOWCASE.consenting },
  });
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(res.data.participant.id).toBe(SHOWCASE.consenting);
});

it('refuses an operation that is not listed, with a code, before it runs', async () => {
  for (const query of [UNLISTED, `${LISTED} `, LISTED.replace('agency code', 'code agency'), `{ __typename }`]) {
    const res = await post(sys.gatewayUrl, { query, variables: { id: SHOWCASE.consenting } });
    expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([400, 'OPERATION_NOT_ALLOWED']);
    expect(res.data).toBeUndefined();
  }
});

it('does not learn operations sent with their hash, and refuses unknown or mismatched hashes', async () => {
  // Sent with its own hash, an unlisted document is still refused, and its hash is not stored for later.
  const registered = await post(sys.gatewayUrl, {
    query: UNLISTED,
    extensions: persisted(sha256(UNLISTED)),
    variables: { id: SHOWCASE.consenting },
  });
  expect([registered.status, registered.errors?.[0]?.extensions?.code]).toEqual([400, 'OPERATION_NOT_ALLOWED']);
  const byHash = await post(sys.gatewayUrl, {
    extensions: persisted(sha256(UNLISTED)),
    variables: { id: SHOWCASE.consenting },
  });
  expect(byHash.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect(byHash.data).toBeUndefined();
  // A listed hash with another document is a mismatch.
  const mismatch = await post(sys.gatewayUrl, {
    query: UNLISTED,
    extensions: persisted(sha256(LISTED)),
    variables: { id: SHOWCASE.consenting },
  });
  expect(mismatch.status).toBe(400);
  expect(mismatch.data).toBeUndefined();
});

it('is off by default: a production gateway without a safelist runs any operation', async () => {
  const gateway = await buildGateway({
    supergraphSdl: readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8'),
    subgraphUrls: Object.fromEntries(Object.values(sys.subgraphs).map((s) => [s.agency.toLowerCase(), s.url])),
    log: createLogger('gateway'),
    production: true,
  });
  const { url } = await listen(gateway.http, 0);
  try {
    const res = await post(url, { query: UNLISTED, variables: { id: SHOWCASE.consenting } });
    expect(res.status).toBe(200);
    expect(res.data.participant.id).toBe(SHOWCASE.consenting);
  } finally {
    await close(gateway.http);
    await gateway.apollo.stop();
  }
});
