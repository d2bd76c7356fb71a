import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, auditSchemaSql, interventionSchemaSql, participantSchemaSql } from '@malmokraften/shared';
import { MALMO_INTERVENTION_TYPES } from '../../models';

const audit = auditSchemaSql(agencyDatabase('MALMO').role, 'MALMO');
const interventions = interventionSchemaSql(MALMO_INTERVENTION_TYPES);

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    for (const sql of participantSchemaSql.up) await q.query(sql);
    // Social assistance (försörjningsstöd) as social services decided it.
    await q.query(`CREATE TABLE social_assistance_period (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      start_date date NOT NULL,
      end_date date,
      monthly_amount numeric(10, 2) NOT NULL CHECK (monthly_amount >= 0),
      household_size integer NOT NULL CHECK (household_size >= 1),
      investigation_notes text,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_date IS NULL OR end_date >= start_date)
    )`);
    await q.query(
      'CREATE INDEX social_assistance_period_participant_idx ON social_assistance_period (participant_id, start_date)',
    );
    for (const sql of interventions.up) await q.query(sql);
    for (const sql of audit.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of audit.down) await q.query(sql);
    for (const sql of interventions.down) await q.query(sql);
    await q.query('DROP TABLE social_assistance_period');
    for (const sql of participantSchemaSql.down) await q.query(sql);
  }
}
