import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDevKeys } from '../keys';
import { personaClaims, signToken } from '@malmokraften/dev';
import { TokenCache } from '../token-cache';
import { AuthenticationError, createVerifier } from '../verify';

/**
 * Verified tokens kept per process: bounded, least recently used out first,
 * never served past the token's exp, refusals never kept. The verifier's
 * clock is given to it here, so that a token's end can be passed without
 * waiting; tokens are signed against the real clock as in production.
 */
const ISSUER = 'malmokraften-dev-idp';
const AUDIENCE = 'malmokraften';

let keyDir: string;
let jwksFile: string;

beforeAll(async () => {
  keyDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mk-token-cache-'));
  ({ jwksFile } = await ensureDevKeys(keyDir));
});

afterAll(async () => {
  await fs.rm(keyDir, { recursive: true, force: true });
});

const bearer = (token: string) => `Bearer ${token}`;
const nowSec = () => Math.floor(Date.now() / 1000);
/** A token of the persona, issued at `iat`, expiring at `exp` (seconds). */
const token = (persona: string, iat: number, exp: number) =>
  signToken(personaClaims(persona), { keyDir, issuedAt: iat, expiresIn: exp });

describe('TokenCache', () => {
  it('holds at most its bound, putting out the least recently used first', () => {
    const cache = new TokenCache<string>(3);
    for (const t of ['a', 'b', 'c']) cache.set(t, t.toUpperCase(), 10_000, 0);
    expect(cache.get('a', 1)).toBe('A'); // a is now the most recently used
    cache.set('d', 'D', 10_000, 1);
    expect(cache.size).toBe(3);
    expect(cache.has('b')).toBe(false);
    expect(['a', 'c', 'd'].map((t) => cache.get(t, 2))).toEqual(['A', 'C', 'D']);
    for (let i = 0; i < 100; i++) cache.set(`t${i}`, 'x', 10_000, 3);
    expect(cache.size).toBe(3);
    expect(cache.stats.evictions).toBe(101);
  });

  it('serves an entry until its expiry and not from then on', () => {
    const cache = new TokenCache<string>(10);
    cache.set('a', 'A', 5_000, 0);
    expect(cache.get('a', 4_999)).toBe('A');
    expect(cache.get('a', 5_000)).toBeUndefined();
    expect(cache.has('a')).toBe(false);
    cache.set('b', 'B', 5_000, 5_000); // already over
    expect(cache.has('b')).toBe(false);
    expect(cache.stats).toEqual({ hits: 1, misses: 1, evictions: 0 });
  });

  it('keeps nothing with a bound of 0, and refuses a nonsensical bound', () => {
    const cache = new TokenCache<string>(0);
    cache.set('a', 'A', 5_000, 0);
    expect(cache.size).toBe(0);
    expect(() => new TokenCache(-1)).toThrow(/maxEntries/);
    expect(() => new TokenCache(1.5)).toThrow(/maxEntries/);
  });
});

describe('the verifier keeps verified tokens', () => {
  it('checks a token once, and answers each request with its own purpose and request id', async () => {
    const verify = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile });
    const t = bearer(await token('af-t01', nowSec(), nowSec() + 3600));
    const first = await verify(t, { requestId: 'r1', purpose: 'FOLLOW_UP' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 0, misses: 1 });
    first.roles.push('AUDITOR');
    first.teams.length = 0;
    const second = await verify(t, { requestId: 'r2' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 1, misses: 1 });
    // What one request does to its caller is not the next request's caller.
    expect(second).toEqual({
      ...first,
      roles: ['ARBETSFORMEDLARE'],
      teams: ['T01'],
      purpose: 'JOINT_PLANNING',
      requestId: 'r2',
    });
  });

  it('does not serve a token past its exp, and checks it again after its time in the cache', async () => {
    let clock = Date.now();
    const verify = createVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksFile,
      clockToleranceSec: 0,
      tokenCacheMaxAgeSec: 60,
      now: () => clock,
    });
    const iat = nowSec();
    const exp = iat + 300;
    const t = bearer(await token('soc-t01', iat, exp));
    await verify(t, { requestId: 'r1' });
    clock += 30_000;
    await verify(t, { requestId: 'r2' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 1, misses: 1 });
    // Past its time in the cache but before exp: verified anew, and kept again.
    clock += 40_000;
    await expect(verify(t, { requestId: 'r3' })).resolves.toMatchObject({ officerId: 'malmo-2001' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 1, misses: 2 });
    // At exp: not from the cache; the signature check refuses it.
    clock = exp * 1000 - 1;
    await expect(verify(t, { requestId: 'r4' })).resolves.toMatchObject({ officerId: 'malmo-2001' });
    clock = exp * 1000;
    await expect(verify(t, { requestId: 'r5' })).rejects.toBeInstanceOf(AuthenticationError);
    expect(verify.tokenCache.has(t.slice('Bearer '.length))).toBe(false);
  });

  it('keeps no refused token', async () => {
    const verify = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile });
    const expired = bearer(await token('af-t01', nowSec() - 7200, nowSec() - 3600));
    const other = bearer(await signToken(personaClaims('af-t01'), { keyDir, audience: 'someone-else' }));
    for (const t of [expired, expired, other, other])
      await expect(verify(t, { requestId: 'r' })).rejects.toBeInstanceOf(AuthenticationError);
    expect(verify.tokenCache.size).toBe(0);
  });

  it('holds no more tokens than its bound', async () => {
    const verify = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, tokenCacheSize: 2 });
    const tokens = await Promise.all(
      ['af-t01', 'af-t02', 'fk-utredare'].map(async (p) => bearer(await token(p, nowSec(), nowSec() + 3600))),
    );
    for (const t of tokens) await verify(t, { requestId: 'r' });
    expect(verify.tokenCache.size).toBe(2);
    expect(verify.tokenCache.stats.evictions).toBe(1);
    // The first was put out: checked again.
    await verify(tokens[0], { requestId: 'r' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 0, misses: 4 });
    await verify(tokens[2], { requestId: 'r' });
    expect(verify.tokenCache.stats).toMatchObject({ hits: 1, misses: 4 });
  });

  it('keeps nothing when switched off', async () => {
    const verify = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, tokenCacheSize: 0 });
    const t = bearer(await token('af-t01', nowSec(), nowSec() + 3600));
    await verify(t, { requestId: 'r1' });
    await verify(t, { requestId: 'r2' });
    expect(verify.tokenCache.stats.hits).toBe(0);
    expect(() => createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, tokenCacheSize: -1 })).toThrow(
      /maxEntries/,
    );
  });
});
