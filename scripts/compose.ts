/**
 * Composes the supergraph from the agencies' schemas and the two the
 * gateway runs itself (the directory of entry points and the joint plan)
 * into gateway/supergraph.graphql. With --check, fails when the
 * committed file is stale or the schemas do not compose.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { AGENCIES, DEFAULT_PORTS, agencyFolder, agencyKey } from '@malmokraften/shared';
import { LOCAL_SUBGRAPHS } from '@malmokraften/gateway';

const root = path.join(__dirname, '..');
const common = readFileSync(path.join(root, 'shared/schema/common.graphql'), 'utf8');
const target = path.join(root, 'gateway/supergraph.graphql');

export function composeSupergraph(): string {
  const agencies = AGENCIES.map((agency) => ({
    name: agencyKey(agency),
    url: `http://127.0.0.1:${DEFAULT_PORTS[agency]}/graphql`,
    typeDefs: parse(
      `${common}\n${readFileSync(path.join(root, 'subgraphs', agencyFolder(agency), 'schema.graphql'), 'utf8')}`,
    ),
  }));
  const local = Object.entries(LOCAL_SUBGRAPHS).map(([name, s]) => ({
    name,
    url: `local://${name}`,
    typeDefs: parse(s.typeDefs()),
  }));
  const result = composeServices([...agencies, ...local]);
  if (result.errors) {
    throw new Error(`The schemas do not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `# Composed by \`npm run compose\` from the subgraph schemas. Do not edit.\n${result.supergraphSdl}`;
}

function main(): void {
  const check = process.argv.includes('--check');
  let sdl: string;
  try {
    sdl = composeSupergraph();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  if (check) {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (committed !== sdl) {
      console.error(
        'gateway/supergraph.graphql is stale: a subgraph schema changed without recomposition. Run `npm run compose` and commit the result.',
      );
      process.exit(1);
    }
    console.log('supergraph is up to date');
    return;
  }
  writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(root, target)}`);
}

if (require.main === module) main();
