import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, escapeIdentifier } from 'pg';
import { parseAllDocuments } from 'yaml';
import { AGENCIES as REGISTERED, agencyDatabase, agencyKey, agencyNamed } from '@malmokraften/shared';
import { databaseUrl } from '@malmokraften/dev';
import { checkOverlays } from '../scripts/check-kubernetes';
import {
  manifestId,
  OVERLAYS_ROOT,
  render,
  renderOverlays,
  RenderError,
  type Manifest,
} from '../scripts/kubernetes/render';
import { federationRules, overlayRules } from '../scripts/kubernetes/rules';
import { validateManifest } from '../scripts/kubernetes/schemas';

/**
 * The Kubernetes manifests (deploy/kubernetes/) without a cluster: every
 * overlay renders, fits the Kubernetes and CloudNativePG schemas and keeps the
 * project's rules; each rule fails on a rendered copy that breaks it; the
 * database bootstrap and the migration Job's command work on a real
 * PostgreSQL with the owner's rights only.
 */
const ROOT = path.join(__dirname, '..');
/** Each agency's overlay: deploy/kubernetes/overlays/<its lower-case key>, written by `npm run registry`. */
const AGENCIES = REGISTERED.map(agencyKey);
let overlays: Map<string, Manifest[]>;

beforeAll(() => {
  overlays = renderOverlays();
});

/** A rendered overlay to change: a deep copy, so every test starts from the manifests as committed. */
function copy(name: string): Manifest[] {
  return structuredClone(overlays.get(name)!);
}
const find = (ms: Manifest[], kind: string, name: string) =>
  ms.find((m) => m.kind === kind && m.metadata.name === name) as any;
/** The problems of the rule whose text contains `rule`, on these manifests. */
function problems(ms: Manifest[], rule: string): string[] {
  const found = overlayRules(ms).filter((r) => r.rule.includes(rule));
  expect(found).toHaveLength(1);
  return found[0]!.problems;
}

