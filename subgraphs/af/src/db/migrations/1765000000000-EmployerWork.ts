import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  agencyDatabase,
  CODE_POINTS_PER_CHARACTER,
  employerWorkSchemaSql,
  SWEDISH_LEVELS,
  WORK_AREAS,
} from '@malmokraften/shared';

const role = agencyDatabase('AF').role;
const work = employerWorkSchemaSql(role);
const inList = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * Arbetsförmedlingen's employer work (docs/employer-work.md): the
 * employers AF works with, the opportunities (orders) acquired from them,
 * the matches of participants to them with their steps, the follow-ups
 * after a placement; and each person's job-seeker profile (sökprofil),
 * which matching reads.
 */
export class EmployerWork1765000000000 implements MigrationInterface {
  name = 'EmployerWork1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of work.up) await q.query(sql);
    await q.query(`CREATE TABLE job_seeker_profile (
      participant_id text PRIMARY KEY REFERENCES participant (id),
      swedish_level text NOT NULL CHECK (swedish_level IN (${inList(SWEDISH_LEVELS)})),
      driving_licence boolean NOT NULL,
      hours_percent integer NOT NULL CHECK (hours_percent BETWEEN 1 AND 100),
      area text CHECK (area IS NULL OR area IN (${inList(WORK_AREAS)})),
      occupations text[] NOT NULL DEFAULT '{}' CHECK (cardinality(occupations) <= 10),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`ALTER TABLE job_seeker_profile ADD CONSTRAINT job_seeker_profile_occupations_length
      CHECK (array_to_string(occupations, '') = '' OR length(array_to_string(occupations, '')) <= ${10 * 100 * CODE_POINTS_PER_CHARACTER})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE job_seeker_profile');
    for (const sql of work.down) await q.query(sql);
  }
}
