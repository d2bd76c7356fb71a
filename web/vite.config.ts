import { defineConfig } from 'vite';

/**
 * The app is served by the gateway from web/dist, so every request it makes
 * (GraphQL at /graphql, demo sign-in at /dev/*, the CSV at /report.csv, the workbook at /report.xlsx)
 * goes to its own origin. `npm run dev -w web` proxies them to a gateway
 * started with `npm start`.
 */
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/dev', '/report.csv', '/report.xlsx'].map((p) => [p, 'http://127.0.0.1:4000']),
    ),
  },
});
