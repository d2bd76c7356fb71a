import { badInput, checkDate, checkPeriod, checkText } from '@malmokraften/shared';

/**
 * Social assistance (försörjningsstöd, ekonomiskt bistånd): what the status
 * released to the joint plan says, and what a recorded period must satisfy.
 */

export interface PeriodDates {
  startDate: string;
  endDate: string | null;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a period covers `today`, and since when: the first day of the
 * unbroken stretch of periods (each starting at the latest the day after
 * the previous one ended) that reaches today. Nothing else of the periods
 * leaves this function.
 */
export function socialAssistanceOn(
  periods: readonly PeriodDates[],
  today: string,
): { receives: boolean; since: string | null } {
  const sorted = [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const covering = sorted.findIndex((p) => p.startDate <= today && (p.endDate === null || p.endDate >= today));
  if (covering < 0) return { receives: false, since: null };
  let since = sorted[covering]!.startDate;
  for (let i = covering - 1; i >= 0; i--) {
    const earlier = sorted[i]!;
    if (earlier.endDate !== null && nextDay(earlier.endDate) < since) break;
    if (earlier.startDate < since) since = earlier.startDate;
  }
  return { receives: true, since };
}

/** The largest amount numeric(10, 2) holds. */
export const MAX_MONTHLY_AMOUNT = 99_999_999.99;
export const MAX_HOUSEHOLD_SIZE = 30;
export const MAX_NOTES_LENGTH = 10_000;

export function checkMonthlyAmount(value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw badInput('The monthly amount must be 0 kronor or more.', 'monthlyAmount');
  if (value > MAX_MONTHLY_AMOUNT)
    throw badInput('The monthly amount is larger than any amount social assistance can have.', 'monthlyAmount');
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6)
    throw badInput('The monthly amount can have at most two decimals (öre).', 'monthlyAmount');
  return Math.round(value * 100) / 100;
}

export function checkHouseholdSize(value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw badInput('The household has at least one person: the applicant.', 'householdSize');
  if (value > MAX_HOUSEHOLD_SIZE)
    throw badInput(`A household can have at most ${MAX_HOUSEHOLD_SIZE} people.`, 'householdSize');
  return value;
}

export interface PeriodInput {
  startDate: string;
  endDate?: string | null;
  monthlyAmount: number;
  householdSize: number;
  investigationNotes?: string | null;
}

/** Checks a new period before anything is written; returns it normalised. */
export function checkPeriodInput(input: PeriodInput) {
  checkDate(input.startDate, 'startDate');
  const endDate = input.endDate ?? null;
  if (endDate !== null) checkDate(endDate, 'endDate');
  checkPeriod(input.startDate, endDate, 'The end of the period');
  const notes =
    input.investigationNotes === undefined ||
    input.investigationNotes === null ||
    input.investigationNotes.trim() === ''
      ? null
      : checkText(input.investigationNotes, 'investigationNotes', MAX_NOTES_LENGTH);
  return {
    startDate: input.startDate,
    endDate,
    monthlyAmount: checkMonthlyAmount(input.monthlyAmount),
    householdSize: checkHouseholdSize(input.householdSize),
    investigationNotes: notes,
  };
}
