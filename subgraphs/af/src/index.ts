export { buildAfSubgraph, typeDefs } from './server';
export { afDataSource, migrations } from './db/data-source';
export { seedAf } from './seed';
