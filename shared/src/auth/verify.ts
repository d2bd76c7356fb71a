/**
 * Token verification, done by every subgraph (and the gateway) for itself.
 *
 * `createVerifier` is called once at start-up: it loads the public keys
 * (a local JWKS file, or a remote JWKS URL that jose fetches and caches).
 * The function it returns does no I/O for a local key set: it parses the
 * `Authorization` header, verifies the ES256 signature and the registered
 * claims, checks the shape of the programme's own claims and builds the
 * Caller. Anything wrong becomes an AuthenticationError whose reason is for
 * server logs only; clients get a generic "unauthenticated" answer.
 *
 * A verified token's claims are kept per process (`TokenCache`, keyed by the
 * token's text, bounded, least recently used out first) until the token's
 * `exp`, and at most `tokenCacheMaxAgeSec`: the signature check, the
 * expensive part, is done once per token rather than once per request. A
 * token is never served from the cache at or past its `exp`; a refused
 * token is never kept. What the claims are used for (consents, the
 * register, the rules) is still read per request.
 */
import { readFileSync } from 'node:fs';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { AGENCIES, ROLES, type Caller, type Organisation, type Role } from '../caller';
import { TokenCache } from './token-cache';

export interface VerifierConfig {
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud` (the token must name it). */
  audience: string;
  /** JWKS endpoint of the identity provider. Exactly one of jwksUrl / jwksFile. */
  jwksUrl?: string;
  /** Local JWKS file (development: `<repo>/.keys/jwks.json`). */
  jwksFile?: string;
  /** Allowed clock skew for `exp`/`nbf`/`iat`, seconds. Default 5. */
  clockToleranceSec?: number;
  /** The longest a token may be valid, `exp` − `iat`, seconds. Default 12 hours. */
  maxLifetimeSec?: number;
  /** Verified tokens kept per process; 0 keeps none. Default {@link DEFAULT_TOKEN_CACHE_SIZE}. */
  tokenCacheSize?: number;
  /**
   * The longest a verified token is answered from the cache before its signature is checked again, seconds
   * (never past its `exp`). Default {@link DEFAULT_TOKEN_CACHE_MAX_AGE_SEC}: a key the identity provider
   * withdraws from a remote key set stops being honoured within that time.
   */
  tokenCacheMaxAgeSec?: number;
  /** The real clock, in milliseconds (tests pass one of their own). */
  now?: () => number;
}

/** Small: the identity provider's clock and ours agree within seconds, or something is wrong. */
export const DEFAULT_CLOCK_TOLERANCE_SEC = 5;
/** A working day with some margin; a sign-in lasts no longer. */
export const DEFAULT_MAX_LIFETIME_SEC = 12 * 3600;
/** More than the staff who call one process in a working day; a kept token is well under a kilobyte. */
export const DEFAULT_TOKEN_CACHE_SIZE = 5_000;
export const DEFAULT_TOKEN_CACHE_MAX_AGE_SEC = 10 * 60;

export interface RequestMeta {
  requestId: string;
  /** Stated purpose from the client; recorded, never grants access. */
  purpose?: string;
}

export type Verifier = (authorization: string | undefined, requestMeta: RequestMeta) => Promise<Caller>;

/** What a verified token says, whatever the request: the Caller without the request's own purpose and id. */
export type VerifiedClaims = Omit<Caller, 'purpose' | 'requestId'>;

/** A verifier with the tokens it keeps (for tests and benchmarks). */
export interface CachingVerifier extends Verifier {
  readonly tokenCache: TokenCache<VerifiedClaims>;
}

/** Purposes a caller may state; anything else is recorded as the default. */
export const PURPOSES = ['JOINT_PLANNING', 'FOLLOW_UP', 'AUDIT', 'PARTICIPANT_EXTRACT'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const DEFAULT_PURPOSE: Purpose = 'JOINT_PLANNING';

export const ORGANISATIONS: readonly Organisation[] = [...AGENCIES, 'FINSAM', 'PERSON'];

/** Claims every token must carry (presence; shapes are checked below). */
export const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'iat', 'exp', 'name', 'org', 'roles', 'teams'] as const;

export const TEAM_ID = /^T\d{2}$/;

/**
 * The request could not be authenticated. `reason` (also the message) is for
 * server logs only and must never be sent to the client.
 */
export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AuthenticationError';
  }
}

const MAX_HEADER_LENGTH = 8192;
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i;
const OFFICER_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const MAX_NAME_LENGTH = 200;
const MAX_LIST_LENGTH = 64;

export function createVerifier(cfg: VerifierConfig): CachingVerifier {
  if (!cfg.issuer) throw new Error('verifier: issuer is required');
  if (!cfg.audience) throw new Error('verifier: audience is required');
  const tolerance = cfg.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC;
  const maxLifetime = cfg.maxLifetimeSec ?? DEFAULT_MAX_LIFETIME_SEC;
  if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > 300)
    throw new Error('verifier: clockToleranceSec must be 0 to 300');
  if (!Number.isInteger(maxLifetime) || maxLifetime < 60)
    throw new Error('verifier: maxLifetimeSec must be at least 60');
  const maxAge = cfg.tokenCacheMaxAgeSec ?? DEFAULT_TOKEN_CACHE_MAX_AGE_SEC;
  if (!Number.isFinite(maxAge) || maxAge < 0) throw new Error('verifier: tokenCacheMaxAgeSec must be 0 or more');
  const tokenCache = new TokenCache<VerifiedClaims>(cfg.tokenCacheSize ?? DEFAULT_TOKEN_CACHE_SIZE);
  const now = cfg.now ?? Date.now;
  const getKey = loadKeys(cfg);
  const options = {
    algorithms: ['ES256'],
    issuer: cfg.issuer,
    audience: cfg.audience,
    clockTolerance: tolerance,
    requiredClaims: [...REQUIRED_CLAIMS],
  };

  const verify = async (authorization: string | undefined, requestMeta: RequestMeta): Promise<Caller> => {
    const token = bearerToken(authorization);
    // Tokens are signed on the identity provider's real clock, so they are checked on ours, never on the
    // services' clock (which REFERENCE_DAY moves in development and tests).
    const nowMs = now();
    const kept = tokenCache.get(token, nowMs);
    if (kept) return forRequest(kept, requestMeta);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, { ...options, currentDate: new Date(nowMs) }));
    } catch (err) {
      throw new AuthenticationError(`token rejected: ${explain(err)}`);
    }
    checkLifetime(payload, Math.floor(nowMs / 1000), tolerance, maxLifetime);
    const claims = toClaims(payload);
    // Kept until exp at the latest (checkLifetime saw it is a number), whatever the clock skew allows.
    tokenCache.set(token, claims, Math.min((payload.exp as number) * 1000, nowMs + maxAge * 1000), nowMs);
    return forRequest(claims, requestMeta);
  };
  return Object.assign(verify, { tokenCache });
}

/** A request's Caller from kept claims: its own lists, so that nothing one request does reaches the next. */
function forRequest(claims: VerifiedClaims, meta: RequestMeta): Caller {
  return {
    ...claims,
    roles: [...claims.roles],
    teams: [...claims.teams],
    purpose: normalisePurpose(meta.purpose),
    requestId: meta.requestId,
  };
}

/**
 * What jose leaves to us: a token issued in the future (beyond the skew) is
 * refused, and so is one valid for longer than the cap, counted from `iat`
 * (or `nbf`, if later) to `exp`.
 */
function checkLifetime(p: JWTPayload, now: number, tolerance: number, maxLifetime: number): void {
  const { iat, exp, nbf } = p;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new AuthenticationError('iat claim must be a number');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new AuthenticationError('exp claim must be a number');
  if (iat > now + tolerance) throw new AuthenticationError(`token issued in the future (iat ${iat - now} s ahead)`);
  const from = typeof nbf === 'number' && nbf > iat ? nbf : iat;
  if (exp - from > maxLifetime)
    throw new AuthenticationError(`token valid for ${exp - from} s, longer than ${maxLifetime} s`);
}

/** Build the key resolver once: local file read now, remote set cached by jose. */
function loadKeys(cfg: VerifierConfig): JWTVerifyGetKey {
  if (cfg.jwksFile && cfg.jwksUrl) throw new Error('verifier: set jwksFile or jwksUrl, not both');
  if (cfg.jwksUrl) return createRemoteJWKSet(new URL(cfg.jwksUrl));
  if (cfg.jwksFile) {
    const jwks = JSON.parse(readFileSync(cfg.jwksFile, 'utf8')) as JSONWebKeySet;
    if (!Array.isArray(jwks?.keys) || jwks.keys.length === 0) {
      throw new Error(`verifier: ${cfg.jwksFile} holds no keys`);
    }
    if (jwks.keys.some((k) => 'd' in k)) {
      throw new Error(`verifier: ${cfg.jwksFile} contains private key material`);
    }
    return createLocalJWKSet(jwks);
  }
  throw new Error('verifier: jwksFile or jwksUrl is required');
}

function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization === '') {
    throw new AuthenticationError('missing Authorization header');
  }
  if (authorization.length > MAX_HEADER_LENGTH) {
    throw new AuthenticationError('Authorization header too long');
  }
  const m = BEARER.exec(authorization.trim());
  if (!m?.[1]) throw new AuthenticationError('malformed Authorization header (expected "Bearer <jwt>")');
  return m[1];
}

function toClaims(p: JWTPayload): VerifiedClaims {
  const { sub, name, org, roles, teams } = p;
  if (typeof sub !== 'string' || !OFFICER_ID.test(sub)) throw new AuthenticationError('bad sub claim');
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    throw new AuthenticationError('bad name claim');
  }
  if (!isOrganisation(org)) throw new AuthenticationError(`unknown org ${JSON.stringify(org)}`);

  if (!isStringList(roles) || roles.length === 0)
    throw new AuthenticationError('roles claim must be a non-empty string array');
  for (const role of roles) {
    if (!isRole(role)) throw new AuthenticationError(`unknown role ${JSON.stringify(role)}`);
    const owner = ROLES[role];
    if (owner !== null && owner !== org) throw new AuthenticationError(`role ${role} does not belong to org ${org}`);
  }

  if (!isStringList(teams)) throw new AuthenticationError('teams claim must be a string array');
  for (const team of teams) {
    if (!TEAM_ID.test(team)) throw new AuthenticationError(`bad team id ${JSON.stringify(team)}`);
  }

  return {
    officerId: sub,
    name,
    organisation: org,
    roles: unique(roles as Role[]),
    teams: unique(teams),
  };
}

export function normalisePurpose(purpose: string | undefined): Purpose {
  return (PURPOSES as readonly string[]).includes(purpose ?? '') ? (purpose as Purpose) : DEFAULT_PURPOSE;
}

function isOrganisation(v: unknown): v is Organisation {
  return typeof v === 'string' && (ORGANISATIONS as readonly string[]).includes(v);
}

function isRole(v: string): v is Role {
  return Object.prototype.hasOwnProperty.call(ROLES, v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= MAX_LIST_LENGTH && v.every((x) => typeof x === 'string');
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function explain(err: unknown): string {
  if (err instanceof joseErrors.JOSEError) return `${err.code}: ${err.message}`;
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
