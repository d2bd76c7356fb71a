import { median } from './figures';
import { monthsOf, PROGRAMME, programmePeriods, type Period } from './period';

/**
 * Small-cell protection for published statistics. The rule, its reasons
 * and the attacks it does and does not stop are written down in
 * docs/REPORT-DEFINITIONS.md ("Small-cell protection"); this file follows it.
 *
 *  1. Primary: a count of 1–4 people is withheld. Zero is shown, except in
 *     the breakdown of a withheld total.
 *  2. Secondary: every published total is a line "total = sum of parts"
 *     (rows, columns, margins, groups such as WORK, and over time: the
 *     programme, its years, tertials and months). A withheld total needs a
 *     withheld part with people in it; a published total needs no withheld
 *     part or at least two, together counting 5 or more. Totals are settled
 *     before what is inside them, so a margin reads the same in every table
 *     it appears in; a two-way table of fewer than 20 people publishes its
 *     inside whole or not at all.
 *  3. A fixed grid: only calendar periods exist, figures that add up over
 *     time are protected over all periods at once, and at most two
 *     allowlisted dimensions make a table.
 *  4. Every published count is rounded to the nearest 5, each on its own.
 *  5. Shares and medians are published only with their counts, and shares
 *     are computed from the rounded counts.
 * Every withheld count carries the same reason, SMALL_CELL: telling small
 * cells from their partners would tell which withheld cells hold 1–4.
 */

export const SMALL_CELL_THRESHOLD = 5;
export const ROUNDING_BASE = 5;
/**
 * A two-way table counting fewer people than this publishes its inside
 * (the cells, not the margins) whole or not at all: in so small a table the
 * pattern of withheld cells, with the rounded margins, can pin a cell down.
 */
export const SMALL_TABLE_TOTAL = 20;

/**
 * Why a figure has no value: `SMALL_CELL`, withheld by the small-cell rule
 * (it counts fewer than 5 people, or would let someone work out one that
 * does); `NO_POPULATION`, there is no one to compute it over (a share or
 * median of nobody).
 */
export type WithheldReason = 'SMALL_CELL' | 'NO_POPULATION' | 'UNSTABLE' | 'NOT_PUBLISHED';

/** One published figure: a value, or null and the reason. */
export interface Protected {
  value: number | null;
  withheld: WithheldReason | null;
}

/** People counted in each cell; every person in exactly one row and one column. */
export interface CountTable {
  rows: readonly string[];
  cols: readonly string[];
  /** cells[row][col], whole numbers of people, 0 or more. */
  cells: readonly (readonly number[])[];
  /**
   * Rows published as the sum of other rows, e.g. WORK: [WORK_UNSUBSIDISED,
   * WORK_SUBSIDISED]. They are protected together with the rows they add
   * up (a published WORK beside a published WORK_UNSUBSIDISED would give
   * WORK_SUBSIDISED away), and come after the rows in the result.
   */
  rowGroups?: Groups;
  /** Columns published as the sum of other columns; as `rowGroups`. */
  colGroups?: Groups;
}

/**
 * A published table. `rows` and `cols` are the table's categories followed
 * by its groups; `rowTotals[i]` belongs to `rows[i]`. Each figure is rounded
 * on its own, so published cells need not add up to published totals.
 */
export interface ProtectedTable {
  rows: readonly string[];
  cols: readonly string[];
  cells: Protected[][];
  rowTotals: Protected[];
  colTotals: Protected[];
  total: Protected;
}

export const WITHHELD_SMALL_CELL: Protected = Object.freeze({ value: null, withheld: 'SMALL_CELL' as const });
export const NO_POPULATION: Protected = Object.freeze({ value: null, withheld: 'NO_POPULATION' as const });
/** A median that one person more or fewer would change. */
export const UNSTABLE: Protected = Object.freeze({ value: null, withheld: 'UNSTABLE' as const });
/** A figure no longer published in this form (a deprecated field). */
export const NOT_PUBLISHED: Protected = Object.freeze({ value: null, withheld: 'NOT_PUBLISHED' as const });

/** Whether a count of people is a small cell: 1–4. Zero is not. */
export function isSmallCount(n: number): boolean {
  return n > 0 && n < SMALL_CELL_THRESHOLD;
}

/** Nearest multiple of 5 (remainders 1–2 round down, 3–4 up; there are no ties). */
export function roundCount(n: number): number {
  return Math.round(n / ROUNDING_BASE) * ROUNDING_BASE;
}

