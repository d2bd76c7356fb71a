/**
 * The gateway as a process of its own (one container in docker-compose.yml):
 * serves the composed supergraph and calls the four subgraphs over HTTP.
 * Settings come from the environment; .env.example lists them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, DEFAULT_PORTS, listen, stopOnSignals } from '@malmokraften/shared';
import { buildGateway } from './server';

const log = createLogger('gateway');
const root = path.resolve(__dirname, '..', '..');

function readConfig() {
  try {
    const env = process.env;
    const port = Number(env.PORT || DEFAULT_PORTS.GATEWAY);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535; got "${env.PORT}".`);
    const subgraphUrls: Record<string, string> = {};
    for (const agency of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      const url = env[`${agency}_URL`] || `http://127.0.0.1:${DEFAULT_PORTS[agency]}/graphql`;
      if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error(`${agency}_URL must be an http(s) URL; got "${url}".`);
      subgraphUrls[agency.toLowerCase()] = url;
    }
    // A relative SUPERGRAPH_FILE is taken from the repository root.
    const supergraphFile = path.resolve(root, env.SUPERGRAPH_FILE || 'gateway/supergraph.graphql');
    if (!existsSync(supergraphFile)) throw new Error(`no supergraph at ${supergraphFile}; set SUPERGRAPH_FILE or run \`npm run compose\`.`);
    return { port, subgraphUrls, supergraphSdl: readFileSync(supergraphFile, 'utf8'), production: env.NODE_ENV === 'production' };
  } catch (err) {
    log.fatal(`invalid configuration: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const gateway = await buildGateway({ supergraphSdl: config.supergraphSdl, subgraphUrls: config.subgraphUrls, log, production: config.production });
  const { url } = await listen(gateway.http, config.port, process.env.HOST ?? '0.0.0.0');
  log.info({ url, subgraphs: config.subgraphUrls }, 'gateway listening');

  stopOnSignals(log, gateway.http, () => gateway.apollo.stop());
}

main().catch((err: unknown) => {
  log.fatal({ err: err instanceof Error ? err.message : String(err) }, 'could not start');
  process.exit(1);
});
