/**
 * The project's own rules for its Kubernetes manifests, checked on the
 * rendered overlays (render.ts). Each rule answers a list of problems;
 * an empty list passes. `npm run k8s:check` prints them, and
 * test/kubernetes.test.ts shows that each one fails on a manifest that
 * breaks it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { agencyDatabase } from '../../shared/src/service/config';
import { AGENCIES as REGISTERED, agencyFolder, agencyKey, type Agency } from '../../shared/src/agencies';
import { manifestId, type Manifest } from './render';

const ROOT = path.join(__dirname, '..', '..');
/** The image docker-compose.yml builds from the Dockerfile (`image: malmokraften:local`), under any registry. */
export const IMAGE_NAME = 'malmokraften';
/**
 * The agencies by the name an overlay's AGENCY setting gives them: the
 * folder its container runs (subgraphs/$(AGENCY)/src/main.ts), which is the
 * agency's lower-case key unless the registry names another folder.
 */
export const AGENCIES: Record<string, Agency> = Object.fromEntries(REGISTERED.map((a) => [agencyFolder(a), a]));
/** The overlay of each agency: deploy/kubernetes/overlays/<agency's lower-case key>. */
export const AGENCY_OVERLAYS: readonly string[] = REGISTERED.map(agencyKey);
const WORKLOAD_KINDS = new Set(['Deployment', 'Job', 'StatefulSet', 'DaemonSet', 'CronJob', 'Pod', 'ReplicaSet']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A scalar as text; anything else as its JSON, so a mapping where a scalar belongs shows as such. */
const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : v === undefined || v === null
        ? ''
        : JSON.stringify(v);

export interface RuleResult {
  rule: string;
  problems: string[];
}

interface Container {
  owner: Manifest;
  pod: Json;
  spec: Json;
  init: boolean;
  where: string;
}

/** The pod spec of a workload (a CronJob's job template included). */
function podSpec(m: Manifest): Json | null {
  if (!WORKLOAD_KINDS.has(m.kind)) return null;
  const spec = obj(m.spec);
  if (m.kind === 'Pod') return spec;
  if (m.kind === 'CronJob') return obj(obj(obj(obj(spec.jobTemplate).spec).template).spec);
  return obj(obj(spec.template).spec);
}

function containers(ms: Manifest[]): Container[] {
  return ms.flatMap((m) => {
    const pod = podSpec(m);
    if (!pod) return [];
    return [
      ...list(pod.initContainers).map((c) => ({ c, init: true })),
      ...list(pod.containers).map((c) => ({ c, init: false })),
    ].map(({ c, init }) => ({
      owner: m,
      pod,
      spec: obj(c),
      init,
      where: `${manifestId(m)} ${init ? 'init container' : 'container'} ${String(obj(c).name)}`,
    }));
  });
}

/** Kubernetes quantities (cpu 250m, memory 384Mi) as numbers, for comparing request and limit. */
export function quantity(v: unknown): number {
  const m = /^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(String(v));
  if (!m) return NaN;
  const factor: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
  };
  return Number(m[1]) * (m[2] ? factor[m[2]]! : 1);
}

/** A container's environment as far as the manifests tell it: literal values, and ConfigMap keys looked up. */
function environment(c: Container, ms: Manifest[]): Map<string, string | null> {
  const env = new Map<string, string | null>();
  const configMap = (name: unknown) =>
    ms.find(
      (m) => m.kind === 'ConfigMap' && m.metadata.name === name && m.metadata.namespace === c.owner.metadata.namespace,
    );
  for (const from of list(c.spec.envFrom)) {
    const data = obj(configMap(obj(obj(from).configMapRef).name)?.data);
    for (const [k, v] of Object.entries(data)) env.set(k, str(v));
  }
  for (const e of list(c.spec.env).map(obj)) {
    const ref = obj(obj(e.valueFrom).configMapKeyRef);
    if (typeof e.value === 'string')
      env.set(
        String(e.name),
        e.value.replace(/\$\(([A-Z0-9_]+)\)/g, (all, name: string) => env.get(name) ?? all),
      );
    else if (ref.name) {
      const v = obj(configMap(ref.name)?.data)[String(ref.key)];
      env.set(str(e.name), v === undefined ? null : str(v));
    } else env.set(String(e.name), null);
  }
  return env;
}

