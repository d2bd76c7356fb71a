import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, staffRegisterSchemaSql } from '@malmokraften/shared';

const register = staffRegisterSchemaSql(agencyDatabase('MALMO').role);

/**
 * The agency's own staff register: officer id → organisation, part, roles,
 * teams, active from and to. Access decisions use it as well as the token
 * (shared/src/agency/staff.ts); the agency's administrators keep it.
 */
export class StaffRegister1764600000001 implements MigrationInterface {
  name = 'StaffRegister1764600000001';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of register.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of register.down) await q.query(sql);
  }
}
