import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, auditSchemaSql, interventionSchemaSql, participantSchemaSql } from '@malmokraften/shared';
import { CARE_ACTIVITY_TYPES } from '../../models';
import { clinicalNoteGrantsSql } from '../grants';

const appRole = agencyDatabase('REGION').role;
const audit = auditSchemaSql(appRole, 'REGION');
const interventions = interventionSchemaSql(CARE_ACTIVITY_TYPES);

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    for (const sql of participantSchemaSql.up) await q.query(sql);
    for (const sql of interventions.up) await q.query(sql);
    // Region Skåne's own detail of a care-coordination activity; never part of the joint plan.
    await q.query(`CREATE TABLE care_activity_note (
      intervention_id uuid PRIMARY KEY REFERENCES intervention (id),
      note text NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
      written_at timestamptz NOT NULL DEFAULT now(),
      written_by text NOT NULL
    )`);
    // Diagnoses and journal notes: kept in the region, never returned by the service.
    await q.query(`CREATE TABLE clinical_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      diagnosis_code text NOT NULL CHECK (diagnosis_code ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,3})?$'),
      note text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000),
      written_at timestamptz NOT NULL DEFAULT now(),
      written_by text NOT NULL
    )`);
    await q.query('CREATE INDEX clinical_note_participant_idx ON clinical_note (participant_id, written_at)');
    // Clinical notes: the subgraph's role may add one, never read it back.
    for (const sql of clinicalNoteGrantsSql(appRole)) await q.query(sql);
    for (const sql of audit.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of audit.down) await q.query(sql);
    await q.query('DROP TABLE clinical_note');
    await q.query('DROP TABLE care_activity_note');
    for (const sql of interventions.down) await q.query(sql);
    for (const sql of participantSchemaSql.down) await q.query(sql);
  }
}
