import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers for every subgraph, generated from its schema. The
 * generated files are committed and never edited; `npm run codegen:check`
 * fails when they are stale.
 */
import { existsSync } from 'node:fs';

const AGENCIES = ['af', 'malmo', 'fk', 'region'].filter((a) => existsSync(`subgraphs/${a}/schema.graphql`));

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    AGENCIES.map((agency) => [
      `subgraphs/${agency}/src/generated/graphql.ts`,
      {
        schema: ['shared/schema/common.graphql', `subgraphs/${agency}/schema.graphql`],
        plugins: [
          { add: { content: '/* Generated from the schema by `npm run codegen`. Do not edit. */' } },
          'typescript',
          'typescript-resolvers',
        ],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: '../context#Context',
          mapperTypeSuffix: 'Model',
          mappers: {
            Participant: '../models#ParticipantRef',
            ...(agency === 'af'
              ? { Team: '../models#TeamRef', ProgrammeRecord: '../models#ProgrammeModel' }
              : { Team: '@malmokraften/shared#TeamRef' }),
            AgencyPlanPart: '@malmokraften/shared#PlanPartView',
            PlanIntervention: '@malmokraften/shared#InterventionRow',
            Consent: '@malmokraften/shared#ConsentView',
            FigureTable: '@malmokraften/shared#FigureTableView',
            ...(agency === 'af' || agency === 'malmo' || agency === 'fk'
              ? { Report: '@malmokraften/shared#ReportRef' }
              : {}),
            ...(agency === 'af' ? { MonthlySeries: '@malmokraften/shared#ReportRef' } : {}),
            Publication: '@malmokraften/shared#PublicationView',
            ...(agency === 'region' ? {} : { Employer: '@malmokraften/shared#EmployerRef' }),
          },
          scalars: { Date: 'string', DateTime: 'Date | string' },
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          maybeValue: 'T | null',
          inputMaybeValue: 'T | null | undefined',
        },
      },
    ]),
  ),
};

export default config;
