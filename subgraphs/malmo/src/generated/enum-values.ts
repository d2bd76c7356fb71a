// Written by `npm run registry` from Malmö stad's schema (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const MalmoConsentCategoryValues = [
  'SOCIAL_ASSISTANCE_STATUS',
  'INTERVENTIONS',
  'KNOWN',
  'MATCHES',
  'MAPPING',
] as const;
export const MalmoEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const MalmoInterventionTypeValues = [
  'WORK_TRAINING',
  'LANGUAGE_PRACTICE',
  'MUNICIPAL_JOB',
  'MATCHING_GROUP',
  'LANGUAGE_SUPPORT_GROUP',
  'MOTIVATION_GROUP',
  'STUDY_FORUM',
  'SFI',
  'ADULT_EDUCATION',
] as const;
export const MalmoMeasureValues = [
  'WITH_INTERVENTION',
  'SOCIAL_ASSISTANCE_AT_ENROLMENT',
  'OPPORTUNITIES_ACQUIRED',
  'OPPORTUNITIES_FILLED',
  'MATCHES',
  'PLACEMENTS_AT_3_MONTHS',
  'PLACEMENTS_AT_6_MONTHS',
] as const;
export const MalmoOfficerRoleValues = [
  'SOCIALSEKRETERARE',
  'ARBETSMARKNADSSEKRETERARE',
  'STUDIE_OCH_YRKESVAGLEDARE',
] as const;
