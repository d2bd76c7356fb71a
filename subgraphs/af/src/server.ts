import path from 'node:path';
import { agencyQueries, agencySubgraph, DATE_SCALARS, loadTypeDefs } from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant, ProgrammeRecord } from './resolvers/participant';
import { Team, teamQueries } from './resolvers/team';
import { MonthlySeries, Report, reportMutations, reportQueries } from './report';
import { employerWork, jobSeekerProfileFields, jobSeekerProfileMutations } from './employer-work';

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  ...DATE_SCALARS,
  Query: { ...agencyQueries('af'), ...teamQueries, ...reportQueries, ...employerWork.queries },
  Mutation: { ...mutations, ...reportMutations, ...employerWork.mutations, ...jobSeekerProfileMutations },
  Participant: { ...Participant, ...employerWork.participantFields, ...jobSeekerProfileFields },
  ProgrammeRecord,
  Report,
  MonthlySeries,
  Team: { ...Team, ...employerWork.teamFields },
  Employer: employerWork.Employer,
};

/** Builds AF's subgraph service; `index.ts` reads the settings and listens. */
export const buildAfSubgraph = agencySubgraph<Context>('AF', { typeDefs, resolvers, createContext });
