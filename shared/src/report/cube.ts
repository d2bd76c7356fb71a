import { monthsOf, PROGRAMME, programmePeriods, type Period } from './period';
import {
  isSmallCount,
  orderOf,
  published,
  secondarySuppression,
  WITHHELD_SMALL_CELL,
  type Entry,
  type Groups,
  type InnerCells,
  type Line,
  type Protected,
} from './suppression';

/**
 * One protected value per cell, whatever the query (docs/REPORT-DEFINITIONS.md,
 * "One base for every table").
 *
 * A *family* is one population counted one way: AF's enrolments by
 * enrolment date, AF's discharges by discharge date, the people ongoing in a
 * period, and so on. Every table any caller can ask for about a family (any
 * allowed grouping, any period, the programme report, the aggregates, the
 * CSV and the workbook) is a set of *cells* of that family: a period and a
 * category for some of its dimensions (`GENDER=WOMAN|OUTCOME=WORK`). The
 * cube is every such cell of every allowed table, for every period at once,
 * linked by every sum an attacker can form (a cell is the sum of its
 * breakdown along any dimension, a group is the sum of its members, a
 * period the sum of the periods inside it), and protected in one run of
 * the small-cell rule. A query only reads cells from it, so a cell is
 * published with the same value everywhere or withheld everywhere.
 */

/** A dimension of a family: the counted categories, and the groups published beside them (sums of counted ones). */
export interface CubeDimension {
  name: string;
  categories: readonly string[];
  groups?: Groups;
}

/** A table that can be published: the dimensions it splits by, some fixed to one category (e.g. OUTCOME=WORK_OR_STUDIES). */
export interface CubeShape {
  dims: readonly string[];
  fixed?: Readonly<Record<string, string>>;
}

export interface CubeSpec {
  family: string;
  dims: readonly CubeDimension[];
  shapes: readonly CubeShape[];
}

/** People counted for one combination of counted categories, one per dimension in the spec's order. */
export interface MicroRow {
  cats: readonly string[];
  n: number;
}

/** A cell's name inside its period: its constraints, sorted. '' is the period's total. */
export function cellKey(constraints: Readonly<Record<string, string>>): string {
  return Object.entries(constraints)
    .map(([d, c]) => `${d}=${c}`)
    .sort()
    .join('|');
}

