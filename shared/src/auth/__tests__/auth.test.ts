import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { base64url, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { ROLES } from '../../caller';
import { DEFAULT_KEY_DIR, ensureDevKeys } from '../keys';
import { PERSONAS, personaClaims, signPersonaToken, signToken } from '@malmokraften/dev';
import { AuthenticationError, createVerifier, PURPOSES, type Verifier } from '../verify';
import { tokenConfig } from '../../service/config';
import { referenceDayFromEnvironment, setReferenceDay } from '../../clock';

const ISSUER = 'malmokraften-dev-idp';
const AUDIENCE = 'malmokraften';
const meta = { requestId: 'req-1' };

let keyDir: string;
let jwksFile: string;
let privateJwk: JWK;
let verify: Verifier;

beforeAll(async () => {
  keyDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mk-auth-'));
  ({ jwksFile } = await ensureDevKeys(keyDir));
  privateJwk = JSON.parse(await fs.readFile(path.join(keyDir, 'signing-key.private.json'), 'utf8')) as JWK;
  verify = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile });
});

afterAll(async () => {
  await fs.rm(keyDir, { recursive: true, force: true });
});

const bearer = (token: string) => `Bearer ${token}`;
const sign = (claims: JWTPayload, opts: Parameters<typeof signToken>[1] = {}) => signToken(claims, { keyDir, ...opts });

async function rejects(authorization: string | undefined, reason?: RegExp): Promise<void> {
  const err = await verify(authorization, meta).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthenticationError);
  if (reason) expect((err as AuthenticationError).reason).toMatch(reason);
}

