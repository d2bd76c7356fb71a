import { isIP } from 'node:net';
import type { Rate, RateLimitSettings } from './rate-limit';
import { wholeNumberSetting } from '../service/env';

/**
 * How a service treats connections (the gateway and every subgraph alike).
 * Every figure is in milliseconds or a count; see `.env.example`.
 */
export interface ConnectionSettings {
  /** Time a client has to send a request's headers, from the moment it connects or its last answer (HTTP_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, body included (HTTP_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Connections open at once; further ones are closed as they arrive (HTTP_MAX_CONNECTIONS). */
  maxConnections: number;
  /** Connections open at once from one client address; 0 for no such limit (HTTP_MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
  /** On SIGTERM, how long the requests in flight may take before the process gives up and exits 1 (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
}

export const DEFAULT_CONNECTION_SETTINGS: Readonly<ConnectionSettings> = Object.freeze({
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  // Above the gateway's pool to each subgraph (SUBGRAPH_MAX_CONNECTIONS, default 64).
  maxConnectionsPerAddress: 128,
  shutdownTimeoutMs: 10_000,
});

/** The rate limits a service starts with when the environment says nothing (docs/operations.md, "Rate limits"). */
export const DEFAULT_RATE_LIMITS: Readonly<Record<'gateway' | 'subgraph', RateLimitSettings>> = Object.freeze({
  // A person at the web app sends a few requests a second at most.
  gateway: { perCaller: { perSecond: 10, burst: 30 }, perAddress: { perSecond: 50, burst: 100 }, trustedProxies: [] },
  // Each request to the gateway becomes one or a few requests to each subgraph, with the caller's own token;
  // the gateway itself is not limited by address when it proves itself with GATEWAY_SECRET.
  subgraph: { perCaller: { perSecond: 40, burst: 80 }, perAddress: { perSecond: 50, burst: 100 }, trustedProxies: [] },
});

class SettingsError extends Error {}

/** Reads the connection settings from the environment, with the defaults above; throws on nonsense. */
export function connectionSettingsFrom(env: NodeJS.ProcessEnv): ConnectionSettings {
  const d = DEFAULT_CONNECTION_SETTINGS;
  const settings = {
    headersTimeoutMs: wholeNumberSetting(env, 'HTTP_HEADERS_TIMEOUT_MS', d.headersTimeoutMs, 500, 120_000),
    requestTimeoutMs: wholeNumberSetting(env, 'HTTP_REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 500, 600_000),
    keepAliveTimeoutMs: wholeNumberSetting(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs, 100, 120_000),
    maxConnections: wholeNumberSetting(env, 'HTTP_MAX_CONNECTIONS', d.maxConnections, 1, 100_000),
    maxConnectionsPerAddress: wholeNumberSetting(
      env,
      'HTTP_MAX_CONNECTIONS_PER_ADDRESS',
      d.maxConnectionsPerAddress,
      0,
      100_000,
    ),
    shutdownTimeoutMs: wholeNumberSetting(env, 'SHUTDOWN_TIMEOUT_MS', d.shutdownTimeoutMs, 1_000, 600_000),
  };
  if (settings.headersTimeoutMs > settings.requestTimeoutMs) {
    throw new SettingsError(
      `HTTP_HEADERS_TIMEOUT_MS (${settings.headersTimeoutMs}) cannot be longer than HTTP_REQUEST_TIMEOUT_MS (${settings.requestTimeoutMs}).`,
    );
  }
  return settings;
}

/** A rate from two variables, `<NAME>` per second and `<NAME>_BURST`; 0 per second turns it off. */
function rate(env: NodeJS.ProcessEnv, name: string, fallback: Rate | null): Rate | null {
  const perSecond = wholeNumberSetting(env, name, fallback?.perSecond ?? 0, 0, 1_000_000);
  if (perSecond === 0) {
    if (env[`${name}_BURST`]) throw new SettingsError(`${name}_BURST is set but ${name} is 0 (off).`);
    return null;
  }
  const burst = wholeNumberSetting(
    env,
    `${name}_BURST`,
    fallback && fallback.perSecond === perSecond ? fallback.burst : perSecond * 2,
    1,
    1_000_000,
  );
  if (burst < perSecond) throw new SettingsError(`${name}_BURST (${burst}) must be at least ${name} (${perSecond}).`);
  return { perSecond, burst };
}

/**
 * Reads the rate limits from the environment: RATE_LIMIT_PER_CALLER and
 * RATE_LIMIT_PER_ADDRESS (requests per second; 0 turns a limit off), each
 * with its _BURST, and RATE_LIMIT_TRUSTED_PROXIES (comma-separated
 * addresses). Defaults by kind of service; throws on nonsense.
 */
export function rateLimitSettingsFrom(env: NodeJS.ProcessEnv, kind: 'gateway' | 'subgraph'): RateLimitSettings {
  const d = DEFAULT_RATE_LIMITS[kind];
  const proxies = (env.RATE_LIMIT_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of proxies)
    if (isIP(p) === 0) throw new SettingsError(`RATE_LIMIT_TRUSTED_PROXIES must list IP addresses; "${p}" is not one.`);
  return {
    perCaller: rate(env, 'RATE_LIMIT_PER_CALLER', d.perCaller),
    perAddress: rate(env, 'RATE_LIMIT_PER_ADDRESS', d.perAddress),
    trustedProxies: proxies,
  };
}

/**
 * The secret the gateway proves itself with to the subgraphs (GATEWAY_SECRET,
 * the same on the gateway and every subgraph): at least 32 characters, or
 * unset (then the gateway is limited by address like any client).
 */
export function gatewaySecretFrom(env: NodeJS.ProcessEnv): string | null {
  const secret = env.GATEWAY_SECRET;
  if (secret === undefined || secret === '') return null;
  if (secret.length < 32 || !/^[\x21-\x7e]+$/.test(secret))
    throw new SettingsError('GATEWAY_SECRET must be at least 32 printable characters without spaces.');
  return secret;
}
