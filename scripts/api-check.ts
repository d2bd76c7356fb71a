/**
 * Breaking-change check of the federation's public API: the API schema of
 * the working tree's gateway/supergraph.graphql (what clients can query,
 * without the federation's own directives and types) against the same file at
 * a baseline git revision.
 *
 * Baseline: `--base <rev>` if given; otherwise HEAD when the working tree's
 * file differs from HEAD's, else the revision before the last commit that
 * changed the file (so a clean checkout, as in CI, checks the latest change).
 *
 * Prints every change with its criticality and exits 1 when a breaking
 * change is not listed, with a reason, in gateway/api-changes.json. When no
 * baseline can be found (no git, a shallow clone, the file's first version)
 * it says so and what it did not compare; `--require-base` turns that into
 * a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

export const SUPERGRAPH_FILE = 'gateway/supergraph.graphql';
export const ALLOWLIST_FILE = 'gateway/api-changes.json';

export interface AllowedChange {
  /** GraphQL Inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** The schema coordinate the change is about, e.g. Participant.name. */
  path: string;
  /** Why the break is accepted (who was told, what replaces it). */
  reason: string;
}

export interface ApiCheckOptions {
  /** The repository's top folder. */
  root: string;
  base?: string;
  requireBase?: boolean;
}

export interface ApiCheckResult {
  exitCode: 0 | 1;
  lines: string[];
  changes: Change[];
  /** Breaking changes not in the allowlist. */
  blocking: Change[];
}

