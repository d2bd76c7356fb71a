import { employerWorkResolvers } from '@malmokraften/shared';
import type { Context } from './context';
import { MALMO_FIGURES } from './report';

/**
 * Malmö stad's employer work (docs/employer-work.md): the labour-market
 * unit's register of employers and opportunities (recruitments, municipal
 * jobs, work-training places, language practice), the matches of people to
 * them and the follow-ups after a placement, through the shared machinery
 * (`EmployerWork`) and the city's own rule table.
 */

/** Malmö's interventions that mean the person studies Swedish now. */
const SWEDISH_STUDIES = new Set(['SFI', 'LANGUAGE_SUPPORT_GROUP']);

/**
 * What the city releases for matching: whether the person studies Swedish
 * now (SFI, a language support group), read from the municipal
 * interventions under their rule (INTERVENTIONS); null when withheld.
 */
async function matchingFacts(malmo: Context['malmo'], id: string) {
  const part = await malmo.planPart(id);
  const today = malmo.today;
  const studiesSwedish = part.withheld
    ? null
    : part.interventions.some(
        (i) =>
          SWEDISH_STUDIES.has(i.type) &&
          i.status === 'ONGOING' &&
          (i.startDate === null || i.startDate <= today) &&
          (i.endDate === null || i.endDate >= today),
      );
  return {
    agency: 'MALMO' as const,
    goal: null,
    goalDescription: null,
    swedishLevel: null,
    drivingLicence: null,
    hoursPercent: null,
    workCapacityPercent: null,
    area: null,
    occupations: [],
    studiesSwedish,
  };
}

/** Malmö stad's employer work as the schema asks for it; what the city releases for matching is its own. */
export const employerWork = employerWorkResolvers('malmo', { figures: MALMO_FIGURES, matchingFacts });
