import type { AgencyModule } from '@malmokraften/shared';
import { fkDataSource, migrations } from './db/data-source';
import { buildFkSubgraph, FK_FIGURES } from './server';

export { buildFkSubgraph, typeDefs } from './server';
export { fkDataSource, migrations } from './db/data-source';

/** Försäkringskassan's subgraph, as the start script, the tests and its own process use it. */
export const fkModule: AgencyModule = {
  agency: 'FK',
  name: 'Försäkringskassan',
  migrations,
  dataSource: fkDataSource,
  build: buildFkSubgraph,
  figures: FK_FIGURES,
};
