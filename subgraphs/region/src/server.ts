import path from 'node:path';
import { createSubgraphService, loadTypeDefs, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    regionAuditReview: (_p, args, { region }) => region.auditReview(args),
  },
  Mutation: mutations,
  Participant,
};

/** Builds Region Skåne's subgraph service; the caller reads the settings and listens. */
export function buildRegionSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'REGION', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
