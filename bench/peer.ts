/**
 * The other federation gateway the benchmark and `npm run portability`
 * compare with: Hive Gateway, installed on demand into .bench/peer (its own
 * `npm install --prefix`, ignored by git, not a dependency of the project),
 * and the committed supergraph with another set of subgraph URLs written in,
 * as that gateway reads them from the file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PEER_VERSION = '2.15.1';
const ROOT = path.join(__dirname, '..');
export const PEER_DIR = path.join(ROOT, '.bench', 'peer');

/** Installs the peer when it is missing or of another version; answers the file that starts it (bench/peer-gateway.mjs, copied beside it). */
export function ensurePeer(say: (line: string) => void): string {
  const pkg = path.join(PEER_DIR, 'node_modules', '@graphql-hive', 'gateway', 'package.json');
  const installed = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : null;
  if (installed !== PEER_VERSION) {
    say(
      `Installing @graphql-hive/gateway@${PEER_VERSION} into .bench/peer (outside the project's dependencies; 1–3 minutes and about 500 MB the first time)...`,
    );
    mkdirSync(PEER_DIR, { recursive: true });
    if (!existsSync(path.join(PEER_DIR, 'package.json')))
      writeFileSync(path.join(PEER_DIR, 'package.json'), '{ "name": "malmokraften-bench-peer", "private": true }\n');
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        PEER_DIR,
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--save-exact',
        `@graphql-hive/gateway@${PEER_VERSION}`,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 900_000,
      },
    );
  }
  const entry = path.join(PEER_DIR, 'server.mjs');
  copyFileSync(path.join(__dirname, 'peer-gateway.mjs'), entry);
  return entry;
}

/** Writes the committed supergraph with these subgraph URLs (name → URL) into `file`, and answers `file`. */
export function supergraphWithUrls(urls: Record<string, string>, file: string): string {
  let sdl = readFileSync(path.join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(urls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  return file;
}
