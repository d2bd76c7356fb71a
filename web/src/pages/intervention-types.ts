import type { Lang } from '../i18n';
import type { Agency } from '../session';
import type { AfInterventionType, CareActivityType, FkInterventionType, MalmoInterventionType } from '../gql/graphql';

type Names = Record<Lang, string>;

/** Each agency's kinds of intervention (its schema's enum, checked by the type), with a name in each language. */
const TYPES: {
  AF: Record<AfInterventionType, Names>;
  MALMO: Record<MalmoInterventionType, Names>;
  FK: Record<FkInterventionType, Names>;
  REGION: Record<CareActivityType, Names>;
} = {
  AF: {
    JOB_MATCHING: { sv: 'Matchning', en: 'Job matching' },
    LABOUR_MARKET_TRAINING: { sv: 'Arbetsmarknadsutbildning', en: 'Labour-market training' },
    WORK_EXPERIENCE_PLACEMENT: { sv: 'Arbetspraktik', en: 'Work experience placement' },
    WAGE_SUBSIDY: { sv: 'Lönebidrag', en: 'Wage subsidy' },
    NEW_START_JOB: { sv: 'Nystartsjobb', en: 'New start job' },
    SUPPORTED_EMPLOYMENT: { sv: 'Stöd och matchning (SIUS)', en: 'Supported employment (SIUS)' },
    REHAB_COOPERATION: { sv: 'Rehabiliteringssamverkan AF/FK', en: 'Rehabilitation cooperation AF/FK' },
  },
  MALMO: {
    WORK_TRAINING: { sv: 'Arbetsträning', en: 'Work training' },
    LANGUAGE_PRACTICE: { sv: 'Språkpraktik', en: 'Language practice' },
    MUNICIPAL_JOB: { sv: 'Kommunal anställning', en: 'Municipal job' },
    MATCHING_GROUP: { sv: 'Matchningsgrupp', en: 'Matching group' },
    LANGUAGE_SUPPORT_GROUP: { sv: 'Språkstödsgrupp', en: 'Language support group' },
    MOTIVATION_GROUP: { sv: 'Motivationsgrupp', en: 'Motivation group' },
    STUDY_FORUM: { sv: 'Studieforum (SYV)', en: 'Study forum (careers adviser)' },
    SFI: { sv: 'SFI, svenska för invandrare', en: 'SFI, Swedish for immigrants' },
    ADULT_EDUCATION: { sv: 'Komvux', en: 'Adult education (Komvux)' },
  },
  FK: {
    WORK_TRAINING_PLACEMENT: { sv: 'Arbetsträning hos arbetsgivare', en: 'Work training at an employer' },
    WORK_CAPACITY_ASSESSMENT: { sv: 'Bedömning av arbetsförmåga', en: 'Work capacity assessment' },
    CONSULTATION: { sv: 'Konsultation till teamet', en: 'Consultation to the team' },
    REHAB_COOPERATION_TRANSFER: {
      sv: 'Övergång till rehabiliteringssamverkan',
      en: 'Transfer to rehabilitation cooperation',
    },
  },
  REGION: {
    SUPPORT_CONVERSATION: { sv: 'Stödsamtal', en: 'Support conversation' },
    FYSS_PRESCRIPTION: { sv: 'FYSS-recept', en: 'Physical activity on prescription' },
    PHYSIOTHERAPY: { sv: 'Fysioterapi', en: 'Physiotherapy' },
    MEDICAL_STATEMENT_HELP: { sv: 'Hjälp med läkarintyg', en: 'Help with a medical statement' },
    CONTACT_WITH_DOCTOR: { sv: 'Kontakt med läkare', en: 'Contact with the doctor' },
    CARE_COORDINATION: { sv: 'Vårdsamordning', en: 'Care coordination' },
  },
};

/**
 * The kinds of intervention by agency, for the form that records one; an
 * agency not here has no such form in the app (shown as not offered).
 */
export const INTERVENTION_TYPES: Partial<Record<Agency, Readonly<Record<string, Names>>>> = TYPES;

export function typeLabel(type: string, lang: Lang): string {
  for (const types of Object.values(INTERVENTION_TYPES)) {
    const label = types?.[type];
    if (label) return label[lang];
  }
  return type;
}
