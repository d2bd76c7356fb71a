import type { AgencyModule } from '@malmokraften/shared';
import { regionDataSource, migrations } from './db/data-source';
import { buildRegionSubgraph, REGION_FIGURES } from './server';

export { buildRegionSubgraph, typeDefs } from './server';
export { regionDataSource, migrations } from './db/data-source';

/** Region Skåne's subgraph, as the start script, the tests and its own process use it. */
export const regionModule: AgencyModule = {
  agency: 'REGION',
  name: 'Region Skåne',
  migrations,
  dataSource: regionDataSource,
  build: buildRegionSubgraph,
  figures: REGION_FIGURES,
};
