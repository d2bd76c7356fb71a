import { badInput, ErrorCode, userError } from '@malmokraften/shared';
import type { QueryResolvers, TeamResolvers } from '../generated/graphql';

export const teamQueries: Pick<QueryResolvers, 'teams' | 'team'> = {
  teams: async (_p, _a, { af }) => {
    const rows: Array<{ id: string }> = await af.ds.query('SELECT id FROM team ORDER BY id');
    return rows;
  },
  team: async (_p, { id }, { af }) => ((await af.teams.load(id)) ? { id } : null),
};

async function row(id: string, af: { teams: { load(id: string): Promise<unknown> } }) {
  const r = (await af.teams.load(id)) as import('../db/queries').TeamRow | null;
  if (!r) throw userError(ErrorCode.NOT_AVAILABLE, 'No such team.');
  return r;
}

export const Team: TeamResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  name: async (t, _a, { af }) => (await row(t.id, af)).name,
  capacity: async (t, _a, { af }) => (await row(t.id, af)).capacity,
  ongoingCases: async (t, _a, { af }) => {
    await row(t.id, af);
    return af.ongoingCases.load(t.id);
  },
  members: async (t, _a, { af }) => (await row(t.id, af)).members,
  caseload: async (t, { first }, { af, caller }) => {
    const limit = first ?? 200;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badInput('first must be from 1 to 1000.', 'first');
    // A team's caseload is for the team's own members; the list itself tells who is in the programme.
    if (!caller.teams.includes(t.id)) {
      af.gate.note(null, `CASELOAD ${t.id}`, 'READ', { granted: false, reason: 'not a member of the team' });
      throw userError(ErrorCode.FORBIDDEN, 'You can open the caseload of your own teams only.');
    }
    af.gate.note(null, `CASELOAD ${t.id}`, 'READ', { granted: true, reason: 'member of the team' });
    const rows: Array<{ id: string }> = await af.ds.query(
      `SELECT p.id FROM participant p JOIN participation pa ON pa.participant_id = p.id
        WHERE p.team_id = $1 AND pa.discharged_on IS NULL ORDER BY pa.enrolled_on, p.id LIMIT $2`,
      [t.id, limit],
    );
    return rows;
  },
};
