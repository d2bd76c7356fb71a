import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a period of social assistance covers a day is asked once per
 * discharged person in the follow-up figures (49,000 lookups at national
 * scale). With the end date in the index the lookup needs no table row:
 * the index replaces the one on (participant_id, start_date).
 */
export class AssistanceCoveringIndex1764350000000 implements MigrationInterface {
  name = 'AssistanceCoveringIndex1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX social_assistance_period_cover_idx ON social_assistance_period (participant_id, start_date) INCLUDE (end_date)',
    );
    await q.query('DROP INDEX social_assistance_period_participant_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX social_assistance_period_participant_idx ON social_assistance_period (participant_id, start_date)',
    );
    await q.query('DROP INDEX social_assistance_period_cover_idx');
  }
}
