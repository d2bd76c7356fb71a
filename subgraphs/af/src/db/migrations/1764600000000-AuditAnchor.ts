import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, auditAnchorSchemaSql } from '@malmokraften/shared';

const anchor = auditAnchorSchemaSql(agencyDatabase('AF').role);

/**
 * The audit chain anchored outside what the application role can write: the
 * role appends only through audit_append (which hashes in the database and
 * moves the head), and signed checkpoints are kept in a table it has no
 * right on (shared/src/audit/anchor.ts).
 */
export class AuditAnchor1764600000000 implements MigrationInterface {
  name = 'AuditAnchor1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of anchor.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of anchor.down) await q.query(sql);
  }
}
