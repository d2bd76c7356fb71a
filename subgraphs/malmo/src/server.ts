import path from 'node:path';
import { createSubgraphService, loadTypeDefs, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { Report, reportQueries } from './report';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    malmoAuditReview: (_p, args, { malmo }) => malmo.auditReview(args),
    ...reportQueries,
  },
  Mutation: mutations,
  Participant,
  Report,
};

/** Builds Malmö stad's subgraph service; `index.ts` exports it for the start script. */
export function buildMalmoSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'MALMO', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
