import path from 'node:path';
import { agencyQueries, agencySubgraph, DATE_SCALARS, loadTypeDefs } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { Report, reportMutations, reportQueries } from './report';
import { employerWork } from './employer-work';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  ...DATE_SCALARS,
  Query: { ...agencyQueries('malmo'), ...reportQueries, ...employerWork.queries },
  Mutation: { ...mutations, ...reportMutations, ...employerWork.mutations },
  Participant: { ...Participant, ...employerWork.participantFields },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // People the city has on the team (less those it recorded as discharged), each as Malmö's rules release them.
    malmoCaseloadIds: (t, _a, { malmo }) => malmo.caseloadIds(t.id),
    ...employerWork.teamFields,
  },
  Report,
  Employer: employerWork.Employer,
};

/** Builds Malmö stad's subgraph service; `index.ts` exports it for the start script. */
export const buildMalmoSubgraph = agencySubgraph<Context>('MALMO', { typeDefs, resolvers, createContext });
