import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { ALLOWLIST_FILE, SUPERGRAPH_FILE, apiCheck } from '../scripts/api-check';

/**
 * `npm run api:check` on a temporary git repository holding a copy of the
 * real supergraph: a removed field fails, an added one passes, an accepted
 * break needs a reason, and a missing history is reported, not passed over.
 */
const root = path.join(__dirname, '..');
const original = readFileSync(path.join(root, SUPERGRAPH_FILE), 'utf8');
const PROBE = parse('type Query { apiCheckProbe: String @join__field(graph: AF) }');
let dir: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The supergraph with Query's fields changed by `edit`. */
function withQueryFields(sdl: string, edit: (fields: readonly FieldDefinitionNode[]) => FieldDefinitionNode[]): string {
  let touched = false;
  const doc = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== 'Query') return undefined;
      touched = true;
      return { ...node, fields: edit(node.fields ?? []) };
    },
  });
  expect(touched).toBe(true);
  return print(doc);
}
const withoutAuditReview = () =>
  withQueryFields(original, (fields) => fields.filter((f) => f.name.value !== 'afAuditReview'));
const withProbe = () =>
  withQueryFields(original, (fields) => {
    const probe = PROBE.definitions[0];
    if (probe?.kind !== Kind.OBJECT_TYPE_DEFINITION || !probe.fields?.[0]) throw new Error('probe did not parse');
    return [...fields, probe.fields[0]];
  });

function write(file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}
function commit(message: string): void {
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', message);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mk-api-check-'));
  mkdirSync(path.join(dir, 'gateway'));
  git(dir, 'init', '-q', '-b', 'main');
  write(SUPERGRAPH_FILE, original);
  write(ALLOWLIST_FILE, '{ "allowed": [] }\n');
  commit('first supergraph');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the file as first committed has nothing to compare against, and says so', async () => {
  const result = await apiCheck({ root: dir });
  expect(result.exitCode).toBe(0);
  expect(result.changes).toHaveLength(0);
  expect(result.lines[0]).toMatch(/^api:check: NOT COMPARED: .* first commit/);
  expect((await apiCheck({ root: dir, requireBase: true })).exitCode).toBe(1);
});

test('removing a field in the working tree fails against HEAD', async () => {
  write(SUPERGRAPH_FILE, withoutAuditReview());
  const result = await apiCheck({ root: dir });
  expect(result.exitCode).toBe(1);
  expect(result.blocking.map((c) => `${c.criticality.level} ${c.type} ${c.path}`)).toEqual([
    'BREAKING FIELD_REMOVED Query.afAuditReview',
  ]);
  expect(result.lines[0]).toMatch(/against [0-9a-f]+ first supergraph \[HEAD \(the working tree changes the file\)\]/);
  expect(result.lines.join('\n')).toMatch(/FAILED/);
});

test('adding a field passes and is listed as safe', async () => {
  write(SUPERGRAPH_FILE, withProbe());
  const result = await apiCheck({ root: dir });
  expect(result.exitCode).toBe(0);
  expect(result.changes.map((c) => `${c.criticality.level} ${c.type} ${c.path}`)).toEqual([
    'NON_BREAKING FIELD_ADDED Query.apiCheckProbe',
  ]);
  expect(result.lines).toContain(
    "  SAFE      FIELD_ADDED Query.apiCheckProbe: Field 'apiCheckProbe' was added to object type 'Query'",
  );
});

test('a committed break is found on a clean checkout, and passes only when listed with a reason', async () => {
  write('README', 'unrelated\n');
  commit('unrelated change');
  write(SUPERGRAPH_FILE, withoutAuditReview());
  commit('drop the AF audit review');
  write('README', 'another unrelated change\n');
  commit('later change that leaves the supergraph alone');

  const failing = await apiCheck({ root: dir });
  expect(failing.exitCode).toBe(1);
  expect(failing.lines[0]).toMatch(
    /against [0-9a-f]+ unrelated change \[the revision before [0-9a-f]+, the last commit that changed the file\]/,
  );

  write(
    ALLOWLIST_FILE,
    JSON.stringify({ allowed: [{ type: 'FIELD_REMOVED', path: 'Query.afAuditReview', reason: '' }] }),
  );
  await expect(apiCheck({ root: dir })).rejects.toThrow(/entry 0 needs a non-empty "reason"/);

  write(
    ALLOWLIST_FILE,
    JSON.stringify({
      allowed: [{ type: 'FIELD_REMOVED', path: 'Query.afAuditReview', reason: 'replaced by auditReview(agency:)' }],
    }),
  );
  const accepted = await apiCheck({ root: dir });
  expect(accepted.exitCode).toBe(0);
  expect(accepted.lines).toContain(
    "  BREAKING  FIELD_REMOVED Query.afAuditReview: Field 'afAuditReview' was removed from object type 'Query' (accepted: replaced by auditReview(agency:))",
  );

  // An explicit base that equals the current file compares nothing away; an unknown one is an error.
  expect((await apiCheck({ root: dir, base: 'HEAD' })).changes).toHaveLength(0);
  await expect(apiCheck({ root: dir, base: 'no-such-rev' })).rejects.toThrow(/--base no-such-rev is not a revision/);
});

test('a shallow clone without the earlier version says what it could not compare', async () => {
  write(SUPERGRAPH_FILE, withoutAuditReview());
  commit('drop the AF audit review');
  const shallow = `${dir}-shallow`;
  git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${dir}`, shallow);
  try {
    const result = await apiCheck({ root: shallow });
    expect(result.exitCode).toBe(0);
    expect(result.changes).toHaveLength(0);
    expect(result.lines[0]).toMatch(/NOT COMPARED: the commit before [0-9a-f]+ .* is not in this shallow clone/);
    expect((await apiCheck({ root: shallow, requireBase: true })).exitCode).toBe(1);
  } finally {
    rmSync(shallow, { recursive: true, force: true });
  }
});

test('the command exits 1 on a removed field and prints the change', () => {
  write(SUPERGRAPH_FILE, withoutAuditReview());
  const run = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), path.join(root, 'scripts/api-check.ts'), '--root', dir],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/BREAKING {2}FIELD_REMOVED Query.afAuditReview/);
  expect(run.stderr).toMatch(/"type": "FIELD_REMOVED", "path": "Query.afAuditReview"/);
}, 60_000);