/** A count as published on its own (no table around it): withheld when 1–4, else rounded. */
export function protectCount(n: number): Protected {
  checkCount(n);
  return isSmallCount(n) ? WITHHELD_SMALL_CELL : published(n);
}

/**
 * Protects one table of counts for one period. Use it for figures that do
 * not add up over time (ongoing participants, people per intervention
 * type); for figures that do (enrolled, discharged, outcomes), protect the
 * whole programme's months at once with `protectByPeriod`, so that a year
 * and its months are protected together.
 *
 * A list is a table with one column (or use `protectList`); a single count
 * with no grouping is a 1 × 1 table.
 */
export function protectCounts(table: CountTable): ProtectedTable {
  checkTable(table);
  const only = { label: 'ONLY', cells: table.cells };
  const result = protectGrid(
    axisOf(table.rows, table.rowGroups, 'row'),
    axisOf(table.cols, table.colGroups, 'column'),
    [only],
    [],
  );
  return result.get('ONLY')!;
}

/** A list of counts (one dimension) and its total. */
export function protectList(
  labels: readonly string[],
  counts: readonly number[],
): { items: Protected[]; total: Protected } {
  if (labels.length !== counts.length) throw new Error('protectList: one count per label');
  const t = protectCounts({ rows: labels, cols: ['ALL'], cells: counts.map((n) => [n]) });
  return { items: t.rowTotals, total: t.total };
}

/** Counts per calendar month ('YYYY-MM' → rows × cols); months left out count zero. */
export interface MonthlyCounts {
  rows: readonly string[];
  cols: readonly string[];
  months: Readonly<Record<string, readonly (readonly number[])[]>>;
  rowGroups?: Groups;
  colGroups?: Groups;
}

export interface PeriodGrid {
  /** The protected table of any programme period (ALL, a year, a tertial, a month). */
  table(period: Period | string): ProtectedTable;
  /** The protected tables of the months of a period, in order (for a split by month). */
  byMonth(period: Period | string): { month: string; table: ProtectedTable }[];
}

/**
 * Protects a figure that adds up over time, for every period of the
 * programme at once: the whole programme, each year, each tertial and each
 * month, each a rows × cols table with margins, all linked (programme =
 * sum of years, year = sum of tertials, tertial = sum of months). A caller
 * asking for any period, or splitting by month, reads from this one
 * protected grid, so the year minus its months, or a tertial minus its
 * months, never recovers a withheld cell.
 *
 * Pass only events dated up to today: the programme (ALL) is the sum of
 * every month passed.
 */
export function protectByPeriod(input: MonthlyCounts): PeriodGrid {
  const { rows, cols } = input;
  checkLabels(rows, cols);
  const periods = programmePeriods(PROGRAMME.lastDay);
  const known = new Set(monthsOf(periods[0]!));
  for (const [month, cells] of Object.entries(input.months)) {
    if (!known.has(month)) throw new Error(`protectByPeriod: ${month} is not a month of the programme`);
    checkTable({ rows, cols, cells });
  }
  const zero = rows.map(() => cols.map(() => 0));
  const nodes = periods.map((p) => {
    const cells = rows.map((_, i) =>
      cols.map((_, j) => monthsOf(p).reduce((sum, m) => sum + (input.months[m]?.[i]?.[j] ?? 0), 0)),
    );
    return { label: p.label, cells: p.kind === 'MONTH' ? (input.months[p.label] ?? zero) : cells };
  });
  // Each period is the sum of the periods one level down, and also of its
  // months (and the programme of its tertials): sums an attacker can form
  // by adding lines are checked as lines of their own.
  const links: PeriodLink[] = [];
  const within = (p: Period, kind: Period['kind']) =>
    periods
      .filter((q) => q.kind === kind && (p.kind === 'ALL' || (q.from >= p.from && q.to <= p.to)))
      .map((q) => q.label);
  for (const p of periods) {
    if (p.kind === 'ALL')
      links.push({ total: p.label, parts: within(p, 'YEAR') }, { total: p.label, parts: within(p, 'TERTIAL') });
    if (p.kind === 'YEAR') links.push({ total: p.label, parts: within(p, 'TERTIAL') });
    if (p.kind !== 'MONTH') links.push({ total: p.label, parts: within(p, 'MONTH') });
  }
  const tables = protectGrid(
    axisOf(rows, input.rowGroups, 'row'),
    axisOf(cols, input.colGroups, 'column'),
    nodes,
    links,
  );
  const get = (period: Period | string): ProtectedTable => {
    const label = typeof period === 'string' ? period : period.label;
    const t = tables.get(label);
    if (!t) throw new Error(`protectByPeriod: no period ${label}`);
    return t;
  };
  return {
    table: get,
    byMonth: (period) => {
      const p = typeof period === 'string' ? periods.find((q) => q.label === period) : period;
      if (!p) throw new Error(`protectByPeriod: no period ${typeof period === 'string' ? period : period.label}`);
      return monthsOf(p).map((month) => ({ month, table: get(month) }));
    },
  };
}

