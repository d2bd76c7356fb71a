/**
 * The peer for the benchmark: Hive Gateway serving the project's committed
 * supergraph (with the benchmark's subgraph URLs written in), as a process
 * of its own. Copied into the peer folder (outside the project's
 * dependencies) and run from there, so that it loads the gateway installed
 * in that folder. Like the project's gateway it forwards the caller's
 * token, the purpose, the Idempotency-Key of a write and nothing else.
 * `npm run portability` runs it too.
 *
 * Environment: PORT, SUPERGRAPH_FILE.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const port = Number(process.env.PORT ?? 0);
const supergraph = readFileSync(process.env.SUPERGRAPH_FILE ?? 'supergraph.graphql', 'utf8');

const gateway = createGatewayRuntime({
  supergraph,
  logging: 'error',
  landingPage: false,
  graphqlEndpoint: '/graphql',
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      return {
        authorization: request.headers.get('authorization') ?? undefined,
        'x-purpose': request.headers.get('x-purpose') ?? undefined,
        'idempotency-key': request.headers.get('idempotency-key') ?? undefined,
      };
    },
  },
});

const server = createServer(gateway);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`peer gateway listening on ${port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
