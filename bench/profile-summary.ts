/**
 * `npm run bench:profile -- <file.cpuprofile> ...` (or `npx tsx
 * bench/profile-summary.ts ...`): where a process's CPU time went, from the
 * V8 CPU profiles `npm run bench -- --cpu-prof` writes (.bench/prof/gateway,
 * .bench/prof/af). For each profile, a Markdown table of time by category
 * (HTTP and JSON, token verification, GraphQL, access decisions, SQL client,
 * audit, logging, garbage collection, idle, other) and the functions with
 * the most self time.
 *
 *   options: --from S, --to S  only the samples from S to S seconds after
 *            the profile began (e.g. to leave out start-up)
 *            --top N           how many functions to list (default 15)
 *
 * Self time: each sample is charged the time until the next sample
 * (`timeDeltas`), to the node it was taken in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const CATEGORIES = [
  'HTTP and JSON',
  'token verification',
  'GraphQL parse/validate/plan/execute',
  'access decisions',
  'SQL client',
  'audit',
  'logging',
  'garbage collection',
  'module loading and compiling (start-up)',
  'idle',
  'program/other',
] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * Attribution: a sample's self time goes to the nearest frame, from the
 * sampled frame up towards the root, that *owns* a category. The leaves are
 * mostly generic runtime work (JSON.parse, Buffer and string builtins,
 * streams, sockets, crypto, promise machinery) that says nothing about whose
 * work it is: JSON.parse under the HTTP body reader is HTTP and JSON, under
 * pg's type parsers it is SQL; a socket write under pg is SQL, under undici
 * (the gateway's subgraph fetches) it is HTTP; a hash under jose is token
 * verification, under the audit chain it is audit. So the component that
 * asked for the work is charged with it (top-down, by the caller), not the
 * runtime function that did it. Frames that only *hint* a category (Node's
 * net/stream/events internals, JSON builtins) decide only when no owner is
 * found above them, e.g. a socket read that no library code is on the stack
 * for yet. The first matching row below decides for a frame, so the order
 * matters: specific rows (Apollo's response serialisation) before general
 * ones (@apollo/server).
 */
interface Rule {
  category: Category;
  /** 'owns': decides for itself and everything it calls; 'hints': decides only if no owner is above it. */
  kind: 'owns' | 'hints';
  url?: RegExp;
  fn?: RegExp;
  why: string;
}

const NM = (pkgs: string) => new RegExp(`/node_modules/(?:${pkgs})/`);

