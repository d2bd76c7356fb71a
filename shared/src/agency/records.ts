import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import type { Rule, RuleTable } from '../access/rules';
import { today as clockToday } from '../clock';
import { accessLogPart, auditReview } from './audit-views';
import { AccessGate } from './gate';
import { ErrorCode, userError } from '../errors';
import { loadInterventions, type InterventionRow } from './interventions';
import { loadConsents, planPart, type ConsentView } from './kit';

/** A team as the resolvers pass it on: its id. */
export interface TeamRef {
  id: string;
}

/** The most people one agency lists for a team's caseload (the largest page the caseload gives). */
export const CASELOAD_LIMIT = 1000;

/** Categories every agency's rule table has. */
export type SharedCategory = 'INTERVENTIONS' | 'CONSENTS' | 'RECORD_CONSENT_WITHDRAWAL' | 'ACCESS_LOG';

/**
 * An agency's records for one request: the only way its resolvers reach
 * person-level data. Built with the verified caller; every method takes a
 * participant, asks the gate, and returns only what the agency's rules
 * release. Loaders batch a whole caseload into one statement each and live
 * for the request only. Each agency extends this with its own records.
 */
export class AgencyRecords<C extends string> {
  readonly gate: AccessGate<C>;
  readonly today = clockToday();
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
    this.consents = new DataLoader((ids) => loadConsents(this.gate, ids, this.today));
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

  /**
   * The ids of the people on a team whom this agency has on record as
   * taking part, for members of the team only (the list itself tells who is
   * in the programme). `sql` selects `id` with `$1` the team; the agency
   * decides what "ongoing" means in its own records. By default, everyone
   * the agency has on the team (for agencies that record no discharge). The plan merges the
   * agencies' lists into the caseload, so it still answers when one agency
   * cannot be reached.
   */
  async caseloadIds(teamId: string, sql = `SELECT id FROM participant WHERE team_id = $1 ORDER BY id LIMIT ${CASELOAD_LIMIT}`): Promise<string[]> {
    if (!this.gate.caller.teams.includes(teamId)) {
      this.gate.note(null, `CASELOAD ${teamId}`, 'READ', { granted: false, reason: 'not a member of the team' });
      throw userError(ErrorCode.FORBIDDEN, 'You can open the caseload of your own teams only.');
    }
    this.gate.note(null, `CASELOAD ${teamId}`, 'READ', { granted: true, reason: 'member of the team' });
    const rows: Array<{ id: string }> = await this.ds.query(sql, [teamId]);
    return rows.map((r) => r.id);
  }

  /** Log review (loggkontroll) for the agency's auditors. */
  auditReview(args: { from: Date | string; to: Date | string; windowMinutes?: number | null; threshold?: number | null }) {
    return auditReview(this.gate, {
      from: new Date(args.from),
      to: new Date(args.to),
      windowMinutes: args.windowMinutes ?? null,
      threshold: args.threshold ?? null,
    });
  }
}
