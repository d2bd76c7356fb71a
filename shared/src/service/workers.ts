import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger';
import { wholeNumberSetting } from './env';

/** The most worker processes one service may run. */
const MAX_WORKERS = 64;
/** A worker that dies sooner than this after its start counts toward a crash loop. */
const EARLY_DEATH_MS = 10_000;
/** Early deaths in a row after which the primary gives up (and exits 1, so the orchestrator sees it). */
const EARLY_DEATHS_TO_GIVE_UP = 3;

/** WORKERS: how many processes serve the service's one port (1–64, default 1: the service is that one process). */
export function workerCountFrom(env: NodeJS.ProcessEnv): number {
  return wholeNumberSetting(env, 'WORKERS', 1, 1, MAX_WORKERS);
}

/** Whether this process is the one that starts the workers (or the only process), rather than a worker. */
export function isPrimaryProcess(): boolean {
  return cluster.isPrimary;
}

/**
 * Runs `count` copies of this same program as workers that share its port:
 * the primary accepts the connections and hands them to the workers in
 * turn, and serves nothing itself. Whatever must happen once per service
 * (migrations, demo data, checking the settings) is done by the caller
 * before this; the workers skip it (`isPrimaryProcess()` is false there).
 *
 * A worker that dies is replaced; if workers die within 10 s of their start
 * three times in a row the primary stops them all and exits 1, as a crash
 * loop must be seen by whatever restarts the service. On SIGTERM or SIGINT
 * the primary passes SIGTERM on, waits for every worker to finish its own
 * orderly stop (each drains its requests within `shutdownTimeoutMs`), and
 * exits 0 if all of them stopped cleanly, else 1.
 */
export function superviseWorkers(log: Logger, count: number, shutdownTimeoutMs: number): void {
  let stopping = false;
  let failed = false;
  let earlyDeaths = 0;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork(), Date.now());

  const exitWhenAllGone = () => {
    if (Object.keys(cluster.workers ?? {}).length > 0) return;
    log.info({ clean: !failed }, 'all workers stopped');
    process.exit(failed ? 1 : 0);
  };
  const stopAll = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping the workers');
    setTimeout(() => {
      log.error('workers still running at the shutdown limit; killing them');
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownTimeoutMs + 2_000).unref();
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    exitWhenAllGone();
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      // Ended by the SIGTERM passed on, before its own handler was in place: it was still starting and had nothing
      // to drain. Any other end but exit 0 is an unclean stop.
      const stoppedWhileStarting = code === null && signal === 'SIGTERM';
      if (code !== 0 && !stoppedWhileStarting) failed = true;
      exitWhenAllGone();
      return;
    }
    earlyDeaths = lived < EARLY_DEATH_MS ? earlyDeaths + 1 : 0;
    log.error({ pid: worker.process.pid, code, signal, livedMs: lived }, 'a worker died');
    if (earlyDeaths >= EARLY_DEATHS_TO_GIVE_UP) {
      failed = true;
      stopAll(`${earlyDeaths} workers died within ${EARLY_DEATH_MS / 1000} s of their start`);
      return;
    }
    fork();
  });
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));

  for (let i = 0; i < count; i++) fork();
  log.info({ workers: count, pid: process.pid }, 'workers started');
}
