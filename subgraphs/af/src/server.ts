import path from 'node:path';
import {
  createSubgraphService,
  loadTypeDefs,
  type BuildOptions,
  DateScalar,
  DateTimeScalar,
} from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant, ProgrammeRecord } from './resolvers/participant';
import { Team, teamQueries } from './resolvers/team';
import { MonthlySeries, Report, reportMutations, reportQueries } from './report';
import {
  Employer,
  employerMutations,
  employerParticipantFields,
  employerQueries,
  employerTeamFields,
} from './employer-work';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    afAuditReview: (_p, args, { af }) => af.auditReview(args),
    afStaffRegister: (_p, _a, { af }) => af.staffRegister(),
    ...teamQueries,
    ...reportQueries,
    ...employerQueries,
  },
  Mutation: { ...mutations, ...reportMutations, ...employerMutations },
  Participant: { ...Participant, ...employerParticipantFields },
  ProgrammeRecord,
  Report,
  MonthlySeries,
  Team: { ...Team, ...employerTeamFields },
  Employer,
};

/** Builds AF's subgraph service; `index.ts` reads the settings and listens. */
export function buildAfSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    ...opts,
    agency: 'AF',
    typeDefs,
    resolvers: resolvers as never,
    createContext: createContext(opts.dataSource),
  });
}
