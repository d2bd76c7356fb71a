import path from 'node:path';
import { auditReview, createSubgraphService, loadTypeDefs, type BuildOptions, DateScalar, DateTimeScalar } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant, participantQueries, ProgrammeRecord } from './resolvers/participant';
import { Team, teamQueries } from './resolvers/team';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    afAuditReview: (_p, args, { af }) => auditReview(af.gate as never, { from: new Date(args.from), to: new Date(args.to), windowMinutes: args.windowMinutes ?? null, threshold: args.threshold ?? null }),
    ...participantQueries, ...teamQueries },
  Mutation: mutations,
  Participant,
  ProgrammeRecord,
  Team,
};

/** Builds AF's subgraph service; `index.ts` reads the settings and listens. */
export function buildAfSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    agency: 'AF',
    typeDefs,
    resolvers: resolvers as never,
    dataSource: opts.dataSource,
    verify: opts.verify,
    log: opts.log,
    production: opts.production ?? false,
    createContext: createContext(opts.dataSource),
  });
}
