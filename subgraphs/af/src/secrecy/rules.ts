import { anyOf, allOf, consentCovers, defineRules, identityNotProtected, staffWithNeedToKnow, teamMember, theParticipantThemself, auditorOfOwner } from '@malmokraften/shared';

/**
 * Arbetsförmedlingen's secrecy rules: who may see or record each category
 * of AF's records about a participant. Plain-language version: RULES.md.
 * A category missing from this table is released to no one.
 */
const afStaffWhoWorkWithThePerson = staffWithNeedToKnow(['AF']);

export const AF_RULES = defineRules('AF', {
  /** Enrolment, team, dates, goal, follow-ups: the team plans together on these. */
  PROGRAMME: anyOf(afStaffWhoWorkWithThePerson, teamMember(), theParticipantThemself()),
  /** The person's name, so the team knows whom they are meeting. */
  NAME: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), identityNotProtected())),
  PERSONNUMMER: afStaffWhoWorkWithThePerson,
  /** AF's interventions (insatser) in the joint plan. */
  INTERVENTIONS: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), consentCovers()), theParticipantThemself()),
  JOB_MATCHES: anyOf(afStaffWhoWorkWithThePerson, allOf(teamMember(), consentCovers())),
  /** The consents the person gave AF: AF staff who work with the person, and the person themself. */
  CONSENTS: anyOf(afStaffWhoWorkWithThePerson, theParticipantThemself()),
  RECORD_PROGRAMME: afStaffWhoWorkWithThePerson,
  RECORD_INTERVENTIONS: afStaffWhoWorkWithThePerson,
  RECORD_CONSENT: afStaffWhoWorkWithThePerson,
  /** Withdrawing a consent the person gave AF: AF staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(afStaffWhoWorkWithThePerson, theParticipantThemself()),
  /** The person's own access-log extract, and log review: the person themself and the agency's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), auditorOfOwner()),
});

export type AfCategory = keyof typeof AF_RULES.table;

/** What a person can consent to AF sharing with another party. */
export const AF_CONSENT_CATEGORIES = ['INTERVENTIONS', 'JOB_MATCHES'] as const;
