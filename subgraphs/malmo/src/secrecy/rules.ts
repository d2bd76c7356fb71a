import {
  anyOf,
  allOf,
  consentCovers,
  defineRules,
  partyOf,
  staffWithNeedToKnow,
  teamMember,
  type Party,
  type Role,
  theParticipantThemself,
  auditorOfOwner,
} from '@malmokraften/shared';

/**
 * Malmö stad's secrecy rules: who may see or record each category of the
 * city's records about a participant. Plain-language version: RULES.md.
 * A category missing from this table is released to no one.
 *
 * Malmö stad is three independent parts here (OSL 8 kap. 2 §): social
 * services (ekonomiskt bistånd), the labour-market unit
 * (arbetsmarknadsavdelningen) and adult education (vuxenutbildningen, SYV).
 * Secrecy applies between them as between agencies, so a part of the city
 * that does not hold a category needs the person's consent like any other
 * party.
 */

/** The parts of the city; the caller's part comes from their role (`partyOf`). */
export const MALMO_PARTIES = ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'] as const satisfies readonly Party[];

/** Social services staff on the person's team or assigned to the person. */
const socialServices = staffWithNeedToKnow(['MALMO_SOCIAL_SERVICES']);
/** The socialsekreterare on the person's team or assigned to the person. */
const socialSecretary = staffWithNeedToKnow(['MALMO_SOCIAL_SERVICES'], { roles: ['SOCIALSEKRETERARE'] });
/** The parts that run the municipal interventions: the labour-market unit and adult education. */
const interventionStaff = staffWithNeedToKnow(['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION']);
/** Staff of any part of the city who work with the person. */
const malmoStaff = staffWithNeedToKnow(MALMO_PARTIES);
/**
 * Someone who works with the person and whose part the person has consented
 * to: a member of the person's team of any agency, or a Malmö officer
 * assigned to the person, and an active consent naming the caller's part.
 */
const withConsent = allOf(anyOf(teamMember(), malmoStaff), consentCovers());

export const MALMO_RULES = defineRules('MALMO', {
  /** Whether the person receives försörjningsstöd today, and since when. */
  SOCIAL_ASSISTANCE_STATUS: anyOf(socialServices, withConsent),
  /** Amounts, household and investigation notes: never leave social services. */
  SOCIAL_ASSISTANCE_DETAILS: socialSecretary,
  /** Municipal interventions (kommunala insatser) in the joint plan, and Malmö's officers. */
  INTERVENTIONS: anyOf(theParticipantThemself(), interventionStaff, withConsent),
  /** The consents the person gave the city: Malmö staff who work with the person, and the person themself. */
  CONSENTS: anyOf(malmoStaff, theParticipantThemself()),
  RECORD_SOCIAL_ASSISTANCE: socialSecretary,
  RECORD_INTERVENTIONS: interventionStaff,
  RECORD_CONSENT: malmoStaff,
  /** Withdrawing a consent the person gave the city: Malmö staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(malmoStaff, theParticipantThemself()),
  RECORD_ASSIGNMENT: malmoStaff,
  /** The city's own record of the person's participation (enrolment and discharge dates for its follow-up). */
  RECORD_PARTICIPATION: malmoStaff,
  /** The person's own access-log extract, and log review: the person themself and the agency's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), auditorOfOwner()),
});

export type MalmoCategory = keyof typeof MALMO_RULES.table;

/** What a person can consent to Malmö stad sharing with another party. */
export const MALMO_CONSENT_CATEGORIES = ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'] as const;
export type MalmoConsentCategory = (typeof MALMO_CONSENT_CATEGORIES)[number];

/**
 * The part (or parts) of the city that hold each shareable category under
 * secrecy. They see it without consent; every other party, including the
 * other parts of the city, needs consent. They are also the ones who record
 * the consent that lifts their secrecy. Must agree with the first branch of
 * the category's rule above (the tests check this).
 */
export const CONSENT_CATEGORY_HOLDERS: Readonly<Record<MalmoConsentCategory, readonly Party[]>> = {
  SOCIAL_ASSISTANCE_STATUS: ['MALMO_SOCIAL_SERVICES'],
  INTERVENTIONS: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
};

/** The parts that hold any of the categories: a consent cannot name them as recipient. */
export function holdersOf(categories: readonly MalmoConsentCategory[]): Party[] {
  return [...new Set(categories.flatMap((c) => CONSENT_CATEGORY_HOLDERS[c]))];
}

/**
 * Whether an officer acting for `party` may record a consent covering
 * `categories`: only the part that holds a category lifts its secrecy, so
 * nobody records a consent that widens their own part's access.
 */
export function mayRecordConsentFor(party: Party | null, categories: readonly MalmoConsentCategory[]): boolean {
  return party !== null && categories.length > 0 && categories.every((c) => CONSENT_CATEGORY_HOLDERS[c].includes(party));
}

/** Roles that can be assigned to a participant, each of one part of the city. */
export const ASSIGNABLE_ROLES = ['SOCIALSEKRETERARE', 'ARBETSMARKNADSSEKRETERARE', 'STUDIE_OCH_YRKESVAGLEDARE'] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** The part an officer in `role` works for. */
export function partyOfRole(role: AssignableRole): Party {
  return partyOf({ organisation: 'MALMO', roles: [role] })!;
}

/**
 * An assignment gives the assigned officer need-to-know for their part's
 * records, so each part assigns only its own officers: an
 * arbetsmarknadssekreterare cannot give a socialsekreterare (or the other
 * way round) access to the person.
 */
export function mayAssign(party: Party | null, role: AssignableRole): boolean {
  return party !== null && partyOfRole(role) === party;
}
