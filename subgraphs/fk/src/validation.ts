import { badInput, checkDate, checkExtent, checkText, ErrorCode, userError } from '@malmokraften/shared';
import { BENEFIT_EXTENTS } from './models';

/**
 * FK's checks on what its staff record, each failing with a coded error
 * that names the field. Pure: no database, so they are tested on their own.
 */

/** Benefits are paid at 25, 50, 75 or 100 per cent of full benefit. */
export function checkBenefitExtent(value: number, field = 'extentPercent'): number {
  checkExtent(value, field);
  if (!(BENEFIT_EXTENTS as readonly number[]).includes(value)) {
    throw badInput(
      'A benefit is paid at 25, 50, 75 or 100 per cent (quarter, half, three-quarter or full benefit).',
      field,
    );
  }
  return value;
}

/** A period's dates: real dates, and the end (if any) not before the start. */
export function checkBenefitDates(start: string, end: string | null | undefined): void {
  checkDate(start, 'start');
  if (end === null || end === undefined) return;
  checkDate(end, 'end');
  if (end < start) throw badInput('The end date cannot be before the start date.', 'end');
}

export function checkCapacity(value: number, field = 'capacityPercent'): number {
  if (!Number.isInteger(value) || value < 0 || value > 100)
    throw badInput('Work capacity is a whole percentage from 0 to 100.', field);
  return value;
}

/** An assessment is recorded once it has been made, so its date is not in the future. */
export function checkAssessedOn(value: string, today: string): string {
  checkDate(value, 'assessedOn');
  if (value > today) throw badInput('An assessment cannot be dated in the future.', 'assessedOn');
  return value;
}

export function checkSummary(value: string): string {
  return checkText(value, 'summary', 1000);
}

export function checkReason(value: string): string {
  return checkText(value, 'reason', 500);
}

export interface PeriodExtent {
  start: string;
  end: string | null;
  extentPercent: number;
}

function covers(p: { start: string; end: string | null }, day: string): boolean {
  return p.start <= day && (p.end === null || day <= p.end);
}

/**
 * The highest combined extent, on any day of `candidate`, of the candidate
 * and the periods already recorded. The sum can only rise on the day a
 * period starts, so those days (and the candidate's first) are enough.
 */
export function peakCombinedExtent(existing: readonly PeriodExtent[], candidate: PeriodExtent): number {
  const days = [candidate.start, ...existing.map((p) => p.start).filter((d) => covers(candidate, d))];
  let peak = 0;
  for (const day of days) {
    const sum = existing.filter((p) => covers(p, day)).reduce((s, p) => s + p.extentPercent, 0);
    peak = Math.max(peak, sum);
  }
  return peak + candidate.extentPercent;
}

/** A person cannot be paid more than full benefit on any day, whatever the mix of benefits. */
export function checkCombinedExtent(existing: readonly PeriodExtent[], candidate: PeriodExtent): void {
  const peak = peakCombinedExtent(existing, candidate);
  if (peak > 100) {
    throw userError(
      ErrorCode.CONFLICT,
      `Together with the benefit periods already recorded, this period would pay ${peak} per cent on some day; the most is 100. End or change the other period first.`,
      { field: 'extentPercent' },
    );
  }
}
