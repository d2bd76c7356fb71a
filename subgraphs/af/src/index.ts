import type { AgencyModule } from '@malmokraften/shared';
import { AF_FIGURES } from './report';
import { afDataSource, migrations } from './db/data-source';
import { buildAfSubgraph } from './server';

export { buildAfSubgraph, typeDefs } from './server';
export { afDataSource, migrations } from './db/data-source';

/** Arbetsförmedlingen's subgraph, as the start script, the tests and its own process use it. */
export const afModule: AgencyModule = {
  agency: 'AF',
  name: 'Arbetsförmedlingen',
  migrations,
  dataSource: afDataSource,
  build: buildAfSubgraph,
  figures: AF_FIGURES,
};