/** The command line with $(VAR) replaced from the container's environment. */
function commandLine(c: Container, ms: Manifest[]): string[] {
  const env = environment(c, ms);
  return [...list(c.spec.command), ...list(c.spec.args)].map((a) =>
    String(a).replace(/\$\(([A-Z0-9_]+)\)/g, (all, name: string) => env.get(name) ?? all),
  );
}

/** Files the Dockerfile copies into the image (sources relative to the build context). */
function dockerfileCopies(): string[] {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  // Only the last stage is the image: what a stage before it copies is not in it.
  const stages = text.split(/^\s*FROM\s/im);
  return stages[stages.length - 1]!.split(/\r?\n/).flatMap((line) => {
    const m = /^\s*COPY\s+(?!--from)(.*)$/i.exec(line);
    if (!m) return [];
    const args = m[1]!.split(/\s+/).filter((a) => a && !a.startsWith('--'));
    return args.slice(0, -1).map((a) => path.posix.normalize(a).replace(/\/$/, ''));
  });
}

function inImage(file: string, copies: string[]): boolean {
  const rel = path.posix.normalize(file);
  return (
    existsSync(path.join(ROOT, rel)) && copies.some((src) => src === '.' || rel === src || rel.startsWith(`${src}/`))
  );
}

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

// ---------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------

function containerRules(ms: Manifest[]): RuleResult[] {
  const cs = containers(ms);
  const copies = dockerfileCopies();
  const sc = (c: Container) => obj(c.spec.securityContext);
  const podSc = (c: Container) => obj(c.pod.securityContext);
  return [
    {
      rule: 'every container runs as a non-root user',
      problems: cs.flatMap((c) => {
        const nonRoot = sc(c).runAsNonRoot ?? podSc(c).runAsNonRoot;
        const user = sc(c).runAsUser ?? podSc(c).runAsUser;
        return [
          nonRoot === true ? '' : `${c.where}: runAsNonRoot is not true`,
          user === 0 ? `${c.where}: runAsUser is 0` : '',
        ].filter(Boolean);
      }),
    },
    {
      rule: 'every container: read-only root filesystem, no privilege escalation, all capabilities dropped',
      problems: cs.flatMap((c) =>
        [
          sc(c).readOnlyRootFilesystem === true ? '' : `${c.where}: readOnlyRootFilesystem is not true`,
          sc(c).allowPrivilegeEscalation === false ? '' : `${c.where}: allowPrivilegeEscalation is not false`,
          sc(c).privileged === true ? `${c.where}: privileged` : '',
          list(obj(sc(c).capabilities).drop).includes('ALL') ? '' : `${c.where}: capabilities.drop does not hold ALL`,
          list(obj(sc(c).capabilities).add).length ? `${c.where}: adds capabilities` : '',
        ].filter(Boolean),
      ),
    },
    {
      rule: 'every container has CPU and memory requests and limits (requests within limits)',
      problems: cs.flatMap((c) => {
        const r = obj(c.spec.resources);
        return ['cpu', 'memory'].flatMap((res) => {
          const request = obj(r.requests)[res];
          const limit = obj(r.limits)[res];
          if (request === undefined) return [`${c.where}: no ${res} request`];
          if (limit === undefined) return [`${c.where}: no ${res} limit`];
          return quantity(request) <= quantity(limit)
            ? []
            : [`${c.where}: ${res} request ${str(request)} is above its limit ${str(limit)}`];
        });
      }),
    },
    {
      rule: `every container runs the image the Dockerfile builds (${IMAGE_NAME}:${version}, the package version)`,
      problems: cs.flatMap((c) => {
        const image = str(c.spec.image);
        const m = /^(?:[^/]+\/)*([^/:@]+)(?::([^@]+))?$/.exec(image);
        if (!m || m[1] !== IMAGE_NAME) return [`${c.where}: image ${image || '(none)'} is not ${IMAGE_NAME}`];
        return m[2] === version ? [] : [`${c.where}: image ${image} is not tagged ${version}`];
      }),
    },
    {
      rule: 'every container starts a file the image holds, with tsx, and has a writable /tmp',
      problems: cs.flatMap((c) => {
        const cmd = commandLine(c, ms);
        const file = cmd.find((a) => a.endsWith('.ts'));
        const tmp = list(c.spec.volumeMounts)
          .map(obj)
          .find((v) => v.mountPath === '/tmp');
        const tmpVolume =
          tmp &&
          list(c.pod.volumes)
            .map(obj)
            .find((v) => v.name === tmp.name && isObject(v.emptyDir));
        return [
          cmd[0] === 'node' && cmd.includes('tsx')
            ? ''
            : `${c.where}: does not run node --import tsx (${cmd.join(' ')})`,
          !file
            ? `${c.where}: names no .ts file`
            : file.includes('$(')
              ? `${c.where}: ${file} is not resolved from its environment`
              : inImage(file, copies)
                ? ''
                : `${c.where}: ${file} is not copied into the image by the Dockerfile`,
          tmpVolume
            ? ''
            : `${c.where}: no emptyDir at /tmp (tsx writes its cache there; the root filesystem is read-only)`,
        ].filter(Boolean);
      }),
    },
    {
      rule: 'no pod mounts a service account token',
      problems: ms
        .filter((m) => podSpec(m) && podSpec(m)!.automountServiceAccountToken !== false)
        .map((m) => `${manifestId(m)}: automountServiceAccountToken is not false`),
    },
  ];
}

