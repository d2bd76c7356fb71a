// Written by `npm run registry` from Försäkringskassan's schema (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const FkBenefitTypeValues = [
  'SJUKPENNING',
  'AKTIVITETSERSATTNING',
  'SJUKERSATTNING',
  'REHABILITERINGSPENNING',
] as const;
export const FkConsentCategoryValues = [
  'BENEFITS',
  'WORK_CAPACITY',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;
export const FkEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const FkInterventionTypeValues = [
  'WORK_TRAINING_PLACEMENT',
  'WORK_CAPACITY_ASSESSMENT',
  'CONSULTATION',
  'REHAB_COOPERATION_TRANSFER',
] as const;
export const FkMeasureValues = [
  'WITH_INTERVENTION',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