const RULES: Rule[] = [
  // V8's pseudo-frames.
  { category: 'garbage collection', kind: 'owns', fn: /^\(garbage collector\)$/, why: 'V8 garbage collection' },
  { category: 'idle', kind: 'owns', fn: /^\(idle\)$/, why: 'event loop waiting' },
  {
    category: 'program/other',
    kind: 'owns',
    fn: /^\(program\)$/,
    why: 'native code V8 does not attribute (compiling, the loop, I/O callbacks)',
  },

  // Loading code: at start-up, and for anything required lazily later.
  {
    category: 'module loading and compiling (start-up)',
    kind: 'owns',
    url: /^node:internal\/(modules\/|bootstrap\/)|\/node_modules\/(tsx|esbuild|get-tsconfig|source-map-support)\//,
    why: "Node's module loaders and tsx's TypeScript compile (the services run their .ts through tsx)",
  },

  // The project's own code, by folder.
  {
    category: 'HTTP and JSON',
    kind: 'owns',
    url: /\/shared\/src\/http\//,
    why: "the project's HTTP server: body reading, JSON.parse of requests, answers",
  },
  {
    category: 'token verification',
    kind: 'owns',
    url: /\/shared\/src\/auth\//,
    why: 'token verification and its cache',
  },
  { category: 'access decisions', kind: 'owns', url: /\/shared\/src\/access\//, why: 'the rule tables' },
  {
    category: 'access decisions',
    kind: 'owns',
    url: /\/shared\/src\/agency\/(gate|facts|staff)\.ts$/,
    why: 'the access gate and the facts and staff entries it decides on (their SQL is SQL)',
  },
  {
    category: 'audit',
    kind: 'owns',
    url: /\/shared\/src\/audit\//,
    why: 'the audit log: entries, hash chain, group commit',
  },
  { category: 'SQL client', kind: 'owns', url: /\/shared\/src\/db\//, why: "the project's data-source set-up" },
  { category: 'logging', kind: 'owns', url: /\/shared\/src\/logger\.ts$/, why: "the project's logger" },
  {
    category: 'GraphQL parse/validate/plan/execute',
    kind: 'hints',
    url: /\/(shared\/src|subgraphs\/[^/]+\/src|gateway\/src)\//,
    why: "resolvers and the rest of the services' own code (helpers such as clock.ts count for their caller): part of execution",
  },

  // Libraries.
  { category: 'token verification', kind: 'owns', url: NM('jose'), why: 'JWT signature and claims' },
  {
    category: 'SQL client',
    kind: 'owns',
    url: NM('pg|pg-protocol|pg-pool|pg-types|pg-connection-string|postgres-[a-z]+|typeorm'),
    why: 'pg, its protocol and types, TypeORM',
  },
  {
    category: 'logging',
    kind: 'owns',
    url: NM('pino|pino-[a-z-]+|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|on-exit-leak-free'),
    why: 'pino',
  },
  {
    category: 'HTTP and JSON',
    kind: 'owns',
    url: NM('@apollo/server'),
    fn: /^(prettyJSONStringify|runHttpQuery)$/,
    why: "@apollo/server's HTTP layer and JSON answer (before the general @apollo/server row)",
  },
  {
    category: 'HTTP and JSON',
    kind: 'owns',
    url: NM('undici|@apollo/utils\\.fetcher|node-fetch'),
    why: "the gateway's HTTP client for subgraph fetches",
  },
  {
    category: 'HTTP and JSON',
    kind: 'owns',
    url: /^node:(internal\/deps\/undici|internal\/deps\/llhttp)/,
    why: "Node's own fetch and HTTP parser",
  },
  {
    category: 'GraphQL parse/validate/plan/execute',
    kind: 'owns',
    url: NM('graphql|@graphql-tools/[^/]+|@apollo/[^/]+|dataloader|@wry/[^/]+|lru-cache|@opentelemetry/[^/]+'),
    why: 'graphql-js, Apollo Server, subgraph, gateway, query planner, federation-internals, DataLoader (tracing: no-op spans)',
  },

  // Node's HTTP server: owns (nothing but HTTP uses it).
  {
    category: 'HTTP and JSON',
    kind: 'owns',
    url: /^node:(_http_[a-z]+|http|https|internal\/http)$/,
    why: "Node's HTTP server and client",
  },
  // Hints: Node internals and builtins that serve every component.
  {
    category: 'HTTP and JSON',
    kind: 'hints',
    url: /^node:(net|stream|internal\/streams\/.*|internal\/stream_base_commons|buffer|internal\/buffer|string_decoder|zlib)$/,
    why: 'sockets and streams',
  },
  {
    category: 'HTTP and JSON',
    kind: 'hints',
    url: /^$/,
    fn: /^(parse|stringify|JSON\.parse|JSON\.stringify)$/,
    why: 'JSON builtins',
  },
];

function ruleFor(frame: CallFrame): Rule | undefined {
  return RULES.find((r) => (!r.url || r.url.test(frame.url)) && (!r.fn || r.fn.test(frame.functionName)));
}

interface Summary {
  file: string;
  wallMs: number;
  windowMs: number;
  samples: number;
  byCategory: Map<Category, number>;
  byFunction: Map<string, { ms: number; category: Category; where: string; name: string }>;
}

/** A call frame's place in the project, shortened: node_modules/<pkg>/..., shared/src/..., node:net. */
function where(frame: CallFrame): string {
  if (!frame.url) return '(native)';
  const url = frame.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('/node_modules/');
  const short = nm >= 0 ? url.slice(nm + '/node_modules/'.length) : path.relative(path.resolve(__dirname, '..'), url);
  // Line numbers of .ts files are those of tsx's output, not of the source.
  return short.endsWith('.ts') ? short : `${short}:${frame.lineNumber + 1}`;
}

function summarise(file: string, fromS: number, toS: number): Summary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Category of each node: its own rule if it owns one, else the nearest owning ancestor's, else the nearest hint, else other.
  const categoryOf = new Map<number, Category>();
  const categorise = (id: number): Category => {
    const known = categoryOf.get(id);
    if (known) return known;
    let hint: Category | undefined;
    let decided: Category | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const rule = ruleFor(byId.get(at)!.callFrame);
      if (rule?.kind === 'owns') {
        decided = rule.category;
        break;
      }
      if (rule?.kind === 'hints') hint ??= rule.category;
    }
    const category = decided ?? hint ?? 'program/other';
    categoryOf.set(id, category);
    return category;
  };

  const byCategory = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  const byFunction: Summary['byFunction'] = new Map();
  // Sample i was taken at startTime + sum(timeDeltas[0..i]) and lasts until the next one (the last until endTime).
  const stamps: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) stamps.push((t += d));
  const from = profile.startTime + fromS * 1e6;
  const to = Math.min(profile.endTime, profile.startTime + toS * 1e6);
  let windowUs = 0;
  let counted = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const at = stamps[i]!;
    if (at < from || at >= to) continue;
    const us = Math.max(0, (i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime) - at);
    const id = profile.samples[i]!;
    const category = categorise(id);
    const ms = us / 1000;
    windowUs += us;
    counted++;
    byCategory.set(category, byCategory.get(category)! + ms);
    const frame = byId.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    const key = `${name}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${category}`;
    const f = byFunction.get(key) ?? { ms: 0, category, where: where(frame), name };
    f.ms += ms;
    byFunction.set(key, f);
  }
  return {
    file,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    windowMs: windowUs / 1000,
    samples: counted,
    byCategory,
    byFunction,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (part: number, whole: number) => (whole > 0 ? `${fmt((100 * part) / whole, 1)} %` : '–');

function print(s: Summary, top: number): void {
  const idle = s.byCategory.get('idle') ?? 0;
  const busy = s.windowMs - idle;
  // The work under load: busy time without loading code (mostly start-up, which varies from run to run).
  const work = busy - (s.byCategory.get('module loading and compiling (start-up)') ?? 0);
  const lines: string[] = [];
  lines.push(`### ${path.relative(process.cwd(), s.file)}`);
  lines.push('');
  lines.push(
    `${fmt(s.windowMs)} ms profiled (${fmt(s.samples)} samples; the profile spans ${fmt(s.wallMs / 1000, 1)} s), of which ${fmt(busy)} ms busy (not idle): ${pct(busy, s.windowMs)} of one core.`,
  );
  lines.push('');
  lines.push('| category | ms | % of profiled | % of busy | % of busy without start-up |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const c of CATEGORIES) {
    const ms = s.byCategory.get(c) ?? 0;
    const startUp = c === 'module loading and compiling (start-up)';
    lines.push(
      `| ${c} | ${fmt(ms)} | ${pct(ms, s.windowMs)} | ${c === 'idle' ? '–' : pct(ms, busy)} | ${c === 'idle' || startUp ? '–' : pct(ms, work)} |`,
    );
  }
  lines.push(`| **total** | **${fmt(s.windowMs)}** | 100.0 % | ${fmt(busy)} ms | ${fmt(work)} ms |`);
  lines.push('');
  lines.push(`Top ${top} functions by self time (idle left out):`);
  lines.push('');
  lines.push('| function | where | category | self ms | % of busy |');
  lines.push('|---|---|---|---:|---:|');
  const functions = Array.from(s.byFunction.values())
    .filter((f) => f.category !== 'idle')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  for (const f of functions)
    lines.push(`| \`${f.name}\` | ${f.where} | ${f.category} | ${fmt(f.ms)} | ${pct(f.ms, busy)} |`);
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const v = Number(args.splice(i, 2)[1]);
    if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a number`);
    return v;
  };
  const fromS = option('--from', 0);
  const toS = option('--to', Infinity);
  const top = option('--top', 15);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run bench:profile -- [--from S] [--to S] [--top N] <file.cpuprofile> ...\n');
    process.exit(2);
  }
  for (const f of files) print(summarise(f, fromS, toS), top);
}

main();
