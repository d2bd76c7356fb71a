import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's participation in the programme as Malmö stad records it
 * itself: the city's own follow-up figures (left social assistance by
 * discharge) use these dates, not another agency's.
 */
export class ProgrammeParticipation1764100000000 implements MigrationInterface {
  name = 'ProgrammeParticipation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE programme_participation (
      participant_id text PRIMARY KEY REFERENCES participant (id),
      enrolled_on date NOT NULL,
      discharged_on date,
      gender text NOT NULL CHECK (gender IN ('WOMAN', 'MAN', 'OTHER')),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (discharged_on IS NULL OR discharged_on >= enrolled_on)
    )`);
    await q.query('CREATE INDEX programme_participation_discharged_idx ON programme_participation (discharged_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE programme_participation');
  }
}