function deploymentRules(ms: Manifest[]): RuleResult[] {
  const deployments = ms.filter((m) => m.kind === 'Deployment');
  const labels = (m: Manifest) => obj(obj(obj(obj(m.spec).template).metadata).labels);
  const selects = (selector: unknown, l: Json) =>
    Object.entries(obj(obj(selector).matchLabels)).every(([k, v]) => l[k] === v) &&
    Object.keys(obj(obj(selector).matchLabels)).length > 0;
  return [
    {
      rule: 'every Deployment: readiness probe on /health/ready and liveness probe on /health/live, on a port the container opens',
      problems: containers(deployments)
        .filter((c) => !c.init)
        .flatMap((c) => {
          const ports = list(c.spec.ports).map(obj);
          const probe = (kind: string, want: string) => {
            const get = obj(obj(c.spec[kind]).httpGet);
            if (get.path !== want) return `${c.where}: ${kind} is not an HTTP GET of ${want}`;
            return ports.some((p) => p.name === get.port || p.containerPort === get.port)
              ? ''
              : `${c.where}: ${kind} port ${String(get.port)} is not a port of the container`;
          };
          return [probe('readinessProbe', '/health/ready'), probe('livenessProbe', '/health/live')].filter(Boolean);
        }),
    },
    {
      rule: 'every Deployment has a HorizontalPodAutoscaler and a PodDisruptionBudget',
      problems: deployments.flatMap((d) => {
        const ns = d.metadata.namespace;
        const hpa = ms.find(
          (m) =>
            m.kind === 'HorizontalPodAutoscaler' &&
            m.metadata.namespace === ns &&
            obj(obj(m.spec).scaleTargetRef).kind === 'Deployment' &&
            obj(obj(m.spec).scaleTargetRef).name === d.metadata.name,
        );
        const pdb = ms.find(
          (m) =>
            m.kind === 'PodDisruptionBudget' && m.metadata.namespace === ns && selects(obj(m.spec).selector, labels(d)),
        );
        const min = Number(obj(hpa?.spec).minReplicas ?? 1);
        return [
          hpa ? '' : `${manifestId(d)}: no HorizontalPodAutoscaler scales it`,
          hpa && min < 2
            ? `${manifestId(d)}: its autoscaler's minReplicas ${min} leaves no replica during a disruption`
            : '',
          pdb ? '' : `${manifestId(d)}: no PodDisruptionBudget selects its pods`,
        ].filter(Boolean);
      }),
    },
  ];
}

/** Literal text that must never be in a manifest: private keys, credentials in URLs, values of secret-looking variables. */
function secretRules(ms: Manifest[]): RuleResult[] {
  const SECRET_NAME = /PASSWORD|PASSWD|SECRET|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|TOKEN$/i;
  const problems: string[] = [];
  const text = (where: string, value: string) => {
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) problems.push(`${where}: holds a private key`);
    if (/"d"\s*:\s*"[A-Za-z0-9_-]{20,}"/.test(value)) problems.push(`${where}: holds a private JSON Web Key`);
    for (const [, password] of value.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@\s/]*)@/gi)) {
      if (!/^(\$\([A-Z0-9_]+\))+$/.test(password!)) problems.push(`${where}: a URL with a password written in`);
    }
  };
  const walk = (where: string, node: unknown) => {
    if (typeof node === 'string') text(where, node);
    else if (Array.isArray(node)) node.forEach((n, i) => walk(`${where}[${i}]`, n));
    else if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(`${where}.${k}`, v);
  };
  for (const m of ms) {
    walk(manifestId(m), m);
    if (m.kind === 'Secret' && (Object.keys(obj(m.data)).length || Object.keys(obj(m.stringData)).length)) {
      problems.push(
        `${manifestId(m)}: a Secret with its values in the manifests (create it in the cluster; docs/kubernetes.md)`,
      );
    }
    if (m.kind === 'ConfigMap') {
      for (const [k, v] of Object.entries(obj(m.data)))
        if (SECRET_NAME.test(k) && String(v) !== '') problems.push(`${manifestId(m)}: ${k} has a value in a ConfigMap`);
    }
  }
  for (const c of containers(ms)) {
    for (const e of list(c.spec.env).map(obj)) {
      if (
        SECRET_NAME.test(String(e.name)) &&
        typeof e.value === 'string' &&
        e.value !== '' &&
        !/^(\$\([A-Z0-9_]+\))+$/.test(e.value)
      ) {
        problems.push(`${c.where}: ${String(e.name)} is written in (use secretKeyRef)`);
      }
    }
  }
  return [{ rule: 'no secret value in the manifests: Secrets are referenced, never written in', problems }];
}