/**
 * A share (0–1) standing on its own: `num` of `den` people. Protected as
 * the line den = num + rest: withheld when the population is 1–4, or when
 * the numerator or the rest is 1–4 (a share of 100 % of 3 people, or of
 * 80 % of 5, tells something about each of them). Computed from the
 * rounded counts.
 */
export function protectShare(num: number, den: number): Protected {
  checkCount(num);
  checkCount(den);
  if (num > den) throw new Error('protectShare: numerator larger than the population');
  const t = protectCounts({ rows: ['NUM', 'REST'], cols: ['ALL'], cells: [[num], [den - num]] });
  return shareOf(t.rowTotals[0]!, t.rowTotals[1]!, t.total);
}

/**
 * A share from counts that were already protected in a published table (a
 * table whose columns split each row's people into the numerator and the
 * rest, e.g. WITHIN_183_DAYS and LATER): published only when all three
 * figures are, and computed from their published (rounded) values, so the
 * share tells nothing the table does not.
 */
export function shareOf(num: Protected, rest: Protected, den: Protected): Protected {
  if (den.value === 0) return NO_POPULATION;
  if (num.value === null || rest.value === null || den.value === null) return WITHHELD_SMALL_CELL;
  return { value: num.value / den.value, withheld: null };
}

/**
 * A median over the values of a population (e.g. days to work or studies).
 * Withheld when fewer than 5 people, or when the population's own count is
 * withheld in the table published beside it (pass that cell as
 * `population`): otherwise a published median would show that a withheld
 * count is 5 or more.
 */
export function protectMedian(values: readonly number[], population?: Protected): Protected {
  if (values.length === 0) return NO_POPULATION;
  if (values.length < SMALL_CELL_THRESHOLD) return WITHHELD_SMALL_CELL;
  if (population && population.value === null) return WITHHELD_SMALL_CELL;
  return { value: median(values), withheld: null };
}

/** A median is computed over at least this many people. */
export const MEDIAN_MIN_PEOPLE = 10;
/** The length of a month when days are counted in months: 365.25 / 12 days. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Whole months completed in a number of days (0 for 0–30 days, 1 for 31–60, ...). */
export function completedMonths(days: number): number {
  return Math.floor(days / DAYS_PER_MONTH);
}

/**
 * The median of a population's days, published in whole months and only
 * when no one person can be read from it:
 *  - coarsened: each person's days become completed months, and the median
 *    is taken over those;
 *  - a minimum: 10 people or more (`MEDIAN_MIN_PEOPLE`), with the
 *    population's own count published beside it;
 *  - stable: the median is the same with any one person more (whatever
 *    their value) or any one person fewer. Since a median only moves
 *    between the neighbouring values when one person comes or goes, the
 *    lowest and highest medians one person away are those with someone
 *    below everyone or above everyone added, or the highest or lowest
 *    removed; all four must equal the median. So two published medians of
 *    populations one person apart are always equal, and no difference of
 *    two queries gives anyone's value.
 * Withheld with `SMALL_CELL` for too few people and `UNSTABLE` otherwise.
 */
export function protectMedianMonths(days: readonly number[], population?: Protected): Protected {
  if (days.length === 0) return NO_POPULATION;
  if (days.length < MEDIAN_MIN_PEOPLE || (population && population.value === null)) return WITHHELD_SMALL_CELL;
  const months = days.map(completedMonths).sort((a, b) => a - b);
  const m = median(months);
  const neighbours = [
    median([-1, ...months]),
    median([...months, Number.MAX_SAFE_INTEGER]),
    median(months.slice(1)),
    median(months.slice(0, -1)),
  ];
  if (neighbours.some((n) => n !== m)) return UNSTABLE;
  return { value: m, withheld: null };
}

