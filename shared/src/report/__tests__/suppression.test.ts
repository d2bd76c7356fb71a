import { OUTCOME_GROUPS } from '../figures';
import { parsePeriod } from '../period';
import {
  NO_POPULATION,
  protectByPeriod,
  protectCount,
  protectCounts,
  protectList,
  protectMedian,
  protectShare,
  roundCount,
  shareOf,
  WITHHELD_SMALL_CELL,
  type CountTable,
  type Protected,
  type ProtectedTable,
} from '../suppression';

// ---------------------------------------------------------------------------
// The attacker. They know the rule and its code, see everything published,
// and try every world (every true table) that would have published exactly
// the same. A small cell is recovered when all those worlds agree on it.

interface Exposure<W> {
  world: W;
  secret: number;
  value: number;
}

function exposures<W>(
  worlds: Iterable<W>,
  publish: (w: W) => string,
  secrets: (w: W) => number[],
  check: (w: W) => boolean = () => true,
): Exposure<W>[] {
  const seen = new Map<string, { world: W; secrets: number[] }[]>();
  for (const world of worlds) {
    const key = publish(world);
    const group = seen.get(key) ?? [];
    group.push({ world, secrets: secrets(world) });
    seen.set(key, group);
  }
  const found: Exposure<W>[] = [];
  for (const group of seen.values()) {
    // For each secret, the values it takes across the worlds the attacker cannot tell apart.
    const candidates = group[0]!.secrets.map((_, secret) => new Set(group.map((g) => g.secrets[secret])));
    for (const { world, secrets: s } of group) {
      if (!check(world)) continue;
      s.forEach((value, secret) => {
        if (value >= 1 && value <= 4 && candidates[secret]!.size === 1) found.push({ world, secret, value });
      });
    }
  }
  return found;
}

/** Every vector of `n` whole numbers from 0 to `max`. */
function* vectors(n: number, max: number): Generator<number[]> {
  const v = new Array<number>(n).fill(0);
  for (;;) {
    yield [...v];
    let k = 0;
    while (k < n && v[k] === max) v[k++] = 0;
    if (k === n) return;
    v[k]! += 1;
  }
}

const shown = (p: Protected) => (p.value === null ? `-${p.withheld}` : String(p.value));
const published = (t: ProtectedTable) =>
  JSON.stringify([t.cells.map((r) => r.map(shown)), t.rowTotals.map(shown), t.colTotals.map(shown), shown(t.total)]);
const grid = (v: number[], rows: number, cols: number) =>
  Array.from({ length: rows }, (_, i) => v.slice(i * cols, i * cols + cols));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** The secrets of a two-way table: its cells, its row sums, its column sums. */
const cellsAndMargins = (cells: number[][]) => [
  ...cells.flat(),
  ...cells.map(sum),
  ...cells[0]!.map((_, j) => sum(cells.map((r) => r[j]!))),
];
/** Whether a published table's lines are safe: no line with exactly one withheld entry. */
function linesAreSafe(t: ProtectedTable): boolean {
  const hidden = (p: Protected) => p.value === null;
  const rowLines = t.cells.map((r, i) => [t.rowTotals[i]!, ...r.slice(0, t.colTotals.length)]);
  const colLines = t.colTotals.map((c, j) => [c, ...t.cells.map((r) => r[j]!)]);
  const margins = [
    [t.total, ...t.rowTotals],
    [t.total, ...t.colTotals],
  ];
  return [...rowLines, ...colLines, ...margins].every((line) => line.filter(hidden).length !== 1);
}

