import { allOf, anyOf, consentCovers, defineRules, never, notBlocked, staffWithNeedToKnow, teamMember, theParticipantThemself, auditorOfOwner } from '@malmokraften/shared';

/**
 * Region Skåne's secrecy rules (patientdatalagen, OSL 25 kap.): who may see
 * or record each category of the region's records about a participant.
 * Plain-language version: RULES.md. A category missing from this table is
 * released to no one.
 */

/**
 * Inre sekretess: the region's vårdsamordnare (care coordinators) who work
 * with the person, assigned to them or supporting the person's team. A
 * spärr does not apply to them: it blocks sharing out of the care unit,
 * and they are the care unit.
 */
const careCoordinatorsOfThePerson = staffWithNeedToKnow(['REGION'], { roles: ['VARDSAMORDNARE'] });

export const REGION_RULES = defineRules('REGION', {
  /**
   * The care-coordination activities in the joint plan: for other members
   * of the person's team only with the person's consent, and never while
   * the person has blocked sharing (spärr), whatever the consent says.
   */
  INTERVENTIONS: anyOf(careCoordinatorsOfThePerson, allOf(teamMember(), consentCovers(), notBlocked()), theParticipantThemself()),
  /** The region's own view: the vårdsamordnare and the coordination notes. */
  CARE_DETAILS: careCoordinatorsOfThePerson,
  /** Whether a spärr is set; telling anyone else would itself share something. */
  SHARING_BLOCK: careCoordinatorsOfThePerson,
  /** The consents the person gave the region: their vårdsamordnare, and the person themself. */
  CONSENTS: anyOf(careCoordinatorsOfThePerson, theParticipantThemself()),
  /** Diagnoses and journal notes are never released by this service, to anyone. */
  CLINICAL: never('diagnoses and journal notes never leave Region Skåne'),
  RECORD_INTERVENTIONS: careCoordinatorsOfThePerson,
  RECORD_CONSENT: careCoordinatorsOfThePerson,
  /** Withdrawing a consent the person gave the region: their vårdsamordnare, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(careCoordinatorsOfThePerson, theParticipantThemself()),
  RECORD_SHARING_BLOCK: careCoordinatorsOfThePerson,
  RECORD_CARE_COORDINATOR: careCoordinatorsOfThePerson,
  RECORD_CLINICAL: careCoordinatorsOfThePerson,
  /** The person's own access-log extract, and log review: the person themself and the agency's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), auditorOfOwner()),
});

export type RegionCategory = keyof typeof REGION_RULES.table;

/** What a person can consent to Region Skåne sharing with another party. */
export const REGION_CONSENT_CATEGORIES = ['INTERVENTIONS'] as const;
