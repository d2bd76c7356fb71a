export { buildFkSubgraph, typeDefs } from './server';
export { fkDataSource, migrations } from './db/data-source';
export { seedFk } from './seed';
