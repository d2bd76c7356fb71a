/**
 * The project's gateway with its own subgraphs (the directory and the joint
 * plan) reached over HTTP (DIRECTORY_URL, PLAN_URL) instead of in its own
 * process: the benchmark's like-for-like setup against Hive Gateway, which
 * reaches those services the same way.
 *
 * Environment: PORT, each agency's <AGENCY>_URL (AF_URL, …), DIRECTORY_URL,
 * PLAN_URL, SUPERGRAPH_FILE, NODE_ENV.
 */
import { readFileSync } from 'node:fs';
import { AGENCIES, agencyKey, createLogger, listen, stopOnSignals } from '@malmokraften/shared';
import { buildGateway } from '@malmokraften/gateway';

async function main(): Promise<void> {
  const log = createLogger('gateway');
  const env = process.env;
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new Error(`${name} must be set`);
    return v;
  };
  const subgraphUrls = {
    ...Object.fromEntries(AGENCIES.map((a) => [agencyKey(a), need(`${a}_URL`)])),
    directory: need('DIRECTORY_URL'),
    plan: need('PLAN_URL'),
  };
  const gateway = await buildGateway({
    supergraphSdl: readFileSync(need('SUPERGRAPH_FILE'), 'utf8'),
    subgraphUrls,
    log,
    production: env.NODE_ENV === 'production',
  });
  const { url } = await listen(gateway.http, Number(env.PORT ?? 0));
  log.info({ url }, 'gateway listening (directory and plan over HTTP)');
  stopOnSignals(log, gateway.http, () => gateway.apollo.stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
