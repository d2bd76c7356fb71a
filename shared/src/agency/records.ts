import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import { swedishToday, type Rule, type RuleTable } from '../access/rules';
import { accessLogPart, auditReview } from './audit-views';
import { AccessGate } from './gate';
import { loadInterventions, type InterventionRow } from './interventions';
import { loadConsents, planPart, type ConsentView } from './kit';

/** Categories every agency's rule table has. */
export type SharedCategory = 'INTERVENTIONS' | 'CONSENTS' | 'ACCESS_LOG';

/**
 * An agency's records for one request: the only way its resolvers reach
 * person-level data. Built with the verified caller; every method takes a
 * participant, asks the gate, and returns only what the agency's rules
 * release. Loaders batch a whole caseload into one statement each and live
 * for the request only. Each agency extends this with its own records.
 */
export class AgencyRecords<C extends string> {
  readonly gate: AccessGate<C>;
  readonly today = swedishToday();
  protected readonly interventions: DataLoader<string, InterventionRow[]>;
  private readonly consents: DataLoader<string, ConsentView[]>;

  constructor(
    readonly ds: DataSource,
    owner: Agency,
    rules: { owner: Agency; table: RuleTable<C> & Record<SharedCategory, Rule> },
    caller: Caller,
  ) {
    this.gate = new AccessGate(ds, owner, rules, caller);
    this.interventions = new DataLoader((ids) => loadInterventions(ds, owner, ids));
    this.consents = new DataLoader((ids) => loadConsents(this.gate as AccessGate<string>, ids, this.today));
  }

  /** The agency's part of the joint plan. */
  planPart(id: string) {
    return planPart(this.gate, id, 'INTERVENTIONS' as C, (pid) => this.interventions.load(pid));
  }

  /** The consents the person has given this agency, for its staff who work with the person. */
  async consentList(id: string): Promise<ConsentView[]> {
    if (!(await this.gate.decide(id, 'CONSENTS' as C)).granted) return [];
    return this.consents.load(id);
  }

  /** Forget what this request loaded about the person, after it changed their records. */
  refresh(id: string): void {
    this.gate.refresh(id);
    this.interventions.clear(id);
    this.consents.clear(id);
  }

  /** Who has read or written the agency's records on the person. */
  accessLog(id: string) {
    return accessLogPart(this.gate, id, 'ACCESS_LOG' as C);
  }

  /** Log review (loggkontroll) for the agency's auditors. */
  auditReview(args: { from: Date | string; to: Date | string; windowMinutes?: number | null; threshold?: number | null }) {
    return auditReview(this.gate as AccessGate<string>, {
      from: new Date(args.from),
      to: new Date(args.to),
      windowMinutes: args.windowMinutes ?? null,
      threshold: args.threshold ?? null,
    });
  }
}
