import {
  anyOf,
  allOf,
  consentCovers,
  defineRules,
  defineStaffPolicy,
  identityNotProtected,
  inRole,
  memberOfTheTeam,
  PARTIES,
  partOfRole,
  staffOf,
  staffWithNeedToKnow,
  teamMember,
  theParticipantThemself,
} from '@malmokraften/shared';

/**
 * Arbetsförmedlingen's secrecy rules: who may see or record each category
 * of AF's records about a participant, and every other access decision AF
 * takes (who may enrol, see a team's list, review the log, read the
 * figures, keep the staff register). Plain-language version: RULES.md.
 * A category missing from this table is released to no one.
 *
 * Every rule looks at the caller as AF's own staff register confirms them:
 * a token's roles and teams count only as far as the register has them.
 */

/** How AF divides its staff (its staff register's rules): one part, and the roles that act for none. */
export const AF_STAFF = defineStaffPolicy('AF', {
  parts: { AF: ['ARBETSFORMEDLARE', 'SAMORDNARE', 'SIUS_KONSULENT', 'AF_SEKTIONSCHEF'] },
  forNoPart: ['AUDITOR', 'ADMINISTRATOR'],
});

const afStaffWhoWorkWithThePerson = staffWithNeedToKnow(['AF']);
const afAuditors = inRole(['AUDITOR'], { of: 'OWNER' });

export const AF_RULES = defineRules('AF', {
  /** Enrolment, team, dates, goal, follow-ups: the team plans together on these. */
  PROGRAMME: anyOf(afStaffWhoWorkWithThePerson, teamMember(), theParticipantThemself()),
  /** The person's name, so the team knows whom they are meeting. */
  NAME: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), identityNotProtected())),
  PERSONNUMMER: afStaffWhoWorkWithThePerson,
  /** AF's interventions (insatser) in the joint plan, and the AF officers who work with the person. */
  INTERVENTIONS: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), consentCovers()), theParticipantThemself()),
  /**
   * Matches to employers' opportunities (AF's orders), with the placements
   * and their follow-ups, and the job-seeker profile matching reads: AF
   * staff who work with the person; other team members with consent.
   */
  JOB_MATCHES: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), consentCovers())),
  /**
   * AF's perspective in the joint mapping (gemensam kartläggning): the
   * person's situation, abilities, wishes and obstacles as AF sees them.
   * Held as AF's interventions: other team members with consent.
   */
  MAPPING: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), consentCovers()), theParticipantThemself()),
  /** The consents the person gave AF: AF staff who work with the person, and the person themself. */
  CONSENTS: anyOf(afStaffWhoWorkWithThePerson, theParticipantThemself()),
  /** That the person is in the programme at all: one of the team's caseload. A programme fact, as PROGRAMME. */
  KNOWN: anyOf(afStaffWhoWorkWithThePerson, teamMember()),
  /** Asking for a team's caseload: its members only. */
  TEAM_CASELOAD: memberOfTheTeam(),
  /** Enrolling a person (inskrivning): AF staff. Whether the person is already enrolled is told only to those KNOWN lets know. */
  ENROLMENT: staffOf(['AF']),
  RECORD_PROGRAMME: afStaffWhoWorkWithThePerson,
  RECORD_INTERVENTIONS: afStaffWhoWorkWithThePerson,
  RECORD_CONSENT: afStaffWhoWorkWithThePerson,
  /** AF's perspective in the joint mapping: AF staff who work with the person, only. */
  RECORD_MAPPING: afStaffWhoWorkWithThePerson,
  /** Proposing the person for an opportunity, a match's steps, the follow-ups after a placement, the job-seeker profile. */
  RECORD_MATCHES: afStaffWhoWorkWithThePerson,
  /**
   * The employers AF works with and the opportunities acquired from them:
   * not personal data about participants, shared with every team: anyone
   * AF's register confirms as acting for a part of the programme.
   */
  OPPORTUNITIES: staffOf(PARTIES),
  /** AF's contact person at an employer: personal data of AF, for AF's own staff. */
  EMPLOYER_CONTACT: staffOf(['AF']),
  /** Recording employers and opportunities in AF's register: AF's own staff. */
  RECORD_OPPORTUNITIES: staffOf(['AF']),
  /** The figures of the agency's employer work (protected aggregates, as in the programme report): the funder's analysts, and everyone acting for a part of the programme. */
  EMPLOYER_WORK_FIGURES: anyOf(inRole(['ANALYST'], { of: 'FINSAM' }), staffOf(PARTIES)),
  /** Withdrawing a consent the person gave AF: AF staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(afStaffWhoWorkWithThePerson, theParticipantThemself()),
  /** The person's own access-log extract: the person themself and AF's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), afAuditors),
  /** Log review (loggkontroll) of AF's audit log. */
  AUDIT_REVIEW: afAuditors,
  /** The programme's figures counted over AF's records: the funder's analysts. */
  FIGURES: inRole(['ANALYST'], { of: 'FINSAM' }),
  /** Reading and keeping AF's staff register: AF's administrators. */
  STAFF_REGISTER: inRole(['ADMINISTRATOR'], { of: 'OWNER' }),
});

export type AfCategory = keyof typeof AF_RULES.table;

/** What a person can consent to AF sharing with another party. */
export const AF_CONSENT_CATEGORIES = ['INTERVENTIONS', 'JOB_MATCHES', 'MAPPING'] as const;

/** An AF officer in the plan is named under AF's rule for its interventions; anyone else is never named by AF. */
export function afOfficerCategory(role: string): AfCategory | null {
  return partOfRole(AF_STAFF, role) === 'AF' ? 'INTERVENTIONS' : null;
}
