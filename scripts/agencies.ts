import type { Agency, AgencyModule } from '@malmokraften/shared';
import { afModule } from '@malmokraften/subgraph-af';
import { malmoModule } from '@malmokraften/subgraph-malmo';
import { fkModule } from '@malmokraften/subgraph-fk';
import { regionModule } from '@malmokraften/subgraph-region';

/**
 * Each agency's module (migrations, seed, service), for the tooling that
 * runs them all: the in-process system, the system of separate processes,
 * the tests. The one place that names every agency's package; the list of
 * agencies itself is `AGENCIES` (shared/src/caller.ts).
 */
export const AGENCY_MODULES: Record<Agency, AgencyModule> = {
  AF: afModule,
  MALMO: malmoModule,
  FK: fkModule,
  REGION: regionModule,
};
