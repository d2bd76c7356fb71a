import { evaluate, type Agency, type Caller, type Party, type RuleTable } from '@malmokraften/shared';
import { PERSONAS } from '@malmokraften/dev';

/** A demo persona as the caller of a rule table, planning jointly, as the personas have them; with `over` where a test says otherwise. */
export function personaCaller(persona: string, over: Partial<Caller> = {}): Caller {
  const p = PERSONAS[persona];
  if (!p) throw new Error(`no persona ${persona}`);
  return {
    officerId: p.sub,
    name: p.name,
    organisation: p.org,
    roles: [...p.roles],
    teams: [...p.teams],
    purpose: 'JOINT_PLANNING',
    requestId: 'req-test',
    ...over,
  };
}

/** The person P-TEST0001 themself, reading their own records. */
export const THEMSELF: Caller = {
  officerId: 'P-TEST0001',
  name: 'Test',
  organisation: 'PERSON',
  roles: ['PARTICIPANT'],
  teams: [],
  purpose: 'PARTICIPANT_EXTRACT',
  requestId: 'r',
};

/**
 * Whether an agency's `rules` grant `caller`, acting for `party`, a decision
 * about no single person (`category`: registering, a team's list, the log,
 * the figures, the register, employer work), on `today`, for team `teamId`
 * where the decision is a team's.
 */
export function generallyGranted<C extends string>(
  rules: { readonly owner: Agency; readonly table: RuleTable<C> },
  category: C,
  who: { readonly caller: Caller; readonly party: Party | null },
  today: string,
  teamId: string | null = null,
): boolean {
  return evaluate(rules, category, {
    caller: who.caller,
    party: who.party,
    participant: null,
    consents: [],
    today,
    teamId,
  }).granted;
}
