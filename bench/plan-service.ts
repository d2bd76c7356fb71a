/**
 * The joint-plan subgraph as a small HTTP service of its own, for the
 * benchmark's like-for-like comparison: Hive Gateway cannot run it inside
 * its process, so in that comparison both gateways reach it over HTTP.
 * It is the same schema and resolvers the gateway runs in-process; it reads
 * no database and trusts nothing it is sent beyond what the gateway fetched.
 *
 * Environment: PORT.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createGraphQLHttpServer, createLogger, listen, stopOnSignals } from '@malmokraften/shared';
import { buildPlanSchema } from '@malmokraften/gateway';

async function main(): Promise<void> {
  const log = createLogger('plan');
  const apollo = new ApolloServer({ schema: buildPlanSchema(), plugins: [ApolloServerPluginInlineTraceDisabled()], csrfPrevention: true });
  await apollo.start();
  // A caseload's plan fetch carries every participant's four parts: allow large bodies.
  const http = createGraphQLHttpServer({ apollo, log, context: async () => ({}), ready: async () => true, maxBodyBytes: 64_000_000 });
  const { url } = await listen(http, Number(process.env.PORT ?? 0));
  log.info({ url }, 'plan service listening');
  stopOnSignals(log, http, () => apollo.stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`plan service could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
