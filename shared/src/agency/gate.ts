import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import { evaluate, type Decision, type RuleTable } from '../access/rules';
import { now, swedishDate } from '../clock';
import { MAX_REPRESENTATIONS } from '../request/limits';
import type { AuditEntry } from '../audit/writer';
import { loadPersonFacts, loadPersonFactsWithStaff, type PersonFacts } from './facts';
import { confirmCaller, loadStaffEntry, type StaffEntry, type Standing } from './staff';

export type AuditAction = 'READ' | 'WRITE';

/** What the gate reads: a person's facts, or the caller's entry in the staff register. */
type GateRead = { kind: 'facts'; id: string } | { kind: 'staff' };

/**
 * The one door to an agency's person-level records for one request. It is
 * built with the verified caller and cannot be used without one; every
 * release goes through `decide`, which applies the agency's rule table to
 * the caller as the agency's own staff register confirms them, and
 * remembers the decision for the audit log. Nothing here is cached beyond
 * the request.
 */
export class AccessGate<C extends string> {
  /** People's facts and the caller's register entry; asked for together (a request's first decision), they come in one statement. */
  private readonly reads: DataLoader<GateRead, PersonFacts | StaffEntry | null, string>;
  private readonly decisions = new Map<
    string,
    { participantId: string | null; category: string; action: AuditAction; decision: Decision; onTeam: boolean | null }
  >();
  private readonly at = now();
  private readonly today = swedishDate(this.at);
  private standingOnce: Promise<Standing> | null = null;

  constructor(
    readonly ds: DataSource,
    readonly owner: Agency,
    private readonly rules: { owner: Agency; table: RuleTable<C> },
    readonly caller: Caller,
  ) {
    this.reads = new DataLoader((keys) => this.read(keys), {
      // The most people one request may name, and the caller's own register entry read in the same statement.
      maxBatchSize: MAX_REPRESENTATIONS + 1,
      cacheKeyFn: (k) => (k.kind === 'staff' ? 'staff' : `facts:${k.id}`),
    });
  }

  private async read(keys: readonly GateRead[]): Promise<Array<PersonFacts | StaffEntry | null>> {
    const ids = keys.flatMap((k) => (k.kind === 'facts' ? [k.id] : []));
    const staffToo = ids.length < keys.length;
    if (!staffToo) return loadPersonFacts(this.ds, ids);
    if (ids.length === 0) return [await loadStaffEntry(this.ds, this.caller.officerId)];
    const { facts, staff } = await loadPersonFactsWithStaff(this.ds, ids, this.caller.officerId);
    let next = 0;
    return keys.map((k) => (k.kind === 'staff' ? staff : facts[next++]!));
  }

  personFacts(participantId: string): Promise<PersonFacts> {
    return this.reads.load({ kind: 'facts', id: participantId }) as Promise<PersonFacts>;
  }

  /** Forget what was loaded, e.g. after this request changed a consent. */
  refresh(participantId: string): void {
    this.reads.clear({ kind: 'facts', id: participantId });
  }

  /** The caller as this agency's staff register confirms them (read once per request). */
  standing(): Promise<Standing> {
    this.standingOnce ??= (
      this.caller.organisation === 'PERSON'
        ? Promise.resolve(null)
        : (this.reads.load({ kind: 'staff' }) as Promise<StaffEntry | null>)
    ).then((entry) => confirmCaller(this.caller, entry, this.today));
    return this.standingOnce;
  }

  /** The officer as the register has them, for what a write records: id, name and the role they act in. */
  async officer(): Promise<{ id: string; name: string; role: string }> {
    const { caller } = await this.standing();
    return { id: caller.officerId, name: caller.name, role: caller.roles[0] ?? 'UNKNOWN' };
  }

  /** Applies the rule to a person without recording the decision (for a decision that is recorded in other words). */
  async evaluate(participantId: string, category: C): Promise<Decision> {
    return (await this.ruleFor(participantId, category)).decision;
  }

