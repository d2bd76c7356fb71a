import { sqlMigration, type MigrationClass } from '../db/data-source';
import { auditAnchorSchemaSql, auditAppendSetBasedSql } from '../audit/anchor';
import { publicationSchemaSql } from '../report/publication';
import { reportChangeSchemaSql } from '../report/changes';
import { employerWorkSchemaSql } from './employer-work';
import { restoreGrantsMigration } from './grants';
import { idempotencySchemaSql } from './idempotency';
import { jointMappingSchemaSql } from './mapping';
import { staffRegisterSchemaSql } from './staff';
import { textLengthChecksSql } from './validate';

/**
 * An agency's migrations: its own (its tables and their changes) and the
 * steps every agency takes alike (idempotency keys, published reports, the
 * audit anchor, the staff register, employer work, the joint mapping, the
 * set-based audit append, the grants taken back, the change count), in the
 * order of the timestamps their names end with. An own migration with the
 * name of a common step takes its place (Malmö stad's idempotency keys add
 * a version column; AF's employer work adds the job-seeker profile), so a
 * database migrated before keeps its history.
 */
export function agencyMigrations(
  appRole: string,
  opts: {
    own: readonly MigrationClass[];
    /** Whether the agency does employer work (the common tables, unless its own migration of that name). */
    employerWork: boolean;
    /** The agency's own REVOKE and GRANT statements, as its first migration ran them. */
    grants?: readonly string[];
  },
): MigrationClass[] {
  const common = [
    sqlMigration('IdempotencyKeys1764200000000', idempotencySchemaSql),
    sqlMigration('PublishedReports1764400000000', publicationSchemaSql),
    sqlMigration('AuditAnchor1764600000000', auditAnchorSchemaSql(appRole)),
    sqlMigration('StaffRegister1764600000001', staffRegisterSchemaSql(appRole)),
    ...(opts.employerWork ? [sqlMigration('EmployerWork1765000000000', employerWorkSchemaSql(appRole))] : []),
    sqlMigration('JointMapping1765200000000', jointMappingSchemaSql(appRole)),
    sqlMigration('AuditAppendSetBased1765400000000', auditAppendSetBasedSql()),
    restoreGrantsMigration(appRole, { employerWork: opts.employerWork, own: opts.grants ?? [] }),
    // A count of changes, so that a report with nothing new reads no rows (report/changes.ts).
    sqlMigration('ReportChanges1765600000000', reportChangeSchemaSql(appRole)),
  ];
  const own = new Map(opts.own.map((m) => [migrationName(m), m]));
  if (own.size !== opts.own.length) throw new Error('migrations: two of the agency’s own have the same name');
  const all = [...common.filter((m) => !own.has(migrationName(m))), ...opts.own];
  return all.sort((a, b) => timestampOf(a) - timestampOf(b) || migrationName(a).localeCompare(migrationName(b)));
}

export function migrationName(m: MigrationClass): string {
  const name = new m().name;
  if (!name) throw new Error('migrations: a migration without a name');
  return name;
}

function timestampOf(m: MigrationClass): number {
  const stamp = /(\d{13})$/.exec(migrationName(m));
  if (!stamp) throw new Error(`migrations: ${migrationName(m)} does not end with its timestamp`);
  return Number(stamp[1]);
}

/** A text column whose check counted code points, and its limit in characters. */
export interface TextColumn {
  table: string;
  column: string;
  max: number;
}

/** The text columns every agency has: an intervention's title and a staff member's name, 200 characters each. */
const COMMON_TEXT_COLUMNS: readonly TextColumn[] = [
  { table: 'intervention', column: 'title', max: 200 },
  { table: 'staff_register', column: 'name', max: 200 },
];

/**
 * An agency's migration `TextLengthInCharacters1764800000000`. The text
 * columns hold what a person calls their limit in characters: the checks
 * counted code points (`length()`), so a title of 200 emoji with a skin tone
 * (400 code points) was refused by the database although the service counts
 * characters as a person sees them (grapheme clusters, see `checkText`). Each
 * such column (the common ones, then the agency's `own`) now holds up to its
 * limit times CODE_POINTS_PER_CHARACTER code points; the limit in characters
 * is the service's.
 */
export function textLengthInCharactersMigration(own: readonly TextColumn[] = []): MigrationClass {
  return sqlMigration('TextLengthInCharacters1764800000000', textLengthChecksSql([...COMMON_TEXT_COLUMNS, ...own]));
}
