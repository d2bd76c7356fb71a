import { anyOf, allOf, consentCovers, defineRules, never, staffWithNeedToKnow, teamMember, theParticipantThemself, auditorOfOwner } from '@malmokraften/shared';

/**
 * Försäkringskassan's secrecy rules: who may see or record each category
 * of FK's records about a participant. Plain-language version: RULES.md.
 * A category missing from this table is released to no one.
 *
 * From the programme's agreement: "FK: benefit type and extent, work
 * capacity, planned transfer to rehab cooperation, with consent; medical
 * certificate contents and diagnoses never."
 */
const fkStaffWhoWorkWithThePerson = staffWithNeedToKnow(['FK']);
const withConsent = allOf(teamMember(), consentCovers());

export const FK_RULES = defineRules('FK', {
  /** Benefit type (sjukpenning, aktivitetsersättning, ...) and extent. */
  BENEFITS: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** Assessments of work capacity (arbetsförmåga): share of full time and a plain summary. */
  WORK_CAPACITY: anyOf(fkStaffWhoWorkWithThePerson, withConsent),
  /** FK's interventions in the joint plan, including a planned transfer to rehabiliteringssamverkan. */
  INTERVENTIONS: anyOf(fkStaffWhoWorkWithThePerson, withConsent, theParticipantThemself()),
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
  RECORD_REFERRAL: fkStaffWhoWorkWithThePerson,
  RECORD_CONSENT: fkStaffWhoWorkWithThePerson,
  /** Withdrawing a consent the person gave FK: FK staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(fkStaffWhoWorkWithThePerson, theParticipantThemself()),
  /** The person's own access-log extract, and log review: the person themself and the agency's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), auditorOfOwner()),
});

export type FkCategory = keyof typeof FK_RULES.table;

/** What a person can consent to FK sharing with another party. Never MEDICAL. */
export const FK_CONSENT_CATEGORIES = ['BENEFITS', 'WORK_CAPACITY', 'INTERVENTIONS'] as const;
