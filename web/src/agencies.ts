// Written by `npm run registry` from the agency registry (shared/src/agencies.ts); do not edit.

/** The agencies, in the registry's order: the order of every list of them. */
export const AGENCIES = ['AF', 'MALMO', 'FK', 'REGION'] as const;
export type Agency = (typeof AGENCIES)[number];

/** Each agency's name as people know it, where the app's texts have none of their own. */
export const AGENCY_NAMES: Record<Agency, string> = {
  AF: 'Arbetsförmedlingen',
  MALMO: 'Malmö stad',
  FK: 'Försäkringskassan',
  REGION: 'Region Skåne',
};

/** Independent parts that consent names as recipients, in the registry's order. */
export const PARTIES = [
  'AF',
  'MALMO_SOCIAL_SERVICES',
  'MALMO_LABOUR_MARKET',
  'MALMO_ADULT_EDUCATION',
  'FK',
  'REGION',
] as const;
export type Party = (typeof PARTIES)[number];

/** The independent parts of each agency. */
export const OWN_PARTIES: Record<Agency, readonly Party[]> = {
  AF: ['AF'],
  MALMO: ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
  FK: ['FK'],
  REGION: ['REGION'],
};

/** The roles that belong to each agency: its staff who work with participants' cases. */
export const AGENCY_ROLES: Record<Agency, readonly string[]> = {
  AF: ['ARBETSFORMEDLARE', 'SAMORDNARE', 'SIUS_KONSULENT', 'AF_SEKTIONSCHEF'],
  MALMO: ['SOCIALSEKRETERARE', 'ARBETSMARKNADSSEKRETERARE', 'STUDIE_OCH_YRKESVAGLEDARE', 'MALMO_SEKTIONSCHEF'],
  FK: ['FORSAKRINGSUTREDARE'],
  REGION: ['VARDSAMORDNARE'],
};
