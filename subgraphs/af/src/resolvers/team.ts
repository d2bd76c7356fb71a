import { ErrorCode, userError } from '@malmokraften/shared';
import type { QueryResolvers, TeamResolvers } from '../generated/graphql';

export const teamQueries: Pick<QueryResolvers, 'teams'> = {
  teams: async (_p, _a, { af }) => {
    const rows: Array<{ id: string }> = await af.ds.query('SELECT id FROM team ORDER BY id');
    return rows;
  },
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
  // The team's ongoing participants, oldest enrolment first, each as AF's rules release them; the plan takes AF's list as the caseload.
  afCaseloadIds: (t, _a, { af }) => af.caseloadIds(t.id),
};