describe('rendering', () => {
  test('one overlay per agency, one for the gateway and the managed-database variant; each declares its namespace', () => {
    expect([...overlays.keys()]).toEqual([...AGENCIES, 'af-managed-database', 'gateway'].sort());
    for (const [name, ms] of overlays) {
      const namespaces = ms.filter((m) => m.kind === 'Namespace').map((m) => m.metadata.name);
      expect(namespaces).toEqual([name === 'af-managed-database' ? 'malmokraften-af' : `malmokraften-${name}`]);
      expect(ms.filter((m) => m.kind !== 'Namespace').every((m) => m.metadata.namespace === namespaces[0])).toBe(true);
    }
    // The release tag from the overlay, the image name from the base.
    expect(find(overlays.get('gateway')!, 'Deployment', 'gateway').spec.template.spec.containers[0].image).toBe(
      'registry.example/malmokraften:0.1.0',
    );
  });

  test('every check passes on the manifests as committed (what npm run k8s:check runs)', () => {
    const results = checkOverlays(overlays);
    expect(results.length).toBeGreaterThan(90);
    expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
  });

  const kubectl = (() => {
    try {
      execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  // Where kubectl is installed (this project's machines have one), Kustomize itself renders every overlay for comparison.
  (kubectl ? test : test.skip)('renders every overlay exactly as `kubectl kustomize` does', () => {
    for (const [name, mine] of overlays) {
      const theirs = parseAllDocuments(
        execFileSync('kubectl', ['kustomize', path.join(OVERLAYS_ROOT, name)], { encoding: 'utf8' }),
      ).map((d) => d.toJS() as Manifest);
      const sort = (ms: Manifest[]) => [...ms].sort((a, b) => manifestId(a).localeCompare(manifestId(b)));
      expect(sort(mine)).toEqual(sort(theirs));
    }
  });

  test('refuses Kustomize features it does not implement, and list patches of built-in kinds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mk-kustomize-'));
    try {
      writeFileSync(
        path.join(dir, 'cm.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: "1"}\n',
      );
      writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [cm.yaml]\ncommonLabels: {a: b}\n');
      expect(() => render(dir)).toThrow(/commonLabels not supported/);
      mkdirSync(path.join(dir, 'o'));
      writeFileSync(
        path.join(dir, 'o', 'kustomization.yaml'),
        `resources: [${path.join(ROOT, 'deploy/kubernetes/base/gateway')}]\npatches: [{path: p.yaml}]\n`,
      );
      writeFileSync(
        path.join(dir, 'o', 'p.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: gateway}\nspec: {template: {spec: {containers: [{name: gateway, image: x}]}}}\n',
      );
      expect(() => render(path.join(dir, 'o'))).toThrow(RenderError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('schemas', () => {
  test('a wrong type, an unknown field, a bad enum value and an unknown kind are reported', () => {
    const ms = copy('af');
    const deployment = find(ms, 'Deployment', 'subgraph');
    deployment.spec.replicas = 'two';
    deployment.spec.template.spec.containers[0].readinesProbe =
      deployment.spec.template.spec.containers[0].readinessProbe;
    expect(validateManifest(deployment)).toEqual([
      expect.stringMatching(/replicas must be integer/),
      '/spec/template/spec/containers/0 must NOT have additional properties (readinesProbe)',
    ]);
    const cluster = find(ms, 'Cluster', 'db');
    cluster.spec.instancez = 3;
    expect(validateManifest(cluster)).toEqual(['/spec must NOT have additional properties (instancez)']);
    const scheduled = find(ms, 'ScheduledBackup', 'db-nightly');
    scheduled.spec.method = 'copy';
    expect(validateManifest(scheduled).join()).toMatch(/method must be equal to one of the allowed values/);
    const store = find(ms, 'ObjectStore', 'backups');
    store.spec.configuration.s3Credentials.accessKeyId = 'AKIAEXAMPLE';
    expect(validateManifest(store).join()).toMatch(/accessKeyId must be object/);
    expect(validateManifest({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'x' } })).toEqual([
      expect.stringMatching(/no schema for apps\/v1\/StatefulSet/),
    ]);
  });
});

describe('the rules fail on manifests that break them', () => {
  test('a container without limits', () => {
    const ms = copy('af');
    delete find(ms, 'Deployment', 'subgraph').spec.template.spec.containers[0].resources.limits;
    expect(problems(ms, 'requests and limits')).toEqual([
      'Deployment/malmokraften-af/subgraph container subgraph: no cpu limit',
      'Deployment/malmokraften-af/subgraph container subgraph: no memory limit',
    ]);
    const job = copy('malmo');
    find(job, 'Job', 'migrate').spec.template.spec.containers[0].resources.requests.memory = '1Gi';
    expect(problems(job, 'requests and limits')).toEqual([
      'Job/malmokraften-malmo/migrate container migrate: memory request 1Gi is above its limit 384Mi',
    ]);
  });

  test('a namespace without a default-deny NetworkPolicy', () => {
    const extra = copy('gateway');
    extra.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'malmokraften-extra' } });
    expect(problems(extra, 'default-deny')).toEqual(['namespace malmokraften-extra has none']);
    const fk = copy('fk').filter((m) => !(m.kind === 'NetworkPolicy' && m.metadata.name === 'default-deny'));
    expect(problems(fk, 'default-deny')).toEqual(['namespace malmokraften-fk has none']);
    // A "default deny" that allows something is none.
    const region = copy('region');
    find(region, 'NetworkPolicy', 'default-deny').spec.policyTypes = ['Ingress'];
    expect(problems(region, 'default-deny')).toEqual(['namespace malmokraften-region has none']);
  });

  test('a secret value in a manifest', () => {
    const secret = copy('af');
    secret.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-app', namespace: 'malmokraften-af' },
      stringData: { username: 'mk_af_app', password: 'hunter2' },
    });
    expect(problems(secret, 'no secret value')).toEqual([
      expect.stringMatching(/^Secret\/malmokraften-af\/db-app: a Secret with its values in the manifests/),
    ]);

    const url = copy('af');
    const env = find(url, 'Deployment', 'subgraph').spec.template.spec.containers[0].env;
    env.find((e: any) => e.name === 'DATABASE_URL').value = 'postgres://mk_af_app:hunter2@db-rw:5432/mk_af';
    expect(problems(url, 'no secret value')).toEqual([
      expect.stringMatching(/containers\[0\]\.env\[\d+\]\.value: a URL with a password written in$/),
    ]);

    const literal = copy('malmo');
    const jobEnv = find(literal, 'Job', 'migrate').spec.template.spec.containers[0].env;
    jobEnv.splice(
      jobEnv.findIndex((e: any) => e.name === 'DB_OWNER_PASSWORD'),
      1,
      { name: 'DB_OWNER_PASSWORD', value: 'hunter2' },
    );
    expect(problems(literal, 'no secret value')).toEqual([
      'Job/malmokraften-malmo/migrate container migrate: DB_OWNER_PASSWORD is written in (use secretKeyRef)',
    ]);

    const config = copy('gateway');
    find(config, 'ConfigMap', 'gateway').data.OTEL_EXPORTER_OTLP_API_KEY = 'abc123';
    expect(problems(config, 'no secret value')).toEqual([
      'ConfigMap/malmokraften-gateway/gateway: OTEL_EXPORTER_OTLP_API_KEY has a value in a ConfigMap',
    ]);

    const key = copy('fk');
    find(key, 'ConfigMap', 'subgraph').data.JWKS = '{"keys":[{"kty":"EC","d":"7bD2tZ1mQkC4aXr9pYfE0sLw3nV6uH8j"}]}';
    expect(problems(key, 'no secret value')).toEqual([expect.stringMatching(/holds a private JSON Web Key$/)]);
  });

  test('a root user, a writable root filesystem, an image the Dockerfile does not build, a missing probe', () => {
    const ms = copy('region');
    const pod = find(ms, 'Deployment', 'subgraph').spec.template.spec;
    pod.securityContext.runAsUser = 0;
    pod.containers[0].securityContext.readOnlyRootFilesystem = false;
    pod.initContainers[0].image = 'postgres:16';
    find(ms, 'Job', 'migrate').spec.template.spec.containers[0].image = 'registry.example/malmokraften:latest';
    delete pod.containers[0].readinessProbe;
    pod.containers[0].livenessProbe.httpGet.path = '/';
    expect(problems(ms, 'non-root')).toEqual([
      'Deployment/malmokraften-region/subgraph init container wait-for-migrations: runAsUser is 0',
      'Deployment/malmokraften-region/subgraph container subgraph: runAsUser is 0',
    ]);
    expect(problems(ms, 'read-only root filesystem')).toEqual([
      'Deployment/malmokraften-region/subgraph container subgraph: readOnlyRootFilesystem is not true',
    ]);
    expect(problems(ms, 'image the Dockerfile builds')).toEqual([
      'Deployment/malmokraften-region/subgraph init container wait-for-migrations: image postgres:16 is not malmokraften',
      'Job/malmokraften-region/migrate container migrate: image registry.example/malmokraften:latest is not tagged 0.1.0',
    ]);
    expect(problems(ms, 'readiness probe')).toEqual([
      'Deployment/malmokraften-region/subgraph container subgraph: readinessProbe is not an HTTP GET of /health/ready',
      'Deployment/malmokraften-region/subgraph container subgraph: livenessProbe is not an HTTP GET of /health/live',
    ]);
  });

  test('an entry file the image does not hold', () => {
    const ms = copy('fk');
    find(ms, 'ConfigMap', 'subgraph').data.AGENCY = 'fkk';
    expect(problems(ms, 'starts a file the image holds')).toEqual([
      'Deployment/malmokraften-fk/subgraph container subgraph: subgraphs/fkk/src/main.ts is not copied into the image by the Dockerfile',
    ]);
  });

  test("the owner's credentials given to the subgraph", () => {
    const ms = copy('af');
    const env = find(ms, 'Deployment', 'subgraph').spec.template.spec.containers[0].env;
    env.push({ name: 'DB_OWNER_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-owner', key: 'password' } } });
    expect(problems(ms, "the owner's credentials go to the migration Job alone")).toEqual([
      'the subgraph reads the Secret db-owner',
    ]);
  });

  test('a NetworkPolicy rule that allows everyone, or every port', () => {
    const ms = copy('malmo');
    find(ms, 'NetworkPolicy', 'subgraph-to-database').spec.egress = [
      { to: [{ namespaceSelector: {} }], ports: [{ port: 5432 }] },
      { to: [{ podSelector: { matchLabels: { a: 'b' } } }] },
    ];
    expect(problems(ms, 'no allow-all')).toEqual([
      'NetworkPolicy/malmokraften-malmo/subgraph-to-database egress[0]: an empty selector allows every pod or namespace',
      'NetworkPolicy/malmokraften-malmo/subgraph-to-database egress[1]: no ports, so every port is allowed',
    ]);
  });

  test('a database without backups, or holding another agency database', () => {
    const ms = copy('af').filter((m) => m.kind !== 'ScheduledBackup');
    find(ms, 'Cluster', 'db').spec.bootstrap.initdb.database = 'mk_fk';
    find(ms, 'ObjectStore', 'backups').spec.configuration.destinationPath = 's3://malmokraften-backups/fk';
    expect(problems(ms, 'backups are configured')).toEqual([
      "the backups do not go to a destination of af's own",
      'no ScheduledBackup for the cluster',
    ]);
    expect(problems(ms, 'the CloudNativePG cluster holds')).toEqual([
      'bootstrap.initdb.database is mk_fk',
      "names fk's database",
    ]);
  });

  test("a subgraph that another namespace than the gateway's may reach, or that the gateway may not", () => {
    const all = new Map([...overlays].map(([k, v]) => [k, structuredClone(v)]));
    expect(federationRules(all)[0]!.problems).toEqual([]);
    find(all.get('fk')!, 'NetworkPolicy', 'subgraph-from-gateway').spec.ingress[0].from.push({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'malmokraften-af' } },
    });
    find(all.get('gateway')!, 'ConfigMap', 'gateway').data.REGION_URL =
      'http://subgraph.malmokraften-malmo.svc/graphql';
    expect(federationRules(all)[0]!.problems).toEqual([
      "malmokraften-fk lets in namespaces other than the gateway's: malmokraften-af",
      "REGION_URL http://subgraph.malmokraften-malmo.svc/graphql: the namespace malmokraften-malmo runs malmo's subgraph",
    ]);
  });
});

