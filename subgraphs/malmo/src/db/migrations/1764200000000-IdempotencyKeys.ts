import type { MigrationInterface, QueryRunner } from 'typeorm';
import { idempotencySchemaSql } from '@malmokraften/shared';

/** Mutations repeated under the same Idempotency-Key answer the stored result instead of applying twice. */
export class IdempotencyKeys1764200000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of idempotencySchemaSql.up) await q.query(sql);
    // Periods of social assistance are edited (ended) with optimistic locking.
    await q.query('ALTER TABLE social_assistance_period ADD COLUMN version integer NOT NULL DEFAULT 1');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE social_assistance_period DROP COLUMN version');
    for (const sql of idempotencySchemaSql.down) await q.query(sql);
  }
}
