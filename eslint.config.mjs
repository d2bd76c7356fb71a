// ESLint (flat config) with typescript-eslint for the TypeScript services, scripts and tests.
// Formatting is Prettier's job (.prettierrc.json); nothing here concerns layout.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { typedBase } from './eslint.base.mjs';

export default defineConfig(
  {
    // Generated files, the web app (it has its own config), installed and local data.
    ignores: [
      '**/node_modules/',
      'web/',
      '**/generated/',
      '.data/',
      '.keys/',
      '.bench/',
      'coverage/',
      'test-results/',
      '**/*.d.ts',
    ],
  },
  ...typedBase(import.meta.dirname),
  {
    rules: {
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // Errors go to clients and logs through one path; throwing non-Error values loses the code.
      '@typescript-eslint/only-throw-error': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Async functions without await are common on purpose here (Apollo hooks, readiness checks, resolvers).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Command-line scripts and benchmarks print their results.
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests: answers of the API are untyped JSON.
    files: ['**/__tests__/**', 'test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (config files, small Node scripts) is not type-checked.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
    },
  },
);