describe('the secret the gateway proves itself with', () => {
  test('a subgraph without it, or the gateway with it written in', () => {
    const all = new Map([...overlays].map(([k, v]) => [k, structuredClone(v)]));
    expect(federationRules(all)[1]!.problems).toEqual([]);
    const fk = find(all.get('fk')!, 'Deployment', 'subgraph').spec.template.spec.containers[0];
    fk.env = fk.env.filter((e: { name: string }) => e.name !== 'GATEWAY_SECRET');
    const gw = find(all.get('gateway')!, 'Deployment', 'gateway').spec.template.spec.containers[0];
    gw.env = gw.env.map((e: { name: string }) =>
      e.name === 'GATEWAY_SECRET' ? { name: 'GATEWAY_SECRET', value: 'written-in' } : e,
    );
    expect(federationRules(all)[1]!.problems).toEqual([
      'Deployment/malmokraften-fk/subgraph container subgraph: no GATEWAY_SECRET',
      'Deployment/malmokraften-gateway/gateway container gateway: GATEWAY_SECRET is not taken from the Secret gateway-secret (key secret)',
    ]);
  });
});

describe('the database bootstrap and the migration Job on PostgreSQL', () => {
  /**
   * What CloudNativePG does on first start, on the tests' server: a database
   * owned by its own (non-superuser) owner, then the overlay's
   * postInitApplicationSQL as the superuser. Then the migration Job's command
   * with the owner's credentials, and what the agency's app role may do.
   */
  const run = `${process.pid}_${Date.now().toString(36)}`;
  let admin: Client;
  const created: Array<{ database: string; owner: string }> = [];

  beforeAll(async () => {
    admin = new Client({ connectionString: process.env.PG_ADMIN_URL });
    await admin.connect();
  });
  afterAll(async () => {
    for (const { database, owner } of created) {
      await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(database)} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${escapeIdentifier(owner)}`);
    }
    await admin.end();
  }, 60_000);

  function migrate(
    agency: string,
    env: Record<string, string>,
    extra: string[] = [],
  ): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts', agency, ...extra], {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'info', ...env },
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }

  test.each(AGENCIES)(
    '%s: the cluster bootstrap SQL, the migrations as the owner, and an app role that uses rows but cannot change the schema',
    async (key) => {
      const spec = agencyDatabase(agencyNamed(key)!);
      const database = `mkt_${run}_k8s_${key}`;
      const owner = `mkt_${run}_${key}_owner`;
      const password = `pw_${run}`;
      created.push({ database, owner });
      await admin.query(`CREATE ROLE ${escapeIdentifier(owner)} LOGIN PASSWORD '${password}'`);
      await admin.query(`CREATE DATABASE ${escapeIdentifier(database)} OWNER ${escapeIdentifier(owner)}`);

      const cluster = find(overlays.get(key)!, 'Cluster', 'db');
      const statements: string[] = cluster.spec.bootstrap.initdb.postInitApplicationSQL;
      const inDb = new Client({ connectionString: databaseUrl(process.env.PG_ADMIN_URL!, database) });
      await inDb.connect();
      try {
        const roleExists = (await inDb.query('select 1 from pg_roles where rolname = $1', [spec.role])).rowCount === 1;
        for (const sql of statements) {
          // Other tests on this server made the app role already; on a new cluster the statement creates it.
          if (roleExists && sql.startsWith(`CREATE ROLE ${spec.role} `)) continue;
          await inDb.query(
            sql
              .replaceAll(`${spec.database}_owner`, owner)
              .replaceAll(new RegExp(`\\b${spec.database}\\b`, 'g'), database),
          );
        }

        const ownerUrl = databaseUrl(process.env.PG_ADMIN_URL!, database, { name: owner, password });
        const job = await migrate(key, { MIGRATION_DATABASE_URL: ownerUrl });
        expect(job.output).toMatch(/"msg":"migrations applied"/);
        expect(job.code).toBe(0);
        if (key === 'af') {
          const wait = await migrate(key, { DATABASE_URL: ownerUrl }, ['--wait', '--timeout', '30']);
          expect(wait.output).toMatch(/schema is current/);
          expect(wait.code).toBe(0);
        }

        await inDb.query(`SET ROLE ${spec.role}`);
        expect((await inDb.query('select count(*)::int as n from schema_migrations')).rows[0].n).toBeGreaterThan(0);
        expect((await inDb.query('select count(*)::int as n from participant')).rows[0].n).toBe(0);
        await expect(inDb.query('CREATE TABLE intruder (id int)')).rejects.toMatchObject({ code: '42501' });
        await expect(inDb.query('DELETE FROM audit_log')).rejects.toMatchObject({ code: '42501' });
        await inDb.query('RESET ROLE');
        // PUBLIC may not even connect: only the app role and the owner.
        const publicConnect = await inDb.query(`select has_database_privilege('public', $1, 'CONNECT') as ok`, [
          database,
        ]);
        expect(publicConnect.rows[0].ok).toBe(false);
      } finally {
        await inDb.end();
      }
    },
    120_000,
  );
});
