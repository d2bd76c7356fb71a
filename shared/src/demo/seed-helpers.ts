import type { DataSource, EntityManager } from 'typeorm';
import type { Agency } from '../caller';
import type { DemoPerson } from './population';
import { demoAssignee } from './population';

/** Inserts rows in chunks, one parameterised multi-row statement per chunk. */
export async function bulkInsert(m: EntityManager | DataSource, table: string, columns: string[], rows: unknown[][], chunk = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const values = part.map(
      (row) =>
        `(${row
          .map((v) => {
            params.push(v);
            return `$${params.length}`;
          })
          .join(', ')})`,
    );
    await m.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

/**
 * The rows every agency keeps for the people it knows: register entry,
 * assignment of its officer, the consents it holds and its interventions.
 */
export async function seedCommon(m: EntityManager, agency: Agency, people: DemoPerson[]): Promise<void> {
  await bulkInsert(
    m,
    'participant',
    ['id', 'personnummer', 'first_name', 'last_name', 'protected_identity', 'sharing_blocked', 'team_id', 'registered_by'],
    people.map((p) => [p.id, p.personnummer, p.firstName, p.lastName, p.protectedIdentity, agency === 'REGION' && p.sharingBlocked, p.teamId, 'seed']),
  );
  await bulkInsert(
    m,
    'assignment',
    ['participant_id', 'officer_id', 'officer_name', 'role'],
    people.map((p) => {
      const a = demoAssignee(agency, p.teamId);
      return [p.id, a.officerId, a.name, a.role];
    }),
  );
  await bulkInsert(
    m,
    'consent',
    ['participant_id', 'recipient_party', 'categories', 'valid_from', 'valid_to', 'withdrawn_at', 'recorded_by'],
    people.flatMap((p) =>
      p.consents.filter((c) => c.agency === agency).map((c) => [p.id, c.recipient, c.categories, c.validFrom, c.validTo, c.withdrawn ? `${c.validFrom}T12:00:00Z` : null, 'seed']),
    ),
  );
  await bulkInsert(
    m,
    'intervention',
    ['participant_id', 'type', 'title', 'status', 'start_date', 'end_date', 'extent_percent', 'responsible_officer_id', 'responsible_officer_name', 'responsible_role'],
    people.flatMap((p) => {
      const a = demoAssignee(agency, p.teamId);
      return p.interventions.filter((i) => i.agency === agency).map((i) => [p.id, i.type, i.title, i.status, i.startDate, i.endDate, i.extentPercent, a.officerId, a.name, a.role]);
    }),
  );
}

/** True when the agency's database already holds people (seeding is skipped). */
export async function alreadySeeded(ds: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await ds.query('SELECT count(*) AS n FROM participant');
  return Number(rows[0]?.n ?? 0) > 0;
}
