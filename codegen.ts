import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers for every subgraph, generated from its schema. The
 * generated files are committed and never edited; `npm run codegen:check`
 * fails when they are stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AGENCIES, agencyFolder } from './shared/src/agencies';

/** Every agency's folder (the registry's), as far as it has a schema. */
const FOLDERS = AGENCIES.map(agencyFolder).filter((f) => existsSync(`subgraphs/${f}/schema.graphql`));

/** Whether the agency's own schema has the type: a mapper for a type it lacks is reported as unused. */
const has = (folder: string, type: string) =>
  new RegExp(`^(extend )?type ${type}\\b`, 'm').test(readFileSync(`subgraphs/${folder}/schema.graphql`, 'utf8'));

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    FOLDERS.map((agency) => [
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
            ...(has(agency, 'Report') ? { Report: '@malmokraften/shared#ReportRef' } : {}),
            ...(agency === 'af' ? { MonthlySeries: '@malmokraften/shared#ReportRef' } : {}),
            Publication: '@malmokraften/shared#PublicationView',
            ...(has(agency, 'Employer') ? { Employer: '@malmokraften/shared#EmployerRef' } : {}),
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
