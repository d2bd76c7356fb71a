import type { Server } from 'node:http';
import {
  connectionSettingsFrom,
  gatewaySecretFrom,
  listen,
  rateLimitSettingsFrom,
  shutdown,
} from '../request/graphql-http';
import { createLogger, type Logger } from './logger';
import { createVerifier } from '../auth/verify';
import { subgraphConfig } from './config';
import { runMigrations } from '../db/data-source';
import { referenceDayFromEnvironment, today } from '../clock';
import type { AgencyModule, AgencySettings } from '../agency/module';
import { startTracing, stopTracing } from './tracing';
import { isPrimaryProcess, superviseWorkers, workerCountFrom } from './workers';
import { wholeNumberSetting } from './env';
import { startPublisher } from '../report/publisher';

/**
 * Stops on SIGTERM or SIGINT: no new connections, every answer from then on
 * says `Connection: close`, idle keep-alive connections are closed at once,
 * the requests in flight finish; then `cleanup` and the last spans are
 * exported, and the process exits 0. If that takes longer than
 * `timeoutMs` (SHUTDOWN_TIMEOUT_MS, default 10 s) it exits 1.
 */
export function stopOnSignals(log: Logger, http: Server, cleanup: () => Promise<void>, timeoutMs = 10_000): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error({ afterMs: Date.now() - started }, 'shutdown took too long; exiting');
      process.exit(1);
    }, timeoutMs).unref();
    try {
      const drained = await shutdown(http, Math.max(0, timeoutMs - 1000));
      if (!drained) log.warn('requests still in flight at the shutdown limit were cut');
      await cleanup();
      await stopTracing();
      log.info({ ms: Date.now() - started }, 'stopped');
      process.exit(drained ? 0 : 1);
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function settingsFrom(env: NodeJS.ProcessEnv): AgencySettings {
  return { defaultTeamCapacity: wholeNumberSetting(env, 'DEFAULT_TEAM_CAPACITY', 100, 1, 10_000) };
}

/**
 * One agency's subgraph as a process of its own (a container in
 * docker-compose.yml): settings from the environment, read once; migrations
 * when MIGRATION_DATABASE_URL is set. It seeds nothing: the demo data is the
 * development tooling's (dev/src/seed-agency.ts, a step before the service).
 */
export function runSubgraphProcess(mod: AgencyModule): void {
  const log = createLogger(mod.agency.toLowerCase());
  const start = async () => {
    let config;
    let settings;
    let http;
    let workers;
    try {
      config = subgraphConfig(mod.agency);
      workers = workerCountFrom(process.env);
      settings = settingsFrom(process.env);
      http = {
        connections: connectionSettingsFrom(process.env),
        rateLimits: rateLimitSettingsFrom(process.env, 'subgraph'),
        gatewaySecret: gatewaySecretFrom(process.env),
      };
      const referenceDay = referenceDayFromEnvironment(process.env);
      if (referenceDay !== null)
        log.warn(
          { referenceDay, today: today() },
          "REFERENCE_DAY moves this service's clock: it takes that day as today",
        );
      // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
      startTracing(mod.agency.toLowerCase());
    } catch (err) {
      log.fatal(`invalid configuration: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
    // With WORKERS > 1 the primary migrates once, then starts the workers, which serve.
    const primary = isPrimaryProcess();
    if (primary && config.migrationDatabaseUrl) {
      const applied = await runMigrations({
        url: config.migrationDatabaseUrl,
        entities: [],
        migrations: mod.migrations,
        log,
      });
      log.info({ applied }, 'migrations done');
    }
    const ds = mod.dataSource(config.databaseUrl, log, config.poolSize);
    await ds.initialize();
    if (primary && workers > 1) {
      await ds.destroy();
      superviseWorkers(log, workers, http.connections.shutdownTimeoutMs);
      return;
    }
    const service = mod.build({
      dataSource: ds,
      verify: createVerifier(config.token),
      log,
      production: config.production,
      settings,
      ...http,
    });
    const { url } = await listen(service.http, config.port, process.env.HOST ?? '0.0.0.0');
    log.info(
      {
        url,
        connections: http.connections,
        rateLimits: http.rateLimits,
        gatewayAuthenticated: http.gatewaySecret !== null,
      },
      `${mod.name} subgraph listening`,
    );
    // Closed periods are published when they fall due, not by the first analyst to ask (report/publisher.ts).
    const publisher = mod.figures ? startPublisher({ ds, figures: mod.figures, today, log }) : null;
    stopOnSignals(
      log,
      service.http,
      async () => {
        publisher?.stop();
        await service.apollo.stop();
        // A round cut short stores nothing: each publication is one transaction.
        await ds.destroy();
      },
      http.connections.shutdownTimeoutMs,
    );
  };
  start().catch((err: unknown) => {
    log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'could not start');
    process.exit(1);
  });
}
