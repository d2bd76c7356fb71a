import { agencyDatabase, agencyMigrations, createAgencyDataSource, type Logger } from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';
import { clinicalNoteGrantsSql } from './grants';

const role = agencyDatabase('REGION').role;

/** Region Skåne's migrations: its own, and the steps every agency takes (shared/src/agency/migrations.ts), in order. */
export const migrations = agencyMigrations(role, {
  own: [Initial1764000000000, TextLengthInCharacters1764800000000],
  employerWork: false,
  grants: clinicalNoteGrantsSql(role),
});

/** Region Skåne's one database; the subgraph reads with raw, parameterised SQL through it. */
export function regionDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
