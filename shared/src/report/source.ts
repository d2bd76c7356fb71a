import type { DataSource } from 'typeorm';
import { PROGRAMME, type Period } from './period';
import {
  NO_POPULATION,
  shareOf,
  WITHHELD_SMALL_CELL,
  type Groups,
  type MonthlyCounts,
  type Protected,
} from './suppression';

/**
 * Figures computed where the facts live. Each agency describes its measures
 * (who is counted, which date counts, how a person falls in a category) as
 * SQL over its own tables; this file runs the counts inside the agency's
 * database, so only counts per category come back, and sends every count
 * through the small-cell protection before it leaves the subgraph. The
 * definitions are in docs/REPORT-DEFINITIONS.md; the reference functions in
 * figures.ts say the same in code, and each agency's tests run both on the
 * same hand-made data.
 */

/** How counted people fall in categories: an SQL expression giving each person's category. */
export interface SplitSpec {
  /** SQL over the measure's FROM clause; must give one of `categories` for every counted row. */
  sql: string;
  categories: readonly string[];
  /** Categories published as sums of others (e.g. WORK), protected with them. */
  groups?: Groups;
}

export interface MeasureSpec {
  /**
   * FLOW: counted by the month of its own date (enrolment, discharge) and
   * protected over the whole period tree at once. STOCK: counted per period
   * (ongoing, interventions running), protected period by period.
   */
  kind: 'FLOW' | 'STOCK';
  /** FROM and JOIN clauses. */
  from: string;
  /** FLOW: the SQL date that puts a person in a period. */
  date?: string;
  /**
   * Who is counted. Parameters: `$1` today (events dated later do not count
   * yet); for STOCK also `$2` the period's first day and `$3` the day after
   * its last.
   */
  where: string;
  /** The person counted once per cell, e.g. `p.participant_id`. */
  person: string;
  /**
   * Every row of `from` is a different person (e.g. AF's participation,
   * keyed by participant): rows are counted as they are, without the sort
   * that counting distinct people needs (a quarter of the time over
   * 100,000 people).
   */
  onePerRow?: boolean;
  /** For medians: the person's value in days (FLOW only). */
  days?: string;
  /** The splits this measure can be grouped by. */
  splits: Readonly<Record<string, SplitSpec>>;
}

/** A protected table as the GraphQL type FigureTable carries it. */
export interface FigureTableView {
  period: string;
  dimensions: string[];
  cols: string[];
  rows: Array<{
    label: string;
    cells: Protected[];
    total: Protected;
    shares: Protected[];
    medianMonths: Protected | null;
  }>;
  colTotals: Protected[];
  total: Protected;
  medianMonths: Protected | null;
  /** The published version the figures are read from; null while the period's figures are preliminary. */
  version: number | null;
  publishedOn: string | null;
}

/**
 * An intervention of the agency (table alias `i`) ran during the period: it
 * started on or before the period's last day (and by today) and had not
 * ended before its first day. Cancelled interventions never ran.
 */
export const WITH_INTERVENTION_WHERE =
  "i.start_date IS NOT NULL AND i.start_date < $3::date AND i.start_date <= $1::date AND (i.end_date IS NULL OR i.end_date >= $2::date) AND i.status <> 'CANCELLED'";

/** How a measure counts its people in one cell. */
function counted(m: MeasureSpec): string {
  return m.onePerRow ? 'count(*)' : `count(DISTINCT ${m.person})`;
}

/** The raw counts of a FLOW measure per programme month (unprotected: never returned to a caller). */
export async function countByMonth(
  ds: DataSource,
  m: MeasureSpec,
  rows: SplitSpec,
  cols: SplitSpec,
  today: string,
): Promise<MonthlyCounts> {
  if (m.kind !== 'FLOW' || !m.date) throw new Error('countByMonth: a FLOW measure with a date');
  const result: Array<{ m: string; r: string | null; c: string | null; n: number }> = await ds.query(
    `SELECT to_char(${m.date}, 'YYYY-MM') AS m, (${rows.sql}) AS r, (${cols.sql}) AS c, ${counted(m)}::int AS n
       FROM ${m.from}
      WHERE (${m.where}) AND ${m.date} >= '${PROGRAMME.from}' AND ${m.date} <= $1::date AND ${m.date} < '${PROGRAMME.to}'
      GROUP BY 1, 2, 3`,
    [today],
  );
  const months: Record<string, number[][]> = {};
  for (const r of result) {
    const cells = (months[r.m] ??= rows.categories.map(() => cols.categories.map(() => 0)));
    cells[indexOf(rows, r.r)]![indexOf(cols, r.c)]! += r.n;
  }
  return { rows: rows.categories, cols: cols.categories, months, ...groupsOf(rows, cols) };
}

