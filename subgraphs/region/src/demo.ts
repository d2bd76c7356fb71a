import type { AgencyDemo } from '@malmokraften/dev';
import { regionModule } from './index';
import { seedRegion } from './seed';

export { seedRegion } from './seed';

/**
 * Region Skåne's part of the demo, for the development and demo tooling (dev/):
 * `npm start`, `npm run seed`, the demo seed step before the service in
 * containers, the tests. No service loads this file: src/main.ts reaches
 * src/index.ts only.
 */
export const regionDemo: AgencyDemo = {
  module: regionModule,
  seed: (ds, population) => seedRegion(ds, population),
};
