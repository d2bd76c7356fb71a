import {
  cellKey,
  countCells,
  flowNodes,
  programmeLinks,
  protectCube,
  shapesUpTo,
  type CubeSpec,
  type MicroRow,
} from '../cube';
import { completedMonths, isSmallCount, protectMedianMonths, WITHHELD_SMALL_CELL } from '../suppression';

/**
 * One base for every table (docs/REPORT-DEFINITIONS.md): the cube of every
 * allowed table of a family, protected at once, on hand-made and random
 * populations whose true counts the test knows.
 */

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const SPEC: CubeSpec = {
  family: 'TEST',
  dims: [
    { name: 'GENDER', categories: ['WOMAN', 'MAN'] },
    { name: 'TEAM', categories: ['T1', 'T2', 'T3'] },
    {
      name: 'OUTCOME',
      categories: ['WU', 'WS', 'ST', 'OTHER'],
      groups: { WORK: ['WU', 'WS'], WOS: ['WU', 'WS', 'ST'] },
    },
  ],
  shapes: [...shapesUpTo(['GENDER', 'TEAM', 'OUTCOME'], 2), ...shapesUpTo(['GENDER', 'TEAM'], 2, { OUTCOME: 'WOS' })],
};

function people(n: number, months: string[]): Map<string, MicroRow[]> {
  const out = new Map<string, MicroRow[]>();
  for (let i = 0; i < n; i++) {
    const m = months[Math.floor(random() * months.length)]!;
    const cats = SPEC.dims.map((d) => d.categories[Math.floor(random() * d.categories.length)]!);
    out.set(m, [...(out.get(m) ?? []), { cats, n: 1 }]);
  }
  return out;
}

/** The true count of a cell, from the people themselves. */
function truth(rows: MicroRow[], constraints: Record<string, string>): number {
  const names = SPEC.dims.map((d) => d.name);
  return rows
    .filter((r) =>
      Object.entries(constraints).every(([d, c]) => {
        const dim = SPEC.dims.find((x) => x.name === d)!;
        return (dim.groups?.[c] ?? [c]).includes(r.cats[names.indexOf(d)]!);
      }),
    )
    .reduce((a, r) => a + r.n, 0);
}

describe('counting every cell of every allowed table', () => {
  it('counts each cell once, groups as the sum of their members', () => {
    const rows: MicroRow[] = [
      { cats: ['WOMAN', 'T1', 'WU'], n: 3 },
      { cats: ['WOMAN', 'T2', 'ST'], n: 2 },
      { cats: ['MAN', 'T1', 'OTHER'], n: 4 },
    ];
    const c = countCells(SPEC, rows);
    expect(c.get('')).toBe(9);
    expect(c.get(cellKey({ OUTCOME: 'WOS' }))).toBe(5);
    expect(c.get(cellKey({ OUTCOME: 'WORK', GENDER: 'WOMAN' }))).toBe(3);
    expect(c.get(cellKey({ OUTCOME: 'WOS', GENDER: 'WOMAN', TEAM: 'T2' }))).toBe(2);
    expect(c.get(cellKey({ TEAM: 'T3' }))).toBe(0);
    // Only allowed tables have cells: three dimensions only under OUTCOME=WOS.
    expect(c.has(cellKey({ OUTCOME: 'WU', GENDER: 'WOMAN', TEAM: 'T1' }))).toBe(false);
  });
});

