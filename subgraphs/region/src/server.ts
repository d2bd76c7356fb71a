import path from 'node:path';
import { aggregateAtSource, createSubgraphService, loadTypeDefs, reportFor, withInterventionMeasure, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { CARE_ACTIVITY_TYPES } from './models';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    regionAuditReview: (_p, args, { region }) => region.auditReview(args),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    regionAggregate: (_p, { period, groupBy }, { region, caller }) => {
      return aggregateAtSource(region.ds, withInterventionMeasure(CARE_ACTIVITY_TYPES), { ...reportFor(caller, period, region.today), groupBy });
    },
  },
  Mutation: mutations,
  Participant,
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // Region Skåne records no discharge from the programme: everyone it has on the team.
    regionCaseloadIds: (t, _a, { region }) => region.caseloadIds(t.id),
  },
};

/** Builds Region Skåne's subgraph service; the caller reads the settings and listens. */
export function buildRegionSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'REGION', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
