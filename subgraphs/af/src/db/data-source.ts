import { AuditAppendSetBased1765400000000, agencyDatabase, createAgencyDataSource, restoreGrantsMigration, type Logger } from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { IdempotencyKeys1764200000000 } from './migrations/1764200000000-IdempotencyKeys';
import { PublishedReports1764400000000 } from './migrations/1764400000000-PublishedReports';
import { AuditAnchor1764600000000 } from './migrations/1764600000000-AuditAnchor';
import { StaffRegister1764600000001 } from './migrations/1764600000001-StaffRegister';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';
import { EmployerWork1765000000000 } from './migrations/1765000000000-EmployerWork';
import { JointMapping1765200000000 } from './migrations/1765200000000-JointMapping';

/** AF's migrations, in order. */
export const migrations = [
  Initial1764000000000,
  IdempotencyKeys1764200000000,
  PublishedReports1764400000000,
  AuditAnchor1764600000000,
  StaffRegister1764600000001,
  TextLengthInCharacters1764800000000,
  EmployerWork1765000000000,
  JointMapping1765200000000,
  AuditAppendSetBased1765400000000,
  restoreGrantsMigration(agencyDatabase('AF').role, { employerWork: true, own: [] }),
];

/** AF's one database; the subgraph reads with raw, parameterised SQL through it. */
export function afDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
