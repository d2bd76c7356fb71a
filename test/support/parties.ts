import type { Caller, Party } from '@malmokraften/shared';

/**
 * The part a caller acts for, as the demo's staff registers have officers in
 * these roles (the division each agency states in its secrecy/rules.ts), for
 * rule-table tests that take no register. Auditors, administrators, the
 * funder's analysts and the person themself act for no part.
 */
const PART_OF_ROLE: Record<string, Party> = {
  ARBETSFORMEDLARE: 'AF',
  SAMORDNARE: 'AF',
  SIUS_KONSULENT: 'AF',
  AF_SEKTIONSCHEF: 'AF',
  SOCIALSEKRETERARE: 'MALMO_SOCIAL_SERVICES',
  ARBETSMARKNADSSEKRETERARE: 'MALMO_LABOUR_MARKET',
  MALMO_SEKTIONSCHEF: 'MALMO_LABOUR_MARKET',
  STUDIE_OCH_YRKESVAGLEDARE: 'MALMO_ADULT_EDUCATION',
  FORSAKRINGSUTREDARE: 'FK',
  VARDSAMORDNARE: 'REGION',
};

export function demoParty(c: Pick<Caller, 'roles'>): Party | null {
  for (const r of c.roles) if (PART_OF_ROLE[r]) return PART_OF_ROLE[r];
  return null;
}
