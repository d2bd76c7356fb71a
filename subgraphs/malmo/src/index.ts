export { buildMalmoSubgraph, typeDefs } from './server';
export { malmoDataSource, migrations } from './db/data-source';
export { seedMalmo } from './seed';
