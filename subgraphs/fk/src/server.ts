import path from 'node:path';
import { aggregateAtSource, createSubgraphService, loadTypeDefs, reportFor, withInterventionMeasure, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { FK_INTERVENTION_TYPES } from './models';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    fkAuditReview: (_p, args, { fk }) => fk.auditReview(args),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    fkAggregate: (_p, { period, groupBy }, { fk, caller }) => {
      return aggregateAtSource(fk.ds, withInterventionMeasure(FK_INTERVENTION_TYPES), { ...reportFor(caller, period, fk.today), groupBy });
    },
  },
  Mutation: mutations,
  Participant,
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // FK records no discharge from the programme: everyone it has on the team.
    fkCaseloadIds: (t, _a, { fk }) => fk.caseloadIds(t.id),
  },
};

/** Builds FK's subgraph service; the caller reads the settings and listens. */
export function buildFkSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'FK', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