describe('primary suppression and rounding', () => {
  it('withholds 1–4 people, shows zero, rounds everything else to the nearest 5', () => {
    expect([0, 1, 2, 3, 4, 5, 7, 8, 12, 13, 352].map((n) => protectCount(n))).toEqual([
      { value: 0, withheld: null },
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
      { value: 5, withheld: null },
      { value: 5, withheld: null },
      { value: 10, withheld: null },
      { value: 10, withheld: null },
      { value: 15, withheld: null },
      { value: 350, withheld: null },
    ]);
  });

  it('rounds totals on their own: cells need not add up to the total', () => {
    const t = protectList(['WOMAN', 'MAN'], [12, 12]);
    expect(t.items.map((p) => p.value)).toEqual([10, 10]);
    expect(t.total.value).toBe(roundCount(24));
    expect(t.total.value).toBe(25);
  });

  it('refuses counts that are not whole numbers of people', () => {
    expect(() => protectCount(-1)).toThrow();
    expect(() => protectCount(2.5)).toThrow();
    expect(() => protectCounts({ rows: ['A', 'A'], cols: ['X'], cells: [[1], [2]] })).toThrow();
    expect(() => protectCounts({ rows: ['A'], cols: ['X'], cells: [[1, 2]] })).toThrow();
  });
});

describe('attack (a): a small cell next to its total', () => {
  it('a small total is withheld, and so is all of its breakdown, zeros included', () => {
    const t = protectList(['WOMAN', 'MAN', 'OTHER'], [2, 1, 0]);
    expect(t.total).toEqual(WITHHELD_SMALL_CELL);
    expect(t.items).toEqual([WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL]);
  });

  it('a small cell beside a published total takes a partner with it', () => {
    const t = protectList(['WOMAN', 'MAN', 'OTHER'], [40, 37, 3]);
    expect(t.total.value).toBe(80);
    expect(t.items[2]).toEqual(WITHHELD_SMALL_CELL);
    expect(t.items.filter((p) => p.value === null)).toHaveLength(2);
  });

  it('withheld counts carry one reason, whether small or withheld as a partner', () => {
    const t = protectList(['A', 'B'], [1, 5]);
    expect(t.items).toEqual([WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL]);
    expect(new Set(t.items.map((p) => p.withheld))).toEqual(new Set(['SMALL_CELL']));
  });
});

