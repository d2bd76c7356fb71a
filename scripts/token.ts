/**
 * Print a development token for a demo persona.
 *
 *   npm run token -- af-t01
 *   npm run token -- fk-utredare --expires 1h
 *
 * The token goes to stdout (nothing else does), so it can be captured:
 *   TOKEN=$(npm run -s token -- soc-t01)
 * Without a persona, or with an unknown one, the persona list goes to stderr
 * and the exit code is 2.
 */
import { PERSONAS, signPersonaToken } from '../dev/src/personas';

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n\n`);
  process.stderr.write('usage: npm run token -- <persona> [--expires <span, e.g. 1h, 30m>]\n\npersonas:\n');
  const width = Math.max(...Object.keys(PERSONAS).map((k) => k.length));
  for (const [key, p] of Object.entries(PERSONAS)) {
    const teams = p.teams.length ? p.teams.join(',') : '-';
    process.stderr.write(
      `  ${key.padEnd(width)}  ${p.sub.padEnd(12)} ${p.org.padEnd(6)} ${teams.padEnd(15)} ${p.description}\n`,
    );
  }
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let persona: string | undefined;
  let expiresIn: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--expires') {
      expiresIn = args[++i];
      if (!expiresIn) usage('--expires needs a value');
    } else if (arg.startsWith('--expires=')) {
      expiresIn = arg.slice('--expires='.length);
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else if (arg.startsWith('-')) {
      usage(`unknown option ${arg}`);
    } else if (persona === undefined) {
      persona = arg;
    } else {
      usage(`unexpected argument ${arg}`);
    }
  }
  if (!persona) usage();
  if (!Object.prototype.hasOwnProperty.call(PERSONAS, persona)) usage(`unknown persona ${persona}`);

  let token: string;
  try {
    token = await signPersonaToken(persona, expiresIn ? { expiresIn } : {});
  } catch (err) {
    usage(`could not sign: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.stdout.write(`${token}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
