import { agencyDatabase, agencyMigrations, createAgencyDataSource, type Logger } from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';
import { EmployerWork1765000000000 } from './migrations/1765000000000-EmployerWork';

const role = agencyDatabase('AF').role;

/** AF's migrations: its own, and the steps every agency takes (shared/src/agency/migrations.ts), in order. */
export const migrations = agencyMigrations(role, {
  own: [Initial1764000000000, TextLengthInCharacters1764800000000, EmployerWork1765000000000],
  employerWork: true,
});

/** AF's one database; the subgraph reads with raw, parameterised SQL through it. */
export function afDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
