import {
  agencyDatabase,
  auditAnchorSchemaSql,
  auditAppendSetBasedSql,
  createAgencyDataSource,
  employerWorkSchemaSql,
  jointMappingSchemaSql,
  publicationSchemaSql,
  reportChangeSchemaSql,
  restoreGrantsMigration,
  sqlMigration,
  staffRegisterSchemaSql,
  type Logger,
} from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { IdempotencyKeys1764200000000 } from './migrations/1764200000000-IdempotencyKeys';
import { ProgrammeParticipation1764100000000 } from './migrations/1764100000000-ProgrammeParticipation';
import { AssistanceCoveringIndex1764350000000 } from './migrations/1764350000000-AssistanceCoveringIndex';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';

const role = agencyDatabase('MALMO').role;

/** Malmö stad's migrations, in order. */
export const migrations = [
  Initial1764000000000,
  ProgrammeParticipation1764100000000,
  IdempotencyKeys1764200000000,
  AssistanceCoveringIndex1764350000000,
  sqlMigration('PublishedReports1764400000000', publicationSchemaSql),
  sqlMigration('AuditAnchor1764600000000', auditAnchorSchemaSql(role)),
  sqlMigration('StaffRegister1764600000001', staffRegisterSchemaSql(role)),
  TextLengthInCharacters1764800000000,
  // Employers, opportunities, matches and follow-ups (docs/employer-work.md).
  sqlMigration('EmployerWork1765000000000', employerWorkSchemaSql(role)),
  sqlMigration('JointMapping1765200000000', jointMappingSchemaSql(role)),
  sqlMigration('AuditAppendSetBased1765400000000', auditAppendSetBasedSql()),
  restoreGrantsMigration(role, { employerWork: true, own: [] }),
  // A count of changes, so that a report with nothing new reads no rows (shared/src/report/changes.ts).
  sqlMigration('ReportChanges1765600000000', reportChangeSchemaSql(role)),
];

/** Malmö stad's one database; the subgraph reads with raw, parameterised SQL through it. */
export function malmoDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
