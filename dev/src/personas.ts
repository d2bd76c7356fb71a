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

export const PERSONAS: Record<string, Persona> = {
  // Team T01: the three core roles.
  'af-t01': {
    sub: 'af-1001',
    name: 'Karin Lindqvist',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: ['T01'],
    party: 'AF',
    description: 'Arbetsförmedlare, team T01',
  },
  'soc-t01': {
    sub: 'malmo-2001',
    name: 'Amir Hadžić',
    org: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    teams: ['T01'],
    party: 'MALMO_SOCIAL_SERVICES',
    description: 'Socialsekreterare (Malmö stad, socialtjänsten), team T01',
  },
  'ams-t01': {
    sub: 'malmo-2101',
    name: 'Johanna Berg',
    org: 'MALMO',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T01'],
    party: 'MALMO_LABOUR_MARKET',
    description: 'Arbetsmarknadssekreterare (Malmö stad, arbetsmarknadsavdelningen), team T01',
  },

  // Team T02: the three core roles.
  'af-t02': {
    sub: 'af-1002',
    name: 'Mikael Persson',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: ['T02'],
    party: 'AF',
    description: 'Arbetsförmedlare, team T02',
  },
  'soc-t02': {
    sub: 'malmo-2002',
    name: 'Sara Nilsson',
    org: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    teams: ['T02'],
    party: 'MALMO_SOCIAL_SERVICES',
    description: 'Socialsekreterare (Malmö stad, socialtjänsten), team T02',
  },
  'ams-t02': {
    sub: 'malmo-2102',
    name: 'Leyla Yılmaz',
    org: 'MALMO',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T02'],
    party: 'MALMO_LABOUR_MARKET',
    description: 'Arbetsmarknadssekreterare (Malmö stad, arbetsmarknadsavdelningen), team T02',
  },

  // Supporting roles that serve several teams.
  'fk-utredare': {
    sub: 'fk-3001',
    name: 'Eva Sjöberg',
    org: 'FK',
    roles: ['FORSAKRINGSUTREDARE'],
    teams: ['T01', 'T11', 'T12'],
    party: 'FK',
    description: 'Försäkringsutredare (Försäkringskassan), supports teams T01, T11 and T12',
  },
  'region-vsam': {
    sub: 'region-4001',
    name: 'Daniel Holm',
    org: 'REGION',
    roles: ['VARDSAMORDNARE'],
    teams: ['T01', 'T02', 'T11', 'T12'],
    party: 'REGION',
    description: 'Vårdsamordnare (Region Skåne), supports teams T01, T02, T11 and T12',
  },
  syv: {
    sub: 'malmo-2201',
    name: 'Maria Ekström',
    org: 'MALMO',
    roles: ['STUDIE_OCH_YRKESVAGLEDARE'],
    teams: ['T01', 'T02', 'T03', 'T04'],
    party: 'MALMO_ADULT_EDUCATION',
    description: 'Studie- och yrkesvägledare (Malmö stad, vuxenutbildningen), teams T01–T04',
  },
  'af-sius': {
    sub: 'af-1101',
    name: 'Fredrik Åberg',
    org: 'AF',
    roles: ['SIUS_KONSULENT'],
    teams: ['T01'],
    party: 'AF',
    description: 'SIUS-konsulent (Arbetsförmedlingen), team T01',
  },

  // Leads: no team of their own.
  'af-samordnare': {
    sub: 'af-1201',
    name: 'Helena Forsberg',
    org: 'AF',
    roles: ['SAMORDNARE'],
    teams: [],
    party: 'AF',
    description: 'Samordnare (Arbetsförmedlingen), operational lead of Malmökraften, no team',
  },
  'af-sektionschef': {
    sub: 'af-1301',
    name: 'Per Wallin',
    org: 'AF',
    roles: ['AF_SEKTIONSCHEF'],
    teams: [],
    party: 'AF',
    description: 'Sektionschef (Arbetsförmedlingen), no team',
  },
  'malmo-sektionschef': {
    sub: 'malmo-2301',
    name: 'Anneli Strand',
    org: 'MALMO',
    roles: ['MALMO_SEKTIONSCHEF'],
    teams: [],
    party: 'MALMO_LABOUR_MARKET',
    description: 'Sektionschef (Malmö stad, arbetsmarknadsavdelningen), no team',
  },

  // Officers of each agency on no team of the demo participants.
  'af-other': {
    sub: 'af-1003',
    name: 'Jonas Lund',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: ['T05'],
    party: 'AF',
    description: 'Arbetsförmedlare on team T05 only (not the participant’s team)',
  },
  'soc-other': {
    sub: 'malmo-2003',
    name: 'Nadia Karimi',
    org: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    teams: ['T05'],
    party: 'MALMO_SOCIAL_SERVICES',
    description: 'Socialsekreterare on team T05 only (not the participant’s team)',
  },
  'ams-other': {
    sub: 'malmo-2103',
    name: 'Oskar Bergström',
    org: 'MALMO',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T05'],
    party: 'MALMO_LABOUR_MARKET',
    description: 'Arbetsmarknadssekreterare on team T05 only (not the participant’s team)',
  },
  'fk-other': {
    sub: 'fk-3002',
    name: 'Linnea Håkansson',
    org: 'FK',
    roles: ['FORSAKRINGSUTREDARE'],
    teams: [],
    party: 'FK',
    description: 'Försäkringsutredare outside Malmökraften, no team',
  },
  'region-other': {
    sub: 'region-4002',
    name: 'Emil Sandberg',
    org: 'REGION',
    roles: ['VARDSAMORDNARE'],
    teams: [],
    party: 'REGION',
    description: 'Vårdsamordnare outside Malmökraften, no team',
  },

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

  // One auditor per agency; each reviews its own organisation's log.
  'auditor-af': {
    sub: 'af-1901',
    name: 'Bengt Olofsson',
    org: 'AF',
    roles: ['AUDITOR'],
    teams: [],
    party: null,
    description: 'Auditor (Arbetsförmedlingen), reviews AF’s audit log',
  },
  'auditor-malmo': {
    sub: 'malmo-2901',
    name: 'Cecilia Norén',
    org: 'MALMO',
    roles: ['AUDITOR'],
    teams: [],
    party: null,
    description: 'Auditor (Malmö stad), reviews Malmö’s audit log',
  },
  'auditor-fk': {
    sub: 'fk-3901',
    name: 'Göran Lindberg',
    org: 'FK',
    roles: ['AUDITOR'],
    teams: [],
    party: null,
    description: 'Auditor (Försäkringskassan), reviews FK’s audit log',
  },
  'auditor-region': {
    sub: 'region-4901',
    name: 'Sofia Engström',
    org: 'REGION',
    roles: ['AUDITOR'],
    teams: [],
    party: null,
    description: 'Auditor (Region Skåne), reviews the region’s audit log',
  },
  // One administrator per agency keeps the agency's staff register.
  'admin-af': {
    sub: 'af-1801',
    name: 'Tove Ahlström',
    org: 'AF',
    roles: ['ADMINISTRATOR'],
    teams: [],
    party: null,
    description: 'Administrator (Arbetsförmedlingen): keeps AF’s staff register',
  },
  'admin-malmo': {
    sub: 'malmo-2801',
    name: 'Rasmus Falk',
    org: 'MALMO',
    roles: ['ADMINISTRATOR'],
    teams: [],
    party: null,
    description: 'Administrator (Malmö stad): keeps Malmö’s staff register',
  },
  'admin-fk': {
    sub: 'fk-3801',
    name: 'Maja Lindgren',
    org: 'FK',
    roles: ['ADMINISTRATOR'],
    teams: [],
    party: null,
    description: 'Administrator (Försäkringskassan): keeps FK’s staff register',
  },
  'admin-region': {
    sub: 'region-4801',
    name: 'Jesper Nyman',
    org: 'REGION',
    roles: ['ADMINISTRATOR'],
    teams: [],
    party: null,
    description: 'Administrator (Region Skåne): keeps the region’s staff register',
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

// An agency of the registry that has no persona above gets one officer, in its first role, on the showcase
// people's team: the demo assigns the people it knows to them and its staff register holds them, so the agency
// takes part in the demo from its registry entry alone.
for (const agency of AGENCIES) {
  if (Object.values(PERSONAS).some((p) => p.org === agency)) continue;
  const role = AGENCY_REGISTRY[agency].roles[0] as Role | undefined;
  if (!role) continue;
  PERSONAS[`${agencyKey(agency)}-officer`] = {
    sub: `${agencyKey(agency)}-0001`,
    name: `Handläggare ${AGENCY_NAMES[agency]}`,
    org: agency,
    roles: [role],
    teams: ['T01'],
    party: partiesOf(agency)[0]!,
    description: `Officer (${AGENCY_NAMES[agency]}) on team T01, made for an agency without personas of its own`,
  };
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
