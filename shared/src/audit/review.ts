/**
 * Queries an auditor runs over one agency's audit log. All periods are
 * half-open: `from` <= at < `to`.
 */
import { AUDIT_ENTRY_COLUMNS, chainedEntryFromRow, type ChainedEntry } from './chain';
import type { AuditQuery } from './writer';

export interface AuditPeriod {
  from: Date;
  to: Date;
}

export interface OfficeHoursOptions extends AuditPeriod {
  /** IANA zone the office hours are in. Default 'Europe/Stockholm'. */
  timezone?: string;
  /** Also list entries that concern no single person. Default false. */
  includeNonPerson?: boolean;
}

export interface OutsideOfficeHoursAccess extends ChainedEntry {
  /** Local wall-clock time of the access in the given zone, `YYYY-MM-DDTHH:MM:SS.mmm`. */
  localTime: string;
}

/** Office hours: Monday–Friday, 07:00 up to (not including) 18:00 local time. */
export const OFFICE_HOURS = { start: '07:00', end: '18:00' } as const;

function checkPeriod(period: AuditPeriod): void {
  for (const key of ['from', 'to'] as const) {
    const value = period[key];
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      throw new TypeError(`review: ${key} must be a valid Date`);
  }
}

/**
 * Entries made outside office hours (weekday 07:00–18:00 in `timezone`;
 * weekends are entirely outside). Public holidays are not taken into
 * account. Ordered by time.
 */
export async function accessesOutsideOfficeHours(
  query: AuditQuery,
  options: OfficeHoursOptions,
): Promise<OutsideOfficeHoursAccess[]> {
  checkPeriod(options);
  const rows = await query(
    `SELECT ${AUDIT_ENTRY_COLUMNS},
            to_char(at AT TIME ZONE $3, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS local_time
       FROM audit_log
      WHERE at >= $1::timestamptz AND at < $2::timestamptz
        AND ($4::boolean OR participant_id IS NOT NULL)
        AND (extract(isodow FROM at AT TIME ZONE $3) >= 6
             OR (at AT TIME ZONE $3)::time < $5::time
             OR (at AT TIME ZONE $3)::time >= $6::time)
      ORDER BY audit_log.at, audit_log.seq`,
    [
      options.from.toISOString(),
      options.to.toISOString(),
      options.timezone ?? 'Europe/Stockholm',
      options.includeNonPerson ?? false,
      OFFICE_HOURS.start,
      OFFICE_HOURS.end,
    ],
  );
  return (rows as Array<Record<string, unknown>>).map((row) => ({
    ...chainedEntryFromRow(row),
    localTime: String(row.local_time),
  }));
}

export interface ManyParticipantsOptions extends AuditPeriod {
  /** Length of the sliding window, in minutes. */
  windowMinutes: number;
  /** Report officers with more than this many distinct participants in one window. */
  threshold: number;
}

export interface ManyParticipantsFinding {
  officerId: string;
  /** The officer's busiest window: starts at one of their entries. */
  windowStart: Date;
  windowEnd: Date;
  /** Distinct participants touched in that window (any decision, read or write). */
  participants: number;
}

/**
 * Officers who touched more than `threshold` distinct participants within
 * some window of `windowMinutes` inside the period. The window slides: each
 * of the officer's entries starts a candidate window, so a burst across a
 * clock boundary is not split. One finding per officer (their busiest
 * window, earliest if tied), most participants first. Denied and withheld
 * attempts count too.
 */
export async function unusuallyManyParticipants(
  query: AuditQuery,
  options: ManyParticipantsOptions,
): Promise<ManyParticipantsFinding[]> {
  checkPeriod(options);
  if (!(options.windowMinutes > 0)) throw new RangeError('review: windowMinutes must be positive');
  if (!Number.isFinite(options.threshold)) throw new RangeError('review: threshold must be a number');
  const rows = await query(
    `WITH starts AS (
       SELECT DISTINCT officer_id, at
         FROM audit_log
        WHERE at >= $1::timestamptz AND at < $2::timestamptz AND participant_id IS NOT NULL
     ),
     windows AS (
       SELECT s.officer_id, s.at AS window_start, w.n
         FROM starts s
         CROSS JOIN LATERAL (
           SELECT count(DISTINCT l.participant_id) AS n
             FROM audit_log l
            WHERE l.officer_id = s.officer_id
              AND l.at >= s.at
              AND l.at < LEAST(s.at + $3::double precision * interval '1 minute', $2::timestamptz)
              AND l.participant_id IS NOT NULL
         ) w
        WHERE w.n > $4::double precision
     )
     SELECT DISTINCT ON (officer_id)
            officer_id, window_start,
            window_start + $3::double precision * interval '1 minute' AS window_end,
            n::int AS n
       FROM windows
      ORDER BY officer_id, n DESC, window_start`,
    [options.from.toISOString(), options.to.toISOString(), options.windowMinutes, options.threshold],
  );
  return (rows as Array<Record<string, unknown>>)
    .map((row) => ({
      officerId: String(row.officer_id),
      windowStart: row.window_start instanceof Date ? row.window_start : new Date(String(row.window_start)),
      windowEnd: row.window_end instanceof Date ? row.window_end : new Date(String(row.window_end)),
      participants: Number(row.n),
    }))
    .sort(
      (a, b) => b.participants - a.participants || (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : 0),
    );
}

/**
 * Every entry about one participant — who, when, in what role and for
 * what purpose, which categories, what was decided — oldest first. For
 * answering a data subject's request or reviewing one case.
 */
export async function extractForParticipant(
  query: AuditQuery,
  participantId: string,
  period?: Partial<AuditPeriod>,
): Promise<ChainedEntry[]> {
  const rows = await query(
    `SELECT ${AUDIT_ENTRY_COLUMNS}
       FROM audit_log
      WHERE participant_id = $1
        AND ($2::timestamptz IS NULL OR at >= $2::timestamptz)
        AND ($3::timestamptz IS NULL OR at < $3::timestamptz)
      ORDER BY audit_log.at, audit_log.seq`,
    [participantId, period?.from?.toISOString() ?? null, period?.to?.toISOString() ?? null],
  );
  return (rows as Array<Record<string, unknown>>).map(chainedEntryFromRow);
}