describe('ensureDevKeys', () => {
  it('writes a private JWK (0600) with a kid and the matching public JWKS', async () => {
    expect(privateJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(typeof privateJwk.kid).toBe('string');
    expect(typeof privateJwk.d).toBe('string');
    const stat = await fs.stat(path.join(keyDir, 'signing-key.private.json'));
    expect(stat.mode & 0o777).toBe(0o600);

    const jwks = JSON.parse(await fs.readFile(jwksFile, 'utf8')) as { keys: JWK[] };
    expect(jwks.keys).toHaveLength(1);
    const [pub] = jwks.keys;
    expect(pub).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: privateJwk.x,
      y: privateJwk.y,
      kid: privateJwk.kid,
      alg: 'ES256',
      use: 'sig',
    });
    expect(pub).not.toHaveProperty('d');
  });

  it('is idempotent', async () => {
    const before = await fs.readFile(path.join(keyDir, 'signing-key.private.json'), 'utf8');
    const files = await ensureDevKeys(keyDir);
    expect(files).toEqual({ privateKeyFile: path.join(keyDir, 'signing-key.private.json'), jwksFile });
    expect(await fs.readFile(files.privateKeyFile, 'utf8')).toBe(before);
  });

  it('restores a missing JWKS from the existing private key', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mk-auth-jwks-'));
    try {
      const files = await ensureDevKeys(dir);
      const original = await fs.readFile(files.jwksFile, 'utf8');
      await fs.rm(files.jwksFile);
      await ensureDevKeys(dir);
      expect(await fs.readFile(files.jwksFile, 'utf8')).toBe(original);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('ends with one consistent key pair when callers race', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mk-auth-race-'));
    try {
      await Promise.all(Array.from({ length: 8 }, () => ensureDevKeys(dir)));
      const priv = JSON.parse(await fs.readFile(path.join(dir, 'signing-key.private.json'), 'utf8')) as JWK;
      const jwks = JSON.parse(await fs.readFile(path.join(dir, 'jwks.json'), 'utf8')) as { keys: JWK[] };
      expect(jwks.keys[0]).toMatchObject({ kid: priv.kid, x: priv.x, y: priv.y });
      expect((await fs.readdir(dir)).sort()).toEqual(['jwks.json', 'signing-key.private.json']);

      const v = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile: path.join(dir, 'jwks.json') });
      const token = await signPersonaToken('af-t01', { keyDir: dir });
      await expect(v(bearer(token), meta)).resolves.toMatchObject({ officerId: 'af-1001' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('defaults to <repo>/.keys', () => {
    expect(DEFAULT_KEY_DIR).toBe(path.resolve(__dirname, '..', '..', '..', '..', '.keys'));
  });
});

describe('createVerifier', () => {
  it('verifies a persona token to the right Caller', async () => {
    const token = await signPersonaToken('fk-utredare', { keyDir });
    const caller = await verify(bearer(token), { requestId: 'req-42', purpose: 'FOLLOW_UP' });
    expect(caller).toEqual({
      officerId: 'fk-3001',
      name: PERSONAS['fk-utredare']!.name,
      organisation: 'FK',
      roles: ['FORSAKRINGSUTREDARE'],
      teams: ['T01', 'T11', 'T12'],
      purpose: 'FOLLOW_UP',
      requestId: 'req-42',
    });
  });

  it('accepts the allow-listed purposes and defaults anything else to JOINT_PLANNING', async () => {
    const token = bearer(await signPersonaToken('af-t01', { keyDir }));
    for (const purpose of PURPOSES) {
      expect((await verify(token, { requestId: 'r', purpose })).purpose).toBe(purpose);
    }
    expect((await verify(token, { requestId: 'r' })).purpose).toBe('JOINT_PLANNING');
    expect((await verify(token, { requestId: 'r', purpose: 'CURIOSITY' })).purpose).toBe('JOINT_PLANNING');
    expect((await verify(token, { requestId: 'r', purpose: 'audit' })).purpose).toBe('JOINT_PLANNING');
  });

  it('accepts a lower-case scheme and surrounding whitespace', async () => {
    const token = await signPersonaToken('soc-t01', { keyDir });
    await expect(verify(`bearer ${token}`, meta)).resolves.toMatchObject({ officerId: 'malmo-2001' });
    await expect(verify(`  Bearer ${token} `, meta)).resolves.toMatchObject({ officerId: 'malmo-2001' });
  });

  it('signs and verifies every persona', async () => {
    for (const [key, p] of Object.entries(PERSONAS)) {
      const caller = await verify(bearer(await signPersonaToken(key, { keyDir })), meta);
      expect(caller).toEqual({
        officerId: p.sub,
        name: p.name,
        organisation: p.org,
        roles: p.roles,
        teams: p.teams,
        purpose: 'JOINT_PLANNING',
        requestId: 'req-1',
      });
    }
  });

  it('rejects a missing Authorization header', async () => {
    await rejects(undefined, /missing/);
    await rejects('', /missing/);
  });

  it('rejects a malformed Authorization header', async () => {
    const token = await signPersonaToken('af-t01', { keyDir });
    await rejects(token, /malformed/);
    await rejects('Bearer', /malformed/);
    await rejects('Bearer ', /malformed/);
    await rejects(`Basic ${token}`, /malformed/);
    await rejects('Bearer not-a-jwt', /malformed/);
    await rejects(`Bearer ${token} extra`, /malformed/);
    await rejects(`Bearer ${token}.x`, /malformed/);
    await rejects(`Bearer ${'a'.repeat(9000)}.b.c`, /too long/);
  });

  it('rejects alg none', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url.encode(
      JSON.stringify({ ...personaClaims('af-t01'), iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 3600 }),
    );
    await rejects(`Bearer ${header}.${payload}.`, /token rejected/);
  });

  it('rejects HS256 signed with the public key material as secret (algorithm confusion)', async () => {
    const jwksText = await fs.readFile(jwksFile, 'utf8');
    const publicJwk = (JSON.parse(jwksText) as { keys: JWK[] }).keys[0]!;
    const pem = await exportSPKI((await importJWK(publicJwk, 'ES256')) as Parameters<typeof exportSPKI>[0]);
    const secrets = [pem, jwksText, JSON.stringify(publicJwk), publicJwk.x!];
    for (const secret of secrets) {
      const token = await new SignJWT(personaClaims('af-t01'))
        .setProtectedHeader({ alg: 'HS256', kid: privateJwk.kid, typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
      await rejects(bearer(token), /ERR_JOSE_ALG_NOT_ALLOWED/);
    }
  });

  it('rejects a token signed by another key, with or without our kid', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    for (const header of [{ alg: 'ES256', kid: privateJwk.kid }, { alg: 'ES256' }, { alg: 'ES256', kid: 'other' }]) {
      const token = await new SignJWT(personaClaims('af-t01'))
        .setProtectedHeader(header)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      await rejects(bearer(token), /token rejected/);
    }
  });

  it('rejects a tampered payload', async () => {
    const token = await signPersonaToken('af-t01', { keyDir });
    const [h, , s] = token.split('.');
    const forged = base64url.encode(
      JSON.stringify({
        ...personaClaims('af-t01'),
        teams: ['T01', 'T02'],
        iss: ISSUER,
        aud: AUDIENCE,
        exp: 9999999999,
      }),
    );
    await rejects(`Bearer ${h}.${forged}.${s}`, /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
  });

  it('rejects an expired token', async () => {
    const token = await signPersonaToken('af-t01', { keyDir, expiresIn: '-1h' });
    await rejects(bearer(token), /ERR_JWT_EXPIRED/);
  });

  describe('lifetimes', () => {
    const t = () => Math.floor(Date.now() / 1000);
    const at = (issuedAt: number, expiresIn: number, extra: object = {}) =>
      sign({ ...personaClaims('af-t01'), ...extra }, { issuedAt, expiresIn });

    it('allows a few seconds of clock skew, no more', async () => {
      const now = t();
      await expect(verify(bearer(await at(now - 3600, now - 3)), meta)).resolves.toMatchObject({
        officerId: 'af-1001',
      });
      await rejects(bearer(await at(now - 3600, now - 30)), /ERR_JWT_EXPIRED/);
      await expect(verify(bearer(await at(now, now + 3600, { nbf: now + 3 })), meta)).resolves.toMatchObject({
        officerId: 'af-1001',
      });
      await rejects(bearer(await at(now, now + 3600, { nbf: now + 30 })), /nbf/);
    });

    it('refuses a token issued in the future', async () => {
      const now = t();
      await expect(verify(bearer(await at(now + 2, now + 3600)), meta)).resolves.toMatchObject({
        officerId: 'af-1001',
      });
      await rejects(bearer(await at(now + 60, now + 3600)), /issued in the future/);
      await rejects(bearer(await at(now + 10 * 365 * 86400, now + 10 * 365 * 86400 + 60)), /issued in the future/);
    });

    it('refuses a token valid for longer than the cap, counted from iat or a later nbf', async () => {
      const now = t();
      await expect(verify(bearer(await at(now, now + 12 * 3600)), meta)).resolves.toMatchObject({
        officerId: 'af-1001',
      });
      await rejects(bearer(await at(now, now + 12 * 3600 + 1)), /longer than 43200 s/);
      await rejects(bearer(await at(now, now + 10 * 365 * 86400)), /longer than/);
      // Issued long ago with a far expiry: the lifetime counts, not what is left of it.
      await rejects(bearer(await at(now - 11 * 3600, now + 3600 + 2 * 3600)), /longer than/);
    });

    it('takes the skew and the cap from its settings', async () => {
      const strict = createVerifier({
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksFile,
        clockToleranceSec: 0,
        maxLifetimeSec: 600,
      });
      const now = t();
      await expect(strict(bearer(await at(now, now + 600)), meta)).resolves.toMatchObject({ officerId: 'af-1001' });
      await expect(strict(bearer(await at(now, now + 601)), meta)).rejects.toThrow(/longer than 600 s/);
      await expect(strict(bearer(await at(now + 2, now + 300)), meta)).rejects.toThrow(/issued in the future/);
      expect(() => createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, clockToleranceSec: 3600 })).toThrow(
        /clockToleranceSec/,
      );
      expect(() => createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, maxLifetimeSec: 10 })).toThrow(
        /maxLifetimeSec/,
      );
    });

    it('reads them from the environment, and refuses nonsense there', () => {
      expect(tokenConfig({})).toMatchObject({ clockToleranceSec: 5, maxLifetimeSec: 43200 });
      expect(tokenConfig({ TOKEN_CLOCK_SKEW_SECONDS: '2', TOKEN_MAX_LIFETIME_SECONDS: '3600' })).toMatchObject({
        clockToleranceSec: 2,
        maxLifetimeSec: 3600,
      });
      expect(() => tokenConfig({ TOKEN_CLOCK_SKEW_SECONDS: '600' })).toThrow(/TOKEN_CLOCK_SKEW_SECONDS/);
      expect(() => tokenConfig({ TOKEN_MAX_LIFETIME_SECONDS: 'forever' })).toThrow(/TOKEN_MAX_LIFETIME_SECONDS/);
    });

    it('checks on the real clock, whatever day the services take as today', async () => {
      // The services' clock may be moved (REFERENCE_DAY); tokens are signed, and checked, on the real one.
      setReferenceDay('2028-02-29');
      try {
        await expect(verify(bearer(await signPersonaToken('af-t01', { keyDir })), meta)).resolves.toMatchObject({
          officerId: 'af-1001',
        });
      } finally {
        setReferenceDay(referenceDayFromEnvironment(process.env));
      }
    });
  });

  it('rejects a wrong issuer', async () => {
    const token = await signPersonaToken('af-t01', { keyDir, issuer: 'someone-else' });
    await rejects(bearer(token), /iss/);
  });

  it('rejects a wrong audience', async () => {
    const token = await signPersonaToken('af-t01', { keyDir, audience: 'another-federation' });
    await rejects(bearer(token), /aud/);
  });

  it('rejects tokens missing required claims', async () => {
    await rejects(bearer(await sign(personaClaims('af-t01'), { expiresIn: null })), /exp/);
    await rejects(bearer(await sign(personaClaims('af-t01'), { issuedAt: null })), /iat/);
    await rejects(bearer(await sign(personaClaims('af-t01'), { issuer: null })), /iss/);
    await rejects(bearer(await sign(personaClaims('af-t01'), { audience: null })), /aud/);
    for (const claim of ['sub', 'name', 'org', 'roles', 'teams']) {
      const claims = personaClaims('af-t01');
      delete claims[claim];
      await rejects(bearer(await sign(claims)), new RegExp(claim));
    }
  });

  it('rejects an unknown org', async () => {
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), org: 'SKATTEVERKET' })), /unknown org/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), org: 'af' })), /unknown org/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), org: ['AF'] })), /unknown org/);
  });

  it('rejects a role that does not belong to the org', async () => {
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: ['SOCIALSEKRETERARE'] })), /does not belong/);
    await rejects(
      bearer(await sign({ ...personaClaims('af-t01'), roles: ['ARBETSFORMEDLARE', 'VARDSAMORDNARE'] })),
      /does not belong/,
    );
    await rejects(bearer(await sign({ ...personaClaims('analyst'), org: 'AF' })), /does not belong/);
  });

  it('rejects unknown or badly shaped roles', async () => {
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: ['ADMIN'] })), /unknown role/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: ['constructor'] })), /unknown role/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: [] })), /roles/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: 'ARBETSFORMEDLARE' })), /roles/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), roles: [1] })), /roles/);
  });

  it('accepts AUDITOR for any organisation', async () => {
    for (const org of Object.values(ROLES).filter((o): o is NonNullable<typeof o> => o !== null)) {
      const caller = await verify(
        bearer(await sign({ sub: 'x-1', name: 'Test Testsson', org, roles: ['AUDITOR'], teams: [] })),
        meta,
      );
      expect(caller).toMatchObject({ organisation: org, roles: ['AUDITOR'] });
    }
  });

  it('rejects a bad team id', async () => {
    for (const team of ['T1', 'T001', 't01', 'team1', 'T0A', '', ' T01']) {
      await rejects(bearer(await sign({ ...personaClaims('af-t01'), teams: [team] })), /team/);
    }
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), teams: 'T01' })), /teams/);
  });

  it('rejects a bad sub or name', async () => {
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), sub: '' })), /sub/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), name: '  ' })), /name/);
    await rejects(bearer(await sign({ ...personaClaims('af-t01'), name: 42 })), /name/);
  });

  it('refuses bad configuration at start-up', () => {
    expect(() => createVerifier({ issuer: ISSUER, audience: AUDIENCE })).toThrow(/jwksFile or jwksUrl/);
    expect(() =>
      createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile, jwksUrl: 'https://idp.example/jwks' }),
    ).toThrow(/not both/);
    expect(() =>
      createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile: path.join(keyDir, 'signing-key.private.json') }),
    ).toThrow();
    expect(() =>
      createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile: path.join(keyDir, 'nope.json') }),
    ).toThrow();
  });

  it('loads the key set once, at start-up', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mk-auth-once-'));
    try {
      const files = await ensureDevKeys(dir);
      const v = createVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksFile: files.jwksFile });
      await fs.rm(files.jwksFile);
      const token = await signPersonaToken('af-t02', { keyDir: dir }); // rewrites jwks.json; verifier does not read it
      await fs.rm(files.jwksFile);
      await expect(v(bearer(token), meta)).resolves.toMatchObject({ officerId: 'af-1002' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
