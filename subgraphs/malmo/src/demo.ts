import type { AgencyDemo } from '@malmokraften/dev';
import { malmoModule } from './index';
import { seedMalmo } from './seed';

export { seedMalmo } from './seed';

/**
 * Malmö stad's part of the demo, for the development and demo tooling (dev/):
 * `npm start`, `npm run seed`, the demo seed step before the service in
 * containers, the tests. No service loads this file: src/main.ts reaches
 * src/index.ts only.
 */
export const malmoDemo: AgencyDemo = {
  module: malmoModule,
  seed: (ds, population) => seedMalmo(ds, population),
};