/** A policy that selects every pod and allows nothing: what "default deny" means here. */
function isDefaultDeny(m: Manifest): boolean {
  const spec = obj(m.spec);
  const types = list(spec.policyTypes);
  return (
    m.kind === 'NetworkPolicy' &&
    Object.keys(obj(spec.podSelector)).length === 0 &&
    types.includes('Ingress') &&
    types.includes('Egress') &&
    list(spec.ingress).length === 0 &&
    list(spec.egress).length === 0
  );
}

function networkRules(ms: Manifest[]): RuleResult[] {
  const namespaces = new Set([
    ...ms.filter((m) => m.kind === 'Namespace').map((m) => m.metadata.name),
    ...ms.flatMap((m) => (m.metadata.namespace ? [m.metadata.namespace] : [])),
  ]);
  const policies = ms.filter((m) => m.kind === 'NetworkPolicy');
  return [
    {
      rule: 'every namespace has a default-deny NetworkPolicy (all pods, ingress and egress)',
      problems: [...namespaces]
        .filter((ns) => !policies.some((p) => p.metadata.namespace === ns && isDefaultDeny(p)))
        .map((ns) => `namespace ${ns} has none`),
    },
    {
      rule: "every object's namespace is declared in the same overlay",
      problems: [...namespaces]
        .filter((ns) => !ms.some((m) => m.kind === 'Namespace' && m.metadata.name === ns))
        .map((ns) => `namespace ${ns} is used but not declared`),
    },
    {
      rule: 'every NetworkPolicy rule names whom it allows and on which ports (no allow-all)',
      problems: policies.flatMap((p) =>
        (['ingress', 'egress'] as const).flatMap((dir) =>
          list(obj(p.spec)[dir]).flatMap((r, i) => {
            const peers = list(obj(r)[dir === 'ingress' ? 'from' : 'to']).map(obj);
            return [
              peers.length === 0 ? `${manifestId(p)} ${dir}[${i}]: no peers, so every address is allowed` : '',
              peers.some((peer) => Object.keys(peer).every((k) => Object.keys(obj(peer[k])).length === 0))
                ? `${manifestId(p)} ${dir}[${i}]: an empty selector allows every pod or namespace`
                : '',
              peers.some((peer) => obj(peer.ipBlock).cidr === '0.0.0.0/0' || obj(peer.ipBlock).cidr === '::/0')
                ? `${manifestId(p)} ${dir}[${i}]: allows the whole internet`
                : '',
              list(obj(r).ports).length === 0
                ? `${manifestId(p)} ${dir}[${i}]: no ports, so every port is allowed`
                : '',
            ].filter(Boolean);
          }),
        ),
      ),
    },
  ];
}

