import path from 'node:path';
import type { DataSource } from 'typeorm';
import { agencyFolder, type Agency, type AgencyModule, type AgencySettings } from '@malmokraften/shared';
import type { DemoPerson } from './demo/population';

const ROOT = path.join(__dirname, '..', '..');

/**
 * An agency's demo: its subgraph's module and the seed of its part of a demo
 * population. Exported by the agency's `src/demo.ts`, which no service
 * loads: the agency's `src/main.ts` reaches its `src/index.ts`, never this.
 */
export interface AgencyDemo {
  module: AgencyModule;
  /** Seeds the agency's part of a demo population (only the people it knows); false when already seeded. */
  seed(ds: DataSource, population: DemoPerson[], settings: AgencySettings): Promise<boolean>;
}

function isAgencyDemo(v: unknown): v is AgencyDemo {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Partial<AgencyDemo>;
  return typeof d.seed === 'function' && typeof d.module === 'object' && d.module !== null;
}

/** The file that exports an agency's demo, in the folder the registry names (shared/src/agencies.ts). */
export function agencyDemoFile(agency: Agency): string {
  return path.join(ROOT, 'subgraphs', agencyFolder(agency), 'src', 'demo.ts');
}

/**
 * One agency's demo (its module and seed): the AgencyDemo its folder's
 * src/demo.ts exports, found by the folder the registry names, so that no
 * list of packages has to name it. Loaded on first use.
 */
export function agencyDemo(agency: Agency): AgencyDemo {
  const file = agencyDemoFile(agency);
  // A path the registry decides at run time cannot be a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(file) as Record<string, unknown>;
  const found = Object.values(exports).filter((v): v is AgencyDemo => isAgencyDemo(v) && v.module.agency === agency);
  if (found.length !== 1)
    throw new Error(
      `${path.relative(ROOT, file)} exports ${found.length} AgencyDemo(s) of ${agency}; it must export exactly one`,
    );
  return found[0]!;
}
