import type { MigrationInterface, QueryRunner } from 'typeorm';
import { textLengthChecksSql } from '@malmokraften/shared';

const checks = textLengthChecksSql([
  { table: 'intervention', column: 'title', max: 200 },
  { table: 'staff_register', column: 'name', max: 200 },
]);

/**
 * AF's text columns hold what a person calls their limit in characters:
 * the checks counted code points (`length()`), so a title of 200 emoji with
 * a skin tone (400 code points) was refused by the database although the
 * service counts characters as a person sees them (grapheme clusters, see
 * `checkText`). Each such column now holds up to its limit times
 * CODE_POINTS_PER_CHARACTER code points; the limit in characters is the
 * service's.
 */
export class TextLengthInCharacters1764800000000 implements MigrationInterface {
  name = 'TextLengthInCharacters1764800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of checks.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of checks.down) await q.query(sql);
  }
}