/** Rules for one agency's overlay: its database, its credentials, its backups. */
function agencyRules(ms: Manifest[]): RuleResult[] {
  const settings = ms.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'subgraph');
  if (!settings) return [];
  const key = str(obj(settings.data).AGENCY);
  const agency = AGENCIES[key];
  if (!agency)
    return [
      {
        rule: 'the subgraph settings name an agency',
        problems: [`AGENCY is "${key}", not one of ${Object.keys(AGENCIES).join(', ')}`],
      },
    ];
  const spec = agencyDatabase(agency);
  const secretRefs = (m: Manifest) =>
    containers([m]).flatMap((c) =>
      list(c.spec.env)
        .map((e) => str(obj(obj(obj(e).valueFrom).secretKeyRef).name))
        .filter(Boolean),
    );
  const deployment = ms.find((m) => m.kind === 'Deployment' && m.metadata.name === 'subgraph');
  const job = ms.find((m) => m.kind === 'Job');
  const cluster = ms.find((m) => m.kind === 'Cluster');
  const results: RuleResult[] = [
    {
      rule: `the database is ${spec.database}`,
      problems:
        obj(settings.data).DB_NAME === spec.database ? [] : [`DB_NAME is ${String(obj(settings.data).DB_NAME)}`],
    },
    {
      rule: `the subgraph connects with the app role's Secret only; the owner's credentials go to the migration Job alone`,
      problems: [
        !deployment ? 'no Deployment subgraph' : '',
        deployment && !secretRefs(deployment).includes('db-app') ? 'the subgraph does not read the Secret db-app' : '',
        deployment && secretRefs(deployment).includes('db-owner') ? 'the subgraph reads the Secret db-owner' : '',
        deployment &&
        containers([deployment]).some((c) => list(c.spec.env).some((e) => obj(e).name === 'MIGRATION_DATABASE_URL'))
          ? 'the subgraph is given MIGRATION_DATABASE_URL'
          : '',
        !job ? 'no migration Job' : '',
        job && !secretRefs(job).includes('db-owner') ? 'the migration Job does not read the Secret db-owner' : '',
      ].filter(Boolean),
    },
  ];
  if (cluster) {
    const c = obj(cluster.spec);
    const initdb = obj(obj(c.bootstrap).initdb);
    const roles = list(obj(c.managed).roles).map(obj);
    const app = roles.find((r) => r.name === spec.role);
    const sql = list(initdb.postInitApplicationSQL).map(String);
    const plugin = list(c.plugins)
      .map(obj)
      .find((p) => p.name === 'barman-cloud.cloudnative-pg.io' && p.isWALArchiver === true);
    const store = ms.find(
      (m) => m.kind === 'ObjectStore' && m.metadata.name === obj(plugin?.parameters).barmanObjectName,
    );
    const creds = obj(obj(obj(store?.spec).configuration).s3Credentials);
    const scheduled = ms.find(
      (m) => m.kind === 'ScheduledBackup' && obj(obj(m.spec).cluster).name === cluster.metadata.name,
    );
    results.push(
      {
        rule: `the CloudNativePG cluster holds ${spec.database}, owned by a role of its own, with ${spec.role} managed from the Secret db-app`,
        problems: [
          initdb.database === spec.database ? '' : `bootstrap.initdb.database is ${String(initdb.database)}`,
          initdb.owner === `${spec.database}_owner`
            ? ''
            : `bootstrap.initdb.owner is ${String(initdb.owner)}, not ${spec.database}_owner`,
          obj(initdb.secret).name === 'db-owner' ? '' : 'the owner password is not the Secret db-owner',
          app && app.login === true && obj(app.passwordSecret).name === 'db-app'
            ? ''
            : `no managed login role ${spec.role} with the Secret db-app`,
          app?.superuser || app?.createdb || app?.createrole ? `${spec.role} has more than login rights` : '',
          sql.some((s) => new RegExp(`^CREATE ROLE ${spec.role}\\b`).test(s))
            ? ''
            : `postInitApplicationSQL does not create ${spec.role}`,
          sql.some((s) => s === `REVOKE ALL ON DATABASE ${spec.database} FROM PUBLIC`)
            ? ''
            : 'postInitApplicationSQL does not revoke PUBLIC access',
          ...Object.entries(AGENCIES)
            .filter(([, a]) => a !== agency)
            .filter(([, a]) => JSON.stringify(c).includes(agencyDatabase(a).database))
            .map(([k]) => `names ${k}'s database`),
        ].filter(Boolean),
      },
      {
        rule: `backups are configured (WAL archive and a scheduled base backup, credentials from a Secret)`,
        problems: [
          plugin ? '' : 'no Barman Cloud plugin as WAL archiver',
          store ? '' : `no ObjectStore ${String(obj(plugin?.parameters).barmanObjectName)}`,
          store && !String(obj(obj(store.spec).configuration).destinationPath).endsWith(`/${key}`)
            ? `the backups do not go to a destination of ${key}'s own`
            : '',
          store &&
          !(obj(creds.accessKeyId).name && obj(creds.secretAccessKey).name) &&
          creds.inheritFromIAMRole !== true
            ? 'the object store credentials are not a Secret reference'
            : '',
          scheduled ? '' : 'no ScheduledBackup for the cluster',
        ].filter(Boolean),
      },
    );
  }
  return results;
}

