import path from 'node:path';
import { AGENCY_PORTS, agencyKey, type Agency } from '../agencies';
import { DEFAULT_KEY_DIR, JWKS_FILE } from '../auth/keys';
import { wholeNumberSetting } from './env';
import { DEFAULT_CLOCK_TOLERANCE_SEC, DEFAULT_MAX_LIFETIME_SEC, type VerifierConfig } from '../auth/verify';

/** The issuer and audience tokens must name when TOKEN_ISSUER and TOKEN_AUDIENCE are not set. */
export const DEFAULT_ISSUER = 'malmokraften-dev-idp';
export const DEFAULT_AUDIENCE = 'malmokraften';

/** Default ports on a developer's machine: the gateway's, and each agency's from the registry. */
export const DEFAULT_PORTS: Readonly<Record<Agency | 'GATEWAY', number>> = { GATEWAY: 4000, ...AGENCY_PORTS };

/** The name of one agency's database among a system's: `<prefix>_<agency>` (`mk_af`, `mkt_123_ab12cd_region`). */
export function agencyDatabaseName(prefix: string, agency: Agency): string {
  return `${prefix}_${agencyKey(agency)}`;
}

/** Each agency's database (`mk_<agency>`) and the one role its subgraph connects as. */
export function agencyDatabase(agency: Agency) {
  const database = agencyDatabaseName('mk', agency);
  return { database, role: `${database}_app`, password: `${database}_dev` };
}

export interface SubgraphConfig {
  agency: Agency;
  port: number;
  /** The subgraph's own connection: its role, its database. */
  databaseUrl: string;
  /** Used only to run migrations (owner rights); optional in production. */
  migrationDatabaseUrl: string | null;
  token: VerifierConfig;
  production: boolean;
  poolSize: number;
}

class ConfigError extends Error {}

/**
 * Token settings: a JWKS URL in production, the local development key file
 * otherwise; the clock skew allowed (TOKEN_CLOCK_SKEW_SECONDS, 0–300,
 * default 5) and the longest lifetime accepted (TOKEN_MAX_LIFETIME_SECONDS,
 * 60–86400, default 43200, 12 hours).
 */
export function tokenConfig(env: NodeJS.ProcessEnv = process.env): VerifierConfig {
  const jwksUrl = env.TOKEN_JWKS_URL || undefined;
  const base = {
    issuer: env.TOKEN_ISSUER || DEFAULT_ISSUER,
    audience: env.TOKEN_AUDIENCE || DEFAULT_AUDIENCE,
    clockToleranceSec: wholeNumberSetting(env, 'TOKEN_CLOCK_SKEW_SECONDS', DEFAULT_CLOCK_TOLERANCE_SEC, 0, 300),
    maxLifetimeSec: wholeNumberSetting(env, 'TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_MAX_LIFETIME_SEC, 60, 86400),
  };
  if (jwksUrl) return { ...base, jwksUrl };
  return { ...base, jwksFile: env.TOKEN_JWKS_FILE || path.join(DEFAULT_KEY_DIR, JWKS_FILE) };
}

/** Reads a subgraph's settings once, at start-up, and fails fast on nonsense. */
export function subgraphConfig(agency: Agency, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const production = env.NODE_ENV === 'production';
  const db = agencyDatabase(agency);
  const databaseUrl = env.DATABASE_URL || `postgres://${db.role}:${db.password}@127.0.0.1:5432/${db.database}`;
  if (production && !env.DATABASE_URL) throw new ConfigError('DATABASE_URL is required in production.');
  if (production && !env.TOKEN_JWKS_URL && !env.TOKEN_JWKS_FILE)
    throw new ConfigError('TOKEN_JWKS_URL or TOKEN_JWKS_FILE is required in production.');
  return {
    agency,
    port: wholeNumberSetting(env, 'PORT', DEFAULT_PORTS[agency], 0, 65535),
    databaseUrl,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || null,
    token: tokenConfig(env),
    production,
    poolSize: wholeNumberSetting(env, 'DB_POOL_SIZE', 10, 1, 200),
  };
}
