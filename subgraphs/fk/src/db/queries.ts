import type { DataSource, EntityManager } from 'typeorm';
import { CASELOAD_LIMIT, rowById, rowsPerKey } from '@malmokraften/shared';
import type { BenefitPeriodRow, BenefitType, ReferralRow, WorkCapacityRow } from '../models';

/**
 * Batch reads of FK's tables; each returns results in the keys' order.
 *
 * The statements name their columns one by one and never the medical ones
 * (certificate contents, diagnosis, medical basis): the application role is
 * not even granted SELECT on those (see the initial migration).
 */

export const BENEFIT_PERIOD_COLUMNS = `id, participant_id, type, extent_percent, to_char(start_date, 'YYYY-MM-DD') AS start_date,
       to_char(end_date, 'YYYY-MM-DD') AS end_date, version`;

export interface BenefitPeriodDbRow {
  id: string;
  participant_id: string;
  type: BenefitType;
  extent_percent: number;
  start_date: string;
  end_date: string | null;
  version: number;
}

export function toBenefitPeriod(r: BenefitPeriodDbRow): BenefitPeriodRow {
  return {
    id: r.id,
    participantId: r.participant_id,
    type: r.type,
    extentPercent: r.extent_percent,
    start: r.start_date,
    end: r.end_date,
    version: r.version,
  };
}

/** The rows of each person asked for, in the order asked. */
const perPerson = <R extends { participantId: string }>(ids: readonly string[], rows: R[]) =>
  rowsPerKey(ids, rows, (r) => r.participantId);

/** Benefit periods of a batch of people, latest first. */
export async function loadBenefitPeriods(ds: DataSource, ids: readonly string[]): Promise<BenefitPeriodRow[][]> {
  const rows: BenefitPeriodDbRow[] = await ds.query(
    `SELECT ${BENEFIT_PERIOD_COLUMNS} FROM benefit_period
      WHERE participant_id = ANY($1::text[]) ORDER BY start_date DESC, id`,
    [ids],
  );
  return perPerson(ids, rows.map(toBenefitPeriod));
}

/** One benefit period by id, optionally locked for a change; null when there is none. */
export async function findBenefitPeriod(
  m: EntityManager,
  id: string,
  forUpdate = false,
): Promise<BenefitPeriodRow | null> {
  const row = await rowById<BenefitPeriodDbRow>(m, 'benefit_period', BENEFIT_PERIOD_COLUMNS, id, forUpdate);
  return row ? toBenefitPeriod(row) : null;
}

/** The periods of one person, to check a new period against (the caller holds the person's row lock). */
export async function benefitPeriodsOf(m: EntityManager, participantId: string): Promise<BenefitPeriodRow[]> {
  const rows: BenefitPeriodDbRow[] = await m.query(
    `SELECT ${BENEFIT_PERIOD_COLUMNS} FROM benefit_period WHERE participant_id = $1`,
    [participantId],
  );
  return rows.map(toBenefitPeriod);
}

export const WORK_CAPACITY_COLUMNS = `id, participant_id, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, capacity_percent, summary`;

export interface WorkCapacityDbRow {
  id: string;
  participant_id: string;
  assessed_on: string;
  capacity_percent: number;
  summary: string;
}

export function toWorkCapacity(r: WorkCapacityDbRow): WorkCapacityRow {
  return {
    id: r.id,
    participantId: r.participant_id,
    assessedOn: r.assessed_on,
    capacityPercent: r.capacity_percent,
    summary: r.summary,
  };
}

/** Work-capacity assessments of a batch of people, latest first. */
export async function loadWorkCapacityAssessments(
  ds: DataSource,
  ids: readonly string[],
): Promise<WorkCapacityRow[][]> {
  const rows: WorkCapacityDbRow[] = await ds.query(
    `SELECT ${WORK_CAPACITY_COLUMNS} FROM work_capacity_assessment
      WHERE participant_id = ANY($1::text[]) ORDER BY assessed_on DESC, id`,
    [ids],
  );
  return perPerson(ids, rows.map(toWorkCapacity));
}

/** FK's referrals of a batch of people (at most one each): the date only. */
export async function loadReferrals(ds: DataSource, ids: readonly string[]): Promise<Array<ReferralRow | null>> {
  const rows: Array<{ participant_id: string; referred_on: string }> = await ds.query(
    `SELECT participant_id, to_char(referred_on, 'YYYY-MM-DD') AS referred_on FROM fk_referral WHERE participant_id = ANY($1::text[])`,
    [ids],
  );
  const by = new Map(
    rows.map((r) => [r.participant_id, { participantId: r.participant_id, referredOn: r.referred_on }]),
  );
  return ids.map((id) => by.get(id) ?? null);
}

/**
 * Everyone Försäkringskassan has on team $1 (it records no discharge from the
 * programme): the candidates of its list for the team's caseload, each then
 * released by its KNOWN rule.
 */
export const FK_CASELOAD_SQL = `SELECT id FROM participant WHERE team_id = $1 ORDER BY id LIMIT ${CASELOAD_LIMIT}`;
