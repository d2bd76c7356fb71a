import type { Context } from './context';
import type {
  EmployerResolvers,
  MutationResolvers,
  ParticipantResolvers,
  QueryResolvers,
  ReportResolvers,
  TeamResolvers,
} from './generated/graphql';
import { employerWorkFigures, employerWorkFiguresFor, figureSourceFor, type AgencyFigures } from '@malmokraften/shared';

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

export function employerQueries(figures: AgencyFigures): Pick<QueryResolvers, 'fkEmployers' | 'fkEmployerWorkFigures'> {
  return {
    fkEmployers: (_p, args, { fk }) => fk.work.list(args),
    fkEmployerWorkFigures: (_p, { period }, { fk }) => employerWorkFiguresFor(fk, figures, 'FK', period) as never,
  };
}

export const employerMutations: Pick<
  MutationResolvers,
  | 'recordFkEmployer'
  | 'addFkOpportunity'
  | 'changeFkOpportunity'
  | 'proposeFkMatch'
  | 'recordFkMatchStep'
  | 'recordFkPlacementFollowUp'
> = {
  recordFkEmployer: (_p, { input }, { fk }) => fk.work.recordEmployer(input),
  addFkOpportunity: (_p, { input }, { fk }) => fk.work.addOpportunity(input),
  changeFkOpportunity: (_p, { id, input }, { fk }) => fk.work.changeOpportunity(id, input),
  proposeFkMatch: (_p, { input }, { fk }) => fk.work.proposeMatch(input),
  recordFkMatchStep: (_p, { input }, { fk }) => fk.work.recordStep(input),
  recordFkPlacementFollowUp: (_p, { input }, { fk }) => fk.work.recordFollowUp(input),
};

export const employerParticipantFields: Pick<
  ParticipantResolvers,
  'fkMatches' | 'fkMatchingFacts' | 'fkOpenOpportunities'
> = {
  fkMatches: (p, _a, { fk }) => fk.work.matchList(p.id),
  fkMatchingFacts: (p, _a, { fk }) => matchingFacts(fk, p.id),
  fkOpenOpportunities: (_p, _a, { fk }) => fk.work.openOpportunities(),
};

export const Employer: EmployerResolvers = {
  __resolveReference: (ref) => ({ organisationNumber: String(ref.organisationNumber) }),
  fkEmployer: (e, _a, { fk }) => fk.work.record(e.organisationNumber),
};

export const employerTeamFields: Pick<TeamResolvers, 'fkPlacementFollowUpsDue'> = {
  fkPlacementFollowUpsDue: (t, _a, { fk }) => fk.work.dueFollowUps(t.id),
};

/** FK's part of the programme report: its employer-work figures, for the funder's analysts (FIGURES). */
export function fkReport(figures: AgencyFigures): ReportResolvers {
  return {
    __resolveReference: (ref, { fk }) => fk.reportFor((ref as unknown as { period: string }).period),
    period: (r) => r.period.label,
    fkEmployerWork: (r, _a, { fk }) => employerWorkFigures(figureSourceFor(fk, figures), 'FK', 'FK', r.period) as never,
  };
}
