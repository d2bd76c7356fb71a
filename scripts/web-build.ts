/**
 * The web app is built into web/dist by Vite. `ensureWebBuilt` builds it
 * when the build is missing or older than any of its sources, so that
 * `npm start` and the browser test always serve the current app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const WEB_ROOT = path.join(__dirname, '..', 'web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

function newest(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

export function webBuildIsCurrent(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json']
    .map((f) => path.join(WEB_ROOT, f))
    .filter(existsSync);
  return statSync(index).mtimeMs >= Math.max(...sources.map(newest));
}

/** Builds web/dist unless it is current; returns its path. Throws with Vite's output when the build fails. */
export function ensureWebBuilt(log: (message: string) => void = () => {}): string {
  if (webBuildIsCurrent()) return WEB_DIST;
  log('building the web app (web/dist)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', 'build', '-w', 'web'], {
    cwd: path.join(WEB_ROOT, '..'),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the web app did not build:\n${result.stdout}\n${result.stderr}`);
  return WEB_DIST;
}
