import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import type { Logger } from '../service/logger';
import type { Rule, RuleTable } from '../access/rules';
import { today as clockToday } from '../clock';
import { parsePeriod } from '../report/period';
import type { ReportRef } from '../report/source';
import { appendAuditEntries } from '../audit/writer';
import { accessLogPart, auditReview } from './audit-views';
import { AccessGate } from './gate';
import { ErrorCode, userError } from '../errors';
import { INTERVENTIONS_READ, type InterventionRow } from './interventions';
import { AGENCY_NAMES } from '../agencies';
import { loadConsents, type ConsentView } from './consents';
import { planPart } from './plan-part';
import {
  checkStaffInput,
  listStaff,
  loadStaffEntry,
  staffEntryProblem,
  writeStaffEntry,
  type StaffEntry,
  type StaffInput,
  type StaffPolicy,
} from './staff';
import { checkVersion } from './interventions';
import { JointMapping } from './mapping';
import type { SubgraphContextBase } from '../request/subgraph';
import type { AuditEntry } from '../audit/writer';

/**
 * One kind of record read by participant (or another key) for
 * `RecordReads`: a SELECT of its rows for the keys, and how the rows,
 * as JSON gives them, answer each key.
 */
export interface RecordRead<R> {
  /** The rows for the keys in `keys` (a text[] parameter, e.g. `$2`); each becomes a JSON object with the same names. */
  sql(keys: string): string;
  /** Orders the rows (over the select's own column names, as in `json_agg(... ORDER BY ...)`); none if the order does not matter. */
  orderBy?: string;
  /** One answer per key, in the keys' order, from the rows as JSON gives them (dates and times as text). */
  answer(rows: never[], keys: readonly string[]): R[];
}

/** A loader of one kind of record, as `RecordReads.loader` gives it. */
export interface RecordLoader<R> {
  load(key: string): Promise<R>;
  clear(key: string): void;
}

/**
 * The record reads of one request: every kind of record asked for while
 * the request waits on nothing else (one tick, as DataLoader batches) comes
 * in one SQL statement, each kind as a JSON list of its rows. Like any
 * loader here it holds nothing beyond the request, and reads only what the
 * resolvers ask for, after the gate released it.
 */
export class RecordReads {
  private readonly kinds: Array<RecordRead<unknown>> = [];
  private readonly batch: DataLoader<{ kind: number; key: string }, unknown, string>;

  constructor(private readonly ds: DataSource) {
    this.batch = new DataLoader((keys) => this.read(keys), { cacheKeyFn: (k) => `${k.kind}\u0000${k.key}` });
  }

  /** A loader of one kind of record; its reads go out together with the other kinds' of the same tick. */
  loader<R>(kind: RecordRead<R>): RecordLoader<R> {
    const at = this.kinds.push(kind) - 1;
    return {
      load: (key) => this.batch.load({ kind: at, key }) as Promise<R>,
      clear: (key) => void this.batch.clear({ kind: at, key }),
    };
  }

  private async read(keys: ReadonlyArray<{ kind: number; key: string }>): Promise<unknown[]> {
    const asked = new Map<number, string[]>();
    for (const k of keys) {
      const list = asked.get(k.kind) ?? [];
      list.push(k.key);
      asked.set(k.kind, list);
    }
    const kinds = [...asked.keys()];
    const columns = kinds.map((kind, i) => {
      const read = this.kinds[kind]!;
      return `(SELECT COALESCE(json_agg(r${read.orderBy ? ` ORDER BY ${read.orderBy}` : ''}), '[]') FROM (${read.sql(`$${i + 1}::text[]`)}) r) AS k${i}`;
    });
    const rows: Array<Record<string, never[]>> = await this.ds.query(
      `SELECT ${columns.join(',\n       ')}`,
      kinds.map((kind) => asked.get(kind)),
    );
    const answers = new Map<number, Map<string, unknown>>();
    kinds.forEach((kind, i) => {
      const ids = asked.get(kind)!;
      const found = this.kinds[kind]!.answer(rows[0]![`k${i}`]!, ids);
      answers.set(kind, new Map(ids.map((id, n) => [id, found[n]])));
    });
    return keys.map((k) => answers.get(k.kind)!.get(k.key));
  }
}

/** A team as the resolvers pass it on: its id. */
export interface TeamRef {
  id: string;
}

/** The most people one agency lists for a team's caseload (the largest page the caseload gives). */
export const CASELOAD_LIMIT = 1000;