/** Rules across overlays: the gateway reaches each agency's subgraph, and only the gateway does. */
export function federationRules(overlays: Map<string, Manifest[]>): RuleResult[] {
  const all = [...overlays.values()].flat();
  const gateway = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'gateway');
  const gatewayNs = gateway?.metadata.namespace;
  const gatewayEnv = gateway
    ? environment(
        containers([gateway]).find((c) => !c.init)!,
        all,
      )
    : new Map<string, string | null>();
  const policies = all.filter((m) => m.kind === 'NetworkPolicy');
  const problems: string[] = [];
  if (!gateway) problems.push('no gateway Deployment');
  for (const [key, agency] of Object.entries(AGENCIES)) {
    const name = `${agency}_URL`;
    const raw = gatewayEnv.get(name) ?? '';
    const url = URL.canParse(raw) ? new URL(raw) : null;
    const [service, ns] = url?.hostname.split('.') ?? [];
    const svc = all.find((m) => m.kind === 'Service' && m.metadata.name === service && m.metadata.namespace === ns);
    const settings = all.find(
      (m) => m.kind === 'ConfigMap' && m.metadata.name === 'subgraph' && m.metadata.namespace === ns,
    );
    if (!url) {
      problems.push(`${name} is not a URL`);
      continue;
    }
    if (!svc) problems.push(`${name} ${raw}: no Service ${service} in namespace ${ns}`);
    else if (obj(settings?.data).AGENCY !== key)
      problems.push(`${name} ${raw}: the namespace ${ns} runs ${String(obj(settings?.data).AGENCY)}'s subgraph`);
    const egress = policies.some(
      (p) =>
        p.metadata.namespace === gatewayNs &&
        list(obj(p.spec).egress).some((r) =>
          list(obj(r).to).some(
            (peer) => obj(obj(obj(peer).namespaceSelector).matchLabels)['kubernetes.io/metadata.name'] === ns,
          ),
        ),
    );
    if (!egress) problems.push(`the gateway's namespace may not reach ${ns}`);
    const ingressFrom = policies
      .filter((p) => p.metadata.namespace === ns)
      .flatMap((p) =>
        list(obj(p.spec).ingress).flatMap((r) =>
          list(obj(r).from).map(
            (peer) => obj(obj(obj(peer).namespaceSelector).matchLabels)['kubernetes.io/metadata.name'],
          ),
        ),
      )
      .filter(Boolean);
    if (!ingressFrom.includes(gatewayNs)) problems.push(`${ns} lets the gateway's namespace in nowhere`);
    const strangers = ingressFrom.filter((n) => n !== gatewayNs && n !== 'cnpg-system');
    if (strangers.length) problems.push(`${ns} lets in namespaces other than the gateway's: ${strangers.join(', ')}`);
  }
  return [
    {
      rule: "the gateway reaches every agency's subgraph Service, and no namespace but the gateway's reaches a subgraph",
      problems,
    },
    {
      rule: 'the gateway and every subgraph take GATEWAY_SECRET from the Secret gateway-secret',
      problems: gatewaySecretProblems(all),
    },
  ];
}

/**
 * The gateway proves itself to the subgraphs with GATEWAY_SECRET (so that
 * they limit its requests per caller, not per address): the gateway and every
 * agency's subgraph must take it from the Secret gateway-secret, never from a
 * value written in or a ConfigMap.
 */
function gatewaySecretProblems(all: Manifest[]): string[] {
  const problems: string[] = [];
  const deployments = all.filter(
    (m) => m.kind === 'Deployment' && (m.metadata.name === 'gateway' || m.metadata.name === 'subgraph'),
  );
  for (const c of containers(deployments).filter((x) => !x.init)) {
    const e = list(c.spec.env)
      .map(obj)
      .find((x) => x.name === 'GATEWAY_SECRET');
    const ref = obj(obj(e?.valueFrom).secretKeyRef);
    if (!e) problems.push(`${c.where}: no GATEWAY_SECRET`);
    else if (ref.name !== 'gateway-secret' || ref.key !== 'secret')
      problems.push(`${c.where}: GATEWAY_SECRET is not taken from the Secret gateway-secret (key secret)`);
  }
  return problems;
}

/** Every rule that looks at one overlay. */
export function overlayRules(ms: Manifest[]): RuleResult[] {
  return [...containerRules(ms), ...deploymentRules(ms), ...secretRules(ms), ...networkRules(ms), ...agencyRules(ms)];
}
