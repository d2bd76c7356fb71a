import { employerWorkFiguresFor } from '@malmokraften/shared';
import type { Context } from './context';
import { MALMO_FIGURES } from './report';
import type {
  EmployerResolvers,
  MutationResolvers,
  ParticipantResolvers,
  QueryResolvers,
  TeamResolvers,
} from './generated/graphql';

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

export const employerQueries: Pick<QueryResolvers, 'malmoEmployers' | 'malmoEmployerWorkFigures'> = {
  malmoEmployers: (_p, args, { malmo }) => malmo.work.list(args),
  malmoEmployerWorkFigures: (_p, { period }, { malmo }) =>
    employerWorkFiguresFor(malmo, MALMO_FIGURES, 'MALMO', period) as never,
};

export const employerMutations: Pick<
  MutationResolvers,
  | 'recordMalmoEmployer'
  | 'addMalmoOpportunity'
  | 'changeMalmoOpportunity'
  | 'proposeMalmoMatch'
  | 'recordMalmoMatchStep'
  | 'recordMalmoPlacementFollowUp'
> = {
  recordMalmoEmployer: (_p, { input }, { malmo }) => malmo.work.recordEmployer(input),
  addMalmoOpportunity: (_p, { input }, { malmo }) => malmo.work.addOpportunity(input),
  changeMalmoOpportunity: (_p, { id, input }, { malmo }) => malmo.work.changeOpportunity(id, input),
  proposeMalmoMatch: (_p, { input }, { malmo }) => malmo.work.proposeMatch(input),
  recordMalmoMatchStep: (_p, { input }, { malmo }) => malmo.work.recordStep(input),
  recordMalmoPlacementFollowUp: (_p, { input }, { malmo }) => malmo.work.recordFollowUp(input),
};

export const employerParticipantFields: Pick<
  ParticipantResolvers,
  'malmoMatches' | 'malmoMatchingFacts' | 'malmoOpenOpportunities'
> = {
  malmoMatches: (p, _a, { malmo }) => malmo.work.matchList(p.id),
  malmoMatchingFacts: (p, _a, { malmo }) => matchingFacts(malmo, p.id),
  malmoOpenOpportunities: (_p, _a, { malmo }) => malmo.work.openOpportunities(),
};

export const Employer: EmployerResolvers = {
  __resolveReference: (ref) => ({ organisationNumber: String(ref.organisationNumber) }),
  malmoEmployer: (e, _a, { malmo }) => malmo.work.record(e.organisationNumber),
};

export const employerTeamFields: Pick<TeamResolvers, 'malmoPlacementFollowUpsDue'> = {
  malmoPlacementFollowUpsDue: (t, _a, { malmo }) => malmo.work.dueFollowUps(t.id),
};
