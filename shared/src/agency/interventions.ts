import type { EntityManager } from 'typeorm';
import type { Agency } from '../caller';
import { badInput, notAvailable, userError, ErrorCode } from '../errors';
import { checkDate, checkExtent, checkPeriod, checkText } from './validate';

/**
 * Every agency keeps its own interventions (insatser) in a table of this
 * shape in its own database; the kinds come from the agency's toolbox.
 */
export function interventionSchemaSql(types: readonly string[]) {
  const kinds = types.map((t) => `'${t.replace(/'/g, '')}'`).join(', ');
  return {
    up: [
      `CREATE TABLE intervention (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         participant_id text NOT NULL REFERENCES participant (id),
         type text NOT NULL CHECK (type IN (${kinds})),
         title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
         status text NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
         start_date date,
         end_date date,
         extent_percent integer CHECK (extent_percent BETWEEN 0 AND 100),
         responsible_officer_id text NOT NULL,
         responsible_officer_name text NOT NULL,
         responsible_role text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         version integer NOT NULL DEFAULT 1,
         CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
       )`,
      `CREATE INDEX intervention_participant_idx ON intervention (participant_id, start_date)`,
    ],
    down: ['DROP TABLE intervention'],
  };
}

export type InterventionStatus = 'PLANNED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED';

export interface InterventionRow {
  id: string;
  participantId: string;
  agency: Agency;
  type: string;
  title: string;
  status: InterventionStatus;
  startDate: string | null;
  endDate: string | null;
  extentPercent: number | null;
  responsibleOfficer: { id: string; name: string; role: string; agency: Agency };
  version: number;
}

const SELECT = `SELECT id, participant_id, type, title, status, to_char(start_date, 'YYYY-MM-DD') AS start_date,
                       to_char(end_date, 'YYYY-MM-DD') AS end_date, extent_percent, responsible_officer_id,
                       responsible_officer_name, responsible_role, version
                  FROM intervention`;

interface DbRow {
  id: string;
  participant_id: string;
  type: string;
  title: string;
  status: InterventionStatus;
  start_date: string | null;
  end_date: string | null;
  extent_percent: number | null;
  responsible_officer_id: string;
  responsible_officer_name: string;
  responsible_role: string;
  version: number;
}

function toRow(agency: Agency, r: DbRow): InterventionRow {
  return {
    id: r.id,
    participantId: r.participant_id,
    agency,
    type: r.type,
    title: r.title,
    status: r.status,
    startDate: r.start_date,
    endDate: r.end_date,
    extentPercent: r.extent_percent,
    responsibleOfficer: {
      id: r.responsible_officer_id,
      name: r.responsible_officer_name,
      role: r.responsible_role,
      agency,
    },
    version: r.version,
  };
}

/** All interventions of a batch of people, as a kind of `RecordReads`: read with the request's other records of the same tick. */
export function INTERVENTIONS_READ(agency: Agency) {
  return {
    sql: (keys: string) => `${SELECT} WHERE participant_id = ANY(${keys})`,
    orderBy: 'r.start_date NULLS LAST, r.id',
    answer(rows: DbRow[], participantIds: readonly string[]): InterventionRow[][] {
      const by = new Map<string, InterventionRow[]>(participantIds.map((id) => [id, []]));
      for (const r of rows) by.get(r.participant_id)?.push(toRow(agency, r));
      return participantIds.map((id) => by.get(id) ?? []);
    },
  };
}

export async function findIntervention(
  m: EntityManager,
  agency: Agency,
  id: string,
  forUpdate = false,
): Promise<InterventionRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows: DbRow[] = await m.query(`${SELECT} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toRow(agency, rows[0]) : null;
}

export interface NewIntervention {
  participantId: string;
  type: string;
  title: string;
  status: InterventionStatus;
  startDate?: string | null;
  endDate?: string | null;
  extentPercent?: number | null;
}

export function validateIntervention(input: {
  title?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  extentPercent?: number | null;
  status?: InterventionStatus | null;
}): void {
  if (input.title !== undefined && input.title !== null) checkText(input.title, 'title', 200);
  if (input.startDate) checkDate(input.startDate, 'startDate');
  if (input.endDate) checkDate(input.endDate, 'endDate');
  checkPeriod(input.startDate ?? null, input.endDate ?? null);
  if (input.extentPercent !== undefined && input.extentPercent !== null) checkExtent(input.extentPercent);
  if (input.status === 'ONGOING' && !input.startDate)
    throw badInput('An ongoing intervention needs a start date.', 'startDate');
  if (input.status === 'COMPLETED' && !input.endDate)
    throw badInput('A completed intervention needs an end date.', 'endDate');
}

export async function insertIntervention(
  m: EntityManager,
  agency: Agency,
  officer: { id: string; name: string; role: string },
  input: NewIntervention,
): Promise<InterventionRow> {
  validateIntervention(input);
  const rows: DbRow[] = await m.query(
    `INSERT INTO intervention (participant_id, type, title, status, start_date, end_date, extent_percent,
                               responsible_officer_id, responsible_officer_name, responsible_role)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING id`,
    [
      input.participantId,
      input.type,
      input.title.trim(),
      input.status,
      input.startDate ?? null,
      input.endDate ?? null,
      input.extentPercent ?? null,
      officer.id,
      officer.name,
      officer.role,
    ],
  );
  const created = await findIntervention(m, agency, rows[0]!.id);
  return created!;
}

/**
 * Optimistic locking: refuses a change made from an out-of-date read. The
 * caller has passed the access gate for the record, so its current version
 * tells them nothing they may not see.
 */
export function checkVersion(expected: number | null | undefined, current: number): void {
  if (expected === undefined || expected === null || expected === current) return;
  throw userError(
    ErrorCode.CONFLICT,
    `Someone changed this record after you read it (it is now at version ${current}). Read it again and make your change on the new version.`,
    {
      currentVersion: current,
    },
  );
}

export interface InterventionChange {
  /** The version the change was made from; when given it must be the stored one. */
  expectedVersion?: number | null;
  title?: string | null;
  status?: InterventionStatus | null;
  startDate?: string | null;
  endDate?: string | null;
  extentPercent?: number | null;
}

/** Applies a change to a locked row; checks the merged result as a whole. */
export async function changeIntervention(
  m: EntityManager,
  current: InterventionRow,
  change: InterventionChange,
): Promise<InterventionRow> {
  checkVersion(change.expectedVersion, current.version);
  if (current.status === 'COMPLETED' || current.status === 'CANCELLED') {
    throw userError(ErrorCode.CONFLICT, 'This intervention has ended and can no longer be changed.');
  }
  const merged = {
    title: change.title ?? current.title,
    status: change.status ?? current.status,
    startDate: change.startDate !== undefined ? change.startDate : current.startDate,
    endDate: change.endDate !== undefined ? change.endDate : current.endDate,
    extentPercent: change.extentPercent !== undefined ? change.extentPercent : current.extentPercent,
  };
  validateIntervention(merged);
  await m.query(
    `UPDATE intervention SET title = $2, status = $3, start_date = $4, end_date = $5, extent_percent = $6,
            updated_at = now(), version = version + 1
      WHERE id = $1`,
    [current.id, merged.title.trim(), merged.status, merged.startDate, merged.endDate, merged.extentPercent],
  );
  const updated = await findIntervention(m, current.agency, current.id);
  if (!updated) throw notAvailable();
  return updated;
}
