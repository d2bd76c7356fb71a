import type { Agency } from '../caller';
import { AUDIT_ENTRY_COLUMNS, chainedEntryFromRow, type ChainedEntry } from '../audit/chain';
import {
  accessesOutsideOfficeHours,
  extractForParticipant,
  unusuallyManyParticipants,
  type ManyParticipantsFinding,
} from '../audit/review';
import { badInput } from '../errors';
import type { AccessGate } from './gate';
import { withheldNotice, type WithheldNotice } from './withheld';
import { isParticipantId } from './validate';

export interface AccessLogEntryView {
  at: Date;
  agency: Agency;
  officerId: string;
  organisation: string;
  roles: string[];
  categories: string[];
  action: string;
  purpose: string;
  decision: string;
  /** The request the access was made in (the gateway's request id). */
  requestId: string | null;
}

function view(agency: Agency, e: ChainedEntry): AccessLogEntryView {
  return {
    at: e.at,
    agency,
    officerId: e.officerId,
    organisation: e.organisation,
    roles: e.roles,
    categories: e.categories,
    action: e.action,
    purpose: e.purpose,
    decision: e.decision,
    requestId: e.requestId,
  };
}

export interface AccessLogPartView {
  agency: Agency;
  withheld: WithheldNotice | null;
  entries: AccessLogEntryView[];
}

/**
 * Who has read or written this agency's records on the person: for the
 * person themself and for the agency's auditors (rule ACCESS_LOG). Reading
 * the log is itself logged.
 */
export async function accessLogPart<C extends string>(
  gate: AccessGate<C>,
  participantId: string,
  category: C,
): Promise<AccessLogPartView> {
  if (!isParticipantId(participantId)) return { agency: gate.owner, withheld: withheldNotice(gate.owner), entries: [] };
  const decision = await gate.decide(participantId, category);
  if (!decision.granted) return { agency: gate.owner, withheld: withheldNotice(gate.owner), entries: [] };
  const entries = await extractForParticipant((sql, params) => gate.ds.query(sql, params), participantId);
  return { agency: gate.owner, withheld: null, entries: entries.map((e) => view(gate.owner, e)) };
}

export interface AuditReviewView {
  agency: Agency;
  outsideTeam: AccessLogEntryView[];
  outsideOfficeHours: AccessLogEntryView[];
  unusuallyMany: ManyParticipantsFinding[];
}

const MAX_REVIEW_DAYS = 366;

/** Log review (loggkontroll); who may run it is the agency's AUDIT_REVIEW rule, decided before this is called. */
export async function auditReview(
  gate: AccessGate<string>,
  args: { from: Date; to: Date; windowMinutes?: number | null; threshold?: number | null },
): Promise<AuditReviewView> {
  const { from, to } = args;
  if (!(from < to)) throw badInput('The period must end after it starts.', 'to');
  if (to.getTime() - from.getTime() > MAX_REVIEW_DAYS * 86_400_000)
    throw badInput(`A review covers at most ${MAX_REVIEW_DAYS} days.`, 'to');
  const windowMinutes = args.windowMinutes ?? 60;
  const threshold = args.threshold ?? 30;
  if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || windowMinutes > 1440)
    throw badInput('windowMinutes must be from 1 to 1440.', 'windowMinutes');
  if (!Number.isInteger(threshold) || threshold < 1)
    throw badInput('threshold must be a whole number, 1 or more.', 'threshold');
  const query = (sql: string, params?: unknown[]) => gate.ds.query<Array<Record<string, unknown>>>(sql, params);
  const [outsideTeamRows, outsideHours, many] = await Promise.all([
    query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_log
        WHERE at >= $1 AND at < $2 AND participant_id IS NOT NULL AND caller_on_team = false
        ORDER BY at, seq LIMIT 10000`,
      [from.toISOString(), to.toISOString()],
    ),
    accessesOutsideOfficeHours(query, { from, to }),
    unusuallyManyParticipants(query, { from, to, windowMinutes, threshold }),
  ]);
  return {
    agency: gate.owner,
    outsideTeam: outsideTeamRows.map((r) => view(gate.owner, chainedEntryFromRow(r))),
    outsideOfficeHours: outsideHours.map((e) => view(gate.owner, e)),
    unusuallyMany: many,
  };
}
