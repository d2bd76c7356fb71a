import type { Agency } from '../caller';
import { AGENCY_NAMES } from '../agencies';

export interface WithheldNotice {
  agency: Agency;
  code: 'WITHHELD';
  message: string;
}

/**
 * The one answer given in place of anything withheld. It depends only on
 * the agency, never on the person or the reason, so it cannot reveal
 * whether the agency holds records on the person.
 */
export function withheldNotice(agency: Agency): WithheldNotice {
  return {
    agency,
    code: 'WITHHELD',
    message: `${AGENCY_NAMES[agency]} shares this only with staff who work with the person and, where the law requires it, with the person's consent. Nothing is shown here, whether or not records exist.`,
  };
}
