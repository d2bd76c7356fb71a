import type { AgencyModule } from '@malmokraften/shared';
import { MALMO_FIGURES } from './report';
import { malmoDataSource, migrations } from './db/data-source';
import { buildMalmoSubgraph } from './server';

export { buildMalmoSubgraph, typeDefs } from './server';
export { malmoDataSource, migrations } from './db/data-source';

/** Malmö stad's subgraph, as the start script, the tests and its own process use it. */
export const malmoModule: AgencyModule = {
  agency: 'MALMO',
  name: 'Malmö stad',
  migrations,
  dataSource: malmoDataSource,
  build: buildMalmoSubgraph,
  figures: MALMO_FIGURES,
};
