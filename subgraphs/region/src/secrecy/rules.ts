import {
  activeOn,
  allOf,
  anyOf,
  consentCovers,
  defineRules,
  defineStaffPolicy,
  inRole,
  memberOfTheTeam,
  never,
  notBlocked,
  partOfRole,
  staffOf,
  staffWithNeedToKnow,
  teamMember,
  theParticipantThemself,
  type StaffEntry,
} from '@malmokraften/shared';

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
const regionAuditors = inRole(['AUDITOR'], { of: 'OWNER' });

/** How the region divides its staff here (its staff register's rules): one part, and the roles that act for none. */
export const REGION_STAFF = defineStaffPolicy('REGION', {
  parts: { REGION: ['VARDSAMORDNARE'] },
  forNoPart: ['AUDITOR', 'ADMINISTRATOR'],
});

export const REGION_RULES = defineRules('REGION', {
  /**
   * The care-coordination activities in the joint plan: for other members
   * of the person's team only with the person's consent, and never while
   * the person has blocked sharing (spärr), whatever the consent says.
   */
  INTERVENTIONS: anyOf(
    careCoordinatorsOfThePerson,
    allOf(teamMember(), consentCovers(), notBlocked()),
    theParticipantThemself(),
  ),
  /**
   * The region's perspective in the joint mapping (gemensam kartläggning):
   * the person's situation, abilities, wishes and obstacles as the care
   * coordinator sees them; never a diagnosis. Held as the care-coordination
   * activities: other team members with consent and no spärr.
   */
  MAPPING: anyOf(
    careCoordinatorsOfThePerson,
    allOf(teamMember(), consentCovers(), notBlocked()),
    theParticipantThemself(),
  ),
  /** The region's own view: the vårdsamordnare and the coordination notes. */
  CARE_DETAILS: careCoordinatorsOfThePerson,
  /** Whether a spärr is set; telling anyone else would itself share something. */
  SHARING_BLOCK: careCoordinatorsOfThePerson,
  /** The consents the person gave the region: their vårdsamordnare, and the person themself. */
  CONSENTS: anyOf(careCoordinatorsOfThePerson, theParticipantThemself()),
  /** Diagnoses and journal notes are never released by this service, to anyone. */
  CLINICAL: never('diagnoses and journal notes never leave Region Skåne'),
  RECORD_INTERVENTIONS: careCoordinatorsOfThePerson,
  /** The region's perspective in the joint mapping: the person's vårdsamordnare, only. */
  RECORD_MAPPING: careCoordinatorsOfThePerson,
  RECORD_CONSENT: careCoordinatorsOfThePerson,
  /** Withdrawing a consent the person gave the region: their vårdsamordnare, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(careCoordinatorsOfThePerson, theParticipantThemself()),
  RECORD_SHARING_BLOCK: careCoordinatorsOfThePerson,
  RECORD_CARE_COORDINATOR: careCoordinatorsOfThePerson,
  RECORD_CLINICAL: careCoordinatorsOfThePerson,
  /**
   * That the region holds records on the person at all (a person on a
   * team's list: health data in itself): the person's vårdsamordnare; other
   * team members with consent, and never under a spärr.
   */
  KNOWN: anyOf(careCoordinatorsOfThePerson, allOf(teamMember(), consentCovers(), notBlocked())),
  /** Asking for the people the region has on a team: the team's members. */
  TEAM_CASELOAD: memberOfTheTeam(),
  /** Registering a person the region knows: its vårdsamordnare, who becomes the person's care coordinator. */
  REGISTRATION: staffOf(['REGION'], { roles: ['VARDSAMORDNARE'] }),
  /** The person's own access-log extract: the person themself and the region's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), regionAuditors),
  /** Log review (loggkontroll) of the region's audit log. */
  AUDIT_REVIEW: regionAuditors,
  /** The programme's figures counted over the region's records: the funder's analysts. */
  FIGURES: inRole(['ANALYST'], { of: 'FINSAM' }),
  /** Reading and keeping the region's staff register: its administrators. */
  STAFF_REGISTER: inRole(['ADMINISTRATOR'], { of: 'OWNER' }),
});

export type RegionCategory = keyof typeof REGION_RULES.table;

/** What a person can consent to Region Skåne sharing with another party. */
export const REGION_CONSENT_CATEGORIES = ['INTERVENTIONS', 'KNOWN', 'MAPPING'] as const;

/** A vårdsamordnare in the plan is named under the region's rule for its activities (spärr included); anyone else never. */
export function regionOfficerCategory(role: string): RegionCategory | null {
  return partOfRole(REGION_STAFF, role) === 'REGION' ? 'INTERVENTIONS' : null;
}

/**
 * A person is handed over only to a vårdsamordnare the region's staff
 * register has today: nobody becomes a care coordinator (and reads the
 * region's records) by being named in a write. Returns why not, or null.
 */
export function careCoordinatorProblem(assignee: StaffEntry | null, today: string): string | null {
  if (!assignee) return "the officer is not in Region Skåne's staff register";
  if (assignee.organisation !== 'REGION' || !activeOn(assignee, today))
    return 'the officer is not employed by Region Skåne today';
  if (assignee.party !== 'REGION' || !assignee.roles.includes('VARDSAMORDNARE'))
    return 'the register does not have the officer as a vårdsamordnare';
  return null;
}
