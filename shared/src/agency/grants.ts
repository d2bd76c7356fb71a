import { sqlMigration, type MigrationClass } from '../db/data-source';
import { auditSchemaSql } from '../audit/schema';
import { auditAnchorSchemaSql } from '../audit/anchor';
import { staffRegisterSchemaSql } from './staff';
import { jointMappingSchemaSql } from './mapping';
import { employerWorkSchemaSql } from './employer-work';

/**
 * The rights the migrations take from an agency's application role, taken
 * again. Until provisioning was fixed, every start of a service on an
 * existing database granted the role row rights on every table, which gave
 * back what the migrations had taken: writing the audit log past
 * audit_append, moving the chain head, reading the checkpoints, deleting a
 * staff entry, a mapping or an employer's records, and each agency's own
 * narrowing (FK's medical columns, the region's clinical notes). A database
 * started more than once may hold those rights; this takes them back, and
 * on a database that never held them it changes nothing.
 *
 * @param own the agency's own REVOKE and GRANT statements, as its first
 *   migration ran them, in that order.
 */
export function restoredGrantsSql(appRole: string, opts: { employerWork: boolean; own: readonly string[] }): string[] {
  const revokes = (statements: readonly string[]) => statements.filter((s) => /^\s*REVOKE\b/i.test(s));
  return [
    ...revokes(auditSchemaSql(appRole).up),
    ...revokes(auditAnchorSchemaSql(appRole).up),
    ...revokes(staffRegisterSchemaSql(appRole).up),
    ...revokes(jointMappingSchemaSql(appRole).up),
    ...(opts.employerWork ? revokes(employerWorkSchemaSql(appRole).up) : []),
    ...opts.own,
  ];
}

/** The migration that runs {@link restoredGrantsSql} in an agency's database; each agency lists it with its own statements. Nothing to undo: the rights taken were never meant to be held. */
export function restoreGrantsMigration(
  appRole: string,
  opts: { employerWork: boolean; own: readonly string[] },
): MigrationClass {
  return sqlMigration('RestoreGrants1765400000001', { up: restoredGrantsSql(appRole, opts), down: [] });
}
