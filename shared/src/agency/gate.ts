import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import { evaluate, type Decision, type RuleTable } from '../access/rules';
import { now, swedishDate } from '../clock';
import type { AuditEntry } from '../audit/writer';
import { loadPersonFacts, type PersonFacts } from './facts';

export type AuditAction = 'READ' | 'WRITE';

/**
 * The one door to an agency's person-level records for one request. It is
 * built with the verified caller and cannot be used without one; every
 * release goes through `decide`, which applies the agency's rule table and
 * remembers the decision for the audit log. Nothing here is cached beyond
 * the request.
 */
export class AccessGate<C extends string> {
  private readonly facts: DataLoader<string, PersonFacts>;
  private readonly decisions = new Map<string, { participantId: string | null; category: string; action: AuditAction; decision: Decision; onTeam: boolean | null }>();
  private readonly at = now();
  private readonly today = swedishDate(this.at);

  constructor(
    readonly ds: DataSource,
    readonly owner: Agency,
    private readonly rules: { owner: Agency; table: RuleTable<C> },
    readonly caller: Caller,
  ) {
    this.facts = new DataLoader((ids) => loadPersonFacts(ds, ids), { maxBatchSize: 1000 });
  }

  personFacts(participantId: string): Promise<PersonFacts> {
    return this.facts.load(participantId);
  }

  /** Forget what was loaded, e.g. after this request changed a consent. */
  refresh(participantId: string): void {
    this.facts.clear(participantId);
  }

  async decide(participantId: string, category: C, action: AuditAction = 'READ'): Promise<Decision> {
    const facts = await this.facts.load(participantId);
    const decision = evaluate(this.rules, category, {
      caller: this.caller,
      participant: facts.participant,
      consents: facts.consents,
      today: this.today,
    });
    const teamId = facts.participant?.teamId;
    this.note(participantId, category, action, decision, teamId ? this.caller.teams.includes(teamId) : null);
    return decision;
  }

  /** Records a decision taken outside the rule table (e.g. a refused write). */
  note(participantId: string | null, category: string, action: AuditAction, decision: Decision, onTeam: boolean | null = null): void {
    this.decisions.set(`${participantId}\u0000${category}\u0000${action}`, { participantId, category, action, decision, onTeam });
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
  drainAudit(only: (d: { participantId: string | null; category: string; action: AuditAction }) => boolean = () => true): AuditEntry[] {
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