describe('one protected value per cell', () => {
  const months = ['2025-01', '2025-02', '2025-03', '2025-05'];
  for (const n of [12, 40, 150]) {
    it(`keeps every line safe over the whole period tree (${n} people)`, () => {
      const data = people(n, months);
      const nodes = flowNodes(SPEC, data, new Map());
      const cube = protectCube(SPEC, nodes, programmeLinks().links);
      const all = [...data.values()].flat();
      let withheld = 0;
      for (const period of ['ALL', '2025', '2025-T1', '2025-03']) {
        const rows =
          period === 'ALL' || period === '2025'
            ? all
            : period === '2025-T1'
              ? ['2025-01', '2025-02', '2025-03'].flatMap((m) => data.get(m) ?? [])
              : (data.get(period) ?? []);
        for (const [key] of nodes[0]!.counts) {
          const cons = Object.fromEntries(
            key === '' ? [] : key.split('|').map((kv) => kv.split('=') as [string, string]),
          );
          const exact = cube.exact(period, cons);
          expect(exact).toBe(truth(rows, cons));
          const shown = cube.get(period, cons);
          if (isSmallCount(exact)) expect(shown).toEqual(WITHHELD_SMALL_CELL);
          if (shown.value !== null) expect(Math.abs(shown.value - exact)).toBeLessThanOrEqual(2);
          if (shown.value === null) withheld++;
        }
        // A published total never sits beside exactly one withheld part, nor beside withheld parts adding up to 1–4.
        for (const d of SPEC.dims) {
          const check = (base: Record<string, string>) => {
            const total = cube.get(period, base);
            if (total.value === null) return;
            const parts = d.categories.map((c) => ({
              f: cube.get(period, { ...base, [d.name]: c }),
              n: cube.exact(period, { ...base, [d.name]: c }),
            }));
            const hidden = parts.filter((p) => p.f.value === null);
            expect(hidden.length).not.toBe(1);
            expect(isSmallCount(hidden.reduce((a, p) => a + p.n, 0))).toBe(false);
          };
          check({});
          for (const other of SPEC.dims.filter((x) => x.name !== d.name))
            for (const c of other.categories) check({ [other.name]: c });
        }
      }
      if (n === 12) expect(withheld).toBeGreaterThan(0);
    });
  }

  it('keeps what a published period showed, even when its people change later', () => {
    const before = people(60, months);
    const cube1 = protectCube(SPEC, flowNodes(SPEC, before, new Map()), programmeLinks().links);
    const published = new Map([
      [
        '2025-03',
        Object.fromEntries(
          [...flowNodes(SPEC, before, new Map())[0]!.counts.keys()].map((k) => [
            k,
            cube1.get('2025-03', Object.fromEntries(k === '' ? [] : k.split('|').map((kv) => kv.split('=')))),
          ]),
        ),
      ],
    ]);
    // Later: more people in May, and the March base as it was published (late registrations wait for a correction).
    const after = new Map(before);
    after.set('2025-05', [
      ...(before.get('2025-05') ?? []),
      { cats: ['WOMAN', 'T3', 'ST'], n: 1 },
      { cats: ['MAN', 'T3', 'WU'], n: 2 },
    ]);
    const cube2 = protectCube(SPEC, flowNodes(SPEC, after, published), programmeLinks().links);
    for (const [key, shown] of Object.entries(published.get('2025-03')!)) {
      const cons = Object.fromEntries(key === '' ? [] : key.split('|').map((kv) => kv.split('=')));
      expect(cube2.get('2025-03', cons)).toEqual(shown);
    }
  });
});

describe('medians in whole months', () => {
  const days = (months: number[]) => months.map((m) => Math.round(m * 30.4375 + 10));

  it('publishes the median in completed months for 10 people or more', () => {
    expect(completedMonths(30)).toBe(0);
    expect(completedMonths(31)).toBe(1);
    expect(completedMonths(183)).toBe(6);
    expect(protectMedianMonths(days([1, 2, 3, 5, 5, 5, 5, 7, 8, 9, 10]))).toEqual({ value: 5, withheld: null });
    expect(protectMedianMonths(days([1, 2, 3, 5, 5, 5, 5, 7, 8]))).toEqual(WITHHELD_SMALL_CELL);
    expect(protectMedianMonths([])).toEqual({ value: null, withheld: 'NO_POPULATION' });
    expect(protectMedianMonths(days([1, 2, 3, 5, 5, 5, 5, 7, 8, 9, 10]), WITHHELD_SMALL_CELL)).toEqual(
      WITHHELD_SMALL_CELL,
    );
  });

  it('withholds a median one person more or fewer would move', () => {
    expect(protectMedianMonths(days([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toEqual({
      value: null,
      withheld: 'UNSTABLE',
    });
  });

  it('never publishes two different medians for populations one person apart (random populations, every one-person change)', () => {
    let compared = 0;
    for (let trial = 0; trial < 400; trial++) {
      const n = 10 + Math.floor(random() * 30);
      const spread = 3 + Math.floor(random() * 20);
      const base = Array.from({ length: n }, () => Math.floor(random() * spread * 30.4375));
      const shown = protectMedianMonths(base);
      const neighbours: number[][] = [];
      for (let i = 0; i < base.length; i++) neighbours.push(base.filter((_, j) => j !== i));
      for (let d = 0; d <= spread * 31; d += 7) neighbours.push([...base, d]);
      for (const other of neighbours) {
        const o = protectMedianMonths(other);
        if (shown.value !== null && o.value !== null) {
          compared++;
          expect(o.value).toBe(shown.value);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('would give people away in days: the attack the months stop', () => {
    // 11 people; one more with 0 days makes the exact median the mean of the 5th and 6th: both values come out.
    const d = [100, 150, 185, 190, 195, 200, 205, 210, 300, 350, 400];
    const exact = (xs: number[]) => {
      const s = [...xs].sort((x, y) => x - y);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    expect([exact(d), exact([0, ...d])]).toEqual([200, 197.5]);
    // In completed months both populations publish 6: nothing moves.
    expect(protectMedianMonths(d)).toEqual({ value: 6, withheld: null });
    expect(protectMedianMonths([0, ...d])).toEqual({ value: 6, withheld: null });
  });
});
