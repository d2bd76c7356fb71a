import type { AgencyDemo } from '@malmokraften/dev';
import { fkModule } from './index';
import { seedFk } from './seed';

export { seedFk } from './seed';

/**
 * Försäkringskassan's part of the demo, for the development and demo tooling (dev/):
 * `npm start`, `npm run seed`, the demo seed step before the service in
 * containers, the tests. No service loads this file: src/main.ts reaches
 * src/index.ts only.
 */
export const fkDemo: AgencyDemo = {
  module: fkModule,
  seed: (ds, population) => seedFk(ds, population),
};
