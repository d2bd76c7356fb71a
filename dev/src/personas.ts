/**
 * Demo identities and a development token issuer.
 *
 * The people are fictional. Each persona is what the identity provider of
 * the officer's own organisation would assert: officer id (`sub`), name,
 * organisation, roles and the Malmökraften teams the officer works in.
 * Tokens are signed with the development key (shared/src/auth/keys.ts).
 */
import { importJWK, SignJWT, type JWTPayload } from 'jose';
import {
  AGENCIES,
  AGENCY_NAMES,
  AGENCY_REGISTRY,
  agencyKey,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEFAULT_KEY_DIR,
  ensureDevKeys,
  partiesOf,
  readPrivateJwk,
  SIGNING_ALG,
  type Organisation,
  type Party,
  type Role,
} from '@malmokraften/shared';
import { agencyDemoFacts, agencyDemoFactsFile } from './agency-demo';

export interface Persona {
  sub: string;
  name: string;
  org: Organisation;
  roles: Role[];
  teams: string[];
  /**
   * The part the officer works for, as their employer's staff register has
   * it (null for auditors, administrators, the funder and the participant).
   * Not in the token: the demo seeds each agency's register from it.
   */
  party: Party | null;
  description: string;
}

export const DEFAULT_EXPIRES_IN = '8h';

/** The personas of no agency: the funder's analyst and the demo participant. */
const OTHER_PERSONAS: Record<string, Persona> = {
  // The funder.
  analyst: {
    sub: 'finsam-5001',
    name: 'Ingrid Mårtensson',
    org: 'FINSAM',
    roles: ['ANALYST'],
    teams: [],
    party: null,
    description: 'Analyst at the samordningsförbund (funder), aggregate follow-up only',
  },

  participant: {
    sub: 'P-DEMO0001',
    name: 'Amina Haddad',
    org: 'PERSON',
    roles: ['PARTICIPANT'],
    teams: [],
    party: null,
    description: 'The demo participant P-DEMO0001, signed in as herself: sees who has read her records',
  },
};

/**
 * The demo personas: each agency's (its caseworkers, auditor and
 * administrator, from its folder's src/demo-facts.ts), in the registry's
 * order, then the funder's analyst and the participant.
 */
export const PERSONAS: Record<string, Persona> = {};
for (const agency of AGENCIES) {
  for (const [key, persona] of Object.entries(agencyDemoFacts(agency).personas ?? {})) {
    if (persona.org !== agency)
      throw new Error(`${agencyDemoFactsFile(agency)}: the persona ${key} belongs to ${persona.org}, not ${agency}`);
    add(key, persona);
  }
}
for (const [key, persona] of Object.entries(OTHER_PERSONAS)) add(key, persona);

/** Adds a persona; two personas share neither a key nor an officer id. */
function add(key: string, persona: Persona): void {
  if (Object.hasOwn(PERSONAS, key)) throw new Error(`two demo personas are called ${key}`);
  const same = Object.entries(PERSONAS).find(([, p]) => p.sub === persona.sub);
  if (same) throw new Error(`the demo personas ${same[0]} and ${key} are both ${persona.sub}`);
  PERSONAS[key] = persona;
}

// An agency of the registry that has no personas of its own gets one officer, in its first role, on the showcase
// people's team: the demo assigns the people it knows to them and its staff register holds them, so the agency
// takes part in the demo from its registry entry alone.
for (const agency of AGENCIES) {
  if (Object.values(PERSONAS).some((p) => p.org === agency)) continue;
  const role = AGENCY_REGISTRY[agency].roles[0] as Role | undefined;
  if (!role) continue;
  add(`${agencyKey(agency)}-officer`, {
    sub: `${agencyKey(agency)}-0001`,
    name: `Handläggare ${AGENCY_NAMES[agency]}`,
    org: agency,
    roles: [role],
    teams: ['T01'],
    party: partiesOf(agency)[0]!,
    description: `Officer (${AGENCY_NAMES[agency]}) on team T01, made for an agency without personas of its own`,
  });
}

export interface SignPersonaOptions {
  /** Key directory; default `<repo>/.keys`. */
  keyDir?: string;
  /** `iss`; default `malmokraften-dev-idp`. */
  issuer?: string;
  /** `aud`; default `malmokraften`. */
  audience?: string;
  /** Lifetime, jose time span such as `8h`, `15m`, `-1h` (already expired). Default `8h`. */
  expiresIn?: string;
}

export interface SignTokenOptions {
  keyDir?: string;
  /** `iss`; default `malmokraften-dev-idp`; null leaves it out. */
  issuer?: string | null;
  /** `aud`; default `malmokraften`; null leaves it out. */
  audience?: string | null;
  /** Time span (`8h`, `-1h`) or absolute epoch seconds; default `8h`; null leaves `exp` out. */
  expiresIn?: string | number | null;
  /** `iat` in epoch seconds; default now; null leaves it out. */
  issuedAt?: number | null;
}

/** Claims of a persona, as the identity provider asserts them. */
export function personaClaims(persona: string): JWTPayload {
  const p = Object.prototype.hasOwnProperty.call(PERSONAS, persona) ? PERSONAS[persona] : undefined;
  if (!p) throw new Error(`unknown persona ${JSON.stringify(persona)}`);
  return { sub: p.sub, name: p.name, org: p.org, roles: [...p.roles], teams: [...p.teams] };
}

/** A development token for one of the demo personas. */
export async function signPersonaToken(persona: string, opts: SignPersonaOptions = {}): Promise<string> {
  return signToken(personaClaims(persona), opts);
}

/**
 * Sign arbitrary claims with the development key (ES256, header `kid`).
 * Registered claims (`iss`, `aud`, `iat`, `exp`) come from the options and
 * override the same names in `claims`. Meant for tests that need unusual
 * tokens; nothing here checks that the claims make sense.
 */
export async function signToken(claims: JWTPayload, opts: SignTokenOptions = {}): Promise<string> {
  const { privateKeyFile } = await ensureDevKeys(opts.keyDir ?? DEFAULT_KEY_DIR);
  const jwk = await readPrivateJwk(privateKeyFile);
  if (!jwk) throw new Error(`development key ${privateKeyFile} is missing`);
  const key = await importJWK(jwk, SIGNING_ALG);

  const jwt = new SignJWT({ ...claims }).setProtectedHeader({ alg: SIGNING_ALG, kid: jwk.kid, typ: 'JWT' });
  const issuer = opts.issuer === undefined ? DEFAULT_ISSUER : opts.issuer;
  const audience = opts.audience === undefined ? DEFAULT_AUDIENCE : opts.audience;
  const expiresIn = opts.expiresIn === undefined ? DEFAULT_EXPIRES_IN : opts.expiresIn;
  if (issuer !== null) jwt.setIssuer(issuer);
  if (audience !== null) jwt.setAudience(audience);
  if (opts.issuedAt !== null) jwt.setIssuedAt(opts.issuedAt);
  if (expiresIn !== null) jwt.setExpirationTime(expiresIn);
  return jwt.sign(key);
}
