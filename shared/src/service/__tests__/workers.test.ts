import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { workerCountFrom } from '../workers';

describe('WORKERS', () => {
  test('is one process unless set', () => {
    expect(workerCountFrom({})).toBe(1);
    expect(workerCountFrom({ WORKERS: '' })).toBe(1);
    expect(workerCountFrom({ WORKERS: '2' })).toBe(2);
    expect(workerCountFrom({ WORKERS: '64' })).toBe(64);
  });

  test.each(['0', '-1', '65', 'two', '1.5', ' 2'])('refuses %j', (raw) => {
    expect(() => workerCountFrom({ WORKERS: raw })).toThrow(
      `WORKERS must be a whole number from 1 to 64; got "${raw}".`,
    );
  });
});

test('workers that keep dying at start are not restarted for ever: the primary gives up and exits 1', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'fixtures', 'crashing-workers.ts')],
    {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, LOG_LEVEL: 'info' },
    },
  );
  expect(run.status).toBe(1);
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg: string; code?: number });
  const deaths = lines.filter((l) => l.msg === 'a worker died');
  // Two started, each replaced on its death until the third death in a row within 10 s of its start.
  expect(deaths).toHaveLength(3);
  expect(deaths.every((d) => d.code === 3)).toBe(true);
  expect(lines.some((l) => l.msg === 'stopping the workers')).toBe(true);
});

/** Starts the fixture, sends SIGTERM once both workers are forked, and gives its exit code and log lines. */
async function stopWhileStarting(workerStop: 'unready' | 'unclean'): Promise<{ code: number | null; msgs: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'stopping-workers.ts')], {
    env: { ...process.env, LOG_LEVEL: 'info', WORKER_STOP: workerStop },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Still starting: right after the primary forked them. Unclean: once both say their handler is in place.
  const ready = () =>
    workerStop === 'unready' ? out.includes('"workers started"') : out.split('"worker ready"').length - 1 === 2;
  const deadline = Date.now() + 20_000;
  while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGTERM');
  const code = await exited;
  const msgs = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => (JSON.parse(l) as { msg: string }).msg);
  return { code, msgs };
}

test('a SIGTERM while the workers are still starting stops them all, and the service exits 0', async () => {
  const { code, msgs } = await stopWhileStarting('unready');
  expect(msgs).toContain('stopping the workers');
  expect(code).toBe(0);
}, 30_000);

test('a worker that stops uncleanly on SIGTERM makes the service exit 1', async () => {
  const { code, msgs } = await stopWhileStarting('unclean');
  expect(msgs).toContain('stopping the workers');
  expect(code).toBe(1);
}, 30_000);
