/**
 * No service loads the development and demo tooling (dev/, the workspace
 * @malmokraften/dev): the static import graph from gateway/src/main.ts and
 * from each agency's subgraphs/<folder>/src/main.ts (the folders the
 * registry names) reaches no file of it. Every import, export ... from,
 * import(), require() and `import type` counts, resolved as TypeScript
 * resolves them with the project's settings (relative paths, and the
 * workspace packages through node_modules to their source); installed
 * packages outside the repository are not followed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { AGENCIES, agencyFolder } from '@malmokraften/shared';

const ROOT = path.join(__dirname, '..');
/** The tooling's folder, found as Node finds the package. */
const TOOLING = path.dirname(require.resolve('@malmokraften/dev/package.json'));

const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(ROOT, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const options = parsed!.options;
const cache = ts.createModuleResolutionCache(ROOT, (f) => f, options);

/** Every file of this repository the file at `entry` reaches, each with the file that imports it. */
function importGraph(entry: string): Map<string, string | null> {
  const reached = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      const { resolvedModule } = ts.resolveModuleName(specifier, file, options, ts.sys, cache);
      const target = resolvedModule?.resolvedFileName;
      if (!target || target.includes(`${path.sep}node_modules${path.sep}`) || target.endsWith('.d.ts')) continue;
      const real = ts.sys.realpath ? ts.sys.realpath(target) : target;
      if (path.relative(ROOT, real).startsWith('..') || reached.has(real)) continue;
      reached.set(real, file);
      queue.push(real);
    }
  }
  return reached;
}

/** How `file` is reached from the entry: the chain of imports. */
function chain(graph: Map<string, string | null>, file: string): string {
  const steps: string[] = [];
  for (let f: string | null | undefined = file; f; f = graph.get(f)) steps.unshift(path.relative(ROOT, f));
  return steps.join(' -> ');
}

function toolingReached(entry: string): string[] {
  const graph = importGraph(path.join(ROOT, entry));
  return [...graph.keys()].filter((f) => !path.relative(TOOLING, f).startsWith('..')).map((f) => chain(graph, f));
}

const SERVICES = ['gateway/src/main.ts', ...AGENCIES.map((a) => `subgraphs/${agencyFolder(a)}/src/main.ts`)];

describe('no service imports the development and demo tooling (dev/)', () => {
  it.each(SERVICES)('%s reaches no file of dev/', (entry) => {
    expect(toolingReached(entry)).toEqual([]);
  });

  it('follows the workspace packages to their source (the walk is not empty)', () => {
    const graph = importGraph(path.join(ROOT, 'subgraphs', agencyFolder(AGENCIES[0]!), 'src', 'main.ts'));
    const files = [...graph.keys()].map((f) => path.relative(ROOT, f));
    expect(files).toEqual(
      expect.arrayContaining([
        'shared/src/index.ts',
        'shared/src/service/process.ts',
        `subgraphs/${agencyFolder(AGENCIES[0]!)}/src/server.ts`,
      ]),
    );
    expect([...importGraph(path.join(ROOT, 'gateway/src/main.ts')).keys()]).toContain(
      path.join(ROOT, 'gateway/src/server.ts'),
    );
  });

  it('finds the tooling where the tooling is used: npm start, an agency demo, the development gateway', () => {
    for (const entry of [
      'scripts/start.ts',
      `subgraphs/${agencyFolder(AGENCIES[0]!)}/src/demo.ts`,
      'dev/src/gateway.ts',
    ])
      expect(toolingReached(entry).length).toBeGreaterThan(0);
  });
});
