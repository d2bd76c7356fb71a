import {
  agencyDatabase,
  auditAnchorSchemaSql,
  auditAppendSetBasedSql,
  createAgencyDataSource,
  idempotencySchemaSql,
  jointMappingSchemaSql,
  publicationSchemaSql,
  reportChangeSchemaSql,
  restoreGrantsMigration,
  sqlMigration,
  staffRegisterSchemaSql,
  type Logger,
} from '@malmokraften/shared';
import { Initial1764000000000 } from './migrations/1764000000000-Initial';
import { TextLengthInCharacters1764800000000 } from './migrations/1764800000000-TextLengthInCharacters';
import { EmployerWork1765000000000 } from './migrations/1765000000000-EmployerWork';

const role = agencyDatabase('AF').role;

/** AF's migrations, in order. */
export const migrations = [
  Initial1764000000000,
  sqlMigration('IdempotencyKeys1764200000000', idempotencySchemaSql),
  sqlMigration('PublishedReports1764400000000', publicationSchemaSql),
  sqlMigration('AuditAnchor1764600000000', auditAnchorSchemaSql(role)),
  sqlMigration('StaffRegister1764600000001', staffRegisterSchemaSql(role)),
  TextLengthInCharacters1764800000000,
  EmployerWork1765000000000,
  sqlMigration('JointMapping1765200000000', jointMappingSchemaSql(role)),
  sqlMigration('AuditAppendSetBased1765400000000', auditAppendSetBasedSql()),
  restoreGrantsMigration(role, { employerWork: true, own: [] }),
  // A count of changes, so that a report with nothing new reads no rows (shared/src/report/changes.ts).
  sqlMigration('ReportChanges1765600000000', reportChangeSchemaSql(role)),
];

/** AF's one database; the subgraph reads with raw, parameterised SQL through it. */
export function afDataSource(url: string, log: Logger, poolSize?: number) {
  return createAgencyDataSource({ url, entities: [], migrations, log, ...(poolSize ? { poolSize } : {}) });
}