// ---------------------------------------------------------------------------
// The engine: entries linked by lines "total = sum of parts".

interface PeriodNode {
  label: string;
  cells: readonly (readonly number[])[];
}
interface PeriodLink {
  total: string;
  parts: string[];
}

/** One count in the linked structure. */
export interface Entry {
  value: number;
  /** Settled in this order: 0 grand totals, 1 margins (and groups of categories), 2 inner cells. */
  phase: number;
  hidden: boolean;
  /** The entry's labels; the same for a cell of a table and of its transpose. */
  key: string;
  /** Where the entry comes among candidates for secondary suppression (from `key` only). */
  order: number;
  /** Published before, in a frozen report: it keeps what it showed (`hidden` as then). */
  fixed?: boolean;
}

/** total = sum of parts (entry indexes). */
export interface Line {
  total: number;
  parts: number[];
}

/** The inside of one two-way table (for the small-table rule). */
export interface InnerCells {
  total: number;
  cells: number[];
}

/** A line is settled in the phase of its latest entry. */
function phaseOf(entries: Entry[], line: Line): number {
  return Math.max(entries[line.total]!.phase, ...line.parts.map((id) => entries[id]!.phase));
}

/** Rows or columns published as sums of others: label → the labels it adds up. */
export type Groups = Readonly<Record<string, readonly string[]>>;

/** A dimension's categories: the counted ones, then the groups (sums of counted ones). */
interface Axis {
  labels: string[];
  /** For each label, the counted categories it adds up (itself for a counted one). */
  members: number[][];
  counted: number;
}

function axisOf(labels: readonly string[], groups: Groups | undefined, what: string): Axis {
  const members = labels.map((_, i) => [i]);
  const all = [...labels];
  for (const [label, parts] of Object.entries(groups ?? {})) {
    if (all.includes(label)) throw new Error(`${what} group ${label} has the name of another ${what}`);
    const idx = parts.map((p) => labels.indexOf(p));
    if (idx.length === 0 || idx.some((i) => i < 0) || new Set(idx).size !== idx.length)
      throw new Error(`${what} group ${label} must list distinct ${what}s of the table`);
    all.push(label);
    members.push(idx.sort((x, y) => x - y));
  }
  return { labels: all, members, counted: labels.length };
}

/**
 * Builds the entries and lines for rows × cols tables, one per period,
 * linked over periods; protects them; returns each period's published table.
 */
