/**
 * The benchmark's services, each a process of its own, and what they cost:
 * CPU seconds (from /proc/<pid>/stat) and peak resident memory (VmHWM in
 * /proc/<pid>/status, reset per workload through /proc/<pid>/clear_refs
 * where the kernel allows it, and sampled as a fallback).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

export interface Service {
  name: string;
  pid: number;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until the service answers a GraphQL request (any answer counts), or fails after `timeoutMs`. */
async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}: ${stderr().slice(-2000)}`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(1000),
      });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`did not answer within ${timeoutMs} ms: ${stderr().slice(-2000)}`);
}

export interface SpawnOptions {
  name: string;
  /** Script to run: a TypeScript file (run with tsx) or a .mjs file. */
  entry: string;
  env: Record<string, string>;
  cwd?: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  port?: number;
}

/** Starts a service as a child process and waits until it answers on /graphql. */
export async function spawnService(opts: SpawnOptions): Promise<Service> {
  const port = opts.port ?? (await freePort());
  const loader = opts.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...loader, opts.entry], {
    cwd: opts.cwd ?? ROOT,
    // The benchmark measures throughput: the rate limits (docs/operations.md, "Rate limits") are off.
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_CALLER: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
      ...opts.env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitUntilAnswering(url, child, () => err, 60_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${opts.name} ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!child.pid) throw new Error(`${opts.name} has no pid`);
  const pid = child.pid;
  return {
    name: opts.name,
    pid,
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const hard = setTimeout(() => child.kill('SIGKILL'), 12_000);
        child.once('exit', () => {
          clearTimeout(hard);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

const TICKS_PER_SECOND = 100;

/** A process and every process it started, and theirs (a service run with WORKERS is a primary and its workers). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue; // Gone meanwhile.
    }
    for (const task of tasks) {
      try {
        const kids = readFileSync(`/proc/${out[i]}/task/${task}/children`, 'utf8').split(' ');
        for (const kid of kids) if (kid.trim() !== '') out.push(Number(kid));
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return out;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** CPU seconds of every PostgreSQL server process now running, by pid. */
function postgresCpu(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      out.set(pid, cpuSeconds(pid));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

export interface ProcessCost {
  name: string;
  /** CPU seconds used during the window. */
  cpuSeconds: number;
  /** Share of one core over the window. */
  cpuPercent: number;
  /** Peak resident memory during the window, MB. */
  peakMb: number;
}

/**
 * Measures the services over a window: call `start()` before the load and
 * `stop()` after. Peak memory is the kernel's high-water mark since the
 * window opened where it can be reset, else the highest sampled RSS (and the
 * lifetime high-water mark is then an upper bound).
 */
export function meter(services: Service[], opts: { postgres?: boolean } = { postgres: true }) {
  let begin = 0;
  let pg0 = new Map<number, number>();
  /** CPU seconds at the start of the window, per process of each service's tree. */
  const cpu0 = new Map<number, number>();
  const sampled = new Map<string, number>();
  const resettable = new Map<number, boolean>();
  let timer: NodeJS.Timeout | undefined;
  /** Sums a figure over a service's processes, skipping those gone meanwhile. */
  const overTree = (s: Service, figure: (pid: number) => number) =>
    processTree(s.pid).reduce((sum, pid) => {
      try {
        return sum + figure(pid);
      } catch {
        return sum;
      }
    }, 0);
  const sample = () => {
    for (const s of services) {
      sampled.set(
        s.name,
        Math.max(
          sampled.get(s.name) ?? 0,
          overTree(s, (pid) => statusKb(pid, 'VmRSS')),
        ),
      );
    }
  };
  return {
    start() {
      begin = performance.now();
      if (opts.postgres) pg0 = postgresCpu();
      for (const s of services) {
        for (const pid of processTree(s.pid)) {
          try {
            cpu0.set(pid, cpuSeconds(pid));
          } catch {
            continue;
          }
          let ok: boolean;
          try {
            writeFileSync(`/proc/${pid}/clear_refs`, '5');
            ok = true;
          } catch {
            ok = false;
          }
          resettable.set(pid, ok);
        }
        sampled.set(s.name, 0);
      }
      sample();
      timer = setInterval(sample, 250);
    },
    stop(): ProcessCost[] {
      if (timer) clearInterval(timer);
      sample();
      const seconds = (performance.now() - begin) / 1000;
      const costs: ProcessCost[] = services.map((s) => {
        // A worker started during the window counts from zero.
        const used = overTree(s, (pid) => cpuSeconds(pid) - (cpu0.get(pid) ?? 0));
        const allResettable = processTree(s.pid).every((pid) => resettable.get(pid) === true);
        // With several processes the high-water marks are summed: an upper bound of the service's peak.
        const peakKb = allResettable
          ? Math.max(
              overTree(s, (pid) => statusKb(pid, 'VmHWM')),
              sampled.get(s.name) ?? 0,
            )
          : (sampled.get(s.name) ?? 0);
        return { name: s.name, cpuSeconds: used, cpuPercent: (100 * used) / seconds, peakMb: peakKb / 1024 };
      });
      if (opts.postgres) {
        // The whole server, other databases' work included: processes present at both ends of the window.
        let used = 0;
        for (const [pid, end] of postgresCpu()) used += end - (pg0.get(pid) ?? end);
        costs.push({ name: 'postgres', cpuSeconds: used, cpuPercent: (100 * used) / seconds, peakMb: NaN });
      }
      return costs;
    },
  };
}