describe('attack (b): a total minus its published parts', () => {
  it('the partner may be the only other part: both are withheld, the total stays', () => {
    const t = protectList(['A', 'B'], [3, 9]);
    expect(t.items).toEqual([WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL]);
    expect(t.total.value).toBe(10);
  });

  it('two small cells that add up to a small number take a third with them', () => {
    // 1 + 1 = 2 would be the total minus the published 10: a small cell by subtraction.
    const t = protectList(['A', 'B', 'C'], [1, 1, 10]);
    expect(t.items).toEqual([WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL, WITHHELD_SMALL_CELL]);
    expect(t.total.value).toBe(10);
  });

  it('no line of a published table has exactly one withheld entry (random tables)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      const rows = ['WOMAN', 'MAN', 'OTHER'].slice(0, 1 + Math.floor(rnd() * 3));
      const cols = ['T01', 'T02', 'T03', 'T04', 'T05'].slice(0, 1 + Math.floor(rnd() * 5));
      const cells = rows.map(() => cols.map(() => (rnd() < 0.3 ? 0 : Math.floor(rnd() * rnd() * 30))));
      expect(linesAreSafe(protectCounts({ rows, cols, cells }))).toBe(true);
    }
  });

  it('exhaustively, no list of three (0–16 each) or four (0–10 each) gives a small cell away', () => {
    for (const [n, max] of [
      [3, 16],
      [4, 10],
    ] as const) {
      const labels = ['A', 'B', 'C', 'D'].slice(0, n);
      const found = exposures(
        vectors(n, max),
        (v) => {
          const t = protectList(labels, v);
          return JSON.stringify([t.items.map(shown), shown(t.total)]);
        },
        (v) => [...v, sum(v)],
        (v) => v.every((x) => x <= max - 4),
      );
      expect(found).toEqual([]);
    }
  });

  it('the partner is not the smallest part, so its size is not bounded by its neighbours (7, 7, 4 of 18)', () => {
    const found = exposures(
      vectors(3, 16),
      (v) => {
        const t = protectList(['A', 'B', 'C'], v);
        return JSON.stringify([t.items.map(shown), shown(t.total)]);
      },
      (v) => v,
    );
    expect(found.filter((e) => JSON.stringify(e.world) === '[7,7,4]')).toEqual([]);
  });

  it('a two-way table with margins (outcome × gender): exhaustively, no cell or margin of 1–4 is recovered', () => {
    for (const [rows, cols, max] of [
      [2, 2, 10],
      [2, 3, 5],
    ] as const) {
      const R = ['WORK', 'OTHER'].slice(0, rows);
      const C = ['WOMAN', 'MAN', 'OTHER'].slice(0, cols);
      const found = exposures(
        vectors(rows * cols, max),
        (v) => published(protectCounts({ rows: R, cols: C, cells: grid(v, rows, cols) })),
        (v) => cellsAndMargins(grid(v, rows, cols)),
        (v) => v.every((x) => x <= max - 3),
      );
      expect(found).toEqual([]);
    }
  });

  it('a small two-way table publishes its inside whole or not at all', () => {
    const t = protectCounts({
      rows: ['WORK', 'OTHER'],
      cols: ['WOMAN', 'MAN'],
      cells: [
        [6, 3],
        [5, 0],
      ],
    });
    expect(t.total.value).toBe(15);
    expect(t.cells.flat()).toEqual([
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
      WITHHELD_SMALL_CELL,
    ]);
  });

  it('groups are protected with their parts: WORK minus WORK_UNSUBSIDISED does not give WORK_SUBSIDISED away', () => {
    const rows = ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'STUDIES', 'OTHER'];
    const rowGroups = {
      WORK: ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED'],
      WORK_OR_STUDIES: ['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'STUDIES'],
    };
    const t = protectCounts({ rows, cols: ['ALL'], cells: [[40], [3], [30], [20]], rowGroups });
    expect(t.rows).toEqual([...rows, 'WORK', 'WORK_OR_STUDIES']);
    expect(t.rowTotals[1]).toEqual(WITHHELD_SMALL_CELL);
    // WORK − WORK_UNSUBSIDISED cannot be formed: one of them is withheld too.
    expect(t.rowTotals[0]!.value === null || t.rowTotals[4]!.value === null).toBe(true);
    const found = exposures(
      vectors(4, 9),
      (v) => published(protectCounts({ rows, cols: ['ALL'], cells: v.map((x) => [x]), rowGroups })),
      (v) => [...v, v[0]! + v[1]!, v[0]! + v[1]! + v[2]!],
      (v) => v.every((x) => x <= 6),
    );
    expect(found).toEqual([]);
  });

  it('the outcome groups the report uses are sums of outcomes', () => {
    expect(OUTCOME_GROUPS.WORK).toEqual(['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED']);
    expect(OUTCOME_GROUPS.WORK_OR_STUDIES).toEqual(['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED', 'STUDIES']);
  });
});

