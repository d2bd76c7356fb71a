import path from 'node:path';
import { agencyFolder, type Agency, type AgencyModule } from '@malmokraften/shared';

const ROOT = path.join(__dirname, '..');
function isAgencyModule(v: unknown): v is AgencyModule {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Partial<AgencyModule>;
  return typeof m.agency === 'string' && Array.isArray(m.migrations) && typeof m.build === 'function';
}

/**
 * One agency's module (migrations, seed, service): the AgencyModule its
 * folder's src/index.ts exports, found by the folder the registry names
 * (shared/src/agencies.ts), so that no list of packages has to name it.
 * Loaded on first use: scripts/migrate.ts loads only the agency it migrates.
 */
export function agencyModule(agency: Agency): AgencyModule {
  const file = path.join(ROOT, 'subgraphs', agencyFolder(agency), 'src', 'index.ts');
  // A path the registry decides at run time cannot be a static import; require keeps AGENCY_MODULES synchronous.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(file) as Record<string, unknown>;
  const found = Object.values(exports).filter((v): v is AgencyModule => isAgencyModule(v) && v.agency === agency);
  if (found.length !== 1)
    throw new Error(
      `${path.relative(ROOT, file)} exports ${found.length} AgencyModule(s) of ${agency}; it must export exactly one`,
    );
  return found[0]!;
}
