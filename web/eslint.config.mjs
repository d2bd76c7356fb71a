// ESLint for the web app: the typed rules it shares with the services (../eslint.base.mjs), plus the
// rules of React hooks. Run from web/ (`npm run lint -w web`).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { typedBase } from '../eslint.base.mjs';

export default tseslint.config(
  { ignores: ['dist/', 'src/gql/', 'codegen/'] },
  ...typedBase(import.meta.dirname),
  reactHooks.configs.flat['recommended-latest'],
  {
    rules: {
      // An event handler may be async (a form's submit); React does not wait for it.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'codegen.ts', 'vite.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
