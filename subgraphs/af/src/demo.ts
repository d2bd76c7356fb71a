import type { AgencyDemo } from '@malmokraften/dev';
import { afModule } from './index';
import { seedAf } from './seed';

export { seedAf } from './seed';

/**
 * Arbetsförmedlingen's part of the demo, for the development and demo tooling (dev/):
 * `npm start`, `npm run seed`, the demo seed step before the service in
 * containers, the tests. No service loads this file: src/main.ts reaches
 * src/index.ts only.
 */
export const afDemo: AgencyDemo = {
  module: afModule,
  seed: (ds, population, settings) => seedAf(ds, population, { teamCapacity: settings.defaultTeamCapacity }),
};
