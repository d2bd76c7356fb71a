/**
 * The one clock every service of a process reads "now" and "today" from:
 * the access rules (is a consent valid today?), the report (events dated
 * after today do not count yet), the plan (the next follow-up), the audit
 * log's timestamps and the demo population.
 *
 * In production it is the system clock. In development and tests it can be
 * moved to another reference day with `REFERENCE_DAY` (read once, on first
 * use) or `setReferenceDay()`:
 *
 * - `REFERENCE_DAY=2028-02-29` keeps the time of day and moves the date;
 * - `REFERENCE_DAY=2028-02-29T10:00` starts the day at 10:00 Swedish time.
 *
 * Either way the clock keeps running from there, so timestamps still order
 * the events of a run. Dates are Swedish (Europe/Stockholm): that is the day
 * a caseworker, a consent and a report mean.
 */

export const TIME_ZONE = 'Europe/Stockholm';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

// Building a formatter loads time-zone data; one of each serves every call.
const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const WALL_FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far this process's clock is ahead of the system clock, in ms; null until first read. */
let offsetMs: number | null = null;

/** The current instant on this process's clock. */
export function now(): Date {
  offsetMs ??= offsetFromEnvironment(process.env);
  return new Date(Date.now() + offsetMs);
}

/**
 * The `REFERENCE_DAY` value that sets another process's clock to this one's
 * (day and Swedish time, to the minute), or null when this process runs on
 * the system clock: for services started as processes of their own.
 */
export function referenceDayForChildren(): string | null {
  const at = now();
  if (offsetMs === 0) return null;
  const [hour, minute] = wallTime(at);
  return `${swedishDate(at)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Today's date in Sweden (YYYY-MM-DD) on this process's clock. */
export function today(): string {
  return swedishDate(now());
}

/** The Swedish calendar date of an instant, YYYY-MM-DD. */
export function swedishDate(at: Date): string {
  return DATE_FORMAT.format(at);
}

/**
 * Moves this process's clock so that today is `day` (YYYY-MM-DD), keeping
 * the time of day, or starting at `time` (HH:MM, Swedish time) if given.
 * `null` goes back to the system clock.
 */
export function setReferenceDay(day: string | null, time?: string): void {
  if (day === null) {
    offsetMs = 0;
    return;
  }
  offsetMs = offsetFor(checkReferenceDay(time === undefined ? day : `${day}T${time}`, 'setReferenceDay'));
}

/**
 * Checks a `REFERENCE_DAY` value (YYYY-MM-DD or YYYY-MM-DDTHH:MM) and
 * returns it; throws with a message that says what is wrong.
 */
export function checkReferenceDay(value: string, name = 'REFERENCE_DAY'): string {
  const m = DAY_AND_TIME.exec(value);
  const day = m ? m[1]! : value;
  if (!isCalendarDay(day))
    throw new Error(
      `${name} must be a date YYYY-MM-DD (optionally followed by THH:MM), a day that exists; got "${value}".`,
    );
  if (m && (Number(m[2]) > 23 || Number(m[3]) > 59)) throw new Error(`${name} has no such time of day: "${value}".`);
  return value;
}

/** Whether a text is a day of the calendar in the form YYYY-MM-DD (2028-02-29 is, 2027-02-29 is not). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The reference day set in the environment, or null when the clock is the
 * system's. Meant for development and tests; services log it at start-up
 * so that a moved clock never goes unnoticed.
 */
export function referenceDayFromEnvironment(env: NodeJS.ProcessEnv): string | null {
  const raw = env.REFERENCE_DAY;
  if (raw === undefined || raw.trim() === '') return null;
  return checkReferenceDay(raw.trim());
}

function offsetFromEnvironment(env: NodeJS.ProcessEnv): number {
  const value = referenceDayFromEnvironment(env);
  return value === null ? 0 : offsetFor(value);
}

/** The offset that makes the clock read `value` (a day, or a day and time) now. */
function offsetFor(value: string): number {
  const system = new Date();
  const m = DAY_AND_TIME.exec(value);
  const day = m ? m[1]! : value;
  const [hour, minute, second] = m ? [Number(m[2]), Number(m[3]), 0] : wallTime(system);
  return instantOf(day, hour, minute, second) - system.getTime();
}

/** The hour, minute and second in Sweden at an instant. */
function wallTime(at: Date): [number, number, number] {
  const parts = Object.fromEntries(WALL_FORMAT.formatToParts(at).map((p) => [p.type, p.value]));
  return [Number(parts.hour), Number(parts.minute), Number(parts.second)];
}

/**
 * The instant (ms) at which Swedish clocks show `day` at the given time. On
 * the night clocks go forward an hour that does not exist moves on by the
 * hour skipped; on the night they go back the first of the two is taken.
 */
function instantOf(day: string, hour: number, minute: number, second: number): number {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, mo - 1, d, hour, minute, second);
  // Sweden is UTC+1 or UTC+2: start from UTC+1 and correct by what the wall shows.
  let guess = wanted - 3_600_000;
  for (let i = 0; i < 3; i += 1) {
    const parts = Object.fromEntries(WALL_FORMAT.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    if (shown === wanted) return guess;
    guess += wanted - shown;
  }
  return guess;
}

/** The day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar days from one date to another (YYYY-MM-DD): 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
