import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badInput } from '../errors';
import { checkDimensions, LEGAL_GENDERS, legalGenderSql, REPORT_DIMENSIONS } from './figures';
import { monthsOf, parsePeriod, PROGRAMME, programmePeriods, type Period } from './period';
import {
  countCells,
  flowNodes,
  programmeLinks,
  protectCube,
  type CubeShape,
  type CubeSpec,
  type FrozenCells,
  type MicroRow,
  type ProtectedCube,
} from './cube';
import {
  AUTOMATIC_PUBLISHER,
  automaticPublicationDay,
  contentHash,
  duePeriods,
  isClosed,
  periodsAround,
  periodsInside,
  REPORT_DEFINITIONS_VERSION,
  type Publication,
  type PublishedBase,
  type PublishedContent,
} from './publication';
import { NOT_PUBLISHED, protectMedianMonths, type Protected } from './suppression';
import { sharesOfRow, WITH_INTERVENTION_WHERE, type FigureTableView, type SplitSpec } from './source';
import { reportChanges } from './changes';

/**
 * Figures at their source, one base per family (see cube.ts), frozen once
 * published (see publication.ts). Each agency describes its families as SQL
 * over its own tables; this file counts them inside the agency's database,
 * protects every cell of every allowed table at once, stores what it
 * publishes in the agency's own `published_report` table, and answers a
 * closed, published period from that copy.
 */

/** A population counted one way, as SQL over one agency's tables. */
export interface FamilySpec {
  name: string;
  /**
   * FLOW: counted by the month of its own date, protected over the whole
   * period tree. STOCK: counted per period (people ongoing in it). MONTH_END:
   * counted on one day per month, the month's last (or today, for the
   * current month); periods are months.
   */
  kind: 'FLOW' | 'STOCK' | 'MONTH_END';
  /** FROM and JOIN clauses. */
  from: string;
  /** FLOW: the SQL date that puts a person in a month. */
  date?: string;
  /** Who is counted. `$1` today; STOCK `$2` the period's first day, `$3` the day after its last; MONTH_END `$2` the day. */
  where: string;
  /** The person, for counting distinct people when `onePerRow` is not set. */
  person: string;
  onePerRow?: boolean;
  /** Every dimension of the family, in order: how a counted person falls in a category. */
  splits: Readonly<Record<string, SplitSpec>>;
  /** The tables that can be published. */
  shapes: readonly CubeShape[];
  /** For medians: the person's value in days. */
  days?: string;
}

/** What an agency's figures are: its families, and figures beyond counts (medians, levels, targets). */
export interface AgencyFigures {
  agency: string;
  families(ds: DataSource): Promise<Record<string, FamilySpec>>;
  /** Medians, levels and whether targets are on track, for a period; decided on true values here, published as figures and yes/no. */
  extras?(ctx: ExtrasContext): Promise<Record<string, Protected | boolean | null>>;
}

export interface ExtrasContext {
  ds: DataSource;
  period: Period;
  today: string;
  families: Record<string, FamilySpec>;
  /** The protected cube a family's figures come from (the same one every table reads). */
  cube(family: string, period: Period): Promise<ProtectedCube>;
}

export function cubeSpecOf(f: FamilySpec): CubeSpec {
  return {
    family: f.name,
    dims: Object.entries(f.splits).map(([name, s]) => ({
      name,
      categories: s.categories,
      ...(s.groups ? { groups: s.groups } : {}),
    })),
    shapes: f.shapes,
  };
}

function countSql(f: FamilySpec): string {
  return f.onePerRow ? 'count(*)' : `count(DISTINCT ${f.person})`;
}

function dimColumns(f: FamilySpec): { select: string; names: string[] } {
  const names = Object.keys(f.splits);
  return { select: names.map((d, i) => `(${f.splits[d]!.sql}) AS c${i}`).join(', '), names };
}

function microRows(f: FamilySpec, result: Array<Record<string, unknown>>): MicroRow[] {
  const names = Object.keys(f.splits);
  return result.map((r) => {
    const cats = names.map((d, i) => {
      const v = r[`c${i}`];
      const split = f.splits[d]!;
      // A category outside the split means the data broke a rule the schema should hold; never count it silently.
      if (typeof v !== 'string' || !split.categories.includes(v))
        throw new Error(`report: a counted row of ${f.name} has no category in ${d}`);
      return v;
    });
    return { cats, n: Number(r.n) };
  });
}

