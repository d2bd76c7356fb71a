import {
  anyOf,
  allOf,
  consentCovers,
  defineRules,
  defineStaffPolicy,
  inRole,
  memberOfTheTeam,
  never,
  PARTIES,
  partOfRole,
  staffOf,
  staffWithNeedToKnow,
  teamMember,
  theParticipantThemself,
} from '@malmokraften/shared';

/**
 * Försäkringskassan's secrecy rules: who may see or record each category
 * of FK's records about a participant. Plain-language version: RULES.md.
 * A category missing from this table is released to no one.
 *
 * From the programme's agreement: "FK: benefit type and extent, work
 * capacity, planned transfer to rehab cooperation, with consent; medical
 * certificate contents and diagnoses never."
 */
/** How FK divides its staff (its staff register's rules): one part, and the roles that act for none. */
export const FK_STAFF = defineStaffPolicy('FK', {
  parts: { FK: ['FORSAKRINGSUTREDARE'] },
  forNoPart: ['AUDITOR', 'ADMINISTRATOR'],
});

const fkStaffWhoWorkWithThePerson = staffWithNeedToKnow(['FK']);
const withConsent = allOf(teamMember(), consentCovers());
const fkAuditors = inRole(['AUDITOR'], { of: 'OWNER' });

export const FK_RULES = defineRules('FK', {
  /** Benefit type (sjukpenning, aktivitetsersättning, ...) and extent. */
  BENEFITS: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** Assessments of work capacity (arbetsförmåga): share of full time and a plain summary. */
  WORK_CAPACITY: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** FK's interventions in the joint plan, including a planned transfer to rehabiliteringssamverkan. */
  INTERVENTIONS: anyOf(fkStaffWhoWorkWithThePerson, withConsent, theParticipantThemself()),
  /**
   * FK's perspective in the joint mapping (gemensam kartläggning): the
   * person's situation, abilities, wishes and obstacles as FK sees them;
   * never a diagnosis or a certificate's contents. Held as FK's
   * interventions: other team members with consent.
   */
  MAPPING: anyOf(fkStaffWhoWorkWithThePerson, withConsent, theParticipantThemself()),
  /** That and when FK referred the person into the programme: a programme fact for the whole team. */
  REFERRAL: anyOf(fkStaffWhoWorkWithThePerson, teamMember()),
  /** The consents the person gave FK: FK staff who work with the person, and the person themself. */
  CONSENTS: anyOf(fkStaffWhoWorkWithThePerson, theParticipantThemself()),
  /**
   * Contents of medical certificates (läkarintyg), diagnoses and the medical
   * basis of an assessment. Not in the schema at all; listed here so that
   * the table states the policy and every attempt is refused by name.
   */
  MEDICAL: never('medical certificate contents and diagnoses never leave Försäkringskassan'),
  RECORD_BENEFITS: fkStaffWhoWorkWithThePerson,
  RECORD_WORK_CAPACITY: fkStaffWhoWorkWithThePerson,
  RECORD_INTERVENTIONS: fkStaffWhoWorkWithThePerson,
  /** FK's perspective in the joint mapping: FK staff who work with the person, only. */
  RECORD_MAPPING: fkStaffWhoWorkWithThePerson,
  RECORD_REFERRAL: fkStaffWhoWorkWithThePerson,
  RECORD_CONSENT: fkStaffWhoWorkWithThePerson,
  /** Matches to FK's opportunities (work-training places at employers), with the placements and their follow-ups. */
  MATCHES: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** Proposing the person for an opportunity, a match's steps, the follow-ups after a placement. */
  RECORD_MATCHES: fkStaffWhoWorkWithThePerson,
  /**
   * The employers FK works with and the opportunities acquired from them:
   * not personal data about participants, shared with every team: anyone
   * FK's register confirms as acting for a part of the programme.
   */
  OPPORTUNITIES: staffOf(PARTIES),
  /** FK's contact person at an employer: personal data of FK, for FK's own staff. */
  EMPLOYER_CONTACT: staffOf(['FK']),
  /** Recording employers and opportunities in FK's register: FK's own staff. */
  RECORD_OPPORTUNITIES: staffOf(['FK']),
  /** The figures of the agency's employer work (protected aggregates, as in the programme report): the funder's analysts, and everyone acting for a part of the programme. */
  EMPLOYER_WORK_FIGURES: anyOf(inRole(['ANALYST'], { of: 'FINSAM' }), staffOf(PARTIES)),
  /** Withdrawing a consent the person gave FK: FK staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(fkStaffWhoWorkWithThePerson, theParticipantThemself()),
  /** That FK holds records on the person at all (a person on a team's list; the person may be on sick leave): FK staff who work with the person; other team members with consent. */
  KNOWN: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** Asking for the people FK has on a team: the team's members. */
  TEAM_CASELOAD: memberOfTheTeam(),
  /** Registering a person in FK's register: FK staff. */
  REGISTRATION: staffOf(['FK']),
  /** The person's own access-log extract: the person themself and FK's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), fkAuditors),
  /** Log review (loggkontroll) of FK's audit log. */
  AUDIT_REVIEW: fkAuditors,
  /** The programme's figures counted over FK's records: the funder's analysts. */
  FIGURES: inRole(['ANALYST'], { of: 'FINSAM' }),
  /** Reading and keeping FK's staff register: FK's administrators. */
  STAFF_REGISTER: inRole(['ADMINISTRATOR'], { of: 'OWNER' }),
});

export type FkCategory = keyof typeof FK_RULES.table;

/** What a person can consent to FK sharing with another party. Never MEDICAL. */
export const FK_CONSENT_CATEGORIES = [
  'BENEFITS',
  'WORK_CAPACITY',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;

/** An FK officer in the plan is named under FK's rule for its interventions; anyone else is never named by FK. */
export function fkOfficerCategory(role: string): FkCategory | null {
  return partOfRole(FK_STAFF, role) === 'FK' ? 'INTERVENTIONS' : null;
}