function parseKey(key: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (key === '') return out;
  for (const part of key.split('|')) {
    const i = part.indexOf('=');
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

/** Every shape with at most `max` of the dimensions (and the fixed ones), for `shapes`. */
export function shapesUpTo(
  dims: readonly string[],
  max: number,
  fixed?: Readonly<Record<string, string>>,
): CubeShape[] {
  const out: CubeShape[] = [];
  const walk = (from: number, chosen: string[]) => {
    out.push(fixed ? { dims: chosen, fixed } : { dims: chosen });
    if (chosen.length === max) return;
    for (let i = from; i < dims.length; i++) walk(i + 1, [...chosen, dims[i]!]);
  };
  walk(0, []);
  return out;
}

interface DimIndex {
  dim: CubeDimension;
  /** Every category, counted then groups. */
  all: string[];
  /** For a counted category, itself and the groups it belongs to. */
  upward: Map<string, string[]>;
  /** For each category, the counted ones it adds up. */
  members: Map<string, string[]>;
}

function indexDims(spec: CubeSpec): Map<string, DimIndex> {
  const out = new Map<string, DimIndex>();
  for (const dim of spec.dims) {
    const groups = Object.entries(dim.groups ?? {});
    const upward = new Map<string, string[]>();
    const members = new Map<string, string[]>();
    for (const c of dim.categories) {
      upward.set(c, [c, ...groups.filter(([, m]) => m.includes(c)).map(([g]) => g)]);
      members.set(c, [c]);
    }
    for (const [g, m] of groups) members.set(g, [...m]);
    out.set(dim.name, { dim, all: [...dim.categories, ...groups.map(([g]) => g)], upward, members });
  }
  return out;
}

/** The keys of every cell of a shape (zero or not). */
function shapeKeys(shape: CubeShape, dims: Map<string, DimIndex>): string[] {
  const lists: Array<Array<[string, string]>> = [];
  for (const [d, c] of Object.entries(shape.fixed ?? {})) lists.push([[d, c]]);
  for (const d of shape.dims) lists.push(dims.get(d)!.all.map((c) => [d, c] as [string, string]));
  let combos: Array<Record<string, string>> = [{}];
  for (const list of lists) combos = combos.flatMap((c) => list.map(([d, v]) => ({ ...c, [d]: v })));
  return combos.map(cellKey);
}

/** Exact counts of every cell of every shape, from micro rows. */
export function countCells(spec: CubeSpec, rows: readonly MicroRow[]): Map<string, number> {
  const dims = indexDims(spec);
  const order = spec.dims.map((d) => d.name);
  const counts = new Map<string, number>();
  // Each shape as a list of (dimension index, name, fixed category or null), sorted by name as keys are.
  const plans = spec.shapes.map((shape) =>
    [
      ...Object.entries(shape.fixed ?? {}).map(([d, c]) => [d, c] as const),
      ...shape.dims.map((d) => [d, null] as const),
    ]
      .sort((x, y) => (x[0] < y[0] ? -1 : 1))
      .map(([d, c]) => ({
        i: order.indexOf(d),
        d,
        fixed: c,
        members: c === null ? null : dims.get(d)!.members.get(c)!,
        up: dims.get(d)!.upward,
      })),
  );
  for (const shape of spec.shapes) for (const k of shapeKeys(shape, dims)) counts.set(k, 0);
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.n === 0) continue;
    // A cell reached by two shapes (a margin of both) is counted once.
    seen.clear();
    for (const plan of plans) {
      let keys = [''];
      let fits = true;
      for (const p of plan) {
        const cat = row.cats[p.i]!;
        let cats: readonly string[];
        if (p.fixed !== null) {
          if (!p.members!.includes(cat)) {
            fits = false;
            break;
          }
          cats = [p.fixed];
        } else {
          const up = p.up.get(cat);
          if (!up) throw new Error(`report: ${spec.family} has a counted row without a category in ${p.d}`);
          cats = up;
        }
        const next: string[] = [];
        for (const k of keys) for (const c of cats) next.push(k === '' ? `${p.d}=${c}` : `${k}|${p.d}=${c}`);
        keys = next;
      }
      if (!fits) continue;
      for (const k of keys) {
        if (seen.has(k)) continue;
        seen.add(k);
        counts.set(k, counts.get(k)! + row.n);
      }
    }
  }
  return counts;
}

/** What was published for a period before, by cell key. */
export type FrozenCells = Readonly<Record<string, Protected>>;

export interface CubeNode {
  /** The period's label. */
  label: string;
  counts: Map<string, number>;
  /** Set when the period was published: its cells keep what they showed. */
  frozen?: FrozenCells;
}

export interface ProtectedCube {
  /** The published figure of a cell; throws for a cell no allowed table has. */
  get(period: string, constraints: Readonly<Record<string, string>>): Protected;
  /** The exact count of a cell, for decisions taken inside the subgraph (on track or not); never published. */
  exact(period: string, constraints: Readonly<Record<string, string>>): number;
  /** Every cell of a period, as published (to store when the period is published). */
  cells(period: string): Record<string, Protected>;
}

/** total = sum of parts, between periods. */
export interface PeriodLink {
  total: string;
  parts: string[];
}

/** The period tree of the programme: ALL = its years = its tertials = its months, a year = its tertials = its months, a tertial = its months. */
export function programmeLinks(): { periods: Period[]; links: PeriodLink[] } {
  const periods = programmePeriods(PROGRAMME.lastDay);
  const within = (p: Period, kind: Period['kind']) =>
    periods
      .filter((q) => q.kind === kind && (p.kind === 'ALL' || (q.from >= p.from && q.to <= p.to)))
      .map((q) => q.label);
  const links: PeriodLink[] = [];
  for (const p of periods) {
    if (p.kind === 'ALL')
      links.push({ total: p.label, parts: within(p, 'YEAR') }, { total: p.label, parts: within(p, 'TERTIAL') });
    if (p.kind === 'YEAR') links.push({ total: p.label, parts: within(p, 'TERTIAL') });
    if (p.kind !== 'MONTH') links.push({ total: p.label, parts: within(p, 'MONTH') });
  }
  return { periods, links };
}

