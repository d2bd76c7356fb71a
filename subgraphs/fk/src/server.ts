import path from 'node:path';
import {
  agencyQueries,
  agencySubgraph,
  DATE_SCALARS,
  employerWorkAggregate,
  figureSourceFor,
  interventionAggregate,
  isEmployerWorkMeasure,
  loadTypeDefs,
  publishFiguresMutation,
} from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { FK_FIGURES } from './figures';
import { employerWork, fkReport } from './employer-work';

export { FK_FIGURES };

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  ...DATE_SCALARS,
  Query: {
    ...agencyQueries('fk'),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    fkAggregate: async (_p, { measure, period, groupBy }, { fk }) => {
      const ref = await fk.reportFor(period);
      if (isEmployerWorkMeasure(measure))
        return employerWorkAggregate(figureSourceFor(fk, FK_FIGURES), 'FK', measure, ref.period, groupBy);
      return interventionAggregate(figureSourceFor(fk, FK_FIGURES), 'FK', ref.period, groupBy);
    },
    ...employerWork.queries,
  },
  // Publishing Försäkringskassan's figures for a closed period, stored in its own database (docs/REPORT-DEFINITIONS.md).
  Mutation: { ...mutations, ...employerWork.mutations, ...publishFiguresMutation('fk', FK_FIGURES) },
  Participant: { ...Participant, ...employerWork.participantFields },
  Employer: employerWork.Employer,
  Report: fkReport(FK_FIGURES),
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // FK records no discharge from the programme: everyone it has on the team.
    fkCaseloadIds: (t, _a, { fk }) => fk.caseloadIds(t.id),
    ...employerWork.teamFields,
  },
};

/** Builds FK's subgraph service; the caller reads the settings and listens. */
export const buildFkSubgraph = agencySubgraph<Context>('FK', { typeDefs, resolvers, createContext });
