import path from 'node:path';
import {
  createSubgraphService,
  figureSourceFor,
  interventionAggregate,
  interventionFamilies,
  loadTypeDefs,
  type AgencyFigures,
  type BuildOptions,
  DateScalar,
  DateTimeScalar,
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
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    regionAuditReview: (_p, args, { region }) => region.auditReview(args),
    regionStaffRegister: (_p, _a, { region }) => region.staffRegister(),
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
  Mutation: {
    ...mutations,
    // Publishing Region Skåne's figures for a closed period, stored in its own database (docs/REPORT-DEFINITIONS.md).
    regionPublishFigures: async (_p, { period, reason }, { region, caller }) => {
      await region.reportFor(period);
      return figureSourceFor(region, REGION_FIGURES).publish(period, caller.officerId, reason ?? null);
    },
  },
  Participant,
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // Region Skåne records no discharge from the programme: everyone it has on the team.
    regionCaseloadIds: (t, _a, { region }) => region.caseloadIds(t.id),
  },
};

/** Builds Region Skåne's subgraph service; the caller reads the settings and listens. */
export function buildRegionSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    ...opts,
    agency: 'REGION',
    typeDefs,
    resolvers: resolvers as never,
    createContext: createContext(opts.dataSource),
  });
}
