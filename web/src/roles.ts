/**
 * Which pages and forms the app offers a signed-in persona. This only
 * decides what is shown: every write is decided again by the owning
 * agency's rules, and a refusal is shown as the agency answered it.
 */
import { AGENCY_ROLES } from './agencies';
import { isAgency, type Agency, type Persona, type Session } from './session';

/** Roles that work with participants' cases at their agency: the roles the registry gives the agencies. */
const CASE_ROLES = new Set<string>(Object.values(AGENCY_ROLES).flat());

export function isAnalyst(p: Persona): boolean {
  return p.roles.includes('ANALYST');
}

export function isAuditor(p: Persona): boolean {
  return isAgency(p.org) && p.roles.includes('AUDITOR');
}

export function isParticipant(p: Persona): boolean {
  return p.org === 'PERSON';
}

/** The caller's agency when they work with participants there, else null. */
export function caseAgency(p: Persona): Agency | null {
  return isAgency(p.org) && p.roles.some((r) => CASE_ROLES.has(r)) ? p.org : null;
}

/** Enrolment (inskrivning) is AF's; the other agencies register a person already enrolled. */
export function canEnrol(p: Persona): boolean {
  return caseAgency(p) === 'AF';
}

export function canRegister(p: Persona): boolean {
  const a = caseAgency(p);
  return a !== null && a !== 'AF';
}

/** The person's own participant id: the sign-in's subject (read, not verified: the services verify the token). */
export function participantIdOf(session: Session): string | null {
  try {
    const payload = session.token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}
