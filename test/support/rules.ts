import { evaluate, type Agency, type Caller, type Party, type RuleTable } from '@malmokraften/shared';

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
