import type { DataSource } from 'typeorm';
import type { Party } from '../caller';
import type { ConsentFacts, ParticipantFacts } from '../access/rules';

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
  consents: Array<{ recipient_party: Party; categories: string[]; valid_from: string; valid_to: string | null; withdrawn_at: string | null }>;
}

/**
 * Everything an access decision needs about a batch of people, in one
 * statement: the person, their assignments and their consents. Consents are
 * read fresh on every request, so a withdrawal counts from the next request.
 */
export async function loadPersonFacts(ds: DataSource, ids: readonly string[]): Promise<PersonFacts[]> {
  const rows: Row[] = await ds.query(
    `SELECT p.id, p.personnummer, p.first_name, p.last_name, p.protected_identity, p.sharing_blocked, p.team_id,
            COALESCE((SELECT json_agg(json_build_object('officer_id', a.officer_id, 'officer_name', a.officer_name, 'role', a.role)
                        ORDER BY a.role, a.officer_id)
                      FROM assignment a WHERE a.participant_id = p.id), '[]') AS assignments,
            COALESCE((SELECT json_agg(json_build_object('recipient_party', c.recipient_party, 'categories', c.categories,
                        'valid_from', to_char(c.valid_from, 'YYYY-MM-DD'), 'valid_to', to_char(c.valid_to, 'YYYY-MM-DD'),
                        'withdrawn_at', c.withdrawn_at))
                      FROM consent c WHERE c.participant_id = p.id), '[]') AS consents
       FROM participant p
      WHERE p.id = ANY($1::text[])`,
    [ids],
  );
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