describe('attack (c): two queries that overlap', () => {
  it('`groupBy gender` reads the same as the gender margin of `groupBy gender, team`, and the two together give nothing more', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const genders = ['WOMAN', 'MAN', 'OTHER'];
    const teams = ['T01', 'T02', 'T03', 'T04'];
    for (let n = 0; n < 1000; n++) {
      const cells = genders.map(() => teams.map(() => (rnd() < 0.3 ? 0 : Math.floor(rnd() * rnd() * 20))));
      const both = protectCounts({ rows: genders, cols: teams, cells });
      const byGender = protectList(genders, cells.map(sum));
      const byTeam = protectList(
        teams,
        teams.map((_, j) => sum(cells.map((r) => r[j]!))),
      );
      expect(both.rowTotals).toEqual(byGender.items);
      expect(both.colTotals).toEqual(byTeam.items);
      expect(both.total).toEqual(byGender.total);
    }
    // Exhaustively on a small table: the attacker who holds all three tables recovers nothing.
    const found = exposures(
      vectors(4, 10),
      (v) => {
        const cells = grid(v, 2, 2);
        return (
          published(protectCounts({ rows: ['WOMAN', 'MAN'], cols: ['T01', 'T02'], cells })) +
          JSON.stringify(protectList(['WOMAN', 'MAN'], cells.map(sum)))
        );
      },
      (v) => cellsAndMargins(grid(v, 2, 2)),
      (v) => v.every((x) => x <= 7),
    );
    expect(found).toEqual([]);
  });

  it('a table and its transpose (`team, gender` and `gender, team`) are protected alike', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const rows = ['WOMAN', 'MAN', 'OTHER'];
      const cols = ['T01', 'T02', 'T03', 'T04'];
      const cells = rows.map(() => cols.map(() => (rnd() < 0.3 ? 0 : Math.floor(rnd() * rnd() * 15))));
      const t = protectCounts({ rows, cols, cells });
      const tt = protectCounts({
        rows: cols,
        cols: rows,
        cells: cols.map((_, j) => rows.map((_, i) => cells[i]![j]!)),
      });
      expect(rows.map((_, i) => cols.map((_, j) => tt.cells[j]![i]))).toEqual(t.cells);
      expect(tt.rowTotals).toEqual(t.colTotals);
    }
  });

  it('the year minus its months: a withheld month has a withheld partner in its tertial, and the year gives nothing back', () => {
    const months: Record<string, number[][]> = {};
    const counts = [31, 28, 3, 35, 40, 22, 18, 30, 33, 29, 41, 26]; // March 2026: 3 people
    counts.forEach((n, i) => (months[`2026-${String(i + 1).padStart(2, '0')}`] = [[n]]));
    const g = protectByPeriod({ rows: ['ALL'], cols: ['ALL'], months });
    const value = (p: string) => g.table(p).total.value;
    expect(value('2026-03')).toBeNull();
    const t1 = ['2026-01', '2026-02', '2026-03', '2026-04'].map(value);
    expect(t1.filter((v) => v === null)).toHaveLength(2);
    // Even knowing every published month exactly, the year minus them
    // leaves March together with its partner: not a small cell.
    const withheld = g.byMonth('2026').flatMap((m, i) => (m.table.total.value === null ? [counts[i]!] : []));
    expect(withheld).toContain(3);
    expect(sum(withheld)).toBeGreaterThanOrEqual(5);
    // And the year itself still counts everyone.
    expect(value('2026')).toBe(roundCount(sum(counts)));
  });

  it('exhaustively, no month of 1–4 is recovered from every published period (programme, years, tertials, months)', () => {
    const labels = [
      'ALL',
      '2025',
      '2026',
      '2027',
      '2026-T1',
      '2026-T2',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ];
    const varying = ['2026-01', '2026-02', '2026-05'];
    const found = exposures(
      vectors(3, 8),
      (v) => {
        const months: Record<string, number[][]> = {};
        varying.forEach((m, i) => (months[m] = [[v[i]!]]));
        const g = protectByPeriod({ rows: ['ALL'], cols: ['ALL'], months });
        return labels.map((l) => shown(g.table(l).total)).join(',');
      },
      (v) => [...v, v[0]! + v[1]!],
      (v) => v.every((x) => x <= 5),
    );
    expect(found).toEqual([]);
  });

  it('a split by month reads the same cells as asking for each month', () => {
    const months: Record<string, number[][]> = {
      '2026-01': [
        [6, 2],
        [9, 0],
      ],
      '2026-02': [
        [7, 7],
        [3, 12],
      ],
      '2026-03': [
        [11, 0],
        [1, 8],
      ],
    };
    const g = protectByPeriod({ rows: ['WOMAN', 'MAN'], cols: ['WORK', 'OTHER'], months });
    for (const { month, table } of g.byMonth('2026-T1')) expect(table).toEqual(g.table(parsePeriod(month)));
    expect(g.byMonth('2026-T1').map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('the margins of a grid by gender and team read the same as the grid by gender alone, in every period', () => {
    let seed = 9;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const genders = ['WOMAN', 'MAN', 'OTHER'];
    const teams = ['T01', 'T02', 'T03'];
    const both: Record<string, number[][]> = {};
    const byGender: Record<string, number[][]> = {};
    for (let m = 1; m <= 12; m++) {
      const key = `2026-${String(m).padStart(2, '0')}`;
      both[key] = genders.map(() => teams.map(() => Math.floor(rnd() * rnd() * 8)));
      byGender[key] = both[key].map((r) => [sum(r)]);
    }
    const g2 = protectByPeriod({ rows: genders, cols: teams, months: both });
    const g1 = protectByPeriod({ rows: genders, cols: ['ALL'], months: byGender });
    for (const p of ['ALL', '2026', '2026-T1', '2026-T2', '2026-T3', '2026-02', '2026-11']) {
      expect(g2.table(p).rowTotals).toEqual(g1.table(p).rowTotals);
      expect(g2.table(p).total).toEqual(g1.table(p).total);
    }
  });

  it('a shifted period cannot be asked for: only calendar years, tertials, months and the whole programme exist', () => {
    for (const text of ['2026-01-15/2026-02-14', '2026-W05', '2026-Q1', '2026-02-01'])
      expect(() => parsePeriod(text, '2026-11-25')).toThrow();
  });

  it('refuses months outside the programme', () => {
    expect(() => protectByPeriod({ rows: ['A'], cols: ['B'], months: { '2024-12': [[5]] } })).toThrow();
  });

  it('protects a 3 × 12 table over every period of the programme in reasonable time', () => {
    const rows = ['WOMAN', 'MAN', 'OTHER'];
    const cols = Array.from({ length: 12 }, (_, j) => `T${String(j + 1).padStart(2, '0')}`);
    const months: Record<string, number[][]> = {};
    let seed = 1;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const y of [2025, 2026])
      for (let m = 1; m <= 12; m++)
        months[`${y}-${String(m).padStart(2, '0')}`] = rows.map(() => cols.map(() => Math.floor(rnd() * rnd() * 10)));
    const started = Date.now();
    const g = protectByPeriod({ rows, cols, months });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(linesAreSafe(g.table('2026'))).toBe(true);
  });
});

