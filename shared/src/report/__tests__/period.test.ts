import { GraphQLError } from 'graphql';
import { daysBetween } from '../../clock';
import { dateInPeriod, monthsOf, parsePeriod, PERIOD_FORMS, programmePeriods } from '../period';

const TODAY = '2026-11-25';

function badInputFor(text: string): GraphQLError {
  try {
    parsePeriod(text, TODAY);
  } catch (e) {
    if (e instanceof GraphQLError) return e;
    throw e;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('the periods a report can be asked for', () => {
  it('a calendar year runs from 1 January to 1 January of the next year (exclusive)', () => {
    expect(parsePeriod('2025', TODAY)).toEqual({
      kind: 'YEAR',
      label: '2025',
      from: '2025-01-01',
      to: '2026-01-01',
      year: 2025,
    });
    expect(parsePeriod('2027', TODAY)).toEqual({
      kind: 'YEAR',
      label: '2027',
      from: '2027-01-01',
      to: '2028-01-01',
      year: 2027,
    });
  });

  it('tertials are January–April, May–August and September–December', () => {
    expect(parsePeriod('2026-T1', TODAY)).toEqual({
      kind: 'TERTIAL',
      label: '2026-T1',
      from: '2026-01-01',
      to: '2026-05-01',
      year: 2026,
    });
    expect(parsePeriod('2026-T2', TODAY)).toEqual({
      kind: 'TERTIAL',
      label: '2026-T2',
      from: '2026-05-01',
      to: '2026-09-01',
      year: 2026,
    });
    expect(parsePeriod('2026-T3', TODAY)).toEqual({
      kind: 'TERTIAL',
      label: '2026-T3',
      from: '2026-09-01',
      to: '2027-01-01',
      year: 2026,
    });
    // The three tertials cover the year without gap or overlap: 120 + 123 + 122 days.
    const days = ['T1', 'T2', 'T3'].map((t) => parsePeriod(`2026-${t}`, TODAY)).map((p) => daysBetween(p.from, p.to));
    expect(days).toEqual([120, 123, 122]);
    expect(days.reduce((a, b) => a + b, 0)).toBe(365);
  });

  it('a month runs from its first day to the first day of the next month; December ends at the new year', () => {
    expect(parsePeriod('2025-03', TODAY)).toEqual({
      kind: 'MONTH',
      label: '2025-03',
      from: '2025-03-01',
      to: '2025-04-01',
      year: 2025,
    });
    expect(parsePeriod('2027-12', TODAY)).toMatchObject({ from: '2027-12-01', to: '2028-01-01' });
  });

  it('February has 28 days in every programme year (none is a leap year); day counts are right across a leap day', () => {
    for (const y of [2025, 2026, 2027]) {
      const feb = parsePeriod(`${y}-02`, TODAY);
      expect(daysBetween(feb.from, feb.to)).toBe(28);
    }
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2028-01-01')).toBe(1095);
  });

  it('ALL runs from the programme start up to and including today, and never past the programme end', () => {
    expect(parsePeriod('ALL', TODAY)).toEqual({
      kind: 'ALL',
      label: 'ALL',
      from: '2025-01-01',
      to: '2026-11-26',
      year: null,
    });
    expect(parsePeriod('ALL', '2027-02-28').to).toBe('2027-03-01');
    expect(parsePeriod('ALL', '2027-12-31').to).toBe('2028-01-01');
    expect(parsePeriod('ALL', '2028-02-29').to).toBe('2028-01-01');
  });

  it('reads lower case and surrounding spaces, and answers with the canonical label', () => {
    expect(parsePeriod(' 2025-t2 ', TODAY).label).toBe('2025-T2');
    expect(parsePeriod('all', TODAY).label).toBe('ALL');
  });

  it('the first and last day count; the `to` day does not', () => {
    const t1 = parsePeriod('2026-T1', TODAY);
    expect(dateInPeriod('2026-01-01', t1)).toBe(true);
    expect(dateInPeriod('2026-04-30', t1)).toBe(true);
    expect(dateInPeriod('2026-05-01', t1)).toBe(false);
    expect(dateInPeriod('2025-12-31', t1)).toBe(false);
  });

  it.each([
    ['2025-T4'],
    ['2025-T0'],
    ['2025-13'],
    ['2025-00'],
    ['2025-3'],
    ['2025-03-01'],
    ['2025-01-01/2025-03-31'],
    ['2024'],
    ['2028'],
    ['2024-12'],
    ['25'],
    ['T1'],
    [''],
    ['last 30 days'],
  ])('refuses %p with BAD_USER_INPUT and the accepted forms', (text) => {
    const e = badInputFor(text);
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.field).toBe('period');
    expect(e.message).toContain(PERIOD_FORMS);
  });

  it('says why a well-formed period is refused', () => {
    expect(badInputFor('2024').message).toContain('the programme runs 2025–2027');
    expect(badInputFor('2025-13').message).toContain('there is no such month');
  });

  it('the programme has 49 periods: ALL, 3 years, 9 tertials, 36 months', () => {
    const all = programmePeriods(TODAY);
    expect(all).toHaveLength(49);
    expect(all.filter((p) => p.kind === 'YEAR').map((p) => p.label)).toEqual(['2025', '2026', '2027']);
    expect(all.filter((p) => p.kind === 'TERTIAL')).toHaveLength(9);
    expect(all.filter((p) => p.kind === 'MONTH')).toHaveLength(36);
  });

  it('lists the months of a period', () => {
    expect(monthsOf(parsePeriod('2026-T2', TODAY))).toEqual(['2026-05', '2026-06', '2026-07', '2026-08']);
    expect(monthsOf(parsePeriod('2025-03', TODAY))).toEqual(['2025-03']);
    expect(monthsOf(parsePeriod('2027', TODAY))).toHaveLength(12);
    expect(monthsOf(parsePeriod('ALL', TODAY))).toHaveLength(36);
  });
});
