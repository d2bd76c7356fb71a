// Written by `npm run registry` from Arbetsförmedlingen's schema (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const AfConsentCategoryValues = ['INTERVENTIONS', 'JOB_MATCHES', 'MAPPING'] as const;
export const AfInterventionTypeValues = [
  'JOB_MATCHING',
  'LABOUR_MARKET_TRAINING',
  'WORK_EXPERIENCE_PLACEMENT',
  'WAGE_SUBSIDY',
  'NEW_START_JOB',
  'SUPPORTED_EMPLOYMENT',
  'REHAB_COOPERATION',
] as const;
export const AfMeasureValues = [
  'ENROLLED',
  'ONGOING',
  'ONGOING_AT_MONTH_END',
  'DISCHARGED',
  'DISCHARGED_TO_WORK_OR_STUDIES',
  'WITH_INTERVENTION',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export const EndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const EntryRouteValues = ['AF', 'SOCIAL_SERVICES', 'FK'] as const;
export const GenderValues = ['WOMAN', 'MAN', 'OTHER'] as const;
export const OutcomeValues = [
  'WORK_UNSUBSIDISED',
  'WORK_SUBSIDISED',
  'STUDIES',
  'REHAB_COOPERATION',
  'OTHER_INTERVENTION',
  'MOVED',
  'ENDED_OTHER',
] as const;
export const ParticipationStatusValues = ['ENROLLED', 'DISCHARGED'] as const;
export const PeriodKindValues = ['YEAR', 'TERTIAL', 'MONTH', 'ALL'] as const;
export const PlanGoalTypeValues = ['WORK', 'STUDIES'] as const;
export const TimingSplitValues = ['GENDER', 'BACKGROUND'] as const;
