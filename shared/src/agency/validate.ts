import { badInput } from '../errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badInput(`${field} must be a real date written YYYY-MM-DD.`, field);
  }
  return value;
}

/**
 * The migration that lets each text column limited to `max` characters hold
 * `max` × CODE_POINTS_PER_CHARACTER code points, for the checks the tables
 * were made with (`CHECK (length(column) BETWEEN 1 AND max)`, which counts
 * code points).
 */
export function textLengthChecksSql(columns: ReadonlyArray<{ table: string; column: string; max: number }>) {
  const check = (c: { table: string; column: string }, max: number) => [
    `ALTER TABLE ${c.table} DROP CONSTRAINT ${c.table}_${c.column}_check`,
    `ALTER TABLE ${c.table} ADD CONSTRAINT ${c.table}_${c.column}_check CHECK (length(${c.column}) BETWEEN 1 AND ${max})`,
  ];
  return {
    up: columns.flatMap((c) => check(c, c.max * CODE_POINTS_PER_CHARACTER)),
    down: columns.flatMap((c) => check(c, c.max)),
  };
}

export function checkPeriod(start: string | null, end: string | null, what = 'The end date'): void {
  if (start && end && end < start) throw badInput(`${what} cannot be before the start date.`, 'endDate');
}

export function checkExtent(value: number, field = 'extentPercent'): void {
  if (!Number.isInteger(value) || value < 0 || value > 100)
    throw badInput('The extent must be a whole percentage from 0 to 100.', field);
}

/**
 * What a person sees as one character (a grapheme cluster) may take several
 * Unicode code points: an emoji with a skin tone takes 2, a family 7, a
 * couple with two skin tones 10. Text limited to `max` characters is stored
 * in a column that holds up to `max` times this many code points (the
 * database counts code points), so every text a person would call `max`
 * characters long fits, and text piled up with combining marks does not.
 */
export const CODE_POINTS_PER_CHARACTER = 10;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a person sees them: grapheme clusters (`Intl.Segmenter`), not UTF-16 code units. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n += 1;
  return n;
}

function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
    }
    n += 1;
  }
  return n;
}

/** Whether a string is well-formed UTF-16: no surrogate without its pair (which no character is, and which UTF-8 cannot hold). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * Free text from a person: trimmed, not empty, well-formed, at most `max`
 * characters as a person counts them (200 emoji are 200 characters, not
 * 400), and at most `max` × CODE_POINTS_PER_CHARACTER code points.
 */
export function checkText(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t.length === 0) throw badInput(`${field} cannot be empty.`, field);
  if (!isWellFormedText(t))
    throw badInput(
      `${field} is not well-formed text: it holds half of a UTF-16 surrogate pair, which is no character.`,
      field,
    );
  // Code units, code points, characters: each at least as many as the next. Within the limit in code units is within it.
  if (t.length <= max) return t;
  const storable = max * CODE_POINTS_PER_CHARACTER;
  const codePoints = t.length > 2 * storable ? Infinity : codePointCount(t);
  if (codePoints > storable) {
    throw badInput(
      `${field} can be at most ${max} characters, and at most ${storable} Unicode code points in all (letters with many marks take several each).`,
      field,
    );
  }
  const characters = characterCount(t);
  if (characters > max) throw badInput(`${field} can be at most ${max} characters; this has ${characters}.`, field);
  return t;
}

/** Swedish personnummer, 12 digits, with a valid date and check digit (Luhn). */
export function checkPersonnummer(value: string): string {
  const digits = value.replace(/[-+\s]/g, '');
  if (!/^\d{12}$/.test(digits)) throw badInput('The personnummer must have 12 digits: YYYYMMDDNNNN.', 'personnummer');
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const day = Number(digits.slice(6, 8));
  // Samordningsnummer add 60 to the day; they are not accepted for enrolment.
  if (day > 31)
    throw badInput('A samordningsnummer cannot be used for enrolment; a personnummer is needed.', 'personnummer');
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