function protectGrid(
  rowAxis: Axis,
  colAxis: Axis,
  nodes: PeriodNode[],
  links: PeriodLink[],
): Map<string, ProtectedTable> {
  const entries: Entry[] = [];
  const add = (value: number, phase: number, key: string) =>
    entries.push({ value, phase, hidden: isSmallCount(value), key, order: orderOf(key) }) - 1;
  const R = rowAxis.labels;
  const C = colAxis.labels;
  const sumOf = (cells: readonly (readonly number[])[], rs: number[], cs: number[]) =>
    rs.reduce((a, i) => a + cs.reduce((b, j) => b + cells[i]![j]!, 0), 0);
  const allRows = rowAxis.members.map((_, i) => i);
  const allCols = colAxis.members.map((_, j) => j);
  const baseRows = allRows.slice(0, rowAxis.counted);
  const baseCols = allCols.slice(0, colAxis.counted);
  type Ids = { total: number; row: number[]; col: number[]; cell: number[][] };
  const ids = new Map<string, Ids>();
  for (const node of nodes) {
    const c = node.cells;
    ids.set(node.label, {
      total: add(sumOf(c, baseRows, baseCols), 0, node.label),
      row: allRows.map((i) => add(sumOf(c, rowAxis.members[i]!, baseCols), 1, `${node.label}|${R[i]}`)),
      col: allCols.map((j) => add(sumOf(c, baseRows, colAxis.members[j]!), 1, `${node.label}|${C[j]}`)),
      cell: allRows.map((i) =>
        allCols.map((j) =>
          add(
            sumOf(c, rowAxis.members[i]!, colAxis.members[j]!),
            2,
            `${node.label}|${[R[i]!, C[j]!].sort().join('|')}`,
          ),
        ),
      ),
    });
  }
  // Within one axis: each group is the sum of its members, and a group that
  // holds another is that one plus the rest.
  const groupLines = (axis: Axis): { total: number; parts: number[] }[] => {
    const out: { total: number; parts: number[] }[] = [];
    for (let g = axis.counted; g < axis.labels.length; g++) {
      const m = axis.members[g]!;
      out.push({ total: g, parts: m });
      for (let h = axis.counted; h < axis.labels.length; h++) {
        const n = axis.members[h]!;
        if (h !== g && n.length < m.length && n.every((x) => m.includes(x)))
          out.push({ total: g, parts: [h, ...m.filter((x) => !n.includes(x))] });
      }
    }
    return out;
  };
  const rowGroupLines = groupLines(rowAxis);
  const colGroupLines = groupLines(colAxis);
  const twoWay = rowAxis.counted > 1 && colAxis.counted > 1;
  const lines: Line[] = [];
  for (const node of nodes) {
    const t = ids.get(node.label)!;
    lines.push({ total: t.total, parts: baseRows.map((i) => t.row[i]!) });
    lines.push({ total: t.total, parts: baseCols.map((j) => t.col[j]!) });
    if (twoWay) lines.push({ total: t.total, parts: baseRows.flatMap((i) => baseCols.map((j) => t.cell[i]![j]!)) });
    for (const g of rowGroupLines) {
      lines.push({ total: t.row[g.total]!, parts: g.parts.map((i) => t.row[i]!) });
      for (const j of allCols) lines.push({ total: t.cell[g.total]![j]!, parts: g.parts.map((i) => t.cell[i]![j]!) });
    }
    for (const g of colGroupLines) {
      lines.push({ total: t.col[g.total]!, parts: g.parts.map((j) => t.col[j]!) });
      for (const i of allRows) lines.push({ total: t.cell[i]![g.total]!, parts: g.parts.map((j) => t.cell[i]![j]!) });
    }
    // The whole is a group and the rest.
    for (let g = rowAxis.counted; g < R.length; g++) {
      const rest = baseRows.filter((i) => !rowAxis.members[g]!.includes(i));
      lines.push({ total: t.total, parts: [t.row[g]!, ...rest.map((i) => t.row[i]!)] });
      for (const j of allCols)
        lines.push({ total: t.col[j]!, parts: [t.cell[g]![j]!, ...rest.map((i) => t.cell[i]![j]!)] });
    }
    for (let g = colAxis.counted; g < C.length; g++) {
      const rest = baseCols.filter((j) => !colAxis.members[g]!.includes(j));
      lines.push({ total: t.total, parts: [t.col[g]!, ...rest.map((j) => t.col[j]!)] });
      for (const i of allRows)
        lines.push({ total: t.row[i]!, parts: [t.cell[i]![g]!, ...rest.map((j) => t.cell[i]![j]!)] });
    }
    for (const i of allRows) lines.push({ total: t.row[i]!, parts: baseCols.map((j) => t.cell[i]![j]!) });
    for (const j of allCols) lines.push({ total: t.col[j]!, parts: baseRows.map((i) => t.cell[i]![j]!) });
  }
  for (const link of links) {
    const whole = ids.get(link.total)!;
    const parts = link.parts.map((p) => ids.get(p)!);
    lines.push({ total: whole.total, parts: parts.map((p) => p.total) });
    for (const i of allRows) lines.push({ total: whole.row[i]!, parts: parts.map((p) => p.row[i]!) });
    for (const j of allCols) lines.push({ total: whole.col[j]!, parts: parts.map((p) => p.col[j]!) });
    for (const i of allRows)
      for (const j of allCols) lines.push({ total: whole.cell[i]![j]!, parts: parts.map((p) => p.cell[i]![j]!) });
  }
  const inner: InnerCells[] = twoWay
    ? nodes.map((node) => ({ total: ids.get(node.label)!.total, cells: ids.get(node.label)!.cell.flat() }))
    : [];
  secondarySuppression(entries, lines, inner);
  const out = new Map<string, ProtectedTable>();
  const show = (id: number): Protected => {
    const e = entries[id]!;
    return e.hidden ? WITHHELD_SMALL_CELL : published(e.value);
  };
  for (const node of nodes) {
    const t = ids.get(node.label)!;
    out.set(node.label, {
      rows: R,
      cols: C,
      cells: t.cell.map((r) => r.map(show)),
      rowTotals: t.row.map(show),
      colTotals: t.col.map(show),
      total: show(t.total),
    });
  }
  return out;
}

