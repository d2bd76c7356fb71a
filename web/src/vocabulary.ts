/**
 * Names of the API's codes in each language: parties, roles, categories,
 * purposes, outcomes. Plain words for the person (klarspråk), the code kept
 * where a name is missing.
 */
import type { Outcome } from './gql/graphql';
import type { Lang } from './i18n';
import { AGENCIES, AGENCY_NAMES, OWN_PARTIES, PARTIES, type Party } from './agencies';
import type { Agency, Persona } from './session';

type Names = Record<Lang, string>;

export const PARTY_NAMES: Record<string, Names> = {
  // An agency the texts below do not name yet is called by its name in the registry.
  ...Object.fromEntries(AGENCIES.map((a) => [a, { sv: AGENCY_NAMES[a], en: AGENCY_NAMES[a] }])),
  AF: { sv: 'Arbetsförmedlingen', en: 'Arbetsförmedlingen' },
  MALMO_SOCIAL_SERVICES: {
    sv: 'Malmö stad, socialtjänsten (ekonomiskt bistånd)',
    en: 'City of Malmö, social services (social assistance)',
  },
  MALMO_LABOUR_MARKET: { sv: 'Malmö stad, arbetsmarknadsavdelningen', en: 'City of Malmö, labour-market unit' },
  MALMO_ADULT_EDUCATION: { sv: 'Malmö stad, vuxenutbildningen', en: 'City of Malmö, adult education' },
  FK: { sv: 'Försäkringskassan', en: 'Försäkringskassan' },
  REGION: { sv: 'Region Skåne', en: 'Region Skåne' },
  PERSON: { sv: 'du själv', en: 'you yourself' },
  FINSAM: { sv: 'samordningsförbundet', en: 'the coordination association' },
  MALMO: { sv: 'Malmö stad', en: 'City of Malmö' },
};

export const ROLE_NAMES: Record<string, Names> = {
  ARBETSFORMEDLARE: { sv: 'arbetsförmedlare', en: 'employment officer' },
  SAMORDNARE: { sv: 'samordnare', en: 'operational lead' },
  SIUS_KONSULENT: { sv: 'SIUS-konsulent', en: 'supported-employment consultant' },
  AF_SEKTIONSCHEF: { sv: 'sektionschef', en: 'section head' },
  MALMO_SEKTIONSCHEF: { sv: 'sektionschef', en: 'section head' },
  SOCIALSEKRETERARE: { sv: 'socialsekreterare', en: 'social secretary' },
  ARBETSMARKNADSSEKRETERARE: { sv: 'arbetsmarknadssekreterare', en: 'labour-market secretary' },
  STUDIE_OCH_YRKESVAGLEDARE: { sv: 'studie- och yrkesvägledare', en: 'study and careers adviser' },
  FORSAKRINGSUTREDARE: { sv: 'försäkringsutredare', en: 'insurance investigator' },
  VARDSAMORDNARE: { sv: 'vårdsamordnare', en: 'care coordinator' },
  AUDITOR: { sv: 'granskare av loggar', en: 'log auditor' },
  ADMINISTRATOR: { sv: 'administratör', en: 'administrator' },
  ANALYST: { sv: 'analytiker', en: 'analyst' },
  PARTICIPANT: { sv: 'du själv', en: 'you yourself' },
};

/** What the records are, in words a person understands. */
export const CATEGORY_NAMES: Record<string, Names> = {
  INTERVENTIONS: { sv: 'insatser i planen', en: 'interventions in the plan' },
  JOB_MATCHES: { sv: 'förslag på jobb', en: 'job matches' },
  MAPPING: { sv: 'kartläggningen av din situation', en: 'the mapping of your situation' },
  SOCIAL_ASSISTANCE_STATUS: { sv: 'om du får försörjningsstöd', en: 'whether you receive social assistance' },
  SOCIAL_ASSISTANCE_DETAILS: { sv: 'uppgifter om försörjningsstödet', en: 'details of the social assistance' },
  KNOWN: { sv: 'att myndigheten har uppgifter om dig', en: 'that the agency holds records on you' },
  BENEFITS: { sv: 'ersättningar (vilken sort och hur mycket)', en: 'benefits (kind and extent)' },
  WORK_CAPACITY: { sv: 'bedömning av hur mycket du kan arbeta', en: 'assessment of your work capacity' },
  PROGRAMME: { sv: 'uppgifter om programmet (team, mål, möten)', en: 'programme facts (team, goal, meetings)' },
  NAME: { sv: 'ditt namn', en: 'your name' },
  PERSONNUMMER: { sv: 'ditt personnummer', en: 'your personal identity number' },
  CONSENTS: { sv: 'dina samtycken', en: 'your consents' },
  ACCESS_LOG: { sv: 'vem som har läst om dig', en: 'who has read your records' },
  REFERRAL: { sv: 'att Försäkringskassan skickade dig till programmet', en: 'that Försäkringskassan referred you' },
  CARE_DETAILS: { sv: 'vårdsamordningen', en: 'the care coordination' },
  SHARING_BLOCK: { sv: 'om du har spärrat uppgifter', en: 'whether you have blocked sharing' },
  RECORD_PROGRAMME: { sv: 'ändring i programmet', en: 'a change in the programme' },
  RECORD_INTERVENTIONS: { sv: 'ändring av insatser', en: 'a change of interventions' },
  RECORD_MAPPING: { sv: 'ändring i kartläggningen', en: 'a change in the mapping' },
  RECORD_CONSENT: { sv: 'nytt samtycke', en: 'a new consent' },
  RECORD_CONSENT_WITHDRAWAL: { sv: 'samtycke som togs tillbaka', en: 'a consent withdrawn' },
  ENROLMENT: { sv: 'inskrivning', en: 'enrolment' },
  REGISTRATION: { sv: 'registrering', en: 'registration' },
};

