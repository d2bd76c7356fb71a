import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { auditReview, createSubgraphService, DateScalar, DateTimeScalar, type Logger, type VerifyCaller } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';

export const typeDefs = [
  readFileSync(path.join(__dirname, '../../../shared/schema/common.graphql'), 'utf8'),
  readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8'),
].join('\n');

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
export function buildRegionSubgraph(opts: { dataSource: DataSource; verify: VerifyCaller; log: Logger; production?: boolean }) {
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
