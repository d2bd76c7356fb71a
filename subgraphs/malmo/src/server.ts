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
import { Participant } from './resolvers/participant';
import { Report, reportMutations, reportQueries } from './report';
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
    malmoAuditReview: (_p, args, { malmo }) => malmo.auditReview(args),
    malmoStaffRegister: (_p, _a, { malmo }) => malmo.staffRegister(),
    ...reportQueries,
    ...employerQueries,
  },
  Mutation: { ...mutations, ...reportMutations, ...employerMutations },
  Participant: { ...Participant, ...employerParticipantFields },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // People the city has on the team (less those it recorded as discharged), each as Malmö's rules release them.
    malmoCaseloadIds: (t, _a, { malmo }) => malmo.caseloadIds(t.id),
    ...employerTeamFields,
  },
  Report,
  Employer,
};

/** Builds Malmö stad's subgraph service; `index.ts` exports it for the start script. */
export function buildMalmoSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    ...opts,
    agency: 'MALMO',
    typeDefs,
    resolvers: resolvers as never,
    createContext: createContext(opts.dataSource),
  });
}
