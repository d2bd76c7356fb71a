import { GraphQLError } from 'graphql';
import { checkHouseholdSize, checkMonthlyAmount, checkPeriodInput, socialAssistanceOn } from '../social-assistance';

function codeOf(fn: () => unknown): { code: unknown; field: unknown } | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    return { code: err.extensions.code, field: err.extensions.field };
  }
}

describe('socialAssistanceOn', () => {
  const today = '2026-03-15';

  it('does not receive without periods', () => {
    expect(socialAssistanceOn([], today)).toEqual({ receives: false, since: null });
  });

  it('receives during an open period, since its start', () => {
    expect(socialAssistanceOn([{ startDate: '2025-05-01', endDate: null }], today)).toEqual({
      receives: true,
      since: '2025-05-01',
    });
  });

  it('counts the first and last day of a period', () => {
    expect(socialAssistanceOn([{ startDate: today, endDate: null }], today).receives).toBe(true);
    expect(socialAssistanceOn([{ startDate: '2025-01-01', endDate: today }], today).receives).toBe(true);
  });

  it('does not receive after a period ended or before one starts', () => {
    expect(socialAssistanceOn([{ startDate: '2025-01-01', endDate: '2026-03-14' }], today)).toEqual({
      receives: false,
      since: null,
    });
    expect(socialAssistanceOn([{ startDate: '2026-04-01', endDate: null }], today)).toEqual({
      receives: false,
      since: null,
    });
  });

  it('reports the start of an unbroken stretch of adjoining periods', () => {
    const periods = [
      { startDate: '2026-01-01', endDate: null },
      { startDate: '2025-06-01', endDate: '2025-12-31' },
      { startDate: '2024-01-01', endDate: '2024-12-31' },
    ];
    expect(socialAssistanceOn(periods, today)).toEqual({ receives: true, since: '2025-06-01' });
  });
});

describe('checking a period', () => {
  it('accepts a sound period and normalises it', () => {
    expect(
      checkPeriodInput({ startDate: '2026-01-01', monthlyAmount: 9800.5, householdSize: 3, investigationNotes: '  ' }),
    ).toEqual({
      startDate: '2026-01-01',
      endDate: null,
      monthlyAmount: 9800.5,
      householdSize: 3,
      investigationNotes: null,
    });
    expect(checkMonthlyAmount(0)).toBe(0);
    expect(checkMonthlyAmount(0.1 + 0.2)).toBe(0.3);
  });

  it('refuses an end before the start', () => {
    expect(
      codeOf(() =>
        checkPeriodInput({ startDate: '2026-02-01', endDate: '2026-01-31', monthlyAmount: 1, householdSize: 1 }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
    });
  });

  it('refuses dates that are not real dates', () => {
    expect(codeOf(() => checkPeriodInput({ startDate: '2026-02-30', monthlyAmount: 1, householdSize: 1 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'startDate',
    });
  });

  it('refuses a negative, too large, fractional-öre or non-finite amount', () => {
    for (const amount of [-1, -0.01, 100_000_000, 10.005, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => checkMonthlyAmount(amount))).toEqual({ code: 'BAD_USER_INPUT', field: 'monthlyAmount' });
    }
  });

  it('refuses a household smaller than one person or not whole', () => {
    for (const size of [0, -2, 1.5, 31])
      expect(codeOf(() => checkHouseholdSize(size))).toEqual({ code: 'BAD_USER_INPUT', field: 'householdSize' });
    expect(checkHouseholdSize(1)).toBe(1);
  });

  it('refuses notes that are too long', () => {
    expect(
      codeOf(() =>
        checkPeriodInput({
          startDate: '2026-01-01',
          monthlyAmount: 1,
          householdSize: 1,
          investigationNotes: 'x'.repeat(10_001),
        }),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'investigationNotes',
    });
  });
});
