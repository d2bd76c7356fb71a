import { addDays, today as clockToday } from '../clock';
import { badInput } from '../errors';

/**
 * The periods a report can be asked for. Only calendar-aligned periods
 * exist: a calendar year, a tertial (Jan–Apr, May–Aug, Sep–Dec), a calendar
 * month, or the whole programme. There are no free date ranges on purpose:
 * two free ranges that differ by one day would publish the people of that
 * day by subtraction. Every period here is a node of one fixed tree
 * (programme → years → tertials → months), and the small-cell protection
 * is decided over that whole tree at once (see suppression.ts and
 * docs/REPORT-DEFINITIONS.md).
 */
export type PeriodKind = 'YEAR' | 'TERTIAL' | 'MONTH' | 'ALL';

export interface Period {
  kind: PeriodKind;
  /** The canonical text of the period: `2025`, `2025-T1`, `2025-03` or `ALL`. */
  label: string;
  /** First day, inclusive, YYYY-MM-DD. */
  from: string;
  /** The day after the last day (exclusive), YYYY-MM-DD. */
  to: string;
  /** The calendar year the period lies in; null for the whole programme. */
  year: number | null;
}

/** The 2025–2027 programme: its first day and the day after its last. */
export const PROGRAMME = {
  from: '2025-01-01',
  lastDay: '2027-12-31',
  to: '2028-01-01',
  firstYear: 2025,
  lastYear: 2027,
} as const;

export const PERIOD_FORMS =
  'a year (2025), a tertial (2025-T1 for January–April, 2025-T2 for May–August, 2025-T3 for September–December), a month (2025-03) or ALL for the whole programme';

/** The months each tertial covers, 1-based. */
export const TERTIAL_MONTHS = { 1: [1, 2, 3, 4], 2: [5, 6, 7, 8], 3: [9, 10, 11, 12] } as const;

const YEAR = /^(\d{4})$/;
const TERTIAL = /^(\d{4})-T([1-3])$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Reads a period as a caller writes it. `today` (YYYY-MM-DD, Swedish time
 * by default) only matters for `ALL`, which runs from the programme's first
 * day up to and including today, and never past the programme's last day.
 */
export function parsePeriod(text: string, today?: string): Period {
  const t = typeof text === 'string' ? text.trim().toUpperCase() : '';
  if (t === 'ALL') {
    const end = minDate(addDays(today ?? clockToday(), 1), PROGRAMME.to);
    return {
      kind: 'ALL',
      label: 'ALL',
      from: PROGRAMME.from,
      to: end < PROGRAMME.from ? PROGRAMME.from : end,
      year: null,
    };
  }
  let m = YEAR.exec(t);
  if (m) {
    const year = checkYear(Number(m[1]), text);
    return { kind: 'YEAR', label: String(year), from: `${year}-01-01`, to: `${year + 1}-01-01`, year };
  }
  m = TERTIAL.exec(t);
  if (m) {
    const year = checkYear(Number(m[1]), text);
    const n = Number(m[2]) as 1 | 2 | 3;
    const first = TERTIAL_MONTHS[n][0];
    return {
      kind: 'TERTIAL',
      label: `${year}-T${n}`,
      from: monthStart(year, first),
      to: monthStart(year, first + 4),
      year,
    };
  }
  m = MONTH.exec(t);
  if (m) {
    const year = checkYear(Number(m[1]), text);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw badPeriod(text, 'there is no such month');
    return {
      kind: 'MONTH',
      label: `${year}-${pad(month)}`,
      from: monthStart(year, month),
      to: monthStart(year, month + 1),
      year,
    };
  }
  throw badPeriod(text);
}

/** Every period of the programme: ALL, the years, their tertials and their months, coarse to fine. */
export function programmePeriods(today?: string): Period[] {
  const out: Period[] = [parsePeriod('ALL', today)];
  for (let y = PROGRAMME.firstYear; y <= PROGRAMME.lastYear; y++) out.push(parsePeriod(String(y)));
  for (let y = PROGRAMME.firstYear; y <= PROGRAMME.lastYear; y++)
    for (const n of [1, 2, 3]) out.push(parsePeriod(`${y}-T${n}`));
  for (let y = PROGRAMME.firstYear; y <= PROGRAMME.lastYear; y++)
    for (let mo = 1; mo <= 12; mo++) out.push(parsePeriod(`${y}-${pad(mo)}`));
  return out;
}

/** The calendar months ('YYYY-MM') a period covers, in order; for ALL, every month of the programme. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  const first = period.kind === 'ALL' ? PROGRAMME.from : period.from;
  const end = period.kind === 'ALL' ? PROGRAMME.to : period.to;
  for (let d = first; d < end; d = nextMonth(d)) out.push(d.slice(0, 7));
  return out;
}

/** Whether a date (YYYY-MM-DD) lies in the period: from ≤ date < to. */
export function dateInPeriod(date: string, period: Period): boolean {
  return date >= period.from && date < period.to;
}

function badPeriod(text: string, why?: string) {
  const shown = typeof text === 'string' ? `"${text.slice(0, 40)}"` : 'The period';
  const reason = why ? ` (${why})` : '';
  return badInput(
    `${shown} is not a period the report knows${reason}. Write ${PERIOD_FORMS}. Periods lie within the programme, ${PROGRAMME.firstYear}–${PROGRAMME.lastYear}.`,
    'period',
  );
}

function checkYear(year: number, text: string): number {
  if (year < PROGRAMME.firstYear || year > PROGRAMME.lastYear)
    throw badPeriod(text, `the programme runs ${PROGRAMME.firstYear}–${PROGRAMME.lastYear}`);
  return year;
}

function monthStart(year: number, month: number): string {
  return month > 12 ? `${year + 1}-${pad(month - 12)}-01` : `${year}-${pad(month)}-01`;
}

function nextMonth(date: string): string {
  return monthStart(Number(date.slice(0, 4)), Number(date.slice(5, 7)) + 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