/**
 * Secondary suppression, one entry at a time until no line needs one.
 * Which lines need one: see `needs`. Among the entries that would help
 * (see `candidates`), the one that helps the most lines is withheld; ties
 * go to non-zero counts, then to a fixed order of the entries' labels, never
 * to size. The outcome does not depend on the order of rows, columns or
 * lines, so a table and its transpose are protected alike.
 *
 * Phases: grand totals, then margins, then inner cells (then, in the cube
 * of every allowed table, cells split three ways). A line is settled in the
 * phase of its latest entry, with entries of that phase only, so margins
 * come out exactly as they would in a table of their own. The last phase,
 * which may take any entry, is a safety net that tables of people (each
 * person in one row and one column) do not reach.
 *
 * Entries marked `fixed` were published before (a frozen report) and keep
 * what they showed: they are never withheld now, and one withheld then stays
 * withheld. The counts are kept per line as entries change (only the lines
 * of a newly withheld entry are looked at again), so a cube of tens of
 * thousands of entries is settled in well under a second; the choice made at
 * each step is the same as recounting every line would make.
 */
export function secondarySuppression(entries: Entry[], lines: Line[], tables: InnerCells[]): void {
  const linePhase = lines.map((line) => phaseOf(entries, line));
  let maxPhase = 2;
  for (const e of entries) if (e.phase > maxPhase) maxPhase = e.phase;
  const FALLBACK = maxPhase + 1;
  const brokenDownBy = new Map<number, Line[]>();
  const linesOf: number[][] = entries.map(() => []);
  for (const [n, line] of lines.entries()) {
    const list = brokenDownBy.get(line.total);
    if (list) list.push(line);
    else brokenDownBy.set(line.total, [line]);
    linesOf[line.total]!.push(n);
    for (const part of line.parts) linesOf[part]!.push(n);
  }
  const changed: number[] = [];
  // Zeros in the breakdown of a withheld total are withheld with it: shown,
  // they would tell where its people are not, and whether it is small.
  const hide = (id: number): void => {
    const e = entries[id]!;
    if (e.fixed && e.hidden !== true) return;
    if (!e.hidden) {
      e.hidden = true;
      changed.push(id);
    }
    for (const line of brokenDownBy.get(id) ?? []) {
      for (const part of line.parts)
        if (entries[part]!.value === 0 && !entries[part]!.hidden && !entries[part]!.fixed) hide(part);
    }
  };
  for (const [id, e] of entries.entries()) if (e.hidden) hide(id);
  for (let phase = 0; phase <= FALLBACK; phase++) {
    const active = (n: number) => phase === FALLBACK || linePhase[n] === phase;
    // What each line that needs one more withheld entry offers, and how many lines each candidate would serve.
    const offered = new Map<number, number[]>();
    const serves = new Map<number, number>();
    // Candidates by how many lines they serve, best first; an entry whose count changed since it was queued is skipped.
    const queue = new CandidateQueue(entries);
    const bump = (id: number, by: number) => {
      const v = (serves.get(id) ?? 0) + by;
      if (v === 0) serves.delete(id);
      else {
        serves.set(id, v);
        queue.push(id, v);
      }
    };
    const settle = (n: number) => {
      const old = offered.get(n);
      if (old) for (const id of old) bump(id, -1);
      offered.delete(n);
      const need = needs(entries, lines[n]!);
      if (need === null) return;
      const c = candidates(entries, lines[n]!, phase, need === 'NON_ZERO', FALLBACK);
      offered.set(n, c);
      for (const id of c) bump(id, 1);
    };
    for (let n = 0; n < lines.length; n++) if (active(n)) settle(n);
    for (;;) {
      const best = queue.best(serves);
      changed.length = 0;
      if (best !== null) hide(best);
      else if (phase >= 2) {
        // A small table's inside is published whole or not at all.
        for (const t of tables) {
          if (entries[t.total]!.value >= SMALL_TABLE_TOTAL || !t.cells.some((id) => entries[id]!.hidden)) continue;
          for (const id of t.cells) if (!entries[id]!.hidden) hide(id);
        }
      }
      if (changed.length === 0) break;
      const touched = new Set<number>();
      for (const id of changed) for (const n of linesOf[id]!) if (active(n)) touched.add(n);
      for (const n of touched) settle(n);
    }
  }
}

