/**
 * Who is asking. Built once per request from a verified token, never from
 * headers: every access decision in every subgraph starts from this value.
 */
export const AGENCIES = ['AF', 'MALMO', 'FK', 'REGION'] as const;
export type Agency = (typeof AGENCIES)[number];

/**
 * The funder (samordningsförbundet) is not an agency that owns records.
 * PERSON is a participant signed in as themselves, to see who has read
 * their records (registerutdrag / loggutdrag).
 */
export type Organisation = Agency | 'FINSAM' | 'PERSON';

/**
 * Roles as the programme names them. A role belongs to one organisation;
 * the token's roles are checked against that. What a role may do is for
 * each agency to decide, in its own rule table and staff register.
 */
export const ROLES = {
  ARBETSFORMEDLARE: 'AF',
  SAMORDNARE: 'AF',
  SIUS_KONSULENT: 'AF',
  AF_SEKTIONSCHEF: 'AF',
  SOCIALSEKRETERARE: 'MALMO',
  ARBETSMARKNADSSEKRETERARE: 'MALMO',
  STUDIE_OCH_YRKESVAGLEDARE: 'MALMO',
  MALMO_SEKTIONSCHEF: 'MALMO',
  FORSAKRINGSUTREDARE: 'FK',
  VARDSAMORDNARE: 'REGION',
  ANALYST: 'FINSAM',
  /** A participant, whose token's subject is their participant id. */
  PARTICIPANT: 'PERSON',
  AUDITOR: null, // an auditor reviews the log of the organisation in the token
  ADMINISTRATOR: null, // keeps the staff register of the organisation in the token
} as const satisfies Record<string, Organisation | null>;
export type Role = keyof typeof ROLES;

/**
 * Independent parts (OSL 8 kap. 2 §): secrecy applies between them even
 * inside one municipality. Consent names its recipients by party.
 */
export const PARTIES = [
  'AF',
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
  'FK',
  'REGION',
] as const;
export type Party = (typeof PARTIES)[number];

export interface Caller {
  /** Officer id, the token's `sub`. */
  officerId: string;
  name: string;
  organisation: Organisation;
  roles: Role[];
  /** Team ids the officer works in, e.g. `T03`. */
  teams: string[];
  /** Why the caller asks; recorded in the audit log, never grants access. */
  purpose: string;
  /** Request id carried from the gateway; for logs and audit only. */
  requestId: string;
}

/** The independent parts of each organisation that owns records (vocabulary, not a rule: who acts for which part is each agency's register). */
export const ORGANISATION_PARTIES: Readonly<Record<Agency, readonly Party[]>> = {
  AF: ['AF'],
  MALMO: ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
  FK: ['FK'],
  REGION: ['REGION'],
};
