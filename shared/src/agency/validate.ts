import { badInput } from '../errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badInput(`${field} must be a real date written YYYY-MM-DD.`, field);
  }
  return value;
}

export function checkPeriod(start: string | null, end: string | null, what = 'The end date'): void {
  if (start && end && end < start) throw badInput(`${what} cannot be before the start date.`, 'endDate');
}

export function checkExtent(value: number, field = 'extentPercent'): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput('The extent must be a whole percentage from 0 to 100.', field);
}

export function checkText(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t.length === 0) throw badInput(`${field} cannot be empty.`, field);
  if (t.length > max) throw badInput(`${field} can be at most ${max} characters.`, field);
  return t;
}

/** Swedish personnummer, 12 digits, with a valid date and check digit (Luhn). */
export function checkPersonnummer(value: string): string {
  const digits = value.replace(/[-+\s]/g, '');
  if (!/^\d{12}$/.test(digits)) throw badInput('The personnummer must have 12 digits: YYYYMMDDNNNN.', 'personnummer');
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const day = Number(digits.slice(6, 8));
  // Samordningsnummer add 60 to the day; they are not accepted for enrolment.
  if (day > 31) throw badInput('A samordningsnummer cannot be used for enrolment; a personnummer is needed.', 'personnummer');
  try {
    checkDate(date, 'personnummer');
  } catch {
    throw badInput('The personnummer does not hold a real date of birth.', 'personnummer');
  }
  if (!luhnValid(digits.slice(2))) throw badInput('The personnummer check digit does not match.', 'personnummer');
  return digits;
}

export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let n = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return sum % 10 === 0;
}

/** Adds the check digit to nine digits (YYMMDDNNN). */
export function luhnCheckDigit(nineDigits: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${nineDigits}${d}`)) return d;
  throw new Error('unreachable');
}

const PARTICIPANT_ID = /^P-[0-9A-Z]{8}$/;
export function isParticipantId(value: string): boolean {
  return PARTICIPANT_ID.test(value);
}
