// Written by `npm run registry` from Region Skåne's schema (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

export const CareActivityEndStatusValues = ['COMPLETED', 'CANCELLED'] as const;
export const CareActivityTypeValues = [
  'SUPPORT_CONVERSATION',
  'FYSS_PRESCRIPTION',
  'PHYSIOTHERAPY',
  'MEDICAL_STATEMENT_HELP',
  'CONTACT_WITH_DOCTOR',
  'CARE_COORDINATION',
] as const;
export const RegionConsentCategoryValues = ['INTERVENTIONS', 'KNOWN', 'MAPPING'] as const;
export const RegionMeasureValues = ['WITH_INTERVENTION'] as const;