  async decide(participantId: string, category: C, action: AuditAction = 'READ'): Promise<Decision> {
    const { decision, teamId, caller } = await this.ruleFor(participantId, category);
    this.note(participantId, category, action, decision, teamId ? caller.teams.includes(teamId) : null);
    return decision;
  }

  /** The rule applied to a person, with the person's team and the caller the decision was made for. */
  private async ruleFor(
    participantId: string,
    category: C,
  ): Promise<{ decision: Decision; teamId: string | null | undefined; caller: Standing['caller'] }> {
    const [facts, standing] = await Promise.all([this.personFacts(participantId), this.standing()]);
    const decision = explained(
      evaluate(this.rules, category, {
        caller: standing.caller,
        party: standing.party,
        participant: facts.participant,
        consents: facts.consents,
        today: this.today,
      }),
      standing,
    );
    return { decision, teamId: facts.participant?.teamId, caller: standing.caller };
  }

  /**
   * A decision about no single person (a team's list, the log review, the
   * figures, the staff register, who may register someone), by the same
   * rule table; recorded unless `record` is false. `participantId` names
   * the person an act concerns, when one is known.
   */
  async decideGeneral(
    category: C,
    opts: { teamId?: string; action?: AuditAction; record?: boolean; participantId?: string | null } = {},
  ): Promise<Decision> {
    const standing = await this.standing();
    const decision = explained(
      evaluate(this.rules, category, {
        caller: standing.caller,
        party: standing.party,
        participant: null,
        consents: [],
        today: this.today,
        teamId: opts.teamId ?? null,
      }),
      standing,
    );
    if (opts.record !== false)
      this.note(
        opts.participantId ?? null,
        opts.teamId ? `${category} ${opts.teamId}` : category,
        opts.action ?? 'READ',
        decision,
      );
    return decision;
  }

  /** Records a decision taken outside the rule table (e.g. a refused write). */
  note(
    participantId: string | null,
    category: string,
    action: AuditAction,
    decision: Decision,
    onTeam: boolean | null = null,
  ): void {
    this.decisions.set(`${participantId}\u0000${category}\u0000${action}`, {
      participantId,
      category,
      action,
      decision,
      onTeam,
    });
  }

  /** Takes one write's decision out of the request batch, to be stored with the write itself. */
  drainWrite(participantId: string, category: string): AuditEntry[] {
    return this.drainAudit((d) => d.action === 'WRITE' && d.participantId === participantId && d.category === category);
  }

  /**
   * The audit entries of this request so far (or those `only` selects), one
   * per person, action and outcome, with the categories concerned; the
   * decisions drained are forgotten.
   */
  drainAudit(
    only: (d: { participantId: string | null; category: string; action: AuditAction }) => boolean = () => true,
  ): AuditEntry[] {
    const grouped = new Map<string, AuditEntry>();
    for (const [decisionKey, d] of this.decisions) {
      if (!only(d)) continue;
      this.decisions.delete(decisionKey);
      // A read that is not granted is withheld; a write that is not granted is denied.
      const outcome = d.decision.granted ? 'GRANTED' : d.action === 'WRITE' ? 'DENIED' : 'WITHHELD';
      const key = `${d.participantId}\u0000${d.action}\u0000${outcome}`;
      const entry = grouped.get(key);
      if (entry) {
        entry.categories.push(d.category);
        if (!entry.reason.includes(d.decision.reason)) entry.reason += `; ${d.decision.reason}`;
        continue;
      }
      grouped.set(key, {
        at: this.at,
        requestId: this.caller.requestId,
        officerId: this.caller.officerId,
        organisation: this.caller.organisation,
        roles: [...this.caller.roles],
        participantId: d.participantId,
        categories: [d.category],
        action: d.action,
        purpose: this.caller.purpose,
        decision: outcome,
        reason: d.decision.reason,
        callerOnTeam: d.onTeam,
      });
    }
    return [...grouped.values()];
  }
}

/** A refusal says, for the audit log, what of the token the register did not confirm. */
function explained(decision: Decision, standing: Standing): Decision {
  return decision.granted || !standing.note
    ? decision
    : { granted: false, reason: `${decision.reason} (${standing.note})` };
}
