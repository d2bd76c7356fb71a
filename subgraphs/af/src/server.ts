import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { auditReview, createSubgraphService, DateScalar, DateTimeScalar, type Logger, type VerifyCaller } from '@malmokraften/shared';
import { createContext, type AfSettings, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant, participantQueries, ProgrammeRecord } from './resolvers/participant';
import { Team, teamQueries } from './resolvers/team';

export const typeDefs = [
  readFileSync(path.join(__dirname, '../../../shared/schema/common.graphql'), 'utf8'),
  readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8'),
].join('\n');

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
export function buildAfSubgraph(opts: { dataSource: DataSource; verify: VerifyCaller; log: Logger; production?: boolean; settings: AfSettings }) {
  return createSubgraphService<Context>({
    agency: 'AF',
    typeDefs,
    resolvers: resolvers as never,
    dataSource: opts.dataSource,
    verify: opts.verify,
    log: opts.log,
    production: opts.production ?? false,
    createContext: createContext(opts.dataSource, opts.settings),
  });
}
