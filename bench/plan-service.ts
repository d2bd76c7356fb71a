/**
 * One of the gateway's own subgraphs (the directory of entry points or the
 * joint plan) as a small HTTP service of its own, for the benchmark's
 * like-for-like comparison and the portability check: another gateway
 * cannot run them inside its process, so there both gateways reach them
 * over HTTP. The same schema and resolvers the gateway runs in-process;
 * they read no database and trust nothing they are sent beyond what the
 * gateway fetched.
 *
 * Environment: PORT, SUBGRAPH (directory or plan; plan when not set).
 */
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { close, createGraphQLHttpServer, createLogger, listen, stopOnSignals } from '@malmokraften/shared';
import { LOCAL_SUBGRAPHS } from '@malmokraften/gateway';

export type LocalSubgraph = keyof typeof LOCAL_SUBGRAPHS;

/** Serves one of the gateway's own subgraphs over HTTP on `port` (0: a free one). */
export async function serveLocalSubgraph(
  name: LocalSubgraph,
  port = 0,
): Promise<{ url: string; http: Server; apollo: ApolloServer; stop(): Promise<void> }> {
  const log = createLogger(name);
  const apollo = new ApolloServer({
    schema: LOCAL_SUBGRAPHS[name].build(),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    csrfPrevention: true,
  });
  await apollo.start();
  // A caseload's plan fetch carries every participant's four parts: allow large bodies.
  const http = createGraphQLHttpServer({
    apollo,
    log,
    context: async () => ({}),
    ready: async () => true,
    maxBodyBytes: 64_000_000,
  });
  const { url } = await listen(http, port);
  log.info({ url }, `${name} service listening`);
  return { url, http, apollo, stop: async () => (await close(http), await apollo.stop()) };
}

async function main(): Promise<void> {
  const name = process.env.SUBGRAPH ?? 'plan';
  if (!Object.hasOwn(LOCAL_SUBGRAPHS, name))
    throw new Error(`SUBGRAPH must be one of ${Object.keys(LOCAL_SUBGRAPHS).join(', ')}`);
  const { http, apollo } = await serveLocalSubgraph(name as LocalSubgraph, Number(process.env.PORT ?? 0));
  stopOnSignals(createLogger(name), http, () => apollo.stop());
}

// Run as a service of its own (the benchmark starts it so); imported, it only lends serveLocalSubgraph.
if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `local subgraph service could not start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