/** The raw counts of a STOCK measure for one period (unprotected). */
export async function countInPeriod(
  ds: DataSource,
  m: MeasureSpec,
  rows: SplitSpec,
  cols: SplitSpec,
  period: Period,
  today: string,
): Promise<number[][]> {
  const result: Array<{ r: string | null; c: string | null; n: number }> = await ds.query(
    `SELECT (${rows.sql}) AS r, (${cols.sql}) AS c, ${counted(m)}::int AS n
       FROM ${m.from}
      WHERE (${m.where})
      GROUP BY 1, 2`,
    [today, period.from, period.to],
  );
  const cells = rows.categories.map(() => cols.categories.map(() => 0));
  for (const r of result) cells[indexOf(rows, r.r)]![indexOf(cols, r.c)]! += r.n;
  return cells;
}

/** The values in days per row category for the people of a FLOW measure dated in the period (for medians). */
export async function daysInPeriod(
  ds: DataSource,
  m: MeasureSpec,
  rows: SplitSpec,
  period: Period,
  today: string,
): Promise<Map<string, number[]>> {
  if (!m.days || !m.date) throw new Error('daysInPeriod: a FLOW measure with days');
  const result: Array<{ r: string | null; d: number[] }> = await ds.query(
    `SELECT (${rows.sql}) AS r, array_agg((${m.days})::int) AS d
       FROM ${m.from}
      WHERE (${m.where}) AND ${m.date} >= $2::date AND ${m.date} < $3::date AND ${m.date} <= $1::date
      GROUP BY 1`,
    [today, period.from, period.to],
  );
  const by = new Map<string, number[]>();
  for (const r of result) by.set(rows.categories[indexOf(rows, r.r)]!, r.d.map(Number));
  return by;
}

function indexOf(split: SplitSpec, value: string | null): number {
  const i = value === null ? -1 : split.categories.indexOf(value);
  // A category outside the split means the data broke a rule the schema should hold; never count it silently.
  if (i < 0) throw new Error(`report: a counted row has no category in ${split.categories.join('/')}`);
  return i;
}

function groupsOf(rows: SplitSpec, cols: SplitSpec): { rowGroups?: Groups; colGroups?: Groups } {
  return { ...(rows.groups ? { rowGroups: rows.groups } : {}), ...(cols.groups ? { colGroups: cols.groups } : {}) };
}

/** The report entity inside a subgraph: the period it is for, and the day its figures are made. */
export interface ReportRef {
  period: Period;
  today: string;
}

/** The last day of a period (the day before its exclusive end). */
export function lastDayOf(period: Period): string {
  return new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Shares read from a protected table whose columns split each row's people
 * into the counted and the rest: one entry per row and one for ALL, each
 * published only when its counts are (see `shareOf`).
 */
export function sharesOf(
  t: Pick<FigureTableView, 'cols' | 'rows' | 'colTotals' | 'total'>,
  counted: string,
  rest: string,
): Array<{ group: string; population: Protected; count: Protected; share: Protected }> {
  const c = t.cols.indexOf(counted);
  const r = t.cols.indexOf(rest);
  if (c < 0 || r < 0) throw new Error(`sharesOf: the table has no column ${c < 0 ? counted : rest}`);
  const rows = t.rows.map((row) => ({
    group: row.label,
    population: row.total,
    count: row.cells[c]!,
    share: shareOf(row.cells[c]!, row.cells[r]!, row.total),
  }));
  return [
    ...rows,
    {
      group: 'ALL',
      population: t.total,
      count: t.colTotals[c]!,
      share: shareOf(t.colTotals[c]!, t.colTotals[r]!, t.total),
    },
  ];
}

/**
 * Each cell's share of its row total, from the published (rounded) values
 * only: it tells nothing the counts beside it do not.
 */
export function sharesOfRow(cells: readonly Protected[], total: Protected): Protected[] {
  return cells.map((c) => {
    if (total.value === 0) return NO_POPULATION;
    if (c.value === null || total.value === null) return WITHHELD_SMALL_CELL;
    return { value: c.value / total.value, withheld: null };
  });
}
