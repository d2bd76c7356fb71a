import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, jointMappingSchemaSql } from '@malmokraften/shared';

const mapping = jointMappingSchemaSql(agencyDatabase('FK').role);

/**
 * Försäkringskassan's perspective in the joint mapping (gemensam kartläggning): one
 * row per person, the situation, abilities, wishes and obstacles as
 * Försäkringskassan's staff recorded them, with a version for concurrent edits. Each
 * text holds 2,000 characters as a person counts them (CODE_POINTS_PER_CHARACTER
 * code points each, as in TextLengthInCharacters). The service's role may
 * change a perspective, never delete one.
 */
export class JointMapping1765200000000 implements MigrationInterface {
  name = 'JointMapping1765200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of mapping.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of mapping.down) await q.query(sql);
  }
}
