/**
 * `npm run compose:lint`: checks docker-compose.yml and the Dockerfile
 * without Docker.
 *
 * - the file is YAML, and fits the Compose Specification's JSON schema (the
 *   copy shipped in the `dclint` package);
 * - every service named in depends_on, every named volume and network exists;
 * - every agency's subgraph has a database service of its own, reaches it as
 *   the agency's own role, and no other service can reach that database but
 *   the agency's demo seed step (dev/src/seed-agency.ts), which runs once,
 *   on that database's network alone, before the subgraph starts;
 * - each subgraph's environment passes the subgraphs' own configuration
 *   check (subgraphConfig) in production, with a token key set mounted;
 * - the gateway's subgraph URLs point at the subgraph services and ports;
 * - every file a command, a mount or the Dockerfile names exists and is not
 *   left out of the image by .dockerignore;
 * - the gateway serves the web app that the image builds (WEB_DIR);
 * - .env.example lists exactly the variables the file reads.
 *
 * Variables like ${X:-default} are taken at their defaults (no .env), so the
 * result does not depend on the machine. Prints one line per check; exits 1
 * if any fails.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parseDocument } from 'yaml';
import { AGENCIES, agencyFolder, agencyKey, agencyNamed, type Agency } from '../shared/src/agencies';
import { agencyDatabase, DEFAULT_PORTS, subgraphConfig } from '../shared/src/service/config';

const root = path.join(__dirname, '..');
/** The demo seed of one agency's database (the development and demo tooling), run as a step before its subgraph. */
const SEED_STEP = 'dev/src/seed-agency.ts';

type Env = Record<string, string>;
interface Mount {
  type: 'bind' | 'volume' | 'tmpfs';
  source: string;
  target: string;
  readOnly: boolean;
}
interface Service {
  name: string;
  raw: Record<string, unknown>;
  env: Env;
  command: string[];
  dependsOn: Record<string, string>;
  mounts: Mount[];
  networks: string[];
}

let failures = 0;
function check(what: string, problems: string[] | string | null | undefined | false): void {
  const list = (Array.isArray(problems) ? problems : problems ? [problems] : []).filter(Boolean);
  if (list.length === 0) {
    console.log(`ok    ${what}`);
  } else {
    failures += 1;
    console.log(`FAIL  ${what}: ${list.join('; ')}`);
  }
}

// ---------------------------------------------------------------------------
// Reading the file the way Compose does: YAML with merge keys, then ${...}.
// ---------------------------------------------------------------------------

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Compose's interpolation, against an empty environment: only defaults count. */
function interpolate(value: string, where: string, errors: string[]): string {
  return value.replace(VARIABLE, (match, braced?: string, op?: string, arg: string = '', bare?: string) => {
    if (match === '$$') return '$';
    const name = braced ?? bare!;
    switch (op) {
      case ':-':
      case '-':
        return interpolate(arg, where, errors);
      case ':?':
      case '?':
        errors.push(`${where}: required variable ${name} is not set${arg ? ` (${arg})` : ''}`);
        return '';
      case ':+':
      case '+':
        return ''; // unset, so no alternative
      default:
        errors.push(`${where}: variable ${name} has no default`);
        return '';
    }
  });
}

function interpolateAll(node: unknown, where: string, errors: string[]): unknown {
  if (typeof node === 'string') return interpolate(node, where, errors);
  if (Array.isArray(node)) return node.map((v, i) => interpolateAll(v, `${where}[${i}]`, errors));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, interpolateAll(v, where ? `${where}.${k}` : k, errors)]),
    );
  }
  return node;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function environment(raw: unknown): Env {
  const env: Env = {};
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const [k, ...rest] = String(item).split('=');
      if (k && rest.length) env[k] = rest.join('=');
    }
  } else if (isObject(raw)) {
    for (const [k, v] of Object.entries(raw)) if (v !== null && v !== undefined) env[k] = scalar(v);
  }
  return env;
}

/** A YAML scalar as text; a list or mapping where a scalar belongs comes out as its JSON (the schema check reports it). */
function scalar(v: unknown, fallback = ''): string {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : JSON.stringify(v);
}

