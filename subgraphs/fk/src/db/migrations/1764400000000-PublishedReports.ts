import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publicationSchemaSql } from '@malmokraften/shared';

/**
 * Published follow-up figures, kept by this agency: one row per period and
 * version, never changed or removed (docs/REPORT-DEFINITIONS.md, "Published
 * reports").
 */
export class PublishedReports1764400000000 implements MigrationInterface {
  name = 'PublishedReports1764400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of publicationSchemaSql.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of publicationSchemaSql.down) await q.query(sql);
  }
}
