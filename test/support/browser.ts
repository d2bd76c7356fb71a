import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * Finds the Chromium the browser tests drive, and on a machine without one
 * installs Debian's `chromium` package when it can (root, apt-get): the test
 * command brings what it needs. Where no Chromium can be had, the browser
 * tests are skipped and the run says so loudly, at its start and its end;
 * in CI (CI=true) that is a failure instead.
 */

/** Where a Chromium is looked for when CHROMIUM_PATH is not set. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export type BrowserOutcome = { path: string; installed: boolean } | { path: null; reason: string };

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir !== '' && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

function findChromium(): string | null {
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/** Runs a command with its output shown (an install can take a minute or two), throwing on failure. */
function run(command: string, args: string[], say: (line: string) => void): void {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ended with code ${result.status}`);
}

/**
 * CHROMIUM_PATH if set (it must exist), else a Chromium on the PATH, else
 * Debian's package installed now (as root, with apt-get), else the reason
 * none could be had.
 */
export function ensureChromium(say: (line: string) => void): BrowserOutcome {
  const configured = process.env.CHROMIUM_PATH;
  if (configured)
    return executable(configured)
      ? { path: configured, installed: false }
      : { path: null, reason: `CHROMIUM_PATH is set to ${configured}, which is not an executable file` };
  const found = findChromium();
  if (found) return { path: found, installed: false };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    return {
      path: null,
      reason: `no Chromium found (${CANDIDATES.join(', ')} on the PATH), and it can only be installed here by root with apt-get`,
    };
  }
  say(
    "The browser tests need Chromium and this machine has none: installing Debian's chromium package (apt-get; about 100 MB, a minute or two).",
  );
  try {
    run('apt-get', ['update', '-qq'], say);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], say);
  } catch (err) {
    return {
      path: null,
      reason: `installing Debian's chromium failed (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  const installed = findChromium();
  if (!installed) return { path: null, reason: 'the chromium package was installed, but no chromium is on the PATH' };
  say(`Installed ${execFileSync(installed, ['--version'], { encoding: 'utf8' }).trim()} at ${installed}.`);
  return { path: installed, installed: true };
}

/** What to print when the browser tests cannot run, and how to run them. */
export function notRunBanner(reason: string): string {
  const rule = '='.repeat(78);
  return [
    '',
    rule,
    'NOT RUN: the browser tests (test/browser.test.ts, test/browser-*.test.ts), because',
    `  ${reason}.`,
    'To run them: install Chromium (Debian/Ubuntu: sudo apt-get install chromium),',
    'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
    rule,
    '',
  ].join('\n');
}