describe('shares', () => {
  it('a share of 100 % of 3 people is withheld: it tells something about each of them', () => {
    expect(protectShare(3, 3)).toEqual(WITHHELD_SMALL_CELL);
  });
  it('withheld when the numerator or the rest is 1–4', () => {
    expect(protectShare(3, 10)).toEqual(WITHHELD_SMALL_CELL);
    expect(protectShare(7, 10)).toEqual(WITHHELD_SMALL_CELL);
  });
  it('published from the rounded counts otherwise, 0 and 100 % included', () => {
    expect(protectShare(0, 10)).toEqual({ value: 0, withheld: null });
    expect(protectShare(10, 10)).toEqual({ value: 1, withheld: null });
    expect(protectShare(6, 13)).toEqual({ value: 5 / 15, withheld: null });
    expect(protectShare(172, 378)).toEqual({ value: 170 / 380, withheld: null });
  });
  it('a share of nobody has no value', () => {
    expect(protectShare(0, 0)).toEqual(NO_POPULATION);
  });
  it('a share read from a protected table is withheld with any of its counts', () => {
    const t = protectCounts({
      rows: ['WOMAN', 'MAN'],
      cols: ['WITHIN_183_DAYS', 'LATER'],
      cells: [
        [12, 30],
        [3, 25],
      ],
    });
    const shares = t.rows.map((_, i) => shareOf(t.cells[i]![0]!, t.cells[i]![1]!, t.rowTotals[i]!));
    expect(shares[1]).toEqual(WITHHELD_SMALL_CELL);
    expect(shares[0]!.value === null || shares[0]!.value === t.cells[0]![0]!.value! / t.rowTotals[0]!.value!).toBe(
      true,
    );
  });
  it('time to outcome: one table with column groups gives both shares, protected together', () => {
    const cols = ['WITHIN_183_DAYS', 'DAYS_184_TO_365', 'LATER_THAN_365_DAYS'];
    const colGroups = {
      WITHIN_365_DAYS: ['WITHIN_183_DAYS', 'DAYS_184_TO_365'],
      LATER_THAN_183_DAYS: ['DAYS_184_TO_365', 'LATER_THAN_365_DAYS'],
    };
    const t = protectCounts({
      rows: ['BORN_IN_EUROPE', 'BORN_OUTSIDE_EUROPE'],
      cols,
      colGroups,
      cells: [
        [40, 30, 12],
        [25, 31, 20],
      ],
    });
    expect(t.cols).toEqual([...cols, 'WITHIN_365_DAYS', 'LATER_THAN_183_DAYS']);
    const col = (name: string) => t.cols.indexOf(name);
    const within6 = shareOf(
      t.cells[0]![col('WITHIN_183_DAYS')]!,
      t.cells[0]![col('LATER_THAN_183_DAYS')]!,
      t.rowTotals[0]!,
    );
    const within12 = shareOf(
      t.cells[0]![col('WITHIN_365_DAYS')]!,
      t.cells[0]![col('LATER_THAN_365_DAYS')]!,
      t.rowTotals[0]!,
    );
    expect(within6).toEqual({ value: 40 / 80, withheld: null });
    expect(within12).toEqual({ value: 70 / 80, withheld: null });
    // A small cell in one band withholds the shares that would reveal it.
    const small = protectCounts({ rows: ['ALL'], cols, colGroups, cells: [[40, 3, 30]] });
    expect(
      shareOf(
        small.cells[0]![col('WITHIN_365_DAYS')]!,
        small.cells[0]![col('LATER_THAN_365_DAYS')]!,
        small.rowTotals[0]!,
      ).value === null ||
        shareOf(
          small.cells[0]![col('WITHIN_183_DAYS')]!,
          small.cells[0]![col('LATER_THAN_183_DAYS')]!,
          small.rowTotals[0]!,
        ).value === null,
    ).toBe(true);
  });

  it('exhaustively, a published share and population never give a small numerator or rest away', () => {
    const worlds: [number, number][] = [];
    for (let den = 0; den <= 40; den++) for (let num = 0; num <= den; num++) worlds.push([num, den]);
    const found = exposures(
      worlds,
      ([num, den]) => shown(protectShare(num, den)) + '/' + shown(protectCount(den)),
      ([num, den]) => [num, den - num],
      ([, den]) => den <= 35,
    );
    expect(found).toEqual([]);
  });
});

