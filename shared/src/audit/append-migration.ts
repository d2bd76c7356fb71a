import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditAppendSetBasedSql } from './anchor';

const sql = auditAppendSetBasedSql();

/**
 * The set-based audit_append (anchor.ts), the same in every agency database:
 * one class that each agency lists among its migrations, rather than a copy
 * per agency. Hashes of entries already written and of those to come are
 * computed exactly as before.
 */
export class AuditAppendSetBased1765400000000 implements MigrationInterface {
  name = 'AuditAppendSetBased1765400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of sql.up) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of sql.down) await q.query(statement);
  }
}
