import path from 'node:path';
import {
  createSubgraphService,
  figureSourceFor,
  interventionAggregate,
  interventionFamilies,
  loadTypeDefs,
  type AgencyFigures,
  type BuildOptions,
  DateScalar,
  DateTimeScalar,
} from '@malmokraften/shared';
import { createContext, type Context } from './context';
import type { Resolvers } from './generated/graphql';
import { mutations } from './resolvers/mutations';
import { Participant } from './resolvers/participant';
import { FK_INTERVENTION_TYPES } from './models';

/** Försäkringskassan's figures: its interventions running in a period, by legal gender (from the personnummer it holds) and by type. */
export const FK_FIGURES: AgencyFigures = { agency: 'FK', families: () => Promise.resolve(interventionFamilies('FK', FK_INTERVENTION_TYPES)) };

export const typeDefs = loadTypeDefs(path.join(__dirname, '../schema.graphql'));

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    fkAuditReview: (_p, args, { fk }) => fk.auditReview(args),
    fkStaffRegister: (_p, _a, { fk }) => fk.staffRegister(),
    // Figures over the agency's own interventions, protected before they leave (docs/REPORT-DEFINITIONS.md).
    fkAggregate: async (_p, { period, groupBy }, { fk }) => {
      return interventionAggregate(figureSourceFor(fk, FK_FIGURES), 'FK', (await fk.reportFor(period)).period, groupBy);
    },
  },
  Mutation: {
    ...mutations,
    // Publishing Försäkringskassan's figures for a closed period, stored in its own database (docs/REPORT-DEFINITIONS.md).
    fkPublishFigures: async (_p, { period, reason }, { fk, caller }) => {
      await fk.reportFor(period);
      return figureSourceFor(fk, FK_FIGURES).publish(period, caller.officerId, reason ?? null);
    },
  },
  Participant,
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // FK records no discharge from the programme: everyone it has on the team.
    fkCaseloadIds: (t, _a, { fk }) => fk.caseloadIds(t.id),
  },
};

/** Builds FK's subgraph service; the caller reads the settings and listens. */
export function buildFkSubgraph(opts: BuildOptions) {
  return createSubgraphService<Context>({ ...opts, agency: 'FK', typeDefs, resolvers: resolvers as never, createContext: createContext(opts.dataSource) });
}
