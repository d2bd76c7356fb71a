import { agencyDatabase, agencyMigrations, createAgencyDataSource, type Logger } from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { IdempotencyKeys1764200000000 } from './migrations/1764200000000-IdempotencyKeys';
import { ProgrammeParticipation1764100000000 } from './migrations/1764100000000-ProgrammeParticipation';
import { AssistanceCoveringIndex1764350000000 } from './migrations/1764350000000-AssistanceCoveringIndex';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';

const role = agencyDatabase('MALMO').role;

/** Malmö stad's migrations: its own, and the steps every agency takes (shared/src/agency/migrations.ts), in order. */
export const migrations = agencyMigrations(role, {
  own: [
    Initial1764000000000,
    ProgrammeParticipation1764100000000,
    IdempotencyKeys1764200000000,
    AssistanceCoveringIndex1764350000000,
    TextLengthInCharacters1764800000000,
  ],
  employerWork: true,
});

/** Malmö stad's one database; the subgraph reads with raw, parameterised SQL through it. */
export function malmoDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
