import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { agencyFolder, type Agency, type AgencyModule, type AgencySettings } from '@malmokraften/shared';
import type { DemoMapping, DemoPerson } from './demo/population';
import type { Persona } from './personas';

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

/** What an agency's demo facts may know of a generated person to decide whether the agency knows them. */
export interface DemoCandidate {
  entryRoute: DemoPerson['entryRoute'];
  teamId: string;
  /** The person's team has an FK officer on it. */
  teamIncludesFk: boolean;
}

/**
 * One agency's facts in the demo: what the demo population, the personas
 * and the demo's assignments take from it. Exported as `demoFacts` by the
 * agency's `src/demo-facts.ts`, found by the registry's folder. That file
 * imports no values from dev/ (the personas load it while dev/ loads) and
 * no service reaches it. An agency without one knows the showcase people
 * only, records nothing for them and is given one officer (personas.ts).
 */
export interface AgencyDemoFacts {
  readonly agency: Agency;
  /**
   * Its interventions in the demo, as [type, title]: the people it knows
   * get some of them, the showcase people its first (running) and second
   * (planned). Absent: none.
   */
  readonly toolbox?: ReadonlyArray<readonly [string, string]>;
  /** The categories a demo person who consents shares with every other party. Absent: no consent is given it. */
  readonly shareable?: readonly string[];
  /** Its perspective of the showcase people in the joint mapping, in its own words. Absent: none recorded. */
  readonly showcaseMapping?: DemoMapping;
  /**
   * Which of the generated people it knows: `everyone` (it enrols them),
   * or decided per person (`draw` is the population's generator, drawn in
   * the registry's order of the agencies). Absent: the showcase people only.
   */
  readonly knows?: 'everyone' | ((person: DemoCandidate, draw: () => number) => boolean);
  /** How often a person it knows has blocked sharing with it (0 to 1). Absent: never. */
  readonly sharingBlockRate?: number;
  /** The officer (sub) who takes the people it knows on a team where none of its personas works. */
  readonly fallbackOfficer?: string;
  /** Its demo personas, by persona key: its caseworkers, auditor and administrator. */
  readonly personas?: Readonly<Record<string, Persona>>;
}

/** The file that holds an agency's demo facts, in the folder the registry names. */
export function agencyDemoFactsFile(agency: Agency): string {
  return path.join(ROOT, 'subgraphs', agencyFolder(agency), 'src', 'demo-facts.ts');
}

function isAgencyDemoFacts(v: unknown): v is AgencyDemoFacts {
  return typeof v === 'object' && v !== null && typeof (v as Partial<AgencyDemoFacts>).agency === 'string';
}

/** One agency's demo facts: the `demoFacts` its folder's src/demo-facts.ts exports, or none when it has no such file. */
export function agencyDemoFacts(agency: Agency): AgencyDemoFacts {
  const file = agencyDemoFactsFile(agency);
  if (!existsSync(file)) return { agency };
  // A path the registry decides at run time cannot be a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const found = (require(file) as Record<string, unknown>).demoFacts;
  if (!isAgencyDemoFacts(found) || found.agency !== agency)
    throw new Error(`${path.relative(ROOT, file)} must export demoFacts, the AgencyDemoFacts of ${agency}`);
  return found;
}
