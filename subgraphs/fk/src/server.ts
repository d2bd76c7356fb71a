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
    fkAuditReview: (_p, args, { fk }) => fk.auditReview(args),
  },
  Mutation: mutations,
  Participant,
};

/** Builds FK's subgraph service; the caller reads the settings and listens. */
export function buildFkSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'FK', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
