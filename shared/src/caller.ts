/**
 * Who is asking. Built once per request from a verified token, never from
 * headers: every access decision in every subgraph starts from this value.
 */
import { AGENCY_ROLES, type Agency } from './agencies';

// The agencies, their parts and roles are the registry's (agencies.ts).
export { AGENCIES, ORGANISATION_PARTIES, PARTIES, type Agency, type AgencyRole, type Party } from './agencies';

/**
 * The funder (samordningsförbundet) is not an agency that owns records.
 * PERSON is a participant signed in as themselves, to see who has read
 * their records (registerutdrag / loggutdrag).
 */
export type Organisation = Agency | 'FINSAM' | 'PERSON';

/**
 * Roles as the programme names them. A role belongs to one organisation;
 * the token's roles are checked against that. What a role may do is for
 * each agency to decide, in its own rule table and staff register. The
 * agencies' roles are in the registry (agencies.ts).
 */
export const ROLES = {
  ...AGENCY_ROLES,
  ANALYST: 'FINSAM',
  /** A participant, whose token's subject is their participant id. */
  PARTICIPANT: 'PERSON',
  AUDITOR: null, // an auditor reviews the log of the organisation in the token
  ADMINISTRATOR: null, // keeps the staff register of the organisation in the token
} as const satisfies Record<string, Organisation | null>;
export type Role = keyof typeof ROLES;

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
