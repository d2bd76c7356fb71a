// The typed rules that the services' config (eslint.config.mjs) and the web app's
// (web/eslint.config.mjs) share; each adds what is its own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The recommended and type-checked rules, with the project's own, for the TypeScript below `tsconfigRootDir`. */
export function typedBase(tsconfigRootDir) {
  return [
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      rules: {
        // tsc already reports unused locals (noUnusedLocals); unused parameters are allowed with a leading underscore.
        '@typescript-eslint/no-unused-vars': [
          'error',
          { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
        ],
        // Promises must be awaited or handled: an unhandled rejection in a request handler would crash the service.
        '@typescript-eslint/no-floating-promises': 'error',
        eqeqeq: ['error', 'always', { null: 'ignore' }],
      },
    },
  ];
}
