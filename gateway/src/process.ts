/**
 * The gateway as a process of its own (gateway/src/main.ts, one container in
 * docker-compose.yml): serves the composed supergraph and calls the four
 * subgraphs over HTTP. Settings come from the environment; .env.example
 * lists them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AGENCIES,
  connectionSettingsFrom,
  createLogger,
  createVerifier,
  DEFAULT_PORTS,
  ensureDevKeys,
  gatewaySecretFrom,
  isPrimaryProcess,
  listen,
  rateLimitSettingsFrom,
  type Logger,
  type RouteHandler,
  startTracing,
  stopOnSignals,
  superviseWorkers,
  tokenConfig,
  type Verifier,
  wholeNumberSetting,
  workerCountFrom,
} from '@malmokraften/shared';
import { buildGateway } from './server';
import { DEFAULT_RESILIENCE, type SubgraphResilience } from './data-source';
import { loadSafelist, type Safelist } from './safelist';

const log = createLogger('gateway');
const root = path.resolve(__dirname, '..', '..');

/** Timeout, retries, circuit breaker and connection pool per subgraph (docs/operations.md, "When an agency is down"). */
function resilienceFrom(env: NodeJS.ProcessEnv): SubgraphResilience {
  const d = DEFAULT_RESILIENCE;
  return {
    timeoutMs: wholeNumberSetting(env, 'SUBGRAPH_TIMEOUT_MS', d.timeoutMs, 100, 120_000),
    retries: wholeNumberSetting(env, 'SUBGRAPH_RETRIES', d.retries, 0, 3),
    retryBackoffMs: wholeNumberSetting(env, 'SUBGRAPH_RETRY_BACKOFF_MS', d.retryBackoffMs, 0, 10_000),
    breakerFailures: wholeNumberSetting(env, 'BREAKER_FAILURES', d.breakerFailures, 1, 1000),
    breakerCooldownMs: wholeNumberSetting(env, 'BREAKER_COOLDOWN_MS', d.breakerCooldownMs, 0, 600_000),
    maxConnections: wholeNumberSetting(env, 'SUBGRAPH_MAX_CONNECTIONS', d.maxConnections, 1, 10_000),
    // The subgraphs' own limit; not a setting: the two must agree.
    maxRepresentations: d.maxRepresentations,
  };
}

