import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, employerWorkSchemaSql } from '@malmokraften/shared';

const work = employerWorkSchemaSql(agencyDatabase('MALMO').role);

/**
 * Malmö stad's employer work (README, "Employer work"): the employers it
 * works with, the opportunities acquired from them (recruitments, work-training places, language practice and municipal jobs), the matches of
 * participants to them with their steps, and the follow-ups after a placement.
 */
export class EmployerWork1765000000000 implements MigrationInterface {
  name = 'EmployerWork1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of work.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of work.down) await q.query(sql);
  }
}
