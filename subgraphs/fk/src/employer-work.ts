import type { Context } from './context';
import type { ReportResolvers } from './generated/graphql';
import { employerWorkFigures, employerWorkResolvers, figureSourceFor, type AgencyFigures } from '@malmokraften/shared';
import { FK_FIGURES } from './figures';

/**
 * Försäkringskassan's employer work (docs/employer-work.md): the
 * work-training places its investigators find at employers, the matches of
 * people to them and the follow-ups after a placement, through the shared
 * machinery (`EmployerWork`) and FK's own rule table.
 */

/**
 * What FK releases for matching: the person's work capacity as FK last
 * assessed it (WORK_CAPACITY); null when withheld or never assessed.
 */
async function matchingFacts(fk: Context['fk'], id: string) {
  const list = await fk.workCapacityList(id);
  const latest = [...list.assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn))[0];
  return {
    agency: 'FK' as const,
    goal: null,
    goalDescription: null,
    swedishLevel: null,
    drivingLicence: null,
    hoursPercent: null,
    workCapacityPercent: list.withheld || !latest ? null : latest.capacityPercent,
    area: null,
    occupations: [],
    studiesSwedish: null,
  };
}

/** FK's employer work as the schema asks for it; what FK releases for matching is its own. */
export const employerWork = employerWorkResolvers('fk', { figures: FK_FIGURES, matchingFacts });

/** FK's part of the programme report: its employer-work figures, for the funder's analysts (FIGURES). */
export function fkReport(figures: AgencyFigures): ReportResolvers {
  return {
    __resolveReference: (ref, { fk }) => fk.reportFor((ref as unknown as { period: string }).period),
    period: (r) => r.period.label,
    fkEmployerWork: (r, _a, { fk }) => employerWorkFigures(figureSourceFor(fk, figures), 'FK', 'FK', r.period) as never,
  };
}
