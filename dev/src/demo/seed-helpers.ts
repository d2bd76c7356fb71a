import type { DataSource, EntityManager } from 'typeorm';
import type { Agency } from '@malmokraften/shared';
import { agencyDemoFacts } from '../agency-demo';
import { PERSONAS } from '../personas';
import type { DemoPerson } from './population';
import { demoAssignee } from './population';

/** Inserts rows in chunks, one parameterised multi-row statement per chunk. */
export async function bulkInsert(
  m: EntityManager | DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  chunk = 1000,
): Promise<void> {
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

/** Inserts consents as the demo records them: by `seed`, a withdrawn one withdrawn at noon on its first day. */
export async function insertConsents(
  m: EntityManager | DataSource,
  consents: ReadonlyArray<{
    participantId: string;
    recipient: string;
    categories: string[];
    validFrom: string;
    validTo: string | null;
    withdrawn: boolean;
  }>,
): Promise<void> {
  await bulkInsert(
    m,
    'consent',
    ['participant_id', 'recipient_party', 'categories', 'valid_from', 'valid_to', 'withdrawn_at', 'recorded_by'],
    consents.map((c) => [
      c.participantId,
      c.recipient,
      c.categories,
      c.validFrom,
      c.validTo,
      c.withdrawn ? `${c.validFrom}T12:00:00Z` : null,
      'seed',
    ]),
  );
}

/**
 * The rows every agency keeps for the people it knows: register entry,
 * assignment of its officer, the consents it holds and its interventions.
 */
export async function seedCommon(m: EntityManager, agency: Agency, people: DemoPerson[]): Promise<void> {
  await bulkInsert(
    m,
    'participant',
    [
      'id',
      'personnummer',
      'first_name',
      'last_name',
      'protected_identity',
      'sharing_blocked',
      'team_id',
      'registered_by',
    ],
    people.map((p) => [
      p.id,
      p.personnummer,
      p.firstName,
      p.lastName,
      p.protectedIdentity,
      // Blocked sharing is recorded where the demo has people block it (the agency's demo facts).
      agencyDemoFacts(agency).sharingBlockRate !== undefined && p.sharingBlocked,
      p.teamId,
      'seed',
    ]),
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
  await insertConsents(
    m,
    people.flatMap((p) => p.consents.filter((c) => c.agency === agency).map((c) => ({ participantId: p.id, ...c }))),
  );
  await bulkInsert(
    m,
    'intervention',
    [
      'participant_id',
      'type',
      'title',
      'status',
      'start_date',
      'end_date',
      'extent_percent',
      'responsible_officer_id',
      'responsible_officer_name',
      'responsible_role',
    ],
    people.flatMap((p) => {
      const a = demoAssignee(agency, p.teamId);
      return p.interventions
        .filter((i) => i.agency === agency)
        .map((i) => [
          p.id,
          i.type,
          i.title,
          i.status,
          i.startDate,
          i.endDate,
          i.extentPercent,
          a.officerId,
          a.name,
          a.role,
        ]);
    }),
  );
  await bulkInsert(
    m,
    'joint_mapping',
    ['participant_id', 'situation', 'abilities', 'wishes', 'obstacles', 'recorded_by'],
    people.flatMap((p) => {
      const own = p.mapping?.[agency];
      return own ? [[p.id, own.situation, own.abilities, own.wishes, own.obstacles, 'seed']] : [];
    }),
  );
}

/** True when the agency's database already holds people (seeding is skipped). */
export async function alreadySeeded(ds: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await ds.query('SELECT count(*) AS n FROM participant');
  return Number(rows[0]?.n ?? 0) > 0;
}

/** The day the demo's staff have been employed since: before any reference day the demo is dated from. */
export const DEMO_EMPLOYED_SINCE = '2000-01-01';

/**
 * The demo's entries of one agency's staff register, from the personas: its
 * own staff (officers, its auditor, its administrator) as employed, the
 * other agencies' officers it works with in the programme as recognised in
 * their part and teams, and the funder's analyst.
 */
export function demoStaffRegister(agency: Agency) {
  return Object.values(PERSONAS)
    .filter((p) => p.org !== 'PERSON')
    .filter(
      (p) => p.org === agency || p.org === 'FINSAM' || !p.roles.some((r) => r === 'AUDITOR' || r === 'ADMINISTRATOR'),
    )
    .map((p) => ({
      officerId: p.sub,
      name: p.name,
      organisation: p.org,
      party: p.party,
      roles: [...p.roles],
      teams: [...p.teams],
    }));
}

/** Seeds the agency's staff register for the demo when it is empty (also in a database seeded before the register existed). */
export async function seedStaffRegister(ds: DataSource | EntityManager, agency: Agency): Promise<boolean> {
  const rows: Array<{ n: string }> = await ds.query('SELECT count(*) AS n FROM staff_register');
  if (Number(rows[0]?.n ?? 0) > 0) return false;
  await bulkInsert(
    ds,
    'staff_register',
    ['officer_id', 'name', 'organisation', 'party', 'roles', 'teams', 'active_from', 'recorded_by'],
    demoStaffRegister(agency).map((e) => [
      e.officerId,
      e.name,
      e.organisation,
      e.party,
      e.roles,
      e.teams,
      DEMO_EMPLOYED_SINCE,
      'seed',
    ]),
  );
  return true;
}