export const PURPOSE_NAMES: Record<string, Names> = {
  JOINT_PLANNING: { sv: 'för att planera tillsammans med dig', en: 'to plan together with you' },
  FOLLOW_UP: { sv: 'för att följa upp', en: 'to follow up' },
  AUDIT: { sv: 'för att granska loggen', en: 'to review the log' },
  PARTICIPANT_EXTRACT: { sv: 'du läste själv', en: 'you read it yourself' },
};

/** The purposes as staff name them (the log review). */
export const PURPOSE_NAMES_STAFF: Record<string, Names> = {
  JOINT_PLANNING: { sv: 'gemensam planering', en: 'joint planning' },
  FOLLOW_UP: { sv: 'uppföljning', en: 'follow-up' },
  AUDIT: { sv: 'loggkontroll', en: 'log review' },
  PARTICIPANT_EXTRACT: { sv: 'personens eget loggutdrag', en: "the person's own extract" },
};

export const OUTCOME_NAMES: Record<Outcome, Names> = {
  WORK_UNSUBSIDISED: { sv: 'Arbete utan stöd', en: 'Work, unsubsidised' },
  WORK_SUBSIDISED: {
    sv: 'Arbete med stöd (t.ex. lönebidrag, nystartsjobb)',
    en: 'Subsidised work (e.g. wage subsidy, new-start job)',
  },
  STUDIES: { sv: 'Studier', en: 'Studies' },
  REHAB_COOPERATION: { sv: 'Rehabiliteringssamverkan AF/FK', en: 'Rehabilitation cooperation AF/FK' },
  OTHER_INTERVENTION: { sv: 'Annan insats', en: 'Other intervention' },
  MOVED: { sv: 'Flyttat', en: 'Moved' },
  ENDED_OTHER: { sv: 'Avslutat av annat skäl', en: 'Ended for other reasons' },
};

export function named(names: Record<string, Names>, code: string, lang: Lang): string {
  return names[code]?.[lang] ?? code;
}

/** A category as the audit log writes it ("OFFICER ARBETSFORMEDLARE", "TEAM_CASELOAD T01") in words. */
export function categoryName(code: string, lang: Lang): string {
  const [head = code, ...rest] = code.split(' ');
  if (head === 'OFFICER')
    return lang === 'sv'
      ? `vem som är ${named(ROLE_NAMES, rest.join(' '), lang)}`
      : `who the ${named(ROLE_NAMES, rest.join(' '), lang)} is`;
  return CATEGORY_NAMES[head] ? [CATEGORY_NAMES[head][lang], ...rest].join(' ') : code;
}

/** What a person can consent to each agency sharing (each agency's consent category enum); none for an agency not here. */
export const CONSENT_CATEGORIES: Partial<Record<Agency, string[]>> = {
  AF: ['INTERVENTIONS', 'JOB_MATCHES'],
  MALMO: ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS', 'KNOWN'],
  FK: ['BENEFITS', 'WORK_CAPACITY', 'INTERVENTIONS', 'KNOWN'],
  REGION: ['INTERVENTIONS', 'KNOWN'],
};

/** The parts of Malmö stad that hold each category: only they record a consent to share it (Malmö's rules). */
const MALMO_HOLDERS: Record<string, string[]> = {
  SOCIAL_ASSISTANCE_STATUS: ['MALMO_SOCIAL_SERVICES'],
  INTERVENTIONS: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
  KNOWN: ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
};

export { PARTIES, type Party };

/** The part of Malmö stad an officer acts for, from their role. */
export function malmoPartOf(persona: Persona): Party | null {
  if (persona.roles.includes('SOCIALSEKRETERARE')) return 'MALMO_SOCIAL_SERVICES';
  if (persona.roles.includes('ARBETSMARKNADSSEKRETERARE') || persona.roles.includes('MALMO_SEKTIONSCHEF'))
    return 'MALMO_LABOUR_MARKET';
  if (persona.roles.includes('STUDIE_OCH_YRKESVAGLEDARE')) return 'MALMO_ADULT_EDUCATION';
  return null;
}

/** The categories an officer records consents for: at Malmö stad only those their part holds. */
export function consentCategoriesFor(agency: Agency, persona: Persona): string[] {
  if (agency !== 'MALMO') return CONSENT_CATEGORIES[agency] ?? [];
  const part = malmoPartOf(persona);
  return (CONSENT_CATEGORIES.MALMO ?? []).filter((c) => part !== null && MALMO_HOLDERS[c]!.includes(part));
}

/** The parties a consent of this agency can name: every other party (at Malmö, also the city's other parts). */
export function recipientsFor(agency: Agency, persona: Persona): Party[] {
  if (agency === 'MALMO') {
    const part = malmoPartOf(persona);
    return PARTIES.filter((p) => p !== part);
  }
  return PARTIES.filter((p) => !OWN_PARTIES[agency].includes(p));
}
