/**
 * Development signing key for the demo identity provider.
 *
 * One ES256 key pair lives in a key directory (by default `<repo>/.keys`,
 * which is git-ignored): the private JWK in `signing-key.private.json`
 * (mode 0600) and the public key set in `jwks.json`, which every subgraph
 * and the gateway load to verify tokens. Production deployments point the
 * verifiers at the real identity provider's JWKS instead and never use this.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK, type JSONWebKeySet } from 'jose';

/** `<repo>/.keys`, resolved from this file (shared/src/auth/keys.ts). */
export const DEFAULT_KEY_DIR = path.resolve(__dirname, '..', '..', '..', '.keys');

export const PRIVATE_KEY_FILE = 'signing-key.private.json';
export const JWKS_FILE = 'jwks.json';

/** The only algorithm the federation issues or accepts. */
export const SIGNING_ALG = 'ES256';

export interface DevKeyFiles {
  privateKeyFile: string;
  jwksFile: string;
}

/**
 * Make sure `<dir>` holds a private signing key and the matching public JWKS;
 * create them if missing. Safe to call from several processes at once: the
 * private key is published with a no-replace link, so the first writer wins
 * and everybody else adopts its key; the JWKS is always derived from the key
 * actually on disk and written by temp file + rename.
 */
export async function ensureDevKeys(dir: string = DEFAULT_KEY_DIR): Promise<DevKeyFiles> {
  const privateKeyFile = path.join(dir, PRIVATE_KEY_FILE);
  const jwksFile = path.join(dir, JWKS_FILE);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });

  let privateJwk = await readPrivateJwk(privateKeyFile);
  if (!privateJwk) {
    await publishNewPrivateKey(dir, privateKeyFile);
    privateJwk = await readPrivateJwk(privateKeyFile);
    if (!privateJwk) throw new Error(`could not create ${privateKeyFile}`);
  }

  const wanted = publicJwks(privateJwk);
  if (!(await jwksMatches(jwksFile, wanted))) {
    await writeAtomically(jwksFile, JSON.stringify(wanted, null, 2) + '\n', 0o644);
  }
  return { privateKeyFile, jwksFile };
}

/** Read and check the private JWK; null if the file does not exist. */
export async function readPrivateJwk(file: string): Promise<JWK | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; delete it to generate a new development key`);
  }
  if (!isEs256PrivateJwk(jwk)) {
    throw new Error(`${file} is not an ES256 private JWK with a kid; delete it to generate a new development key`);
  }
  return jwk;
}

/** The public half of a private JWK, as a one-key JWKS. */
export function publicJwks(privateJwk: JWK): JSONWebKeySet {
  const { kty, crv, x, y, kid } = privateJwk;
  return { keys: [{ kty, crv, x, y, kid, alg: SIGNING_ALG, use: 'sig' }] };
}

async function publishNewPrivateKey(dir: string, privateKeyFile: string): Promise<void> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  const body = JSON.stringify({ ...jwk, kid, alg: SIGNING_ALG, use: 'sig' }, null, 2) + '\n';

  const tmp = tempName(dir, PRIVATE_KEY_FILE);
  await fs.writeFile(tmp, body, { mode: 0o600, flag: 'wx' });
  try {
    // link() fails with EEXIST when another process got there first: the
    // existing key is kept, never replaced.
    await fs.link(tmp, privateKeyFile);
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return;
    if (isErrno(err, 'EPERM') || isErrno(err, 'ENOTSUP') || isErrno(err, 'ENOSYS')) {
      // File systems without hard links: best effort, still atomic content.
      if (!(await exists(privateKeyFile))) await fs.rename(tmp, privateKeyFile);
      return;
    }
    throw err;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function jwksMatches(file: string, wanted: JSONWebKeySet): Promise<boolean> {
  try {
    const current = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    return JSON.stringify(current) === JSON.stringify(wanted);
  } catch {
    return false;
  }
}

async function writeAtomically(file: string, body: string, mode: number): Promise<void> {
  const tmp = tempName(path.dirname(file), path.basename(file));
  try {
    await fs.writeFile(tmp, body, { mode, flag: 'wx' });
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

function tempName(dir: string, base: string): string {
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function isEs256PrivateJwk(v: unknown): v is JWK {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    o.kty === 'EC' &&
    o.crv === 'P-256' &&
    typeof o.x === 'string' &&
    typeof o.y === 'string' &&
    typeof o.d === 'string' &&
    typeof o.kid === 'string' &&
    o.kid.length > 0 &&
    (o.alg === undefined || o.alg === SIGNING_ALG)
  );
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}
