import { AGENCIES, type Agency, type AgencyModule } from '@malmokraften/shared';
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
