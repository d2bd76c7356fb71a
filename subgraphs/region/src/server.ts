import path from 'node:path';
import {
  agencyQueries,
  agencySubgraph,
  DATE_SCALARS,
  figureSourceFor,
  interventionAggregate,
  interventionFamilies,
  loadTypeDefs,
  publishFiguresMutation,
  type AgencyFigures,
} from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { CARE_ACTIVITY_TYPES } from './models';

/** Region Skåne's figures: its interventions running in a period, by legal gender (from the personnummer it holds) and by type. */
export const REGION_FIGURES: AgencyFigures = {
  agency: 'REGION',
  families: () => Promise.resolve(interventionFamilies('REGION', CARE_ACTIVITY_TYPES)),
};

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  ...DATE_SCALARS,
  Query: {
    ...agencyQueries('region'),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    regionAggregate: async (_p, { period, groupBy }, { region }) => {
      return interventionAggregate(
        figureSourceFor(region, REGION_FIGURES),
        'REGION',
        (await region.reportFor(period)).period,
        groupBy,
      );
    },
  },
  // Publishing Region Skåne's figures for a closed period, stored in its own database (docs/REPORT-DEFINITIONS.md).
  Mutation: { ...mutations, ...publishFiguresMutation('region', REGION_FIGURES) },
  Participant,
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // Region Skåne records no discharge from the programme: everyone it has on the team.
    regionCaseloadIds: (t, _a, { region }) => region.caseloadIds(t.id),
  },
};

/** Builds Region Skåne's subgraph service; the caller reads the settings and listens. */
export const buildRegionSubgraph = agencySubgraph<Context>('REGION', { typeDefs, resolvers, createContext });
