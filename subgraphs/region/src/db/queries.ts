import type { DataSource, EntityManager } from 'typeorm';
import { CASELOAD_LIMIT } from '@malmokraften/shared';

/** Batch reads of Region Skåne's own tables; each returns results in the keys' order. */

/** Coordination notes of the activities of a batch of people: per person, activity id → note. */
export async function loadActivityNotes(ds: DataSource, ids: readonly string[]): Promise<Array<Map<string, string>>> {
  const rows: Array<{ participant_id: string; intervention_id: string; note: string }> = await ds.query(
    `SELECT i.participant_id, n.intervention_id, n.note
       FROM care_activity_note n JOIN intervention i ON i.id = n.intervention_id
      WHERE i.participant_id = ANY($1::text[])`,
    [ids],
  );
  const by = new Map<string, Map<string, string>>(ids.map((id) => [id, new Map()]));
  for (const r of rows) by.get(r.participant_id)?.set(r.intervention_id, r.note);
  return ids.map((id) => by.get(id) ?? new Map());
}

export async function activityNote(m: EntityManager, interventionId: string): Promise<string | null> {
  const rows: Array<{ note: string }> = await m.query(
    'SELECT note FROM care_activity_note WHERE intervention_id = $1',
    [interventionId],
  );
  return rows[0]?.note ?? null;
}

/** Sets (text) or removes (null) an activity's coordination note. */
export async function writeActivityNote(
  m: EntityManager,
  interventionId: string,
  note: string | null,
  officerId: string,
): Promise<void> {
  if (note === null) {
    await m.query('DELETE FROM care_activity_note WHERE intervention_id = $1', [interventionId]);
    return;
  }
  await m.query(
    `INSERT INTO care_activity_note (intervention_id, note, written_by) VALUES ($1, $2, $3)
     ON CONFLICT (intervention_id) DO UPDATE SET note = EXCLUDED.note, written_at = now(), written_by = EXCLUDED.written_by`,
    [interventionId, note, officerId],
  );
}

/**
 * Everyone Region Skåne has on team $1 (it records no discharge from the
 * programme): the candidates of its list for the team's caseload, each then
 * released by its KNOWN rule.
 */
export const REGION_CASELOAD_SQL = `SELECT id FROM participant WHERE team_id = $1 ORDER BY id LIMIT ${CASELOAD_LIMIT}`;