/** The nodes of a figure that adds up over time: each programme period, its counts the sum of its months'. */
export function flowNodes(
  spec: CubeSpec,
  months: ReadonlyMap<string, readonly MicroRow[]>,
  frozen: ReadonlyMap<string, FrozenCells>,
): CubeNode[] {
  const { periods } = programmeLinks();
  const byMonth = new Map<string, Map<string, number>>();
  for (const m of monthsOf(periods[0]!)) byMonth.set(m, countCells(spec, months.get(m) ?? []));
  const nodes: CubeNode[] = [];
  for (const p of periods) {
    const counts = new Map<string, number>();
    for (const m of monthsOf(p)) for (const [k, v] of byMonth.get(m)!) counts.set(k, (counts.get(k) ?? 0) + v);
    const f = frozen.get(p.label);
    nodes.push(f ? { label: p.label, counts, frozen: f } : { label: p.label, counts });
  }
  return nodes;
}

/** The lines of a family's cells, by its dimensions and shapes: the same for every period and every request. */
const lineCache = new Map<string, ReturnType<typeof linesByKey>>();

/**
 * The lines inside one period, by cell key: a cell is the sum of its
 * breakdown along any dimension it is not split by (when that breakdown is
 * a published table), a group the sum of its members (and of a smaller
 * group and the rest), the whole a group and the rest; and the two-way
 * tables under each cell, whose inside adds up to the cell too.
 */
function linesByKey(
  spec: CubeSpec,
  exists: ReadonlySet<string>,
): { lines: Array<{ total: string; parts: string[] }>; tables: Array<{ total: string; cells: string[] }> } {
  const dims = indexDims(spec);
  const lines: Array<{ total: string; parts: string[] }> = [];
  const tables: Array<{ total: string; cells: string[] }> = [];
  const all = (cs: Array<Record<string, string>>): string[] | null => {
    const out: string[] = [];
    for (const c of cs) {
      const k = cellKey(c);
      if (!exists.has(k)) return null;
      out.push(k);
    }
    return out;
  };
  const has = (c: Record<string, string>) => exists.has(cellKey(c));
  for (const key of exists) {
    const cons = parseKey(key);
    for (const d of spec.dims) {
      const di = dims.get(d.name)!;
      if (cons[d.name] === undefined) {
        if (!has({ ...cons, [d.name]: d.categories[0]! })) continue;
        const parts = all(d.categories.map((c) => ({ ...cons, [d.name]: c })));
        if (parts && parts.length > 1) lines.push({ total: key, parts });
        for (const [g, members] of Object.entries(d.groups ?? {})) {
          const group = cellKey({ ...cons, [d.name]: g });
          const rest = all(d.categories.filter((c) => !members.includes(c)).map((c) => ({ ...cons, [d.name]: c })));
          if (exists.has(group) && rest) lines.push({ total: key, parts: [group, ...rest] });
        }
      } else {
        const g = cons[d.name]!;
        const members = di.members.get(g)!;
        if (members.length > 1) {
          const parts = all(members.map((c) => ({ ...cons, [d.name]: c })));
          if (parts) lines.push({ total: key, parts });
          for (const [h, hm] of Object.entries(d.groups ?? {})) {
            if (h === g || hm.length >= members.length || !hm.every((x) => members.includes(x))) continue;
            const sub = cellKey({ ...cons, [d.name]: h });
            const rest = all(members.filter((x) => !hm.includes(x)).map((c) => ({ ...cons, [d.name]: c })));
            if (exists.has(sub) && rest) lines.push({ total: key, parts: [sub, ...rest] });
          }
        }
      }
    }
    // Two-way tables under this cell: their inside is published whole or not at all when small.
    const free = spec.dims.filter((d) => cons[d.name] === undefined && d.categories.length > 1);
    for (let a = 0; a < free.length; a++) {
      for (let b = a + 1; b < free.length; b++) {
        const [da, db] = [free[a]!, free[b]!];
        if (!has({ ...cons, [da.name]: da.categories[0]!, [db.name]: db.categories[0]! })) continue;
        const cells = all(
          dims
            .get(da.name)!
            .all.flatMap((x) => dims.get(db.name)!.all.map((y) => ({ ...cons, [da.name]: x, [db.name]: y }))),
        );
        if (!cells) continue;
        tables.push({ total: key, cells });
        // The whole inside adds up to the total too: an attacker can add the lines.
        const base = all(
          da.categories.flatMap((x) => db.categories.map((y) => ({ ...cons, [da.name]: x, [db.name]: y }))),
        );
        if (base) lines.push({ total: key, parts: base });
      }
    }
  }
  return { lines, tables };
}

