import type { Agency, Caller, Organisation, Party, Role } from '../caller';

/**
 * The building blocks of every agency's secrecy rules. An agency writes its
 * rules in its own `secrecy/` folder as one table: category → rule, built
 * from these small, named pieces, so that the table reads as the policy.
 * Nothing here names a role, a party or a category: which roles, parts and
 * categories a rule is about is the agency's decision, in its table.
 */

/** What the owning agency itself knows about the person, from its own database. */
export interface ParticipantFacts {
  id: string;
  /** The team the owning agency has recorded for the person. */
  teamId: string | null;
  /** Officers of the owning agency assigned to the person (e.g. care coordinator), each in the role they were assigned in. */
  assignments: ReadonlyArray<{ officerId: string; role: string }>;
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
  /**
   * The caller as the owning agency's staff register confirms them: only the
   * roles and teams both the token and the register give (none for an
   * officer the register does not know or no longer employs).
   */
  caller: Caller;
  /** The agency whose record this is. */
  owner: Agency;
  /** The part the caller acts for, from the owning agency's staff register; null for anyone who acts for no part. */
  party: Party | null;
  category: string;
  /** Null when the owning agency has no record of the person, and for decisions about no single person. */
  participant: ParticipantFacts | null;
  /** The team a decision about a team (rather than a person) concerns. */
  teamId?: string | null;
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
export function staffWithNeedToKnow(
  parties: readonly Party[],
  opts: { roles?: readonly Role[]; assignedOnly?: boolean } = {},
): Rule {
  const who = opts.roles ? `${opts.roles.join(' or ')} of ${parties.join('/')}` : `staff of ${parties.join('/')}`;
  const how = opts.assignedOnly ? 'assigned to the person' : "on the person's team or assigned to the person";
  return rule(`${who}, ${how}`, ({ caller, party, participant }) => {
    if (!party || !parties.includes(party))
      return deny(`caller acts for ${party ?? caller.organisation}, not ${parties.join('/')}`);
    if (opts.roles && !opts.roles.some((r) => caller.roles.includes(r))) return deny('role lacks need-to-know');
    if (!participant) return deny('no record of the person');
    // An assignment counts only in a role the officer holds: being named as something else grants nothing.
    if (
      participant.assignments.some(
        (a) => a.officerId === caller.officerId && (caller.roles as readonly string[]).includes(a.role),
      )
    )
      return grant('assigned to the person');
    if (!opts.assignedOnly && participant.teamId && caller.teams.includes(participant.teamId))
      return grant("on the person's team");
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
  return rule(
    "the person has consented that the caller's part may see this category",
    ({ party, category, consents, today }) => {
      if (!party) return deny('no recipient party');
      const covering = consents.filter((c) => c.recipientParty === party && c.categories.includes(category));
      if (covering.some((c) => consentState(c, today) === 'ACTIVE'))
        return grant(`consent to ${party} for ${category}`);
      const states = covering.map((c) => consentState(c, today));
      return deny(states.length ? `consent ${[...new Set(states)].join('/').toLowerCase()}` : 'no consent');
    },
  );
}

export function notBlocked(): Rule {
  return rule('the person has not blocked sharing (spärr)', ({ participant }) =>
    participant?.sharingBlocked ? deny('sharing blocked (spärr)') : grant('no block'),
  );
}

export function identityNotProtected(): Rule {
  return rule('the person does not have a protected identity', ({ participant }) =>
    participant?.protectedIdentity ? deny('protected identity') : grant('identity not protected'),
  );
}

/**
 * Staff of the given parts (and, if given, in one of the roles), whoever the
 * decision is about: for acts that concern no known person yet, such as
 * registering one.
 */
export function staffOf(parties: readonly Party[], opts: { roles?: readonly Role[] } = {}): Rule {
  const who = opts.roles ? `${opts.roles.join(' or ')} of ${parties.join('/')}` : `staff of ${parties.join('/')}`;
  return rule(who, ({ caller, party }) => {
    if (!party || !parties.includes(party))
      return deny(`caller acts for ${party ?? 'no part'}, not ${parties.join('/')}`);
    if (opts.roles && !opts.roles.some((r) => caller.roles.includes(r))) return deny('not in a role that may do this');
    return grant(`${party} staff`);
  });
}

/** A member of the team the decision is about, acting for a part that works with participants. */
export function memberOfTheTeam(): Rule {
  return rule('a member of the team, acting for a part that works with participants', ({ caller, party, teamId }) => {
    if (!party) return deny('the caller acts for no part that works with participants');
    if (!teamId || !caller.teams.includes(teamId)) return deny(`not a member of team ${teamId ?? '(none)'}`);
    return grant(`member of team ${teamId}`);
  });
}

/**
 * An officer in one of `roles`, of the owning agency (`'OWNER'`) or of the
 * given organisation, as the owning agency's register confirms them.
 */
export function inRole(roles: readonly Role[], opts: { of: 'OWNER' | Organisation }): Rule {
  const of = opts.of === 'OWNER' ? 'the owning agency' : opts.of;
  return rule(`${roles.join(' or ')} of ${of}`, ({ caller, owner }) => {
    const organisation = opts.of === 'OWNER' ? owner : opts.of;
    if (caller.organisation !== organisation) return deny(`not of ${organisation}`);
    const held = roles.find((r) => caller.roles.includes(r));
    return held ? grant(`${held} of ${organisation}`) : deny(`not ${roles.join(' or ')} of ${organisation}`);
  });
}

/** The participant, signed in as themselves (for their own access log). */
export function theParticipantThemself(): Rule {
  return rule('the person themself', ({ caller, participant }) =>
    caller.organisation === 'PERSON' &&
    caller.roles.includes('PARTICIPANT') &&
    participant !== null &&
    caller.officerId === participant.id
      ? grant('the person themself')
      : deny('not the person'),
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
export function defineRules<C extends string>(
  owner: Agency,
  table: RuleTable<C>,
): { owner: Agency; table: RuleTable<C> } {
  return { owner, table };
}

/** Applies the agency's rule for `category`; `caller` and `party` as the agency's register confirms them. */
export function evaluate<C extends string>(
  rules: { owner: Agency; table: RuleTable<C> },
  category: C,
  input: Omit<RuleInput, 'category' | 'owner'>,
): Decision {
  const r = Object.prototype.hasOwnProperty.call(rules.table, category) ? rules.table[category] : undefined;
  if (!r) return deny(`no rule for ${category}`); // secret by default
  return r({ ...input, owner: rules.owner, category });
}
