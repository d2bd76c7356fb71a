import type { DataSource, EntityManager } from 'typeorm';
import { CASELOAD_LIMIT, rowById, rowsPerKey } from '@malmokraften/shared';

/** Reads of Malmö's own tables; batch reads return results in the keys' order. */

export interface SocialAssistancePeriodRow {
  id: string;
  participantId: string;
  startDate: string;
  endDate: string | null;
  /** Kronor per month. */
  monthlyAmount: number;
  householdSize: number;
  investigationNotes: string | null;
  recordedBy: string;
  version: number;
}

interface PeriodDbRow {
  id: string;
  participant_id: string;
  start_date: string;
  end_date: string | null;
  monthly_amount: string;
  household_size: number;
  investigation_notes: string | null;
  recorded_by: string;
  version: number;
}

/** Columns of a period, dates as YYYY-MM-DD and the amount as exact text. */
export const PERIOD_COLUMNS = `id, participant_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
       monthly_amount::text AS monthly_amount, household_size, investigation_notes, recorded_by, version`;

export function toPeriod(r: PeriodDbRow): SocialAssistancePeriodRow {
  return {
    id: r.id,
    participantId: r.participant_id,
    startDate: r.start_date,
    endDate: r.end_date,
    // numeric(10, 2) holds at most 99 999 999.99, exact in a double.
    monthlyAmount: Number(r.monthly_amount),
    householdSize: r.household_size,
    investigationNotes: r.investigation_notes,
    recordedBy: r.recorded_by,
    version: r.version,
  };
}

/** All periods of social assistance of a batch of people, oldest first, one statement. */
export async function loadSocialAssistancePeriods(
  ds: DataSource,
  ids: readonly string[],
): Promise<SocialAssistancePeriodRow[][]> {
  const rows: PeriodDbRow[] = await ds.query(
    `SELECT ${PERIOD_COLUMNS} FROM social_assistance_period WHERE participant_id = ANY($1::text[]) ORDER BY start_date, id`,
    [ids],
  );
  return rowsPerKey(ids, rows.map(toPeriod), (r) => r.participantId);
}

export async function findSocialAssistancePeriod(
  m: EntityManager,
  id: string,
  forUpdate = false,
): Promise<SocialAssistancePeriodRow | null> {
  const row = await rowById<PeriodDbRow>(m, 'social_assistance_period', PERIOD_COLUMNS, id, forUpdate);
  return row ? toPeriod(row) : null;
}

/** Periods of the person that share at least one day with [start, end] (end null: open). */
export async function overlappingPeriods(
  m: EntityManager,
  participantId: string,
  start: string,
  end: string | null,
  exceptId?: string,
): Promise<SocialAssistancePeriodRow[]> {
  const rows: PeriodDbRow[] = await m.query(
    `SELECT ${PERIOD_COLUMNS} FROM social_assistance_period
      WHERE participant_id = $1
        AND daterange(start_date, end_date, '[]') && daterange($2::date, $3::date, '[]')
        AND ($4::uuid IS NULL OR id <> $4::uuid)
      ORDER BY start_date`,
    [participantId, start, end, exceptId ?? null],
  );
  return rows.map(toPeriod);
}

export async function insertSocialAssistancePeriod(
  m: EntityManager,
  p: Omit<SocialAssistancePeriodRow, 'id' | 'version'>,
): Promise<SocialAssistancePeriodRow> {
  const rows: PeriodDbRow[] = await m.query(
    `INSERT INTO social_assistance_period (participant_id, start_date, end_date, monthly_amount, household_size, investigation_notes, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING ${PERIOD_COLUMNS}`,
    [
      p.participantId,
      p.startDate,
      p.endDate,
      p.monthlyAmount.toFixed(2),
      p.householdSize,
      p.investigationNotes,
      p.recordedBy,
    ],
  );
  return toPeriod(rows[0]!);
}

export async function closeSocialAssistancePeriod(
  m: EntityManager,
  id: string,
  endDate: string,
): Promise<SocialAssistancePeriodRow> {
  // TypeORM answers an UPDATE with [rows, count], so the row is read back on its own.
  await m.query('UPDATE social_assistance_period SET end_date = $2, version = version + 1 WHERE id = $1', [
    id,
    endDate,
  ]);
  const updated = await findSocialAssistancePeriod(m, id);
  if (!updated) throw new Error('period vanished inside its own transaction');
  return updated;
}

/** Serialises writes about one person (e.g. the overlap check of periods). */
export async function lockParticipant(m: EntityManager, participantId: string): Promise<boolean> {
  const rows: unknown[] = await m.query('SELECT 1 FROM participant WHERE id = $1 FOR UPDATE', [participantId]);
  return rows.length > 0;
}

export interface ParticipationRecord {
  participantId: string;
  enrolledOn: string;
  dischargedOn: string | null;
  gender: string;
}

/** Records (or corrects) the city's own record of the person's participation. */
export async function upsertParticipation(
  m: EntityManager,
  p: ParticipationRecord & { recordedBy: string },
): Promise<ParticipationRecord> {
  const rows: Array<{ participant_id: string; enrolled_on: string; discharged_on: string | null; gender: string }> =
    await m.query(
      `INSERT INTO programme_participation (participant_id, enrolled_on, discharged_on, gender, recorded_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (participant_id) DO UPDATE
       SET enrolled_on = EXCLUDED.enrolled_on, discharged_on = EXCLUDED.discharged_on, gender = EXCLUDED.gender,
           recorded_by = EXCLUDED.recorded_by, recorded_at = now()
     RETURNING participant_id, to_char(enrolled_on, 'YYYY-MM-DD') AS enrolled_on, to_char(discharged_on, 'YYYY-MM-DD') AS discharged_on, gender`,
      [p.participantId, p.enrolledOn, p.dischargedOn, p.gender, p.recordedBy],
    );
  const r = rows[0]!;
  return {
    participantId: r.participant_id,
    enrolledOn: r.enrolled_on,
    dischargedOn: r.discharged_on,
    gender: r.gender,
  };
}

/**
 * The people Malmö stad has on team $1, less those its own participation
 * record says were discharged: the candidates of its list for the team's
 * caseload (each is then released by Malmö's KNOWN rule).
 */
export const MALMO_CASELOAD_SQL = `SELECT p.id FROM participant p LEFT JOIN programme_participation pp ON pp.participant_id = p.id
  WHERE p.team_id = $1 AND pp.discharged_on IS NULL ORDER BY p.id LIMIT ${CASELOAD_LIMIT}`;
