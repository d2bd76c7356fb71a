import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, auditSchemaSql, interventionSchemaSql, participantSchemaSql } from '@malmokraften/shared';
import { BENEFIT_EXTENTS, BENEFIT_TYPES, FK_INTERVENTION_TYPES } from '../../models';
import { fkColumnGrantsSql } from '../grants';

const appRole = agencyDatabase('FK').role;
const audit = auditSchemaSql(appRole, 'FK');
const interventions = interventionSchemaSql(FK_INTERVENTION_TYPES);
const benefitTypes = BENEFIT_TYPES.map((t) => `'${t}'`).join(', ');

/**
 * FK's records: its register of the people it knows in the programme, its
 * interventions, benefit periods, work-capacity assessments, referrals into
 * the programme, and its audit log.
 *
 * The contents of medical certificates (läkarintyg), diagnosis codes and
 * the medical basis of assessments are kept beside the benefit facts they
 * belong to, but the subgraph's role may not read them: it is granted
 * SELECT column by column, on everything except those columns. They never
 * leave Försäkringskassan, not even by mistake in a query.
 */
export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    for (const sql of participantSchemaSql.up) await q.query(sql);
    for (const sql of interventions.up) await q.query(sql);

    await q.query(`CREATE TABLE benefit_period (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      type text NOT NULL CHECK (type IN (${benefitTypes})),
      extent_percent integer NOT NULL CHECK (extent_percent IN (${BENEFIT_EXTENTS.join(', ')})),
      start_date date NOT NULL,
      end_date date,
      certificate_text text,
      diagnosis_code text CHECK (diagnosis_code ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$'),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (end_date IS NULL OR end_date >= start_date)
    )`);
    await q.query(
      `COMMENT ON COLUMN benefit_period.certificate_text IS 'Contents of the medical certificate (läkarintyg). Never leaves FK; not readable by the subgraph role.'`,
    );
    await q.query(
      `COMMENT ON COLUMN benefit_period.diagnosis_code IS 'Diagnosis (ICD-10-SE). Never leaves FK; not readable by the subgraph role.'`,
    );
    await q.query('CREATE INDEX benefit_period_participant_idx ON benefit_period (participant_id, start_date)');

    await q.query(`CREATE TABLE work_capacity_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      assessed_on date NOT NULL,
      capacity_percent integer NOT NULL CHECK (capacity_percent BETWEEN 0 AND 100),
      summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
      medical_basis text,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `COMMENT ON COLUMN work_capacity_assessment.medical_basis IS 'Medical grounds of the assessment. Never leaves FK; not readable by the subgraph role.'`,
    );
    await q.query(
      'CREATE INDEX work_capacity_assessment_participant_idx ON work_capacity_assessment (participant_id, assessed_on)',
    );

    await q.query(`CREATE TABLE fk_referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      referred_on date NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT fk_referral_participant_key UNIQUE (participant_id)
    )`);

    // Column by column: the medical basis stays unreadable to the subgraph's role.
    for (const sql of fkColumnGrantsSql(appRole)) await q.query(sql);

    for (const sql of audit.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of audit.down) await q.query(sql);
    for (const t of ['fk_referral', 'work_capacity_assessment', 'benefit_period']) await q.query(`DROP TABLE ${t}`);
    for (const sql of interventions.down) await q.query(sql);
    for (const sql of participantSchemaSql.down) await q.query(sql);
  }
}
