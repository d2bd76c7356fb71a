import { AGENCIES, type Agency, type AgencyModule } from '@malmokraften/shared';
import { agencyDemo, type AgencyDemo } from '@malmokraften/dev';
import { agencyModule } from './agency-module';

/**
 * Each agency's module, for the tooling that runs them all: the in-process
 * system, the system of separate processes, the tests. Every agency of the
 * registry is here, read from its own folder.
 */
export const AGENCY_MODULES = Object.fromEntries(AGENCIES.map((a) => [a, agencyModule(a)])) as Record<
  Agency,
  AgencyModule
>;

/** Each agency's demo seed (its folder's src/demo.ts), for the same tooling. */
export const AGENCY_DEMOS = Object.fromEntries(AGENCIES.map((a) => [a, agencyDemo(a)])) as Record<Agency, AgencyDemo>;