/**
 * Protects every cell of every node at once. Lines: within each node, a
 * cell is the sum of its breakdown along any dimension it is not split by
 * (when that breakdown is a published table), a group is the sum of its
 * members (and of a smaller group and the rest), the whole is a group and
 * the rest; between nodes, the same cell in a period and in the periods
 * that make it up. Cells split by more dimensions are settled later, so a
 * margin is decided as it would be in a table of its own.
 */
export function protectCube(spec: CubeSpec, nodes: readonly CubeNode[], links: readonly PeriodLink[]): ProtectedCube {
  const entries: Entry[] = [];
  const ids = new Map<string, Map<string, number>>();
  // A fixed order of the cells that depends on their labels only: a hash of the key, mixed with one of the period.
  const keyOrder = new Map<string, { order: number; phase: number }>();
  for (const key of nodes[0]?.counts.keys() ?? [])
    keyOrder.set(key, { order: orderOf(`${spec.family}|${key}`), phase: key === '' ? 0 : key.split('|').length });
  for (const node of nodes) {
    const m = new Map<string, number>();
    const nodeOrder = orderOf(node.label);
    for (const [key, value] of node.counts) {
      const frozen = node.frozen?.[key];
      const k = keyOrder.get(key) ?? {
        order: orderOf(`${spec.family}|${key}`),
        phase: key === '' ? 0 : key.split('|').length,
      };
      const id = entries.length;
      const entry: Entry = {
        value,
        phase: k.phase,
        hidden: frozen ? frozen.value === null : isSmallCount(value),
        key: `${node.label}|${key}`,
        order: Math.imul(k.order ^ Math.imul(nodeOrder, 0x9e3779b1), 0x85ebca6b) >>> 0,
      };
      if (frozen) entry.fixed = true;
      entries.push(entry);
      m.set(key, id);
    }
    ids.set(node.label, m);
  }
  // The lines and small tables inside a period are the same in every period: work them out once, by key.
  const keys = nodes[0] ? [...nodes[0].counts.keys()] : [];
  const signature = JSON.stringify([spec.dims, spec.shapes, keys.length]);
  let byKey = lineCache.get(signature);
  if (!byKey) {
    byKey = linesByKey(spec, new Set(keys));
    lineCache.set(signature, byKey);
    if (lineCache.size > 32) lineCache.delete(lineCache.keys().next().value!);
  }
  const { lines: keyLines, tables: keyTables } = byKey;
  const lines: Line[] = [];
  const inner: InnerCells[] = [];
  for (const node of nodes) {
    const m = ids.get(node.label)!;
    for (const l of keyLines) lines.push({ total: m.get(l.total)!, parts: l.parts.map((k) => m.get(k)!) });
    for (const t of keyTables) inner.push({ total: m.get(t.total)!, cells: t.cells.map((k) => m.get(k)!) });
  }
  for (const link of links) {
    const whole = ids.get(link.total);
    const parts = link.parts.map((p) => ids.get(p));
    if (!whole || parts.some((p) => !p)) continue;
    for (const [key, total] of whole) lines.push({ total, parts: parts.map((p) => p!.get(key)!) });
  }
  secondarySuppression(entries, lines, inner);
  // Kept compact: a cube stays in memory while its counts do not change.
  const values = Int32Array.from(entries, (e) => e.value);
  const withheld = Uint8Array.from(entries, (e) => (e.hidden ? 1 : 0));
  entries.length = 0;
  const frozenOf = new Map(nodes.map((n) => [n.label, n.frozen] as const));
  const show = (period: string, key: string): Protected => {
    const stored = frozenOf.get(period)?.[key];
    if (stored) return stored;
    const id = ids.get(period)?.get(key);
    if (id === undefined) throw new Error(`report: ${spec.family} publishes no cell ${period} ${key || 'total'}`);
    return withheld[id] ? WITHHELD_SMALL_CELL : published(values[id]!);
  };
  return {
    get: (period, constraints) => show(period, cellKey(constraints)),
    exact: (period, constraints) => {
      const id = ids.get(period)?.get(cellKey(constraints));
      if (id === undefined)
        throw new Error(`report: ${spec.family} counts no cell ${period} ${cellKey(constraints) || 'total'}`);
      return values[id]!;
    },
    cells: (period) => Object.fromEntries([...(ids.get(period)?.keys() ?? [])].map((k) => [k, show(period, k)])),
  };
}
