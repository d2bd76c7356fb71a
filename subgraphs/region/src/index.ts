export { buildRegionSubgraph, typeDefs } from './server';
export { regionDataSource, migrations } from './db/data-source';
export { seedRegion } from './seed';
