import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app, from the gateway's API schema (the
 * composed supergraph less its federation definitions). Run from the
 * repository root; the output is committed and checked like the subgraphs'.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: [{ 'gateway/supergraph.graphql': { loader: './web/codegen/api-schema.cjs' } }],
  documents: ['web/src/**/*.ts', 'web/src/**/*.tsx', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