export class CheckError extends Error {}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/** The public API schema of a supergraph SDL (no join__/link__ types, no @inaccessible elements). */
export function apiSchemaOf(sdl: string, label: string): GraphQLSchema {
  try {
    return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  } catch (err) {
    throw new CheckError(
      `${label} is not a valid supergraph: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    );
  }
}

export function readAllowlist(root: string): AllowedChange[] {
  const file = path.join(root, ALLOWLIST_FILE);
  if (!existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CheckError(`${ALLOWLIST_FILE} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const allowed = (parsed as { allowed?: unknown })?.allowed;
  if (!Array.isArray(allowed)) throw new CheckError(`${ALLOWLIST_FILE} must be an object with a list "allowed".`);
  return allowed.map((entry: unknown, i) => {
    const e = entry as Partial<Record<keyof AllowedChange, unknown>>;
    for (const key of ['type', 'path', 'reason'] as const) {
      if (typeof e?.[key] !== 'string' || e[key].trim() === '') {
        throw new CheckError(
          `${ALLOWLIST_FILE}: entry ${i} needs a non-empty "${key}" (every accepted break is listed with its type, path and reason).`,
        );
      }
    }
    return { type: e.type as string, path: e.path as string, reason: e.reason as string };
  });
}

interface Baseline {
  rev: string;
  /** How the baseline was chosen, for the report. */
  why: string;
  sdl: string | null;
}

/** Finds the baseline, or returns a sentence saying why there is none. */
function findBaseline(root: string, current: string, explicit: string | undefined): Baseline | string {
  if (git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return 'not a git checkout';
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const show = (rev: string) => git(root, ['show', `${rev}:${SUPERGRAPH_FILE}`]);

  if (explicit) {
    const commit = git(root, ['rev-parse', '--verify', '--quiet', `${explicit}^{commit}`])?.trim();
    if (!commit)
      throw new CheckError(
        `--base ${explicit} is not a revision of this repository${shallow ? ' (the clone is shallow: fetch more history)' : ''}.`,
      );
    return { rev: commit, why: `--base ${explicit}`, sdl: show(commit) };
  }

  const head = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])?.trim();
  if (!head) return 'the repository has no commits yet';
  const atHead = show(head);
  if (atHead === null) return `${SUPERGRAPH_FILE} is not committed yet: this is its first version`;
  if (atHead !== current) return { rev: head, why: 'HEAD (the working tree changes the file)', sdl: atHead };

  const last = git(root, ['log', '-1', '--format=%H', 'HEAD', '--', SUPERGRAPH_FILE])?.trim();
  if (!last)
    return `no commit that changed ${SUPERGRAPH_FILE} is in the available history${shallow ? ' (shallow clone)' : ''}`;
  const parent = git(root, ['rev-parse', '--verify', '--quiet', `${last}^`])?.trim();
  if (!parent) {
    return shallow
      ? `the commit before ${last.slice(0, 10)} (the last change to the file) is not in this shallow clone; fetch more history (git fetch --deepen=50) or pass --base`
      : `${last.slice(0, 10)} added ${SUPERGRAPH_FILE} as the repository's first commit: there is no earlier version`;
  }
  return {
    rev: parent,
    why: `the revision before ${last.slice(0, 10)}, the last commit that changed the file`,
    sdl: show(parent),
  };
}

function describe(root: string, rev: string): string {
  return git(root, ['log', '-1', '--format=%h %s', rev])?.trim() ?? rev.slice(0, 10);
}

const LABEL: Record<CriticalityLevel, string> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

export async function apiCheck(opts: ApiCheckOptions): Promise<ApiCheckResult> {
  const lines: string[] = [];
  const file = path.join(opts.root, SUPERGRAPH_FILE);
  if (!existsSync(file)) throw new CheckError(`${SUPERGRAPH_FILE} does not exist; run \`npm run compose\`.`);
  const current = readFileSync(file, 'utf8');
  const allowlist = readAllowlist(opts.root);
  const newSchema = apiSchemaOf(current, `The working tree's ${SUPERGRAPH_FILE}`);

  const baseline = findBaseline(opts.root, current, opts.base);
  if (typeof baseline === 'string') {
    lines.push(`api:check: NOT COMPARED: ${baseline}.`);
    lines.push(
      opts.requireBase
        ? 'api:check: failing because --require-base was given.'
        : 'api:check: nothing was checked for breaking changes (pass --base <rev> to compare against a given revision).',
    );
    return { exitCode: opts.requireBase ? 1 : 0, lines, changes: [], blocking: [] };
  }
  const baseLabel = `${describe(opts.root, baseline.rev)} [${baseline.why}]`;
  if (baseline.sdl === null) {
    lines.push(
      `api:check: NOT COMPARED: ${SUPERGRAPH_FILE} did not exist at ${baseLabel}; every type and field is new.`,
    );
    return { exitCode: opts.requireBase ? 1 : 0, lines, changes: [], blocking: [] };
  }
  const oldSchema = apiSchemaOf(baseline.sdl, `${SUPERGRAPH_FILE} at ${baseline.rev.slice(0, 10)}`);
  const changes = await diff(oldSchema, newSchema);

  const allowedFor = (c: Change) => allowlist.find((a) => a.type === c.type && a.path === (c.path ?? ''));
  const blocking: Change[] = [];
  const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
  lines.push(`api:check: API schema of ${SUPERGRAPH_FILE} (working tree) against ${baseLabel}`);
  for (const change of [...changes].sort(
    (a, b) => order.indexOf(a.criticality.level) - order.indexOf(b.criticality.level),
  )) {
    const level = change.criticality.level;
    const allowed = level === CriticalityLevel.Breaking ? allowedFor(change) : undefined;
    if (level === CriticalityLevel.Breaking && !allowed) blocking.push(change);
    const note = allowed
      ? ` (accepted: ${allowed.reason})`
      : level === CriticalityLevel.Breaking
        ? ' (not in the allowlist)'
        : '';
    lines.push(
      `  ${LABEL[level].padEnd(9)} ${change.type} ${change.path ?? '-'}: ${change.message.replace(/\s*\n\s*/g, ' ')}${note}`,
    );
  }
  const count = (l: CriticalityLevel) => changes.filter((c) => c.criticality.level === l).length;
  lines.push(
    `api:check: ${changes.length} change(s): ${count(CriticalityLevel.Breaking)} breaking (${blocking.length} not accepted), ${count(CriticalityLevel.Dangerous)} dangerous, ${count(CriticalityLevel.NonBreaking)} safe.`,
  );
  if (blocking.length > 0) {
    lines.push(
      `api:check: FAILED. Keep the old fields (deprecate them first), or list each break with a reason in ${ALLOWLIST_FILE}:`,
    );
    for (const c of blocking) lines.push(`  { "type": "${c.type}", "path": "${c.path ?? ''}", "reason": "..." }`);
  }
  return { exitCode: blocking.length > 0 ? 1 : 0, lines, changes, blocking };
}

function parseArgs(argv: string[]): Omit<ApiCheckOptions, 'root'> & { root?: string } {
  const opts: Omit<ApiCheckOptions, 'root'> & { root?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new CheckError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--base') opts.base = value();
    else if (arg === '--root') opts.root = value();
    else if (arg === '--require-base') opts.requireBase = true;
    else
      throw new CheckError(
        `Unknown argument ${arg}. Usage: npm run api:check -- [--base <rev>] [--require-base] [--root <dir>]`,
      );
  }
  return opts;
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    const result = await apiCheck({ ...args, root: path.resolve(args.root ?? path.join(__dirname, '..')) });
    for (const line of result.lines) (result.exitCode === 0 ? console.log : console.error)(line);
    process.exitCode = result.exitCode;
  } catch (err) {
    if (!(err instanceof CheckError)) throw err;
    console.error(`api:check: ${err.message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