function readConfig() {
  try {
    const env = process.env;
    // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
    startTracing('gateway', env);
    const port = wholeNumberSetting(env, 'PORT', DEFAULT_PORTS.GATEWAY, 0, 65535);
    const subgraphUrls: Record<string, string> = {};
    for (const agency of AGENCIES) {
      const url = env[`${agency}_URL`] || `http://127.0.0.1:${DEFAULT_PORTS[agency]}/graphql`;
      if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        throw new Error(`${agency}_URL must be an http(s) URL; got "${url}".`);
      subgraphUrls[agency.toLowerCase()] = url;
    }
    // A relative SUPERGRAPH_FILE is taken from the repository root.
    const supergraphFile = path.resolve(root, env.SUPERGRAPH_FILE || 'gateway/supergraph.graphql');
    if (!existsSync(supergraphFile))
      throw new Error(`no supergraph at ${supergraphFile}; set SUPERGRAPH_FILE or run \`npm run compose\`.`);
    const production = env.NODE_ENV === 'production';
    // The safelist applies in production only; development keeps every operation open for exploring.
    let safelist: Safelist | undefined;
    if (env.SAFELIST_FILE && production) safelist = loadSafelist(path.resolve(root, env.SAFELIST_FILE));
    else if (env.SAFELIST_FILE) log.warn('SAFELIST_FILE is ignored outside production (NODE_ENV=production)');
    // The built web app, served at / (the image builds it and sets WEB_DIR=web/dist); unset, the gateway serves the API only.
    const webDir = env.WEB_DIR ? path.resolve(root, env.WEB_DIR) : undefined;
    if (webDir && !existsSync(path.join(webDir, 'index.html')))
      throw new Error(`WEB_DIR ${webDir} holds no index.html; build the web app with \`npm run web:build\`.`);
    return {
      port,
      workers: workerCountFrom(env),
      subgraphUrls,
      supergraphSdl: readFileSync(supergraphFile, 'utf8'),
      production,
      resilience: resilienceFrom(env),
      safelist,
      webDir,
      connections: connectionSettingsFrom(env),
      rateLimits: rateLimitSettingsFrom(env, 'gateway'),
      gatewaySecret: gatewaySecretFrom(env),
    };
  } catch (err) {
    log.fatal(`invalid configuration: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

/**
 * The gateway verifies tokens only to count requests per caller (the
 * subgraphs decide access): with the identity provider's keys when set
 * (TOKEN_JWKS_URL or TOKEN_JWKS_FILE, as for the subgraphs), in development
 * with the local key. Without keys it counts per token instead.
 */
async function callerVerifier(production: boolean): Promise<Verifier | null> {
  const env = process.env;
  try {
    if (!production && !env.TOKEN_JWKS_URL && !env.TOKEN_JWKS_FILE) await ensureDevKeys();
    if (production && !env.TOKEN_JWKS_URL && !env.TOKEN_JWKS_FILE)
      throw new Error('neither TOKEN_JWKS_URL nor TOKEN_JWKS_FILE is set');
    return createVerifier(tokenConfig(env));
  } catch (err) {
    log.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'no token keys: the rate limit per caller counts per token',
    );
    return null;
  }
}

export interface GatewayProcessOptions {
  /**
   * Routes a development gateway serves besides GraphQL (demo sign-in, given
   * by the development tooling's dev/src/gateway.ts); never mounted in
   * production. gateway/src/main.ts gives none.
   */
  devRoutes?: (log: Logger) => Record<string, RouteHandler>;
}

async function main(opts: GatewayProcessOptions): Promise<void> {
  const config = readConfig();
  // With WORKERS > 1 this process only starts the workers (after making the development keys once), and they serve.
  if (isPrimaryProcess() && config.workers > 1) {
    if (!config.production && !process.env.TOKEN_JWKS_URL && !process.env.TOKEN_JWKS_FILE) await ensureDevKeys();
    superviseWorkers(log, config.workers, config.connections.shutdownTimeoutMs);
    return;
  }
  const verify = config.rateLimits.perCaller ? await callerVerifier(config.production) : null;
  const gateway = await buildGateway({
    supergraphSdl: config.supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    log,
    production: config.production,
    resilience: config.resilience,
    ...(config.safelist ? { safelist: config.safelist } : {}),
    ...(config.webDir ? { webDir: config.webDir } : {}),
    connections: config.connections,
    rateLimits: config.rateLimits,
    ...(verify ? { verifyCaller: verify } : {}),
    gatewaySecret: config.gatewaySecret,
    ...(opts.devRoutes && !config.production ? { devRoutes: opts.devRoutes(log) } : {}),
  });
  const { url } = await listen(gateway.http, config.port, process.env.HOST ?? '0.0.0.0');
  log.info(
    {
      url,
      subgraphs: config.subgraphUrls,
      resilience: config.resilience,
      safelistedOperations: config.safelist?.size ?? null,
      webDir: config.webDir ?? null,
      connections: config.connections,
      rateLimits: config.rateLimits,
      callersVerified: verify !== null,
      gatewayAuthenticated: config.gatewaySecret !== null,
    },
    'gateway listening',
  );

  stopOnSignals(log, gateway.http, () => gateway.apollo.stop(), config.connections.shutdownTimeoutMs);
}

/** Starts the gateway process: settings from the environment, then serves until SIGTERM or SIGINT. */
export function runGatewayProcess(opts: GatewayProcessOptions = {}): void {
  main(opts).catch((err: unknown) => {
    log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'could not start');
    process.exit(1);
  });
}
