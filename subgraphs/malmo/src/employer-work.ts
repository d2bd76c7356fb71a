import { employerWorkResolvers } from '@malmokraften/shared';
import type { MalmoCategory } from './secrecy/rules';
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

const work = employerWorkResolvers<'malmo', MalmoCategory>('malmo', { figures: MALMO_FIGURES });

export const employerQueries: Pick<QueryResolvers, 'malmoEmployers' | 'malmoEmployerWorkFigures'> = work.queries;

/** The six writes of every agency's employer work; the schema has each of them. */
export const employerMutations = work.mutations satisfies Partial<MutationResolvers>;

export const employerParticipantFields: Pick<
  ParticipantResolvers,
  'malmoMatches' | 'malmoMatchingFacts' | 'malmoOpenOpportunities'
> = {
  ...work.participantFields,
  malmoMatchingFacts: (p, _a, { malmo }) => matchingFacts(malmo, p.id),
};

export const Employer: EmployerResolvers = work.Employer;

export const employerTeamFields: Pick<TeamResolvers, 'malmoPlacementFollowUpsDue'> = work.teamFields;
