import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SHOWCASE } from '@malmokraften/dev';
import { startProcessSystem, type ProcessSystem } from '../scripts/processes';

/**
 * A service as several processes on one port (WORKERS): the gateway and
 * FK's subgraph run two workers each. Plans are answered as by one process,
 * a worker that dies is replaced while the service keeps answering, and a
 * SIGTERM stops every worker in order.
 */
let sys: ProcessSystem;

beforeAll(async () => {
  sys = await startProcessSystem({
    env: { GATEWAY: { WORKERS: '2' }, FK: { WORKERS: '2' } },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

/** The processes a process started (its workers). */
const children = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .split(' ')
    .filter((s) => s.trim() !== '')
    .map(Number);

async function until(what: string, ok: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const PLAN = `query P($id: ID!) { participant(id: $id) { id jointPlan { items { intervention { agency } } withheld { agency code } } } }`;

async function plan(): Promise<{ agencies: string[]; errors: unknown }> {
  const res = await fetch(sys.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await sys.token('af-t01')}` },
    body: JSON.stringify({ query: PLAN, variables: { id: SHOWCASE.consenting } }),
  });
  const body = (await res.json()) as {
    data?: { participant: { jointPlan: { items: Array<{ intervention: { agency: string } }> } } };
    errors?: unknown;
  };
  const agencies = [...new Set(body.data?.participant.jointPlan.items.map((i) => i.intervention.agency) ?? [])];
  return { agencies: agencies.sort(), errors: body.errors };
}

test('the gateway and a subgraph each run two workers, and plans are answered whole', async () => {
  await until(
    'two workers each',
    () => children(sys.gateway.pid()).length === 2 && children(sys.subgraphs.FK.pid()).length === 2,
  );
  for (let i = 0; i < 12; i++) {
    const answer = await plan();
    expect(answer.errors).toBeUndefined();
    expect(answer.agencies).toContain('FK');
  }
});

test('a worker that dies is replaced, and the service answers meanwhile', async () => {
  const before = children(sys.subgraphs.FK.pid());
  expect(before).toHaveLength(2);
  process.kill(before[0]!, 'SIGKILL');
  // The other worker answers while the first is replaced (a fetch in flight on the killed one is retried by the gateway).
  const answer = await plan();
  expect(answer.errors).toBeUndefined();
  expect(answer.agencies).toContain('FK');
  await until('a new worker in place of the killed one', () => {
    const now = children(sys.subgraphs.FK.pid());
    return now.length === 2 && !now.includes(before[0]!) && now.includes(before[1]!);
  });
  expect((await plan()).agencies).toContain('FK');
});

test('SIGTERM stops every worker in order and the service exits 0', async () => {
  const workers = children(sys.gateway.pid());
  expect(workers).toHaveLength(2);
  expect(await sys.gateway.stop('SIGTERM')).toBe(0);
  for (const pid of workers) expect(() => readFileSync(`/proc/${pid}/stat`)).toThrow();
  await sys.gateway.start();
  await until('two gateway workers again', () => children(sys.gateway.pid()).length === 2);
  expect((await plan()).agencies).toContain('FK');
});

test('WORKERS that is not a whole number from 1 to 64 stops the service at start with a clear message', () => {
  for (const bad of ['0', 'two']) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, '..', 'gateway', 'src', 'main.ts')],
      {
        env: { ...process.env, WORKERS: bad, PORT: '0', LOG_LEVEL: 'info' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status).toBe(1);
    const messages = (run.stdout + run.stderr)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toContain(`invalid configuration: WORKERS must be a whole number from 1 to 64; got "${bad}".`);
  }
});