function mounts(raw: unknown): Mount[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((m): Mount => {
    if (isObject(m)) {
      return {
        type: (m.type as Mount['type']) ?? 'volume',
        source: scalar(m.source),
        target: scalar(m.target),
        readOnly: m.read_only === true,
      };
    }
    const [source = '', target = '', mode = ''] = String(m).split(':');
    return {
      type: /^[./~]/.test(source) ? 'bind' : 'volume',
      source,
      target,
      readOnly: mode.split(',').includes('ro'),
    };
  });
}

function service(name: string, raw: Record<string, unknown>): Service {
  const command = Array.isArray(raw.command)
    ? raw.command.map(String)
    : typeof raw.command === 'string'
      ? raw.command.split(/\s+/)
      : [];
  const dependsOn: Record<string, string> = {};
  if (Array.isArray(raw.depends_on)) for (const d of raw.depends_on) dependsOn[String(d)] = 'service_started';
  else if (isObject(raw.depends_on)) {
    for (const [d, spec] of Object.entries(raw.depends_on))
      dependsOn[d] = isObject(spec) ? scalar(spec.condition, 'service_started') : 'service_started';
  }
  const networks = Array.isArray(raw.networks)
    ? raw.networks.map(String)
    : isObject(raw.networks)
      ? Object.keys(raw.networks)
      : ['default'];
  return { name, raw, env: environment(raw.environment), command, dependsOn, mounts: mounts(raw.volumes), networks };
}

// ---------------------------------------------------------------------------
// The Dockerfile and .dockerignore: what the image holds.
// ---------------------------------------------------------------------------

interface Dockerfile {
  workdir: string;
  env: Env;
  copies: string[][];
  cmd: string[];
  runs: string[];
}

function readDockerfile(file: string): Dockerfile {
  const text = readFileSync(file, 'utf8').replace(/\\\r?\n/g, ' ');
  const out: Dockerfile = { workdir: '/', env: {}, copies: [], cmd: [], runs: [] };
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    const instruction = m[1]!.toUpperCase();
    const rest = m[2]!.trim();
    // Only the last stage is the image: what a stage before it copies or sets is not in it.
    if (instruction === 'FROM') Object.assign(out, { workdir: '/', env: {}, copies: [], cmd: [], runs: [] });
    const args = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : rest.split(/\s+/);
    if (instruction === 'WORKDIR') out.workdir = path.posix.resolve(out.workdir, rest);
    if (instruction === 'ENV')
      for (const pair of rest.match(/[A-Za-z_][A-Za-z0-9_]*=("[^"]*"|\S*)/g) ?? []) {
        const [k, ...v] = pair.split('=');
        out.env[k!] = v.join('=').replace(/^"|"$/g, '');
      }
    if ((instruction === 'COPY' || instruction === 'ADD') && !args.some((a) => a.startsWith('--from')))
      out.copies.push(args.filter((a) => !a.startsWith('--')));
    if (instruction === 'CMD') out.cmd = args;
    if (instruction === 'RUN') out.runs.push(rest);
  }
  return out;
}

const GLOB: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };

