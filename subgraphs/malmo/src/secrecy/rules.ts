import {
  activeOn,
  anyOf,
  allOf,
  consentCovers,
  defineRules,
  defineStaffPolicy,
  inRole,
  memberOfTheTeam,
  PARTIES,
  partOfRole,
  staffOf,
  staffWithNeedToKnow,
  teamMember,
  type Party,
  type Role,
  type StaffEntry,
  theParticipantThemself,
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

/** The parts of the city. */
export const MALMO_PARTIES = [
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
] as const satisfies readonly Party[];

/**
 * Which roles belong to which part of the city: the rule Malmö's staff
 * register keeps (an entry's roles all belong to its part), and the part an
 * assignment in a role is for. Auditors and the register's administrators
 * act for no part and see no one's records.
 */
export const MALMO_STAFF = defineStaffPolicy('MALMO', {
  parts: {
    MALMO_SOCIAL_SERVICES: ['SOCIALSEKRETERARE'],
    MALMO_LABOUR_MARKET: ['ARBETSMARKNADSSEKRETERARE', 'MALMO_SEKTIONSCHEF'],
    MALMO_ADULT_EDUCATION: ['STUDIE_OCH_YRKESVAGLEDARE'],
  },
  forNoPart: ['AUDITOR', 'ADMINISTRATOR'],
});

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
const malmoAuditors = inRole(['AUDITOR'], { of: 'OWNER' });

export const MALMO_RULES = defineRules('MALMO', {
  /** Whether the person receives försörjningsstöd today, and since when. */
  SOCIAL_ASSISTANCE_STATUS: anyOf(socialServices, withConsent),
  /** Amounts, household and investigation notes: never leave social services. */
  SOCIAL_ASSISTANCE_DETAILS: socialSecretary,
  /** Municipal interventions (kommunala insatser) in the joint plan, and Malmö's officers. */
  INTERVENTIONS: anyOf(theParticipantThemself(), interventionStaff, withConsent),
  /**
   * The city's perspective in the joint mapping (gemensam kartläggning):
   * the person's situation, abilities, wishes and obstacles, as the parts
   * that run the municipal interventions see them. Held as those
   * interventions: social services needs consent like any other party.
   */
  MAPPING: anyOf(theParticipantThemself(), interventionStaff, withConsent),
  /** The consents the person gave the city: Malmö staff who work with the person, and the person themself. */
  CONSENTS: anyOf(malmoStaff, theParticipantThemself()),
  RECORD_SOCIAL_ASSISTANCE: socialSecretary,
  RECORD_INTERVENTIONS: interventionStaff,
  /** The city's perspective in the joint mapping: the labour-market unit's and adult education's staff who work with the person. */
  RECORD_MAPPING: interventionStaff,
  RECORD_CONSENT: malmoStaff,
  /** Withdrawing a consent the person gave the city: Malmö staff who work with the person, and the person themself. */
  RECORD_CONSENT_WITHDRAWAL: anyOf(malmoStaff, theParticipantThemself()),
  RECORD_ASSIGNMENT: malmoStaff,
  /**
   * Matches to the city's opportunities (recruitments, work-training places,
   * language practice, municipal jobs), with the placements and their
   * follow-ups: held as the municipal interventions are.
   */
  MATCHES: anyOf(interventionStaff, withConsent),
  /** Proposing the person for an opportunity, a match's steps, the follow-ups after a placement: the labour-market unit's staff who work with the person. */
  RECORD_MATCHES: staffWithNeedToKnow(['MALMO_LABOUR_MARKET']),
  /**
   * The employers the city works with and the opportunities acquired from
   * them: not personal data about participants, shared with every team:
   * anyone Malmö's register confirms as acting for a part of the programme.
   */
  OPPORTUNITIES: staffOf(PARTIES),
  /** The city's contact person at an employer: personal data of the labour-market unit, which keeps the employer contacts. */
  EMPLOYER_CONTACT: staffOf(['MALMO_LABOUR_MARKET']),
  /** Recording employers and opportunities in the city's register: the labour-market unit. */
  RECORD_OPPORTUNITIES: staffOf(['MALMO_LABOUR_MARKET']),
  /** The figures of the agency's employer work (protected aggregates, as in the programme report): the funder's analysts, and everyone acting for a part of the programme. */
  EMPLOYER_WORK_FIGURES: anyOf(inRole(['ANALYST'], { of: 'FINSAM' }), staffOf(PARTIES)),
  /** The city's own record of the person's participation (enrolment and discharge dates for its follow-up). */
  RECORD_PARTICIPATION: malmoStaff,
  /** That the city holds records on the person at all (a person on a team's list): Malmö staff who work with the person; anyone else who works with the person with consent. */
  KNOWN: anyOf(malmoStaff, withConsent),
  /** Asking for the people Malmö has on a team: the team's members. */
  TEAM_CASELOAD: memberOfTheTeam(),
  /** Registering a person in the city's register: staff of any part of the city. */
  REGISTRATION: staffOf(MALMO_PARTIES),
  /** The person's own access-log extract: the person themself and Malmö's auditors. */
  ACCESS_LOG: anyOf(theParticipantThemself(), malmoAuditors),
  /** Log review (loggkontroll) of Malmö's audit log. */
  AUDIT_REVIEW: malmoAuditors,
  /** The programme's figures counted over Malmö's records: the funder's analysts. */
  FIGURES: inRole(['ANALYST'], { of: 'FINSAM' }),
  /** Reading and keeping Malmö's staff register: Malmö's administrators. */
  STAFF_REGISTER: inRole(['ADMINISTRATOR'], { of: 'OWNER' }),
});

export type MalmoCategory = keyof typeof MALMO_RULES.table;

/** What a person can consent to Malmö stad sharing with another party. */
export const MALMO_CONSENT_CATEGORIES = [
  'SOCIAL_ASSISTANCE_STATUS',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;
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
  // The city's register of whom it knows is kept by all three parts.
  KNOWN: MALMO_PARTIES,
  // Matches are held as the municipal interventions are.
  MATCHES: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
  // The city's perspective in the joint mapping is held as the municipal interventions are.
  MAPPING: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
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
  return (
    party !== null && categories.length > 0 && categories.every((c) => CONSENT_CATEGORY_HOLDERS[c].includes(party))
  );
}

/** Roles that can be assigned to a participant, each of one part of the city. */
export const ASSIGNABLE_ROLES = [
  'SOCIALSEKRETERARE',
  'ARBETSMARKNADSSEKRETERARE',
  'STUDIE_OCH_YRKESVAGLEDARE',
] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** The part an officer in `role` works for. */
export function partyOfRole(role: AssignableRole): Party {
  return partOfRole(MALMO_STAFF, role)!;
}

/**
 * An assignment gives the assigned officer need-to-know for their part's
 * records, so each part assigns only its own officers, and only in a role
 * Malmö's staff register has them in today: an arbetsmarknadssekreterare
 * cannot give a socialsekreterare (or the other way round) access to the
 * person, nor name a colleague in a role they do not hold, nor someone the
 * city does not employ. Returns why not, or null.
 */
export function assignmentProblem(
  assigner: Party | null,
  assignee: StaffEntry | null,
  role: AssignableRole,
  today: string,
): string | null {
  const part = partyOfRole(role);
  if (assigner === null || assigner !== part) return `${assigner ?? 'no part'} cannot assign a ${role} (${part})`;
  if (!assignee) return "the officer is not in Malmö stad's staff register";
  if (assignee.organisation !== 'MALMO' || !activeOn(assignee, today))
    return 'the officer is not employed by Malmö stad today';
  if (assignee.party !== part || !(assignee.roles as readonly string[]).includes(role))
    return `the register does not have the officer as ${role} of ${part}`;
  return null;
}

/**
 * An officer in Malmö's part of the plan is named under the rule of their
 * part's records: social services' officers as whether the person receives
 * social assistance (their name says as much), the labour-market unit's and
 * adult education's as the municipal interventions.
 */
export function malmoOfficerCategory(role: string): MalmoCategory | null {
  switch (partOfRole(MALMO_STAFF, role)) {
    case 'MALMO_SOCIAL_SERVICES':
      return 'SOCIAL_ASSISTANCE_STATUS';
    case 'MALMO_LABOUR_MARKET':
    case 'MALMO_ADULT_EDUCATION':
      return 'INTERVENTIONS';
    default:
      return null;
  }
}
