import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Agency } from '../caller';
import type { Logger } from '../service/logger';
import type { MigrationClass } from '../db/data-source';
import type { SubgraphService, VerifyCaller } from '../request/subgraph';
import type { ConnectionSettings, RateLimitSettings } from '../request/graphql-http';
import type { AgencyFigures } from '../report/at-source';

/** Settings an agency's subgraph may need beyond its connection and tokens. */
export interface AgencySettings {
  /** Capacity given to a new team (AF hosts the teams). */
  defaultTeamCapacity: number;
}

export interface BuildOptions {
  dataSource: DataSource;
  verify: VerifyCaller;
  log: Logger;
  production?: boolean;
  settings: AgencySettings;
  /** Timeouts and connection caps (the process reads them from the environment). */
  connections?: Partial<ConnectionSettings>;
  /** Rate limits per caller and per address; none when not given (the process reads them from the environment). */
  rateLimits?: RateLimitSettings;
  /** GATEWAY_SECRET: the gateway's requests carrying it are not limited by address. */
  gatewaySecret?: string | null;
}

/**
 * What every agency's subgraph package offers, the same for all four, so
 * that the start script, the tests and the process runner treat them alike.
 * Its demo content is not here: the agency's src/demo.ts holds it, for the
 * development and demo tooling (dev/) only.
 */
export interface AgencyModule {
  agency: Agency;
  /** The agency's name as people know it. */
  name: string;
  migrations: MigrationClass[];
  dataSource(url: string, log: Logger, poolSize?: number): DataSource;
  build(opts: BuildOptions): SubgraphService;
  /** The agency's follow-up figures (docs/REPORT-DEFINITIONS.md), for publishing what is due after a seed. */
  figures?: AgencyFigures;
}

const COMMON_SDL = path.join(__dirname, '../../schema/common.graphql');

/** A subgraph's SDL: the shared types and its own schema file. */
export function loadTypeDefs(schemaFile: string): string {
  return [readFileSync(COMMON_SDL, 'utf8'), readFileSync(schemaFile, 'utf8')].join('\n');
}