/**
 * A max-heap of candidates: most lines served first, then `before`. Stale
 * items (the entry's count has changed since) are dropped when they surface,
 * so the best is the same one a scan of every candidate would find.
 */
class CandidateQueue {
  private readonly heap: Array<{ id: number; count: number }> = [];
  constructor(private readonly entries: Entry[]) {}

  private better(a: { id: number; count: number }, b: { id: number; count: number }): boolean {
    return a.count !== b.count ? a.count > b.count : before(this.entries[a.id]!, this.entries[b.id]!);
  }

  push(id: number, count: number): void {
    const h = this.heap;
    h.push({ id, count });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.better(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.better(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  /** The best current candidate, or null; it stays queued until its count changes. */
  best(serves: ReadonlyMap<number, number>): number | null {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      if (serves.get(top.id) === top.count && !this.entries[top.id]!.hidden) return top.id;
      this.pop();
    }
    return null;
  }
}

/**
 * Whether a line needs one more withheld entry, and whether only one with
 * people in it will do (adding a zero does not change a sum):
 *  - its total is withheld and no withheld part has people in it (the
 *    total would be the sum of the published parts);
 *  - its total is published and exactly one part is withheld (the part
 *    would be the total minus the others);
 *  - its total is published and the withheld parts add up to 1–4 people
 *    (that sum, the total minus the others, would be a small cell).
 */
function needs(entries: Entry[], line: Line): 'ANY' | 'NON_ZERO' | null {
  const hidden = line.parts.filter((id) => entries[id]!.hidden);
  const total = entries[line.total]!;
  if (total.hidden) return total.value > 0 && !hidden.some((id) => entries[id]!.value > 0) ? 'NON_ZERO' : null;
  if (hidden.length === 1) return 'ANY';
  return isSmallCount(hidden.reduce((a, id) => a + entries[id]!.value, 0)) ? 'NON_ZERO' : null;
}

/** The entries a line may withhold next: its published non-zero parts, else its published zeros, else its total; never one published before. */
function candidates(entries: Entry[], line: Line, phase: number, nonZero: boolean, fallback: number): number[] {
  const ok = (id: number) =>
    !entries[id]!.hidden && !entries[id]!.fixed && (phase === fallback || entries[id]!.phase === phase);
  const parts = line.parts.filter(ok);
  const withPeople = parts.filter((id) => entries[id]!.value > 0);
  if (withPeople.length > 0) return withPeople;
  if (parts.length > 0 && !nonZero) return parts;
  return ok(line.total) ? [line.total] : [];
}

/**
 * Non-zero counts before zeros; otherwise by a fixed pseudo-random order of
 * the entries' labels, not by size. Picking the smallest would tell an
 * attacker that the withheld partner is no larger than the published cells
 * beside it, and that bound can pin a small cell down (7, 7, 4 of 18: the
 * partner of the 4 is at most 7, the two withheld add up to 11–17, so the
 * small one is 4).
 */
function before(a: Entry, b: Entry): boolean {
  if ((a.value === 0) !== (b.value === 0)) return a.value !== 0;
  return a.order !== b.order ? a.order < b.order : a.key < b.key;
}

/** The orders worked out so far: the same labels come back in every cube of a family. */
const orders = new Map<string, number>();

/** FNV-1a over the label: an order that does not depend on any count. */
export function orderOf(key: string): number {
  const known = orders.get(key);
  if (known !== undefined) return known;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  if (orders.size > 500_000) orders.clear();
  orders.set(key, h);
  return h;
}

export function published(n: number): Protected {
  return { value: roundCount(n), withheld: null };
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`a count of people must be a whole number, 0 or more (got ${n})`);
}

function checkLabels(rows: readonly string[], cols: readonly string[]): void {
  if (rows.length === 0 || cols.length === 0) throw new Error('a table needs at least one row and one column');
  if (new Set(rows).size !== rows.length || new Set(cols).size !== cols.length)
    throw new Error('row and column labels must be unique');
}

function checkTable(t: CountTable): void {
  checkLabels(t.rows, t.cols);
  if (t.cells.length !== t.rows.length || t.cells.some((r) => r.length !== t.cols.length))
    throw new Error('cells must be rows × cols');
  for (const r of t.cells) for (const n of r) checkCount(n);
}
