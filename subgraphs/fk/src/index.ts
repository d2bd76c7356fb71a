import type { AgencyModule } from '@malmokraften/shared';
import { fkDataSource, migrations } from './db/data-source';
import { seedFk } from './seed';
import { buildFkSubgraph, FK_FIGURES } from './server';

export { buildFkSubgraph, typeDefs } from './server';
export { fkDataSource, migrations } from './db/data-source';
export { seedFk } from './seed';

/** Försäkringskassan's subgraph, as the start script, the tests and its own process use it. */
export const fkModule: AgencyModule = {
  agency: 'FK',
  name: 'Försäkringskassan',
  migrations,
  dataSource: fkDataSource,
  seed: (ds, population) => seedFk(ds, population),
  build: buildFkSubgraph,
  figures: FK_FIGURES,
};
