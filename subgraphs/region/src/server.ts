import path from 'node:path';
import { auditReview, createSubgraphService, loadTypeDefs, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    regionAuditReview: (_p, args, { region }) => auditReview(region.gate as never, { from: new Date(args.from), to: new Date(args.to), windowMinutes: args.windowMinutes ?? null, threshold: args.threshold ?? null }),
  },
  Mutation: mutations,
  Participant,
};

/** Builds Region Skåne's subgraph service; the caller reads the settings and listens. */
export function buildRegionSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    agency: 'REGION',
    typeDefs,
    resolvers: resolvers as never,
    dataSource: opts.dataSource,
    verify: opts.verify,
    log: opts.log,
    production: opts.production ?? false,
    createContext: createContext(opts.dataSource),
  });
}
