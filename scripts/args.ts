import { parseArgs } from 'node:util';
import { isCalendarDay } from '@malmokraften/shared';

/**
 * Reads `--as-of YYYY-MM-DD` from a script's arguments: the reference day
 * the demo is dated from and the services take as today. Undefined when not
 * given. Anything else on the line, or a day that does not exist, stops the
 * script with a message that says how to call it.
 */
export function referenceDayArgument(argv: string[], usage: string): string | undefined {
  let day: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { 'as-of': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    day = values['as-of'];
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}`, usage);
  }
  if (day !== undefined && !isCalendarDay(day))
    fail(`--as-of must be a day that exists, written YYYY-MM-DD; got "${day}".`, usage);
  return day;
}

function fail(message: string, usage: string): never {
  process.stderr.write(`${message}\nUsage: ${usage}\n`);
  process.exit(2);
}
