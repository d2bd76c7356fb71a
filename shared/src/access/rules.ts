import type { Agency, Caller, Party, Role } from '../caller';
import { partyOf } from '../caller';

/**
 * The building blocks of every agency's secrecy rules. An agency writes its
 * rules in its own `secrecy/` folder as one table: category → rule, built
 * from these small, named pieces, so that the table reads as the policy.
 */

/** What the owning agency itself knows about the person, from its own database. */
export interface ParticipantFacts {
  id: string;
  /** The team the owning agency has recorded for the person. */
  teamId: string | null;
  /** Officers of the owning agency assigned to the person (e.g. care coordinator). */
  assignedOfficerIds: readonly string[];
  protectedIdentity: boolean;
  /** The person has blocked sharing (spärr, patientdatalagen). */
  sharingBlocked: boolean;
}

export interface ConsentFacts {
  recipientParty: Party;
  categories: readonly string[];
  validFrom: string; // YYYY-MM-DD
  validTo: string | null;
  withdrawnAt: Date | null;
}

export interface RuleInput {
  caller: Caller;
  /** The agency whose record this is. */
  owner: Agency;
  /** The part the caller acts for (null for the funder). */
  party: Party | null;
  category: string;
  /** Null when the owning agency has no record of the person. */
  participant: ParticipantFacts | null;
  consents: readonly ConsentFacts[];
  /** Today's date in Sweden, YYYY-MM-DD. */
  today: string;
}

export interface Decision {
  granted: boolean;
  /** Why, in words for the audit log. Never sent to the caller. */
  reason: string;
}

export type Rule = ((input: RuleInput) => Decision) & { describe: string };

function rule(describe: string, fn: (input: RuleInput) => Decision): Rule {
  return Object.assign(fn, { describe });
}

const grant = (reason: string): Decision => ({ granted: true, reason });
const deny = (reason: string): Decision => ({ granted: false, reason });

export function consentState(c: ConsentFacts, today: string): 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'WITHDRAWN' {
  if (c.withdrawnAt) return 'WITHDRAWN';
  if (c.validFrom > today) return 'NOT_YET_VALID';
  if (c.validTo !== null && c.validTo < today) return 'EXPIRED';
  return 'ACTIVE';
}

/** Staff of the given parts who work with the person: on the person's team, or assigned to them. */
export function staffWithNeedToKnow(parties: readonly Party[], opts: { roles?: readonly Role[]; assignedOnly?: boolean } = {}): Rule {
  const who = opts.roles ? `${opts.roles.join(' or ')} of ${parties.join('/')}` : `staff of ${parties.join('/')}`;
  const how = opts.assignedOnly ? 'assigned to the person' : "on the person's team or assigned to the person";
  return rule(`${who}, ${how}`, ({ caller, party, participant }) => {
    if (!party || !parties.includes(party)) return deny(`caller acts for ${party ?? caller.organisation}, not ${parties.join('/')}`);
    if (opts.roles && !opts.roles.some((r) => caller.roles.includes(r))) return deny('role lacks need-to-know');
    if (!participant) return deny('no record of the person');
    if (participant.assignedOfficerIds.includes(caller.officerId)) return grant('assigned to the person');
    if (!opts.assignedOnly && participant.teamId && caller.teams.includes(participant.teamId)) return grant("on the person's team");
    return deny('no need-to-know: not on the team and not assigned');
  });
}

/** Any member of the person's team, whatever their agency (programme facts). */
export function teamMember(): Rule {
  return rule("a member of the person's team, of any agency", ({ caller, participant, party }) => {
    if (!party) return deny('the caller does not work with participants');
    if (!participant?.teamId) return deny('no record of the person on a team');
    return caller.teams.includes(participant.teamId) ? grant("on the person's team") : deny("not on the person's team");
  });
}

/** The person's active consent names the caller's part as a recipient of this category. */
export function consentCovers(): Rule {
  return rule("the person has consented that the caller's part may see this category", ({ party, category, consents, today }) => {
    if (!party) return deny('no recipient party');
    const covering = consents.filter((c) => c.recipientParty === party && c.categories.includes(category));
    if (covering.some((c) => consentState(c, today) === 'ACTIVE')) return grant(`consent to ${party} for ${category}`);
    const states = covering.map((c) => consentState(c, today));
    return deny(states.length ? `consent ${[...new Set(states)].join('/').toLowerCase()}` : 'no consent');
  });
}

export function notBlocked(): Rule {
  return rule('the person has not blocked sharing (spärr)', ({ participant }) => (participant?.sharingBlocked ? deny('sharing blocked (spärr)') : grant('no block')));
}

export function identityNotProtected(): Rule {
  return rule('the person does not have a protected identity', ({ participant }) =>
    participant?.protectedIdentity ? deny('protected identity') : grant('identity not protected'),
  );
}

/** The participant, signed in as themselves (for their own access log). */
export function theParticipantThemself(): Rule {
  return rule('the person themself', ({ caller, participant }) =>
    caller.organisation === 'PERSON' && caller.roles.includes('PARTICIPANT') && participant !== null && caller.officerId === participant.id
      ? grant('the person themself')
      : deny('not the person'),
  );
}

/** An auditor of the agency that owns the record (log review, extracts). */
export function auditorOfOwner(): Rule {
  return rule('an auditor of the owning agency', ({ caller, owner }) =>
    caller.organisation === owner && caller.roles.includes('AUDITOR') ? grant(`auditor of ${owner}`) : deny('not an auditor of the owner'),
  );
}

export function never(why: string): Rule {
  return rule(`never: ${why}`, () => deny(why));
}

export function allOf(...rules: Rule[]): Rule {
  return rule(rules.map((r) => r.describe).join(', and '), (input) => {
    const reasons: string[] = [];
    for (const r of rules) {
      const d = r(input);
      if (!d.granted) return d;
      reasons.push(d.reason);
    }
    return grant(reasons.join('; '));
  });
}

export function anyOf(...rules: Rule[]): Rule {
  return rule(rules.map((r) => `(${r.describe})`).join(' or '), (input) => {
    const reasons: string[] = [];
    for (const r of rules) {
      const d = r(input);
      if (d.granted) return d;
      reasons.push(d.reason);
    }
    return deny(reasons.join('; '));
  });
}

export type RuleTable<C extends string> = Readonly<Record<C, Rule>>;

/** One agency's rules: a category for every kind of record it can release. */
export function defineRules<C extends string>(owner: Agency, table: RuleTable<C>): { owner: Agency; table: RuleTable<C> } {
  return { owner, table };
}

export function evaluate<C extends string>(rules: { owner: Agency; table: RuleTable<C> }, category: C, input: Omit<RuleInput, 'category' | 'party' | 'owner'>): Decision {
  const r = rules.table[category];
  if (!r) return deny(`no rule for ${category}`); // secret by default
  return r({ ...input, owner: rules.owner, category, party: partyOf(input.caller) });
}