/** Whether .dockerignore leaves a path (relative to the context) out of the build context. */
function dockerignore(file: string): (relative: string) => boolean {
  const rules = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  const compiled = rules.map((rule) => {
    const negate = rule.startsWith('!');
    const pattern = path.posix.normalize(rule.replace(/^!/, '').replace(/^\/+/, ''));
    const source = pattern
      .split(/(\*\*\/|\*\*|\*|\?)/)
      .map((part) => GLOB[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
      .join('');
    return { negate, re: new RegExp(`^${source}$`) };
  });
  return (relative) => {
    const parts = relative.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const { negate, re } of compiled) if (prefixes.some((p) => re.test(p))) excluded = !negate;
    return excluded;
  };
}

// ---------------------------------------------------------------------------

function main(): void {
  const composeFile = path.join(root, 'docker-compose.yml');
  const text = readFileSync(composeFile, 'utf8');
  const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: true });
  check(
    'docker-compose.yml is valid YAML',
    [...doc.errors, ...doc.warnings].map((e) => e.message.split('\n')[0]!),
  );
  if (doc.errors.length) process.exit(1);

  const interpolationErrors: string[] = [];
  const compose = interpolateAll(doc.toJS({ maxAliasCount: 1000 }), '', interpolationErrors) as Record<string, unknown>;
  check('every ${VARIABLE} has a default (the file works without a .env)', interpolationErrors);
  const used = new Set([...text.replace(/\$\$/g, '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const exampleFile = path.join(root, '.env.example');
  const listed = new Set(
    existsSync(exampleFile)
      ? [...readFileSync(exampleFile, 'utf8').matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!)
      : [],
  );
  check('.env.example lists exactly the variables docker-compose.yml reads', [
    ...[...used].filter((v) => !listed.has(v)).map((v) => `${v} is not in .env.example`),
    ...[...listed]
      .filter((v) => !used.has(v))
      .map((v) => `${v} is in .env.example but docker-compose.yml does not read it`),
  ]);

  // The official schema, as shipped by the dclint package.
  const schemaFile = path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);
  validate(compose);
  check(
    'fits the Compose Specification JSON schema',
    (validate.errors ?? []).map(
      (e) =>
        `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    ),
  );

  const rawServices = isObject(compose.services) ? compose.services : {};
  const services = Object.entries(rawServices).map(([name, raw]) => service(name, isObject(raw) ? raw : {}));
  const byName = new Map(services.map((s) => [s.name, s]));
  const declaredVolumes = new Set(Object.keys(isObject(compose.volumes) ? compose.volumes : {}));
  const declaredNetworks = new Set(['default', ...Object.keys(isObject(compose.networks) ? compose.networks : {})]);

  // --- references between services, volumes and networks ---
  check(
    'every service named in depends_on exists (and has a healthcheck where one is awaited)',
    services.flatMap((s) =>
      Object.entries(s.dependsOn).flatMap(([d, condition]) => {
        const target = byName.get(d);
        if (!target) return [`${s.name} depends on unknown service ${d}`];
        if (condition === 'service_healthy' && !isObject(target.raw.healthcheck))
          return [`${s.name} waits for ${d} to be healthy, but ${d} has no healthcheck`];
        return [];
      }),
    ),
  );
  const namedVolumes = services.flatMap((s) => s.mounts.filter((m) => m.type === 'volume').map((m) => ({ s, m })));
  check(
    'every named volume is declared under volumes:',
    namedVolumes
      .filter(({ m }) => !declaredVolumes.has(m.source))
      .map(({ s, m }) => `${s.name} uses undeclared volume "${m.source}"`),
  );
  check(
    'every declared volume is used',
    [...declaredVolumes]
      .filter((v) => !namedVolumes.some(({ m }) => m.source === v))
      .map((v) => `volume ${v} is not used`),
  );
  check(
    'every network a service joins is declared under networks:',
    services.flatMap((s) =>
      s.networks.filter((n) => !declaredNetworks.has(n)).map((n) => `${s.name} joins undeclared network ${n}`),
    ),
  );
  // A one-shot step (restart: "no") that the services after it wait for to complete needs no healthcheck.
  const oneShot = (s: Service) => {
    const waiting = services.filter((o) => s.name in o.dependsOn);
    return (
      s.raw.restart === 'no' &&
      waiting.length > 0 &&
      waiting.every((o) => o.dependsOn[s.name] === 'service_completed_successfully')
    );
  };
  check(
    'every service has a healthcheck (but a one-shot step the others wait to complete)',
    services.filter((s) => !isObject(s.raw.healthcheck) && !oneShot(s)).map((s) => `${s.name} has none`),
  );
  check(
    'every healthcheck that reads PORT runs where PORT is set',
    services
      .filter((s) => JSON.stringify(s.raw.healthcheck ?? '').includes('process.env.PORT') && !s.env.PORT)
      .map((s) => `${s.name}: PORT is not set`),
  );

  // --- the image: Dockerfile, build context, files named by commands and mounts ---
  const built = services.filter((s) => s.raw.build !== undefined);
  const builds = built.map((s) => {
    const b = s.raw.build;
    const context = isObject(b) ? scalar(b.context, '.') : scalar(b);
    return {
      s,
      context: path.resolve(root, context),
      dockerfile: path.resolve(root, context, isObject(b) ? scalar(b.dockerfile, 'Dockerfile') : 'Dockerfile'),
    };
  });
  check(
    'every build context and Dockerfile exists',
    builds
      .flatMap(({ s, context, dockerfile }) => [
        existsSync(context) ? '' : `${s.name}: no build context ${path.relative(root, context) || '.'}`,
        existsSync(dockerfile) ? '' : `${s.name}: no ${path.relative(root, dockerfile)}`,
      ])
      .filter(Boolean),
  );
  check(
    'services built from this repository all build the same context',
    new Set(builds.map((b) => b.context + b.dockerfile)).size <= 1 ? null : 'several build contexts or Dockerfiles',
  );

  const dockerfilePath = builds[0]?.dockerfile ?? path.join(root, 'Dockerfile');
  const dockerfile = existsSync(dockerfilePath)
    ? readDockerfile(dockerfilePath)
    : { workdir: '/', env: {}, copies: [], cmd: [], runs: [] };
  const ignored = dockerignore(path.join(root, '.dockerignore'));
  check(
    'every file the Dockerfile copies exists and is not excluded by .dockerignore',
    dockerfile.copies.flatMap((args) =>
      args.slice(0, -1).flatMap((src) => {
        const rel = path.posix.normalize(src).replace(/\/$/, '');
        if (rel.includes('*')) return [];
        if (!existsSync(path.join(root, rel))) return [`COPY ${src}: not in the repository`];
        return rel !== '.' && ignored(rel) ? [`COPY ${src}: excluded by .dockerignore`] : [];
      }),
    ),
  );
  /** A file the image must hold, named as the container sees it (relative to WORKDIR). */
  const inImage = (file: string): string | null => {
    const containerPath = path.posix.resolve(dockerfile.workdir, file);
    const rel = path.posix.relative(dockerfile.workdir, containerPath);
    if (rel.startsWith('..')) return `${file} is outside ${dockerfile.workdir}`;
    if (!existsSync(path.join(root, rel))) return `${rel} is not in the repository`;
    if (ignored(rel)) return `${rel} is excluded by .dockerignore`;
    // COPY <dir> <dest> puts the directory's contents at <dest>; COPY <file> <dest>/ puts the file in <dest>.
    const copied = dockerfile.copies.some((args) => {
      const destArg = args[args.length - 1]!;
      const dest = path.posix.resolve(dockerfile.workdir, destArg);
      return args.slice(0, -1).some((src) => {
        const from = path.posix.normalize(src).replace(/\/$/, '');
        if (existsSync(path.join(root, from)) && statSync(path.join(root, from)).isDirectory()) {
          const inside = from === '.' ? rel : path.posix.relative(from, rel);
          return !inside.startsWith('..') && path.posix.join(dest, inside) === containerPath;
        }
        const to = destArg.endsWith('/') || args.length > 2 ? path.posix.join(dest, path.posix.basename(from)) : dest;
        return from === rel && to === containerPath;
      });
    });
    return copied ? null : `${rel} is not copied into the image`;
  };
  const fileArgs = (args: string[]) => args.filter((a) => /\.(ts|js|mjs|cjs|sh)$/.test(a));
  check(
    'every file a command names (and the Dockerfile CMD) is in the image',
    [
      ...fileArgs(dockerfile.cmd).map((f) => inImage(f) && `CMD: ${inImage(f)}`),
      ...built.flatMap((s) => fileArgs(s.command).map((f) => inImage(f) && `${s.name}: ${inImage(f)}`)),
    ].filter((p): p is string => Boolean(p)),
  );
  const generated = new Set(['.keys/jwks.json']);
  const binds = services.flatMap((s) =>
    s.mounts
      .filter((m) => m.type === 'bind')
      .map((m) => ({ s, m, rel: path.relative(root, path.resolve(root, m.source)) })),
  );
  check(
    'every bind-mounted file exists in the repository (or is made by `npm run token`)',
    binds
      .filter(({ rel }) => !generated.has(rel) && !existsSync(path.join(root, rel)))
      .map(({ s, m }) => `${s.name}: ${m.source} does not exist`),
  );
  check(
    'the token key set is mounted read-only and the private signing key is not mounted',
    binds
      .flatMap(({ s, m, rel }) => [
        rel.startsWith('.keys') && rel !== '.keys/jwks.json'
          ? `${s.name} mounts ${m.source}, which holds the private key`
          : '',
        rel === '.keys/jwks.json' && !m.readOnly ? `${s.name} mounts ${m.source} writable` : '',
      ])
      .filter(Boolean),
  );

  // --- the agencies: one subgraph, one database each ---
  const subgraphs = new Map<Agency, Service>();
  for (const s of services) {
    const m = /^subgraphs\/([^/]+)\/src\/main\.ts$/.exec(s.command.find((a) => a.includes('/main.ts')) ?? '');
    // The folder the registry names for the agency.
    const agency = AGENCIES.find((a) => agencyFolder(a) === m?.[1]);
    if (agency) {
      if (subgraphs.has(agency))
        check(`${agency} runs once`, `${subgraphs.get(agency)!.name} and ${s.name} both run it`);
      subgraphs.set(agency, s);
    }
  }
  check(
    'every agency has a subgraph service',
    AGENCIES.filter((a) => !subgraphs.has(a)).map((a) => `none runs subgraphs/${agencyFolder(a)}/src/main.ts`),
  );
  const databases = services.filter(
    (s) => typeof s.raw.image === 'string' && /^(docker\.io\/(library\/)?)?postgres[:@]/.test(s.raw.image),
  );
  const dbOwner = new Map<string, Agency>();

  for (const [agency, sg] of subgraphs) {
    const spec = agencyDatabase(agency);
    const env = { ...dockerfile.env, ...sg.env };
    let configProblem: string | null;
    try {
      configProblem = subgraphConfig(agency, env).production ? null : 'NODE_ENV is not production';
    } catch (err) {
      configProblem = err instanceof Error ? err.message : String(err);
    }
    check(`${sg.name}: its environment passes subgraphConfig('${agency}') in production`, configProblem);
    check(
      `${sg.name}: DATABASE_URL and a token key set (TOKEN_JWKS_FILE or TOKEN_JWKS_URL) are set`,
      [
        env.DATABASE_URL ? '' : 'DATABASE_URL is not set',
        env.TOKEN_JWKS_FILE || env.TOKEN_JWKS_URL ? '' : 'neither TOKEN_JWKS_FILE nor TOKEN_JWKS_URL is set',
      ].filter(Boolean),
    );
    if (!env.TOKEN_JWKS_URL && env.TOKEN_JWKS_FILE) {
      const file = env.TOKEN_JWKS_FILE;
      check(
        `${sg.name}: TOKEN_JWKS_FILE ${file} is mounted`,
        sg.mounts.some((m) => m.target === file || file.startsWith(`${m.target.replace(/\/$/, '')}/`))
          ? null
          : 'no volume provides it',
      );
    }

    if (!env.DATABASE_URL) continue;
    const url = URL.canParse(env.DATABASE_URL) ? new URL(env.DATABASE_URL) : null;
    const db = url ? byName.get(url.hostname) : undefined;
    const dbEnv = db?.env ?? {};
    check(
      `${sg.name}: DATABASE_URL points at its own database service`,
      [
        !url ? 'DATABASE_URL is not a URL' : '',
        url && !/^postgres(ql)?:$/.test(url.protocol) ? `scheme ${url.protocol} is not postgres:` : '',
        url && !db ? `host ${url.hostname} is no service in this file` : '',
        db && !databases.includes(db) ? `${db.name} is not a PostgreSQL service` : '',
        db && dbOwner.has(db.name) ? `${db.name} is already ${dbOwner.get(db.name)}'s database` : '',
        db && dbEnv.POSTGRES_DB !== spec.database
          ? `${db.name} holds database ${dbEnv.POSTGRES_DB ?? '(none)'}, not ${spec.database}`
          : '',
        url && decodeURIComponent(url.pathname.slice(1)) !== spec.database
          ? `it names database ${url.pathname.slice(1)}, not ${spec.database}`
          : '',
      ].filter(Boolean),
    );
    if (!url || !db) continue;
    dbOwner.set(db.name, agency);
    check(
      `${sg.name}: connects as its own role ${spec.role}, with the password its database was given`,
      [
        decodeURIComponent(url.username) !== spec.role
          ? `connects as ${decodeURIComponent(url.username) || '(nobody)'}`
          : '',
        decodeURIComponent(url.password) !== (dbEnv.APP_DB_PASSWORD ?? '')
          ? `the password differs from ${db.name}'s APP_DB_PASSWORD`
          : '',
      ].filter(Boolean),
    );
    if (env.MIGRATION_DATABASE_URL) {
      const mig = URL.canParse(env.MIGRATION_DATABASE_URL) ? new URL(env.MIGRATION_DATABASE_URL) : null;
      const admin = dbEnv.POSTGRES_USER || 'postgres';
      check(
        `${sg.name}: MIGRATION_DATABASE_URL is its own database's owner`,
        [
          !mig ? 'not a URL' : '',
          mig && (mig.hostname !== url.hostname || mig.pathname !== url.pathname)
            ? `points at ${mig.hostname}${mig.pathname}, not ${url.hostname}${url.pathname}`
            : '',
          mig && decodeURIComponent(mig.username) !== admin ? `connects as ${mig.username}, not ${admin}` : '',
          mig && decodeURIComponent(mig.password) !== (dbEnv.POSTGRES_PASSWORD ?? '')
            ? `the password differs from ${db.name}'s POSTGRES_PASSWORD`
            : '',
        ].filter(Boolean),
      );
    }
    check(
      `${sg.name}: waits for ${db.name} to be healthy`,
      sg.dependsOn[db.name] === 'service_healthy'
        ? null
        : `depends_on ${db.name} with condition service_healthy is missing`,
    );
    // The agency's demo seed step: once, before the subgraph, as the subgraph's own role and owner, on the database's network alone.
    const seeds = services.filter((s) => {
      const i = s.command.indexOf(SEED_STEP);
      return i >= 0 && agencyNamed(s.command[i + 1] ?? '') === agency;
    });
    check(
      `${sg.name}: its database is seeded with the demo by one step of its own, which it waits for to complete`,
      [
        seeds.length === 1 ? '' : `${seeds.length} services run ${SEED_STEP} ${agencyKey(agency)}`,
        ...seeds.map((seed) =>
          sg.dependsOn[seed.name] === 'service_completed_successfully'
            ? ''
            : `${sg.name} does not wait for ${seed.name} with condition service_completed_successfully`,
        ),
      ].filter(Boolean),
    );
    for (const seed of seeds) {
      check(
        `${seed.name}: connects as ${sg.name} does, waits for ${db.name}, joins only its network, runs once`,
        [
          ...(['DATABASE_URL', 'MIGRATION_DATABASE_URL'] as const).map((v) =>
            seed.env[v] === env[v] ? '' : `${v} is not ${sg.name}'s`,
          ),
          seed.dependsOn[db.name] === 'service_healthy'
            ? ''
            : `depends_on ${db.name} with condition service_healthy is missing`,
          seed.networks.length > 0 && seed.networks.every((n) => db.networks.includes(n))
            ? ''
            : `joins ${seed.networks.join(', ') || 'the default network'}, not only ${db.networks.join(', ')}`,
          oneShot(seed) ? '' : 'not a one-shot step (restart: "no", waited for with service_completed_successfully)',
        ].filter(Boolean),
      );
    }
    const others = services.filter(
      (s) => s !== db && s !== sg && !seeds.includes(s) && s.networks.some((n) => db.networks.includes(n)),
    );
    check(
      `${db.name}: no service but ${sg.name} shares a network with it`,
      others.map((s) => `${s.name} does (${s.networks.filter((n) => db.networks.includes(n)).join(', ')})`),
    );
  }

  for (const db of databases) {
    const agency = dbOwner.get(db.name);
    check(`${db.name}: serves exactly one agency's subgraph`, agency ? null : 'no subgraph uses it');
    if (!agency) continue;
    const spec = agencyDatabase(agency);
    const data = db.mounts.filter((m) => m.target === '/var/lib/postgresql/data');
    check(
      `${db.name}: keeps its data in a named volume of its own`,
      [
        data.length === 1 && data[0]!.type === 'volume' ? '' : 'no named volume at /var/lib/postgresql/data',
        ...data.flatMap((d) =>
          databases
            .filter((o) => o !== db && o.mounts.some((m) => m.source === d.source))
            .map((o) => `volume ${d.source} is shared with ${o.name}`),
        ),
      ].filter(Boolean),
    );
    check(
      `${db.name}: POSTGRES_PASSWORD is set`,
      db.env.POSTGRES_PASSWORD ? null : 'it is empty; the image refuses to start',
    );
    const init = db.mounts.filter((m) => m.type === 'bind' && m.target.startsWith('/docker-entrypoint-initdb.d/'));
    const problems: string[] = [];
    if (init.length === 0) problems.push(`nothing mounted in /docker-entrypoint-initdb.d creates ${spec.role}`);
    for (const m of init) {
      const file = path.resolve(root, m.source);
      if (!existsSync(file)) continue; // reported above
      const sql = readFileSync(file, 'utf8');
      if (!new RegExp(`CREATE ROLE\\s+"?${spec.role}"?\\s`, 'i').test(sql))
        problems.push(`${m.source} does not create role ${spec.role}`);
      for (const other of AGENCIES.filter((a) => a !== agency)) {
        if (sql.includes(agencyDatabase(other).role)) problems.push(`${m.source} names ${other}'s role`);
      }
      for (const [, variable] of sql.matchAll(/\\getenv\s+\w+\s+(\w+)/g)) {
        if (!db.env[variable!]) problems.push(`${m.source} reads ${variable}, which ${db.name} does not set`);
      }
    }
    check(`${db.name}: its init script creates ${spec.role} from its own environment`, problems);
    check(`${db.name}: publishes no port on the host`, db.raw.ports ? `ports: ${JSON.stringify(db.raw.ports)}` : null);
  }

  // --- the gateway ---
  const gateways = services.filter((s) => s.command.includes('gateway/src/main.ts'));
  check('one gateway service runs gateway/src/main.ts', gateways.length === 1 ? null : `${gateways.length} do`);
  for (const gw of gateways) {
    const env = { ...dockerfile.env, ...gw.env };
    const port = Number(env.PORT || DEFAULT_PORTS.GATEWAY);
    for (const agency of AGENCIES) {
      const name = `${agency}_URL`;
      const sg = subgraphs.get(agency);
      const sgPort = sg ? Number(sg.env.PORT || DEFAULT_PORTS[agency]) : NaN;
      const raw = env[name];
      const url = raw && URL.canParse(raw) ? new URL(raw) : null;
      check(
        `${gw.name}: ${name} points at the ${agency} subgraph service and port`,
        [
          !raw ? `${name} is not set (the default 127.0.0.1 is the gateway's own container)` : '',
          raw && !url ? `${raw} is not a URL` : '',
          url && sg && url.hostname !== sg.name ? `host ${url.hostname} is not ${sg.name}` : '',
          url && sg && Number(url.port || (url.protocol === 'https:' ? 443 : 80)) !== sgPort
            ? `port ${url.port || '(default)'} is not ${sg.name}'s PORT ${sgPort}`
            : '',
          url && url.pathname !== '/graphql' ? `path ${url.pathname} is not /graphql` : '',
          url && sg && !gw.networks.some((n) => sg.networks.includes(n))
            ? `${gw.name} and ${sg.name} share no network`
            : '',
          url && sg && gw.dependsOn[sg.name] !== 'service_healthy'
            ? `${gw.name} does not wait for ${sg.name} to be healthy`
            : '',
        ].filter(Boolean),
      );
    }
    const ports = Array.isArray(gw.raw.ports) ? gw.raw.ports : [];
    const published = ports.some(
      (p) => (isObject(p) ? Number(p.target) : Number(String(p).split(':').pop()!.split('/')[0])) === port,
    );
    check(`${gw.name}: publishes its PORT ${port}`, published ? null : `no ports: entry targets ${port}`);
    const supergraph = env.SUPERGRAPH_FILE || 'gateway/supergraph.graphql';
    const composedInImage = dockerfile.runs.some(
      (r) => r.includes('scripts/compose.ts') || r.includes('npm run compose'),
    );
    check(
      `${gw.name}: its supergraph ${supergraph} is in the image`,
      supergraph === 'gateway/supergraph.graphql' && composedInImage
        ? inImage('scripts/compose.ts')
        : inImage(supergraph),
    );
    const webDir = env.WEB_DIR;
    check(
      `${gw.name}: serves the web app the image builds (WEB_DIR)`,
      [
        webDir ? '' : 'WEB_DIR is not set',
        webDir && path.posix.normalize(webDir) !== 'web/dist'
          ? `WEB_DIR is ${webDir}, not web/dist (where npm run web:build puts the app)`
          : '',
        dockerfile.runs.some((r) => r.includes('web:build'))
          ? ''
          : 'no RUN step builds the web app (npm run web:build)',
        inImage('web/index.html') ?? '',
        inImage('web/package.json') ?? '',
      ].filter(Boolean),
    );
  }
  check(
    'only the gateway publishes ports on the host',
    services.filter((s) => s.raw.ports && !gateways.includes(s)).map((s) => `${s.name} does`),
  );

  console.log(
    failures === 0 ? '\ndocker-compose.yml: all checks passed' : `\ndocker-compose.yml: ${failures} check(s) failed`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

main();
