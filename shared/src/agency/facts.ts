import type { DataSource } from 'typeorm';
import type { Party } from '../caller';
import type { ConsentFacts, ParticipantFacts } from '../access/rules';
import { STAFF_COLUMNS, staffEntryOf, type StaffEntry, type StaffRow } from './staff';

export interface PersonFacts {
  participant: ParticipantFacts | null;
  consents: ConsentFacts[];
  /** Identity, for the identity category only. */
  identity: { personnummer: string; firstName: string; lastName: string } | null;
  assignments: Array<{ officerId: string; officerName: string; role: string }>;
}

interface Row {
  id: string;
  personnummer: string;
  first_name: string;
  last_name: string;
  protected_identity: boolean;
  sharing_blocked: boolean;
  team_id: string | null;
  assignments: Array<{ officer_id: string; officer_name: string; role: string }>;
  consents: Array<{
    recipient_party: Party;
    categories: string[];
    valid_from: string;
    valid_to: string | null;
    withdrawn_at: string | null;
  }>;
}

/** The facts of the people in `$1` (text[]): the person, their assignments and their consents, one row per person held. */
const FACTS_SQL = `SELECT p.id, p.personnummer, p.first_name, p.last_name, p.protected_identity, p.sharing_blocked, p.team_id,
            COALESCE((SELECT json_agg(json_build_object('officer_id', a.officer_id, 'officer_name', a.officer_name, 'role', a.role)
                        ORDER BY a.role, a.officer_id)
                      FROM assignment a WHERE a.participant_id = p.id), '[]') AS assignments,
            COALESCE((SELECT json_agg(json_build_object('recipient_party', c.recipient_party, 'categories', c.categories,
                        'valid_from', to_char(c.valid_from, 'YYYY-MM-DD'), 'valid_to', to_char(c.valid_to, 'YYYY-MM-DD'),
                        'withdrawn_at', c.withdrawn_at))
                      FROM consent c WHERE c.participant_id = p.id), '[]') AS consents
       FROM participant p
      WHERE p.id = ANY($1::text[])`;

/**
 * Everything an access decision needs about a batch of people, in one
 * statement: the person, their assignments and their consents. Consents are
 * read fresh on every request, so a withdrawal counts from the next request.
 */
export async function loadPersonFacts(ds: DataSource, ids: readonly string[]): Promise<PersonFacts[]> {
  const rows: Row[] = await ds.query(FACTS_SQL, [ids]);
  return factsInOrder(rows, ids);
}

/**
 * The same facts together with the caller's entry in the agency's staff
 * register (`officerId`), in one statement: the first decision of a request
 * needs both. The entry comes with every row, and with one row of no person
 * when the agency holds none of the people.
 */
export async function loadPersonFactsWithStaff(
  ds: DataSource,
  ids: readonly string[],
  officerId: string,
): Promise<{ facts: PersonFacts[]; staff: StaffEntry | null }> {
  const rows: Array<Omit<Row, 'id'> & { id: string | null; staff: StaffRow | null }> = await ds.query(
    `SELECT s.staff, f.*
       FROM (SELECT (SELECT row_to_json(e) FROM (SELECT ${STAFF_COLUMNS} FROM staff_register WHERE officer_id = $2) e) AS staff) s
       LEFT JOIN LATERAL (${FACTS_SQL}) f ON true`,
    [ids, officerId],
  );
  const entry = rows[0]?.staff ?? null;
  return {
    facts: factsInOrder(
      rows.filter((r): r is Row & { staff: StaffRow | null } => r.id !== null),
      ids,
    ),
    staff: entry ? staffEntryOf(entry) : null,
  };
}

function factsInOrder(rows: Row[], ids: readonly string[]): PersonFacts[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) return { participant: null, consents: [], identity: null, assignments: [] };
    return {
      participant: {
        id: r.id,
        teamId: r.team_id,
        assignments: r.assignments.map((a) => ({ officerId: a.officer_id, role: a.role })),
        protectedIdentity: r.protected_identity,
        sharingBlocked: r.sharing_blocked,
      },
      consents: r.consents.map((c) => ({
        recipientParty: c.recipient_party,
        categories: c.categories,
        validFrom: c.valid_from,
        validTo: c.valid_to,
        withdrawnAt: c.withdrawn_at ? new Date(c.withdrawn_at) : null,
      })),
      identity: { personnummer: r.personnummer, firstName: r.first_name, lastName: r.last_name },
      assignments: r.assignments.map((a) => ({ officerId: a.officer_id, officerName: a.officer_name, role: a.role })),
    };
  });
}