/**
 * Categories every agency's rule table has, because the machinery here asks
 * for them by name. What each one's rule is stays the agency's decision:
 * - INTERVENTIONS: its part of the joint plan;
 * - CONSENTS: the consents the person gave it;
 * - RECORD_CONSENT_WITHDRAWAL: withdrawing one of them;
 * - ACCESS_LOG: the person's access-log extract;
 * - KNOWN: that it holds records on the person at all (a person on a team's list);
 * - TEAM_CASELOAD: asking for a team's list (a decision about a team);
 * - AUDIT_REVIEW: reviewing its audit log;
 * - FIGURES: the programme's figures counted over its records;
 * - STAFF_REGISTER: reading and keeping its staff register;
 * - MAPPING, RECORD_MAPPING: reading and recording its perspective in the joint mapping.
 */
export type SharedCategory =
  | 'INTERVENTIONS'
  | 'CONSENTS'
  | 'RECORD_CONSENT_WITHDRAWAL'
  | 'ACCESS_LOG'
  | 'KNOWN'
  | 'TEAM_CASELOAD'
  | 'AUDIT_REVIEW'
  | 'FIGURES'
  | 'STAFF_REGISTER'
  | 'MAPPING'
  | 'RECORD_MAPPING';

/** What an agency decides, from its own `secrecy/` folder, for the machinery here. */
export interface AgencyPolicy<C extends string> {
  rules: { owner: Agency; table: RuleTable<C> & Record<SharedCategory, Rule> };
  /** How the agency divides its staff into parts (its register's rules). */
  staff: StaffPolicy;
  /**
   * The category under whose rule an officer assigned in `role` is named in
   * the agency's part of the plan (an officer's name is data of their part);
   * null: never named.
   */
  officerCategory(role: string): C | null;
  /** Selects `id` of the people on team `$1` the agency has on record (its candidates for a team's list), at most CASELOAD_LIMIT. */
  caseloadSql: string;
}

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
  /** The request's record reads: the kinds asked for in one tick come in one statement. */
  protected readonly reads: RecordReads;
  protected readonly interventions: RecordLoader<InterventionRow[]>;
  private readonly consents: DataLoader<string, ConsentView[]>;
  /** The agency's perspective in the joint mapping (MAPPING, RECORD_MAPPING). */
  readonly mapping: JointMapping<C>;

  constructor(
    readonly ds: DataSource,
    owner: Agency,
    readonly policy: AgencyPolicy<C>,
    caller: Caller,
  ) {
    this.gate = new AccessGate(ds, owner, policy.rules, caller);
    this.reads = new RecordReads(ds);
    this.interventions = this.reads.loader(INTERVENTIONS_READ(owner));
    this.consents = new DataLoader((ids) => loadConsents(this.gate, ids, this.today));
    this.mapping = new JointMapping<C>(this.gate, owner, 'MAPPING' as C, 'RECORD_MAPPING' as C);
  }

  /** The agency's part of the joint plan; each officer named only under their part's rule. */
  planPart(id: string) {
    return planPart(
      this.gate,
      id,
      'INTERVENTIONS' as C,
      (pid) => this.interventions.load(pid),
      (role) => this.policy.officerCategory(role),
    );
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
   * The people on a team whom this agency has on record, each released by
   * the agency's KNOWN rule and logged per person: a list of people is
   * person-level data (it tells whom the agency knows). Asking at all is
   * for those the TEAM_CASELOAD rule lets ask; the refusal depends on the
   * caller only. The plan merges the agencies' lists into the caseload, so
   * it still answers when one agency cannot be reached.
   */
  async caseloadIds(teamId: string): Promise<string[]> {
    if (!(await this.gate.decideGeneral('TEAM_CASELOAD' as C, { teamId })).granted) {
      throw userError(ErrorCode.FORBIDDEN, 'You can open the caseload of your own teams only.');
    }
    const rows: Array<{ id: string }> = await this.ds.query(this.policy.caseloadSql, [teamId]);
    const decisions = await Promise.all(rows.map((r) => this.gate.decide(r.id, 'KNOWN' as C)));
    return rows.filter((_r, i) => decisions[i]!.granted).map((r) => r.id);
  }

  /** Log review (loggkontroll), for those the agency's AUDIT_REVIEW rule names. */
  async auditReview(args: {
    from: Date | string;
    to: Date | string;
    windowMinutes?: number | null;
    threshold?: number | null;
  }) {
    const decision = await this.gate.decideGeneral('AUDIT_REVIEW' as C);
    if (!decision.granted)
      throw userError(
        ErrorCode.FORBIDDEN,
        `Only ${AGENCY_NAMES[this.gate.owner]}'s auditors can review its audit log.`,
      );
    return auditReview(this.gate, {
      from: new Date(args.from),
      to: new Date(args.to),
      windowMinutes: args.windowMinutes ?? null,
      threshold: args.threshold ?? null,
    });
  }

  /**
   * Starts a report or an aggregate over the agency's records: for those
   * the agency's FIGURES rule names; a calendar period, and today's date in
   * Sweden (events dated later do not count yet). The answer to a refusal
   * is the same whatever the data.
   */
  async reportFor(periodText: string): Promise<ReportRef> {
    if (!(await this.gate.decideGeneral('FIGURES' as C)).granted)
      throw userError(ErrorCode.FORBIDDEN, "The programme's figures are for the funder's analysts.");
    return { period: parsePeriod(periodText, this.today), today: this.today };
  }

  /** The agency's staff register, for those its STAFF_REGISTER rule names. */
  async staffRegister(): Promise<StaffEntry[]> {
    if (!(await this.gate.decideGeneral('STAFF_REGISTER' as C)).granted)
      throw userError(
        ErrorCode.FORBIDDEN,
        `Only ${AGENCY_NAMES[this.gate.owner]}'s administrators keep its staff register.`,
      );
    return listStaff(this.ds);
  }

  /**
   * Records an officer in the agency's staff register, or changes their
   * entry (ending an employment is setting its last day): for those the
   * STAFF_REGISTER rule names, never on their own entry, and only as the
   * agency's division of its staff allows. Stored with its audit entry.
   */
  async recordStaff(input: StaffInput & { expectedVersion?: number | null }): Promise<StaffEntry> {
    const refuse = (reason: string, message: string) => {
      this.gate.note(null, 'STAFF_REGISTER', 'WRITE', {
        granted: false,
        reason: `register entry of ${input.officerId}: ${reason}`,
      });
      return userError(ErrorCode.FORBIDDEN, message);
    };
    const decision = await this.gate.decideGeneral('STAFF_REGISTER' as C, { action: 'WRITE', record: false });
    if (!decision.granted)
      throw refuse(decision.reason, `Only ${AGENCY_NAMES[this.gate.owner]}'s administrators keep its staff register.`);
    if (input.officerId === this.gate.caller.officerId)
      throw refuse(
        'an administrator may not change their own entry',
        'Nobody changes their own entry in the staff register.',
      );
    const entry = checkStaffInput(input);
    const problem = staffEntryProblem(this.policy.staff, entry);
    if (problem) throw userError(ErrorCode.BAD_USER_INPUT, problem, { field: 'roles' });
    const by = this.gate.caller.officerId;
    const described = `register entry of ${entry.officerId}: ${entry.organisation} ${entry.party ?? 'no part'} ${entry.roles.join('/')} teams ${entry.teams.join('/') || '-'} ${entry.activeFrom}–${entry.activeTo ?? ''}`;
    // The register is written as the agency writes anything: the change and its audit entry together or not at all.
    // (It sets the whole entry, so a repeated request changes nothing more; it takes no Idempotency-Key.)
    try {
      return await this.ds.transaction(async (m) => {
        const current = await loadStaffEntry(m, entry.officerId, true);
        if (current && input.expectedVersion !== undefined && input.expectedVersion !== null)
          checkVersion(input.expectedVersion, current.version);
        const stored = await writeStaffEntry(m, entry, by);
        this.gate.note(null, 'STAFF_REGISTER', 'WRITE', { granted: true, reason: described });
        const entries = this.gate.drainAudit((d) => d.action === 'WRITE' && d.category === 'STAFF_REGISTER');
        await appendAuditEntries((sql, params) => m.query(sql, params), this.gate.owner, entries);
        return stored;
      });
    } catch (err) {
      this.gate.note(null, 'STAFF_REGISTER', 'WRITE', { granted: false, reason: `${described}: not stored` });
      throw err;
    }
  }
}

/** An agency's per-request context: what every subgraph's context holds, and the agency's records under its key. */
export type AgencyContext<K extends string, R> = SubgraphContextBase & { [key in K]: R };

/**
 * The `createContext` of an agency's subgraph: each request gets the
 * agency's records for its verified caller, under `key` (the resolvers'
 * `{ af }`, `{ fk }`...), and the audit log takes the decisions its gate made.
 */
export function agencyContext<K extends string, R extends { gate: { drainAudit(): AuditEntry[] } }>(
  key: K,
  records: (caller: Caller) => R,
) {
  return (base: { caller: Caller; requestId: string; log: Logger }): AgencyContext<K, R> => {
    const mine = records(base.caller);
    return { ...base, [key]: mine, drainAudit: () => mine.gate.drainAudit() } as AgencyContext<K, R>;
  };
}
