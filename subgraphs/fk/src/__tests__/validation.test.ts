import { GraphQLError } from 'graphql';
import { ErrorCode } from '@malmokraften/shared';
import {
  checkAssessedOn,
  checkBenefitDates,
  checkBenefitExtent,
  checkCapacity,
  checkCombinedExtent,
  checkReason,
  checkSummary,
  peakCombinedExtent,
} from '../validation';

function codeOf(fn: () => unknown): { code: unknown; field: unknown } {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return { code: err.extensions.code, field: err.extensions.field };
    throw err;
  }
  throw new Error('expected an error');
}

describe('benefit extent', () => {
  it.each([25, 50, 75, 100])('accepts %i per cent', (n) => expect(checkBenefitExtent(n)).toBe(n));

  it.each([-25, 101, 150, 0, 10, 33, 60, 12.5])('refuses %d per cent as bad input', (n) => {
    expect(codeOf(() => checkBenefitExtent(n))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'extentPercent' });
  });
});

describe('benefit dates', () => {
  it('accepts an open period and one that ends on or after its start', () => {
    expect(() => checkBenefitDates('2026-01-01', null)).not.toThrow();
    expect(() => checkBenefitDates('2026-01-01', '2026-01-01')).not.toThrow();
    expect(() => checkBenefitDates('2026-01-01', '2026-06-30')).not.toThrow();
  });

  it('refuses an end before the start', () => {
    expect(codeOf(() => checkBenefitDates('2026-02-01', '2026-01-31'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'end',
    });
  });

  it('refuses dates that do not exist', () => {
    expect(codeOf(() => checkBenefitDates('2026-02-30', null))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'start',
    });
    expect(codeOf(() => checkBenefitDates('2026-02-01', '2026-13-01'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'end',
    });
  });
});

describe('work capacity', () => {
  it.each([0, 25, 40, 100])('accepts %i per cent', (n) => expect(checkCapacity(n)).toBe(n));

  it.each([-1, 101, 50.5])('refuses %d', (n) => {
    expect(codeOf(() => checkCapacity(n))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'capacityPercent' });
  });

  it('an assessment is not dated in the future', () => {
    expect(checkAssessedOn('2026-03-15', '2026-03-15')).toBe('2026-03-15');
    expect(codeOf(() => checkAssessedOn('2026-03-16', '2026-03-15'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'assessedOn',
    });
  });

  it('texts are trimmed and bounded', () => {
    expect(checkSummary('  Kan arbeta halvtid.  ')).toBe('Kan arbeta halvtid.');
    expect(codeOf(() => checkSummary('   '))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'summary' });
    expect(codeOf(() => checkReason('x'.repeat(501)))).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'reason' });
  });
});

describe('combined extent of benefit periods', () => {
  const half = (start: string, end: string | null) => ({ start, end, extentPercent: 50 });

  it('adds periods that overlap the new one', () => {
    expect(peakCombinedExtent([half('2026-01-01', null)], half('2026-02-01', '2026-03-01'))).toBe(100);
  });

  it('ignores periods that ended before or start after the new one', () => {
    const existing = [
      { start: '2025-01-01', end: '2025-12-31', extentPercent: 100 },
      { start: '2026-07-01', end: null, extentPercent: 100 },
    ];
    expect(peakCombinedExtent(existing, { start: '2026-01-01', end: '2026-06-30', extentPercent: 100 })).toBe(100);
  });

  it('counts only periods that are paid on the same day', () => {
    // Two 50 % periods, one after the other, both inside the new one: the peak is 50 + 25, not 125.
    const existing = [half('2026-01-01', '2026-01-31'), half('2026-02-01', '2026-02-28')];
    expect(peakCombinedExtent(existing, { start: '2026-01-01', end: '2026-03-31', extentPercent: 25 })).toBe(75);
  });

  it('refuses more than full benefit on any day as a conflict', () => {
    const existing = [{ start: '2026-01-01', end: null, extentPercent: 75 }];
    expect(codeOf(() => checkCombinedExtent(existing, half('2026-05-01', null)))).toEqual({
      code: ErrorCode.CONFLICT,
      field: 'extentPercent',
    });
    expect(() => checkCombinedExtent(existing, { start: '2026-05-01', end: null, extentPercent: 25 })).not.toThrow();
  });
});