/** Raw counts of a FLOW family per programme month, up to today (unprotected: never returned to a caller). */
export async function flowMicroRows(ds: DataSource, f: FamilySpec, today: string): Promise<Map<string, MicroRow[]>> {
  if (f.kind !== 'FLOW' || !f.date) throw new Error('flowMicroRows: a FLOW family with a date');
  const { select, names } = dimColumns(f);
  const result: Array<Record<string, unknown>> = await ds.query(
    `SELECT to_char(${f.date}, 'YYYY-MM') AS m, ${select}, ${countSql(f)}::int AS n
       FROM ${f.from}
      WHERE (${f.where}) AND ${f.date} >= '${PROGRAMME.from}' AND ${f.date} <= $1::date AND ${f.date} < '${PROGRAMME.to}'
      GROUP BY ${['1', ...names.map((_, i) => String(i + 2))].join(', ')}`,
    [today],
  );
  const out = new Map<string, MicroRow[]>();
  for (const [i, row] of microRows(f, result).entries()) {
    const m = String(result[i]!.m);
    out.set(m, [...(out.get(m) ?? []), row]);
  }
  return out;
}

/** Raw counts of a STOCK family in a period, or of a MONTH_END family on its day (unprotected). */
export async function stockMicroRows(
  ds: DataSource,
  f: FamilySpec,
  period: Period,
  today: string,
): Promise<MicroRow[]> {
  const { select, names } = dimColumns(f);
  let params: string[];
  if (f.kind === 'MONTH_END') {
    const last = addDay(period.to, -1);
    const day = last < today ? last : today;
    if (period.from > today) return [];
    params = [today, day];
  } else params = [today, period.from, period.to];
  const result: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${select}, ${countSql(f)}::int AS n FROM ${f.from} WHERE (${f.where}) GROUP BY ${names.map((_, i) => String(i + 1)).join(', ')}`,
    params,
  );
  return microRows(f, result);
}

/** The values in days, with every category, of the people of a FLOW family dated in the period and matching `fixed`. */
async function daysWithCategories(
  ds: DataSource,
  f: FamilySpec,
  period: Period,
  today: string,
  fixed: Readonly<Record<string, string>>,
): Promise<Array<{ days: number; cats: string[] }>> {
  if (!f.days || !f.date) return [];
  const { select, names } = dimColumns(f);
  const result: Array<Record<string, unknown>> = await ds.query(
    `SELECT (${f.days})::int AS d, ${select} FROM ${f.from}
      WHERE (${f.where}) AND ${f.date} >= $2::date AND ${f.date} < $3::date AND ${f.date} <= $1::date AND ${f.date} >= '${PROGRAMME.from}'`,
    [today, period.from, period.to],
  );
  const members = (d: string, c: string) => f.splits[d]!.groups?.[c] ?? [c];
  return result
    .map((r) => ({ days: Number(r.d), cats: names.map((_, i) => String(r[`c${i}`])) }))
    .filter((r) => Object.entries(fixed).every(([d, c]) => members(d, c).includes(r.cats[names.indexOf(d)]!)));
}

/**
 * The medians of a FLOW family's days for the period: over everyone matching
 * `fixed`, and for each category of each dimension (groups too), each
 * published with `protectMedianMonths` beside its population's cell.
 * Keys: `median:<family>:<cell key>`.
 */
export async function mediansOf(
  ctx: ExtrasContext,
  family: string,
  fixed: Readonly<Record<string, string>>,
  dims: readonly string[],
): Promise<Record<string, Protected>> {
  const f = ctx.families[family]!;
  const rows = await daysWithCategories(ctx.ds, f, ctx.period, ctx.today, fixed);
  const cube = await ctx.cube(family, ctx.period);
  const names = Object.keys(f.splits);
  const out: Record<string, Protected> = {};
  const key = (c: Record<string, string>) => `median:${family}:${cellKeyOf(c)}`;
  out[key(fixed)] = protectMedianMonths(
    rows.map((r) => r.days),
    cube.get(ctx.period.label, fixed),
  );
  for (const d of dims) {
    const split = f.splits[d]!;
    for (const c of [...split.categories, ...Object.keys(split.groups ?? {})]) {
      const members = split.groups?.[c] ?? [c];
      const values = rows.filter((r) => members.includes(r.cats[names.indexOf(d)]!)).map((r) => r.days);
      const cons = { ...fixed, [d]: c };
      out[key(cons)] = protectMedianMonths(values, cube.get(ctx.period.label, cons));
    }
  }
  return out;
}

function cellKeyOf(c: Readonly<Record<string, string>>): string {
  return Object.entries(c)
    .map(([d, v]) => `${d}=${v}`)
    .sort()
    .join('|');
}

function addDay(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Protected cubes by their inputs, the most recently used: protecting a
 * family over the whole period tree takes up to a second, reading it none.
 * A few of those (a few MB each), more of the small ones of one period.
 */
const cubeCache = { flow: new Map<string, ProtectedCube>(), stock: new Map<string, ProtectedCube>() };
const CUBE_CACHE_SIZE = { flow: 8, stock: 96 };

function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function cached(kind: 'flow' | 'stock', key: string): ProtectedCube | undefined {
  return cubeCache[kind].get(key);
}

function remember(kind: 'flow' | 'stock', key: string, cube: ProtectedCube): ProtectedCube {
  const cache = cubeCache[kind];
  cache.delete(key);
  cache.set(key, cube);
  while (cache.size > CUBE_CACHE_SIZE[kind]) cache.delete(cache.keys().next().value!);
  return cube;
}

/** Publications kept in memory by their row: they never change, so a copy read once stays right. */
const loaded = new WeakMap<DataSource, Map<number, Publication>>();

interface PublicationRow {
  id: number;
  period: string;
  version: number;
  published_on: string | Date;
  published_by: string;
  reason: string | null;
  definitions_version: string;
  content_hash: string;
}

function dateText(d: string | Date): string {
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

/** Every version of every published period, oldest first (without contents). */
export async function publicationVersions(
  ds: DataSource,
  period?: string,
): Promise<Array<Omit<Publication, 'content' | 'base'>>> {
  const rows: PublicationRow[] = await ds.query(
    `SELECT id, period, version, to_char(published_on, 'YYYY-MM-DD') AS published_on, published_by, reason, definitions_version, content_hash
       FROM published_report ${period ? 'WHERE period = $1' : ''} ORDER BY period, version`,
    period ? [period] : [],
  );
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    version: r.version,
    publishedOn: dateText(r.published_on),
    publishedBy: r.published_by,
    reason: r.reason,
    definitionsVersion: r.definitions_version,
    hash: r.content_hash,
  }));
}

/** The latest version of each published period, contents included, each checked against its hash. */
async function latestPublications(ds: DataSource): Promise<Map<string, Publication>> {
  const versions = await publicationVersions(ds);
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) latest.set(v.period, v);
  const cache = loaded.get(ds) ?? new Map<number, Publication>();
  loaded.set(ds, cache);
  const missing = [...latest.values()].filter((v) => !cache.has(v.id));
  if (missing.length > 0) {
    const rows: Array<{ id: number; content: PublishedContent; base: PublishedBase }> = await ds.query(
      'SELECT id, content, base FROM published_report WHERE id = ANY($1)',
      [missing.map((m) => m.id)],
    );
    for (const r of rows) {
      const v = missing.find((m) => m.id === r.id)!;
      // A stored copy that no longer matches its hash was changed behind the table's back: never answer from it.
      if (contentHash(r.content) !== v.hash)
        throw new Error(`report: the published figures of ${v.period}, version ${v.version}, do not match their hash`);
      cache.set(r.id, { ...v, content: r.content, base: r.base });
    }
  }
  return new Map([...latest].map(([p, v]) => [p, cache.get(v.id)!]));
}

/**
 * A computation's part, made once: a failure (the database away for a
 * moment) is not kept, since the computation serves later requests too.
 */
function kept<T>(parts: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = parts.get(key);
  if (!p) {
    const made = make();
    parts.set(key, made);
    made.catch(() => {
      if (parts.get(key) === made) parts.delete(key);
    });
    p = made;
  }
  return p;
}

/**
 * One computation of an agency's cubes: the published periods it takes as
 * they were published (fixed), and live counts for the rest.
 */
class Computation {
  private readonly cubes = new Map<string, Promise<ProtectedCube>>();
  private readonly flowRows = new Map<string, Promise<Map<string, MicroRow[]>>>();
  private readonly stockRows = new Map<string, Promise<MicroRow[]>>();
  private readonly extrasMemo = new Map<string, Promise<Record<string, Protected | boolean | null>>>();

  constructor(
    readonly ds: DataSource,
    readonly agency: AgencyFigures,
    readonly families: Record<string, FamilySpec>,
    readonly frozen: ReadonlyMap<string, Publication>,
    readonly today: string,
  ) {}

  family(name: string): FamilySpec {
    const f = this.families[name];
    if (!f) throw new Error(`report: ${this.agency.agency} has no family ${name}`);
    return f;
  }

  /** Live counts of a FLOW family per month (months published before read from their copy instead). */
  liveFlowRows(name: string): Promise<Map<string, MicroRow[]>> {
    return kept(this.flowRows, name, () => flowMicroRows(this.ds, this.family(name), this.today));
  }

  liveStockRows(name: string, period: Period): Promise<MicroRow[]> {
    return kept(this.stockRows, `${name}@${period.label}`, () =>
      stockMicroRows(this.ds, this.family(name), period, this.today),
    );
  }

  cube(name: string, period: Period): Promise<ProtectedCube> {
    const f = this.family(name);
    return kept(this.cubes, f.kind === 'FLOW' ? name : `${name}@${period.label}`, () => this.build(f, period));
  }

  private async build(f: FamilySpec, period: Period): Promise<ProtectedCube> {
    const spec = cubeSpecOf(f);
    if (f.kind === 'FLOW') {
      const live = await this.liveFlowRows(f.name);
      // The cube is a function of the counts, the shapes and what was published: the same inputs, the same cube.
      const key = cacheKey([
        this.agency.agency,
        spec,
        [...live].sort(),
        [...this.frozen.values()].map((p) => p.id).sort(),
      ]);
      const known = cached('flow', key);
      if (known) return known;
      const months = new Map<string, MicroRow[]>();
      const frozenCells = new Map<string, FrozenCells>();
      for (const m of monthsOf(programmePeriods(PROGRAMME.lastDay)[0]!)) {
        const pub = this.frozen.get(m);
        months.set(m, pub?.base[f.name] ?? live.get(m) ?? []);
      }
      for (const [label, pub] of this.frozen) {
        const cells = pub.content.families[f.name];
        if (cells) frozenCells.set(label, cells);
      }
      const { links } = programmeLinks();
      return remember('flow', key, protectCube(spec, flowNodes(spec, months, frozenCells), links));
    }
    const pub = this.frozen.get(period.label);
    const stored = pub?.content.families[f.name];
    if (stored) {
      // Published: every cell as it was published; nothing is counted again.
      return {
        get: (label, c) => {
          const v = stored[cellKeyOf(c)];
          if (!v) throw new Error(`report: ${f.name} published no cell ${label} ${cellKeyOf(c) || 'total'}`);
          return v;
        },
        exact: () => {
          throw new Error('report: exact counts of a published period are not kept');
        },
        cells: () => ({ ...stored }),
      };
    }
    const rows = await this.liveStockRows(f.name, period);
    const key = cacheKey([this.agency.agency, spec, period.label, rows]);
    return (
      cached('stock', key) ??
      remember('stock', key, protectCube(spec, [{ label: period.label, counts: countCells(spec, rows) }], []))
    );
  }

  extras(period: Period): Promise<Record<string, Protected | boolean | null>> {
    const pub = this.frozen.get(period.label);
    if (pub) return Promise.resolve(pub.content.extras);
    return kept(this.extrasMemo, period.label, () =>
      this.agency.extras
        ? this.agency.extras({
            ds: this.ds,
            period,
            today: this.today,
            families: this.families,
            cube: (name, q) => this.cube(name, q),
          })
        : Promise.resolve({}),
    );
  }
}

interface ComputationState {
  families: Record<string, FamilySpec>;
  computation: Computation;
}

/**
 * The computations of the agency's figures by the day asked for and the
 * agency's change count (see changes.ts): while nothing changed, every
 * request of the day is answered from the same cubes, extras and counts,
 * reading no rows. A few per database (the days asked for; a count moved
 * on leaves its computation to be dropped).
 */
const computations = new WeakMap<DataSource, Map<string, Promise<ComputationState>>>();
const COMPUTATIONS_KEPT = 4;

function rememberedComputation(
  ds: DataSource,
  key: string,
  compute: () => Promise<ComputationState>,
): Promise<ComputationState> {
  let states = computations.get(ds);
  if (!states) computations.set(ds, (states = new Map<string, Promise<ComputationState>>()));
  // Made once and not kept if it fails (the next request tries again); the most recently used last.
  const state = kept(states, key, compute);
  states.delete(key);
  states.set(key, state);
  while (states.size > COMPUTATIONS_KEPT) states.delete(states.keys().next().value!);
  return state;
}

/** A period's publication state, as the API shows it. */
export interface PublicationView {
  agency: string;
  period: string;
  status: 'PRELIMINARY' | 'PUBLISHED';
  version: number | null;
  publishedOn: string | null;
  publishedBy: string | null;
  reason: string | null;
  definitionsVersion: string;
  hash: string | null;
  /** For a period not yet published: the day it will be published without anyone asking (null for ALL while the programme runs). */
  dueOn: string | null;
  versions: Array<{
    version: number;
    publishedOn: string;
    automatic: boolean;
    reason: string | null;
    definitionsVersion: string;
    hash: string;
  }>;
}

/**
 * One request's view of an agency's figures. Closed periods due for
 * publication are published first (once per request, under a lock);
 * published periods are answered from their stored copy; the rest live,
 * from the same cube.
 */
export class FigureSource {
  private state?: Promise<ComputationState>;

  constructor(
    readonly ds: DataSource,
    readonly agency: AgencyFigures,
    readonly today: string,
    /** Off for figures computed outside a running service (the definitions' tests): nothing is read from or written to published_report. */
    private readonly opts: { publications: boolean } = { publications: true },
  ) {}

  private load(): Promise<ComputationState> {
    this.state ??= (async () => {
      if (!this.opts.publications) {
        const families = await this.agency.families(this.ds);
        return { families, computation: new Computation(this.ds, this.agency, families, new Map(), this.today) };
      }
      // Read before anything else: what is computed after it is at least as new as the count says.
      const key = `${this.agency.agency}|${this.today}|${await reportChanges(this.ds)}`;
      return rememberedComputation(this.ds, key, async () => {
        const families = await this.agency.families(this.ds);
        await this.publishDue(families);
        return {
          families,
          computation: new Computation(this.ds, this.agency, families, await latestPublications(this.ds), this.today),
        };
      });
    })();
    return this.state;
  }

  async cube(family: string, period: Period): Promise<ProtectedCube> {
    return (await this.load()).computation.cube(family, period);
  }

  async extras(period: Period): Promise<Record<string, Protected | boolean | null>> {
    return (await this.load()).computation.extras(period);
  }

  async families(): Promise<Record<string, FamilySpec>> {
    return (await this.load()).families;
  }

  async publicationOf(period: Period): Promise<Publication | null> {
    return (await this.load()).computation.frozen.get(period.label) ?? null;
  }

  async publication(period: Period): Promise<PublicationView> {
    const pub = await this.publicationOf(period);
    const versions = this.opts.publications ? await publicationVersions(this.ds, period.label) : [];
    const dueOn =
      period.kind === 'ALL' && this.today < PROGRAMME.to
        ? null
        : automaticPublicationDay(period.kind === 'ALL' ? { ...period, to: PROGRAMME.to } : period);
    return {
      agency: this.agency.agency,
      period: period.label,
      status: pub ? 'PUBLISHED' : 'PRELIMINARY',
      version: pub?.version ?? null,
      publishedOn: pub?.publishedOn ?? null,
      publishedBy: pub ? (pub.publishedBy === AUTOMATIC_PUBLISHER ? AUTOMATIC_PUBLISHER : 'ANALYST') : null,
      reason: pub?.reason ?? null,
      definitionsVersion: pub?.definitionsVersion ?? REPORT_DEFINITIONS_VERSION,
      hash: pub?.hash ?? null,
      dueOn: pub ? null : dueOn,
      versions: versions.map((v) => ({
        version: v.version,
        publishedOn: v.publishedOn,
        automatic: v.publishedBy === AUTOMATIC_PUBLISHER,
        reason: v.reason,
        definitionsVersion: v.definitionsVersion,
        hash: v.hash,
      })),
    };
  }

  /**
   * A table of a family for a period: rows by the first dimension, columns
   * by the second (or ALL), each cell read from the family's cube. MONTH
   * makes the months of the period the rows. `fixed` narrows the family
   * (e.g. OUTCOME=WORK_OR_STUDIES). Row medians when the family has days.
   */
  async table(
    family: string,
    period: Period,
    groupBy: readonly string[],
    opts: { fixed?: Readonly<Record<string, string>>; medians?: boolean; colDim?: string } = {},
  ): Promise<FigureTableView> {
    const fixed = opts.fixed ?? {};
    const f = (await this.families())[family];
    if (!f) throw new Error(`report: ${this.agency.agency} has no family ${family}`);
    const byMonth = groupBy.includes('MONTH');
    const dims = groupBy.filter((d) => d !== 'MONTH');
    const cats = (d: string | undefined) =>
      d ? [...f.splits[d]!.categories, ...Object.keys(f.splits[d]!.groups ?? {})] : ['ALL'];
    const con = (d: string | undefined, v: string): Record<string, string> => (d ? { [d]: v } : {});
    const pub = await this.publicationOf(period);
    const meta = { version: pub?.version ?? null, publishedOn: pub?.publishedOn ?? null };
    const dimensions = [...(byMonth ? ['MONTH'] : []), ...dims].filter((d) =>
      (REPORT_DIMENSIONS as readonly string[]).includes(d),
    );
    if (byMonth) {
      const colDim = dims[0];
      const months = monthsOf(period).map((m) => parsePeriod(m));
      const rows = [];
      for (const m of months) {
        const cube = await this.cube(family, f.kind === 'FLOW' ? period : m);
        const cells = cats(colDim).map((c) => cube.get(m.label, { ...fixed, ...con(colDim, c) }));
        rows.push({ label: m.label, cells, total: cube.get(m.label, fixed), shares: [], medianMonths: null });
      }
      for (const r of rows) r.shares = sharesOfRow(r.cells, r.total) as never;
      const whole = f.kind === 'FLOW' ? await this.cube(family, period) : null;
      // Counted at month ends: the totals are the period's end, the last month's row.
      const end = rows[rows.length - 1]!;
      return {
        period: period.label,
        dimensions,
        cols: cats(colDim),
        rows,
        colTotals: whole
          ? cats(colDim).map((c) => whole.get(period.label, { ...fixed, ...con(colDim, c) }))
          : end.cells,
        total: whole ? whole.get(period.label, fixed) : end.total,
        medianMonths: null,
        ...meta,
      };
    }
    const cube = await this.cube(family, period);
    const [rowDim, colDim] = [dims[0], opts.colDim ?? dims[1]];
    const view: FigureTableView = {
      period: period.label,
      dimensions,
      cols: cats(colDim),
      rows: cats(rowDim).map((r) => {
        const cells = cats(colDim).map((c) =>
          cube.get(period.label, { ...fixed, ...con(rowDim, r), ...con(colDim, c) }),
        );
        const total = cube.get(period.label, { ...fixed, ...con(rowDim, r) });
        return { label: r, cells, total, shares: sharesOfRow(cells, total), medianMonths: null };
      }),
      colTotals: cats(colDim).map((c) => cube.get(period.label, { ...fixed, ...con(colDim, c) })),
      total: cube.get(period.label, fixed),
      medianMonths: null,
      ...meta,
    };
    if (opts.medians && f.days) {
      const extras = await this.extras(period);
      const median = (c: Record<string, string>) =>
        (extras[`median:${family}:${cellKeyOf(c)}`] as Protected | undefined) ?? NOT_PUBLISHED;
      view.rows = view.rows.map((r) => ({ ...r, medianMonths: median({ ...fixed, ...con(rowDim, r.label) }) }));
      view.medianMonths = median(fixed);
    }
    return view;
  }

  /**
   * Publishes periods: stores the protected figures of each, as of today,
   * with the definitions' version and a hash. A period not yet published
   * must have closed; publishing it publishes the closed periods inside it
   * that are not published yet. A published period is published again only
   * as a correction, with a reason: a new version of it and of every
   * published period inside it or around it (they are sums of one another),
   * the earlier versions kept.
   */
  async publish(periodText: string, by: string, reason: string | null): Promise<PublicationView> {
    const period = parsePeriod(periodText, this.today);
    if (!isClosed(period, this.today)) {
      throw badInput(`${period.label} has not closed yet: a period is published after its last day.`, 'period');
    }
    const families = await this.agency.families(this.ds);
    await this.publishDue(families);
    const published = await latestPublications(this.ds);
    const why = reason?.trim() || null;
    let batch: Period[];
    if (published.has(period.label)) {
      if (!why)
        throw badInput(
          `${period.label} is published already: a correction needs a reason, and is published as a new version.`,
          'reason',
        );
      batch = [period, ...periodsInside(period), ...periodsAround(period)].filter((p) => published.has(p.label));
    } else {
      batch = [period, ...periodsInside(period).filter((p) => isClosed(p, this.today) && !published.has(p.label))];
    }
    await this.store(families, batch, by, published.has(period.label) ? why : null, false);
    this.state = undefined;
    return this.publication(period);
  }

  /**
   * Does ahead what the first report of the day would: publishes what is
   * due, reads and checks the stored publications, and protects the cubes
   * of the figures that add up over time (about a second each at national
   * scale). Kept under the day and the change count, so the next request
   * with both unchanged is answered from it.
   */
  async warm(): Promise<void> {
    const families = await this.families();
    for (const f of Object.values(families))
      if (f.kind === 'FLOW') await this.cube(f.name, parsePeriod('ALL', this.today));
  }

  /**
   * Publishes every closed period due as of this source's day that no one
   * published yet (the publisher's round, see publisher.ts); the periods it
   * found due, whether this call or another process stored them.
   */
  async publishDueNow(): Promise<string[]> {
    return this.publishDue(await this.agency.families(this.ds));
  }

  /** Publishes every closed period whose grace period has passed and that no one published yet. */
  private async publishDue(families: Record<string, FamilySpec>): Promise<string[]> {
    const have: Array<{ period: string }> = await this.ds.query('SELECT DISTINCT period FROM published_report');
    const known = new Set(have.map((r) => r.period));
    const due = duePeriods(this.today).filter((p) => !known.has(p.label));
    if (due.length > 0) await this.store(families, due, AUTOMATIC_PUBLISHER, null, true);
    return due.map((p) => p.label);
  }

  private async store(
    families: Record<string, FamilySpec>,
    batch: Period[],
    by: string,
    reason: string | null,
    automatic: boolean,
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      // One publisher at a time per agency; under the lock, look again at what is published.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('published_report'))`);
      const current = await latestPublications(this.ds);
      const todo = automatic ? batch.filter((p) => !current.has(p.label)) : batch;
      if (todo.length === 0) return;
      const labels = new Set(todo.map((p) => p.label));
      const frozen = new Map([...current].filter(([label]) => !labels.has(label)));
      const computation = new Computation(this.ds, this.agency, families, frozen, this.today);
      const order = { MONTH: 0, TERTIAL: 1, YEAR: 2, ALL: 3 } as const;
      for (const p of [...todo].sort((a, b) => order[a.kind] - order[b.kind] || a.from.localeCompare(b.from))) {
        const cells: Record<string, Record<string, Protected>> = {};
        const base: PublishedBase = {};
        for (const f of Object.values(families)) {
          if (f.kind === 'MONTH_END' && p.kind !== 'MONTH') continue;
          cells[f.name] = (await computation.cube(f.name, p)).cells(p.label);
          if (f.kind === 'FLOW' && p.kind === 'MONTH')
            base[f.name] = (await computation.liveFlowRows(f.name)).get(p.label) ?? [];
        }
        const version = (current.get(p.label)?.version ?? 0) + 1;
        const content: PublishedContent = {
          agency: this.agency.agency,
          period: p.label,
          version,
          publishedOn: this.today,
          definitionsVersion: REPORT_DEFINITIONS_VERSION,
          reason: version > 1 ? reason : null,
          families: cells,
          extras: await computation.extras(p),
        };
        await m.query(
          `INSERT INTO published_report (period, version, published_on, published_by, reason, definitions_version, content, content_hash, base)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            p.label,
            version,
            this.today,
            by,
            content.reason,
            REPORT_DEFINITIONS_VERSION,
            JSON.stringify(content),
            contentHash(content),
            JSON.stringify(base),
          ],
        );
      }
    });
  }
}

/** Checks a caller's groupBy for a measure: allowlisted, at most two, and offered by the family. */
export function checkGroupBy(groupBy: readonly string[], family: FamilySpec, allowed: readonly string[]): string[] {
  const dims = checkDimensions(groupBy);
  for (const d of dims) {
    if (d === 'MONTH' ? family.kind === 'STOCK' : !allowed.includes(d)) {
      const offered = [...allowed, ...(family.kind !== 'STOCK' ? ['MONTH'] : [])];
      if (d === 'MONTH')
        throw badInput(
          'Only figures dated by an event (enrolment, discharge) or counted at month ends can be split by MONTH.',
          'groupBy',
        );
      throw badInput(
        `This figure cannot be grouped by ${d}. It can be grouped by ${offered.join(', ') || 'nothing'}.`,
        'groupBy',
      );
    }
  }
  return dims;
}

/**
 * The two populations of an agency's interventions running in a period:
 * the people with any (`<PREFIX>_WITH_INTERVENTION`, by legal gender), and
 * pairs of a person and a type (`<PREFIX>_INTERVENTION_TYPES`: a person with
 * two types is counted under both), each protected as a base of its own.
 * Gender comes from the personnummer in the agency's own participant table.
 */
export function interventionFamilies(prefix: string, types: readonly string[]): Record<string, FamilySpec> {
  const common = {
    kind: 'STOCK' as const,
    from: 'intervention i JOIN participant pt ON pt.id = i.participant_id',
    where: WITH_INTERVENTION_WHERE,
    person: 'i.participant_id',
  };
  const GENDER: SplitSpec = { sql: legalGenderSql('pt.personnummer'), categories: LEGAL_GENDERS };
  return {
    [`${prefix}_WITH_INTERVENTION`]: {
      ...common,
      name: `${prefix}_WITH_INTERVENTION`,
      splits: { GENDER },
      shapes: [{ dims: [] }, { dims: ['GENDER'] }],
    },
    [`${prefix}_INTERVENTION_TYPES`]: {
      ...common,
      name: `${prefix}_INTERVENTION_TYPES`,
      splits: { INTERVENTION_TYPE: { sql: 'i.type', categories: types }, GENDER },
      shapes: [
        { dims: [] },
        { dims: ['INTERVENTION_TYPE'] },
        { dims: ['GENDER'] },
        { dims: ['INTERVENTION_TYPE', 'GENDER'] },
      ],
    },
  };
}

/** An agency's WITH_INTERVENTION aggregate: people, or person–type pairs when split by INTERVENTION_TYPE. */
export async function interventionAggregate(
  source: FigureSource,
  prefix: string,
  period: Period,
  groupBy: readonly string[],
): Promise<FigureTableView> {
  const name = groupBy.includes('INTERVENTION_TYPE') ? `${prefix}_INTERVENTION_TYPES` : `${prefix}_WITH_INTERVENTION`;
  const family = (await source.families())[name]!;
  const dims = checkGroupBy(groupBy, family, Object.keys(family.splits));
  return source.table(name, period, dims);
}

/** One FigureSource per request context object (the agency's records for the request). */
const perRequest = new WeakMap<object, FigureSource>();
export function figureSourceFor(key: { ds: DataSource; today: string }, agency: AgencyFigures): FigureSource {
  let s = perRequest.get(key);
  if (!s) {
    s = new FigureSource(key.ds, agency, key.today);
    perRequest.set(key, s);
  }
  return s;
}

/**
 * Publishes what is due and protects the live cubes of the figures that add
 * up over time, so that the first question after a start is answered from
 * memory (the start script runs it after seeding a demo).
 */
export async function warmFigures(ds: DataSource, agency: AgencyFigures, today: string): Promise<void> {
  await new FigureSource(ds, agency, today).warm();
}