describe('medians', () => {
  it('withheld for fewer than 5 people', () => {
    expect(protectMedian([10, 20, 30, 40])).toEqual(WITHHELD_SMALL_CELL);
    expect(protectMedian([10, 20, 30, 40, 50])).toEqual({ value: 30, withheld: null });
    expect(protectMedian([10, 20, 30, 40, 50, 60])).toEqual({ value: 35, withheld: null });
  });
  it('withheld when its population is withheld in the table beside it', () => {
    expect(protectMedian([10, 20, 30, 40, 50], WITHHELD_SMALL_CELL)).toEqual(WITHHELD_SMALL_CELL);
    expect(protectMedian([10, 20, 30, 40, 50], { value: 5, withheld: null })).toEqual({ value: 30, withheld: null });
  });
  it('a median of nobody has no value', () => {
    expect(protectMedian([])).toEqual(NO_POPULATION);
  });
});

describe('the table shapes', () => {
  it('a single count is a 1 × 1 table', () => {
    const t: CountTable = { rows: ['ALL'], cols: ['ALL'], cells: [[3]] };
    const p = protectCounts(t);
    expect(p.total).toEqual(WITHHELD_SMALL_CELL);
    expect(p.cells[0]![0]).toEqual(WITHHELD_SMALL_CELL);
  });
});
