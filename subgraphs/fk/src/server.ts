import path from 'node:path';
import {
  createSubgraphService,
  figureSourceFor,
  interventionAggregate,
  loadTypeDefs,
  type BuildOptions,
  DateScalar,
  DateTimeScalar,
  employerWorkAggregate,
  isEmployerWorkMeasure,
} from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { FK_FIGURES } from './figures';
import {
  Employer,
  employerMutations,
  employerParticipantFields,
  employerQueries,
  employerTeamFields,
  fkReport,
} from './employer-work';

export { FK_FIGURES };

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    fkAuditReview: (_p, args, { fk }) => fk.auditReview(args),
    fkStaffRegister: (_p, _a, { fk }) => fk.staffRegister(),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    fkAggregate: async (_p, { measure, period, groupBy }, { fk }) => {
      const ref = await fk.reportFor(period);
      if (isEmployerWorkMeasure(measure))
        return employerWorkAggregate(figureSourceFor(fk, FK_FIGURES), 'FK', measure, ref.period, groupBy);
      return interventionAggregate(figureSourceFor(fk, FK_FIGURES), 'FK', ref.period, groupBy);
    },
    ...employerQueries,
  },
  Mutation: {
    ...mutations,
    ...employerMutations,
    // Publishing Försäkringskassan's figures for a closed period, stored in its own database (docs/REPORT-DEFINITIONS.md).
    fkPublishFigures: async (_p, { period, reason }, { fk, caller }) => {
      await fk.reportFor(period);
      return figureSourceFor(fk, FK_FIGURES).publish(period, caller.officerId, reason ?? null);
    },
  },
  Participant: { ...Participant, ...employerParticipantFields },
  Employer,
  Report: fkReport(FK_FIGURES),
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // FK records no discharge from the programme: everyone it has on the team.
    fkCaseloadIds: (t, _a, { fk }) => fk.caseloadIds(t.id),
    ...employerTeamFields,
  },
};

/** Builds FK's subgraph service; the caller reads the settings and listens. */
export function buildFkSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({
    ...opts,
    agency: 'FK',
    typeDefs,
    resolvers: resolvers as never,
    createContext: createContext(opts.dataSource),
  });
}
