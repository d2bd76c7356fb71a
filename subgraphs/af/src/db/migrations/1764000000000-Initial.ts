import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agencyDatabase, auditSchemaSql, interventionSchemaSql, participantSchemaSql } from '@malmokraften/shared';
import { AF_INTERVENTION_TYPES } from '../../models';

const audit = auditSchemaSql(agencyDatabase('AF').role, 'AF');
const interventions = interventionSchemaSql(AF_INTERVENTION_TYPES);

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    for (const sql of participantSchemaSql.up) await q.query(sql);
    await q.query(`CREATE TABLE team (
      id text PRIMARY KEY CHECK (id ~ '^T[0-9]{2}$'),
      name text NOT NULL,
      capacity integer NOT NULL CHECK (capacity > 0),
      includes_fk boolean NOT NULL DEFAULT false
    )`);
    await q.query(`CREATE TABLE team_member (
      team_id text NOT NULL REFERENCES team (id),
      officer_id text NOT NULL,
      officer_name text NOT NULL,
      organisation text NOT NULL,
      role text NOT NULL,
      PRIMARY KEY (team_id, officer_id)
    )`);
    await q.query(
      `ALTER TABLE participant ADD CONSTRAINT participant_team_fk FOREIGN KEY (team_id) REFERENCES team (id)`,
    );
    await q.query(`CREATE TABLE participation (
      participant_id text PRIMARY KEY REFERENCES participant (id),
      enrolled_on date NOT NULL,
      entry_route text NOT NULL CHECK (entry_route IN ('AF', 'SOCIAL_SERVICES', 'FK')),
      gender text NOT NULL CHECK (gender IN ('WOMAN', 'MAN', 'OTHER')),
      birth_date date NOT NULL,
      born_outside_europe boolean NOT NULL,
      months_without_work integer NOT NULL,
      social_assistance_at_enrolment boolean NOT NULL,
      goal_type text CHECK (goal_type IN ('WORK', 'STUDIES')),
      goal_description text,
      discharged_on date,
      outcome text CHECK (outcome IN ('WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'STUDIES', 'REHAB_COOPERATION',
                                      'OTHER_INTERVENTION', 'MOVED', 'ENDED_OTHER')),
      version integer NOT NULL DEFAULT 1,
      CHECK ((discharged_on IS NULL) = (outcome IS NULL)),
      CHECK (discharged_on IS NULL OR discharged_on >= enrolled_on)
    )`);
    await q.query('CREATE INDEX participation_enrolled_idx ON participation (enrolled_on)');
    await q.query('CREATE INDEX participation_discharged_idx ON participation (discharged_on)');
    await q.query(`CREATE TABLE follow_up (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      scheduled_at timestamptz NOT NULL,
      held_at timestamptz,
      agenda text,
      created_by text NOT NULL
    )`);
    await q.query('CREATE INDEX follow_up_participant_idx ON follow_up (participant_id, scheduled_at)');
    await q.query(`CREATE TABLE job_match (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      participant_id text NOT NULL REFERENCES participant (id),
      employer text NOT NULL,
      vacancy_title text NOT NULL,
      matched_on date NOT NULL,
      status text NOT NULL DEFAULT 'PROPOSED'
    )`);
    await q.query('CREATE INDEX job_match_participant_idx ON job_match (participant_id)');
    for (const sql of interventions.up) await q.query(sql);
    for (const sql of audit.up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of audit.down) await q.query(sql);
    for (const sql of interventions.down) await q.query(sql);
    for (const t of ['job_match', 'follow_up', 'participation']) await q.query(`DROP TABLE ${t}`);
    await q.query('ALTER TABLE participant DROP CONSTRAINT participant_team_fk');
    await q.query('DROP TABLE team_member');
    await q.query('DROP TABLE team');
    for (const sql of participantSchemaSql.down) await q.query(sql);
  }
}
