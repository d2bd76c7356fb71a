import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { LocalSubgraphDataSource } from './local-data-source';
import { AgencyDataSource, callerHeaders, type GatewayContext, type SubgraphResilience } from './data-source';
import {
  createGraphQLHttpServer,
  hardenedServerOptions,
  IDEMPOTENCY_HEADER,
  parseIdempotencyKey,
  queryLimitsServerOptions,
  requiredSelections,
  type ConnectionSettings,
  type Logger,
  type QueryLimits,
  type RateLimitSettings,
  type RouteHandler,
  type Verifier,
} from '@malmokraften/shared';
import { LOCAL_SUBGRAPHS } from './plan';
import { safelistCache, safelistPlugin, type Safelist } from './safelist';
import { reportCsvRoute, reportWorkbookRoute } from './report-csv';
import { staticSite } from './web';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs in the supergraph file. */
  subgraphUrls: Record<string, string>;
  log: Logger;
  production?: boolean;
  /** How long one subgraph request may take before its part is given up (also `resilience.timeoutMs`). */
  subgraphTimeoutMs?: number;
  /** Timeout, retries for reads, circuit breaker and connection pool per subgraph; defaults in `DEFAULT_RESILIENCE`. */
  resilience?: Partial<SubgraphResilience>;
  /** Depth, alias, cost and token limits; defaults in `DEFAULT_QUERY_LIMITS` (the subgraphs apply the same). */
  limits?: Partial<QueryLimits>;
  /** The built web app (`web/dist`), served at `/`; none when not given. */
  webDir?: string;
  /**
   * When given, only these operations run (by identical document or by hash
   * as a persisted query); others are refused with OPERATION_NOT_ALLOWED.
   * `main.ts` loads it from SAFELIST_FILE in production.
   */
  safelist?: Safelist;
  /**
   * Routes only a development gateway serves, such as demo sign-in (the
   * development tooling's `devSignInRoutes`, dev/src/sign-in.ts); never
   * mounted with `production`.
   */
  devRoutes?: Record<string, RouteHandler>;
  /** Timeouts and connection caps; defaults in `DEFAULT_CONNECTION_SETTINGS`. */
  connections?: Partial<ConnectionSettings>;
  /** Requests per caller and per client address; none when not given. */
  rateLimits?: RateLimitSettings;
  /**
   * Verifies a token for the rate limit per caller, which then counts per
   * subject; without it, per token. It decides nothing else: the subgraphs
   * verify the token they are sent and decide access.
   */
  verifyCaller?: Verifier;
  /** Sent to every subgraph (GATEWAY_SECRET), which then does not limit the gateway by address. */
  gatewaySecret?: string | null;
}

/**
 * Who a request counts against for the rate limit per caller: the verified
 * subject; a token that does not verify here (or with no keys to verify
 * with) counts as a caller of its own, so that a token made up in someone
 * else's name does not use up that person's allowance. Null without a token.
 */
function callerKey(verify: Verifier | undefined) {
  return async (req: IncomingMessage, requestId: string): Promise<string | null> => {
    const authorization = req.headers.authorization;
    if (!authorization) return null;
    const byToken = `token:${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`;
    if (!verify) return byToken;
    try {
      return `sub:${(await verify(authorization, { requestId })).officerId}`;
    } catch {
      return byToken;
    }
  };
}

export async function buildGateway(opts: GatewayOptions) {
  const localSchemas = new Map(Object.entries(LOCAL_SUBGRAPHS).map(([name, local]) => [name, local.build()]));
  const sources: AgencyDataSource[] = [];
  const resilience = { ...(opts.subgraphTimeoutMs ? { timeoutMs: opts.subgraphTimeoutMs } : {}), ...opts.resilience };
  // @apollo/gateway otherwise sends usage metrics (uptime, CPU, memory) to Apollo's servers every hour.
  // Nothing leaves this system unless configured: tracing has its own switch (OTEL_EXPORTER_OTLP_ENDPOINT).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      // The directory and the plan run in this process unless a URL is given for them (the benchmark's and the portability check's runs beside another gateway).
      const local = localSchemas.get(name);
      if (local && !opts.subgraphUrls[name]) return new LocalSubgraphDataSource(local);
      const source = new AgencyDataSource(
        name,
        opts.subgraphUrls[name] ?? url ?? '',
        resilience,
        opts.log,
        opts.gatewaySecret,
      );
      sources.push(source);
      return source;
    },
  });
  // A field that requires other fields (the joint plan) is measured with them: they are fetched for it.
  const limits = queryLimitsServerOptions<GatewayContext>(
    opts.limits,
    requiredSelections(opts.supergraphSdl),
    opts.log,
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...hardenedServerOptions({ production: opts.production ?? false, log: opts.log, limits }),
    ...(opts.safelist ? { persistedQueries: { cache: safelistCache(opts.safelist) } } : {}),
    plugins: [
      limits.plugin,
      ...(opts.safelist ? [safelistPlugin<GatewayContext>(opts.safelist)] : []),
      // The pooled connections to the subgraphs close with the server.
      {
        serverWillStart: async () => ({
          serverWillStop: async () => void (await Promise.all(sources.map((s) => s.close()))),
        }),
      },
    ],
  });
  await apollo.start();
  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    log: opts.log,
    acceptRequestId: false,
    ready: async () => true,
    ...(opts.connections ? { connections: opts.connections } : {}),
    ...(opts.rateLimits ? { rateLimits: opts.rateLimits, callerOf: callerKey(opts.verifyCaller) } : {}),
    routes: {
      '/report.csv': reportCsvRoute(apollo, opts.log),
      '/report.xlsx': reportWorkbookRoute(apollo, opts.log),
      ...(opts.production ? {} : (opts.devRoutes ?? {})),
    },
    ...(opts.webDir ? { fallback: staticSite(opts.webDir) } : {}),
    context: async (req: IncomingMessage, requestId: string) => {
      const idempotencyKey = parseIdempotencyKey(req.headers[IDEMPOTENCY_HEADER]);
      return { requestId, ...(idempotencyKey ? { idempotencyKey } : {}), ...callerHeaders(req) };
    },
  });
  return { http, apollo, gateway, sources };
}
