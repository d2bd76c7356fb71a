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
    malmoAuditReview: (_p, args, { malmo }) => auditReview(malmo.gate as never, { from: new Date(args.from), to: new Date(args.to), windowMinutes: args.windowMinutes ?? null, threshold: args.threshold ?? null }),
  },
  Mutation: mutations,
  Participant,
};

/** Builds Malmö stad's subgraph service; `index.ts` exports it for the start script. */
export function buildMalmoSubgraph(opts: { dataSource: DataSource; verify: VerifyCaller; log: Logger; production?: boolean }) {
  return createSubgraphService<Context>({
    agency: 'MALMO',
    typeDefs,
    resolvers: resolvers as never,
    dataSource: opts.dataSource,
    verify: opts.verify,
    log: opts.log,
    production: opts.production ?? false,
    createContext: createContext(opts.dataSource),
  });
}
