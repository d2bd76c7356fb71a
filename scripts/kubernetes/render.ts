/**
 * Renders a Kustomize overlay of deploy/kubernetes/ without kubectl: the
 * part of Kustomize these manifests use, and nothing else.
 *
 * - `resources`: YAML files (several documents each) inside the
 *   kustomization's folder, and folders holding a kustomization of their own;
 * - `namespace`: set on every namespaced object;
 * - `images`: `name` → `newName` and `newTag` in every container and init
 *   container of a pod template;
 * - `patches` with `path`: a strategic-merge patch naming its target by
 *   kind and name. Mappings merge key by key, null removes a key; a list in a
 *   patch replaces the list, which is what Kustomize does for custom
 *   resources. For Kubernetes' own kinds Kustomize merges some lists by key
 *   (containers by name, ...), so a list in a patch of a built-in kind is
 *   refused here rather than rendered differently.
 *
 * Any other field in a kustomization.yaml is refused, so an overlay cannot
 * use a Kustomize feature this renderer would silently skip. Where kubectl is
 * installed, test/kubernetes.test.ts renders every overlay with
 * `kubectl kustomize` as well and compares.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
};

export const KUBERNETES_ROOT = path.join(__dirname, '..', '..', 'deploy', 'kubernetes');
export const OVERLAYS_ROOT = path.join(KUBERNETES_ROOT, 'overlays');

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);
/** Kinds without a namespace that these manifests could hold. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
]);
/** API groups whose kinds are Kubernetes' own (strategic merge knows their lists); anything else is a custom resource. */
const BUILT_IN_GROUP = /^(v1|(apps|batch|policy|autoscaling)\/|[a-z.]*k8s\.io\/)/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class RenderError extends Error {}

function readYaml(file: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { uniqueKeys: true });
  return docs.flatMap((doc) => {
    if (doc.errors.length)
      throw new RenderError(`${path.relative(KUBERNETES_ROOT, file)}: ${doc.errors[0]!.message.split('\n')[0]!}`);
    const value: unknown = doc.toJS();
    return value === null || value === undefined ? [] : [value];
  });
}

function readDocuments(file: string): Manifest[] {
  const out: Manifest[] = [];
  for (const value of readYaml(file)) {
    if (
      !isObject(value) ||
      typeof value.apiVersion !== 'string' ||
      typeof value.kind !== 'string' ||
      !isObject(value.metadata) ||
      typeof value.metadata.name !== 'string'
    ) {
      throw new RenderError(
        `${path.relative(KUBERNETES_ROOT, file)}: every document needs apiVersion, kind and metadata.name`,
      );
    }
    out.push(value as Manifest);
  }
  return out;
}

/** Strategic merge as Kustomize applies it to these manifests (see the file's comment). */
function merge(target: unknown, patch: unknown, builtIn: boolean, where: string): unknown {
  if (!isObject(patch)) {
    if (Array.isArray(patch) && builtIn)
      throw new RenderError(
        `${where}: a list in a patch of a built-in kind is merged by key in Kustomize; patch the whole object instead`,
      );
    return structuredClone(patch);
  }
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) throw new RenderError(`${where}: patch directive ${key} is not supported`);
    if (value === null) delete out[key];
    else out[key] = merge(out[key], value, builtIn, `${where}.${key}`);
  }
  return out;
}

function setImages(node: unknown, images: Array<{ name: string; newName?: string; newTag?: string }>): void {
  if (Array.isArray(node)) return node.forEach((n) => setImages(n, images));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value) {
        if (!isObject(c) || typeof c.image !== 'string') continue;
        const m = /^([^@:]+(?::\d+\/[^@:]+)?)(?::([^@]+))?(@.+)?$/.exec(c.image);
        const image = images.find((i) => i.name === m?.[1]);
        if (!m || !image) continue;
        c.image = `${image.newName ?? m[1]}${image.newTag ? `:${image.newTag}` : m[2] ? `:${m[2]}` : ''}${m[3] ?? ''}`;
      }
    } else setImages(value, images);
  }
}

/** Renders the kustomization in `dir` (a folder holding kustomization.yaml). */
export function render(dir: string): Manifest[] {
  const file = path.join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new RenderError(`${path.relative(KUBERNETES_ROOT, dir)}: no kustomization.yaml`);
  const rel = path.relative(KUBERNETES_ROOT, file);
  const docs = readYaml(file);
  if (docs.length !== 1 || !isObject(docs[0])) throw new RenderError(`${rel}: one mapping expected`);
  const k = docs[0];
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length)
    throw new RenderError(
      `${rel}: ${unsupported.join(', ')} not supported by this renderer (scripts/kubernetes/render.ts)`,
    );

  const out: Manifest[] = [];
  for (const entry of (k.resources as unknown[] | undefined) ?? []) {
    const target = path.resolve(dir, String(entry));
    if (!existsSync(target)) throw new RenderError(`${rel}: resource ${String(entry)} does not exist`);
    if (statSync(target).isDirectory()) out.push(...render(target));
    else if (path.relative(dir, target).startsWith('..'))
      throw new RenderError(
        `${rel}: file ${String(entry)} is outside the kustomization's folder (Kustomize refuses it)`,
      );
    else out.push(...readDocuments(target));
  }

  for (const entry of (k.patches as unknown[] | undefined) ?? []) {
    if (!isObject(entry) || typeof entry.path !== 'string' || Object.keys(entry).length !== 1)
      throw new RenderError(`${rel}: only patches with a path are supported`);
    const patchFile = path.resolve(dir, entry.path);
    for (const patch of readDocuments(patchFile)) {
      const matches = out.filter(
        (m) =>
          m.kind === patch.kind &&
          m.apiVersion.split('/')[0] === patch.apiVersion.split('/')[0] &&
          m.metadata.name === patch.metadata.name,
      );
      if (matches.length !== 1)
        throw new RenderError(
          `${rel}: patch ${entry.path} matches ${matches.length} resources (${patch.kind} ${patch.metadata.name})`,
        );
      const target = matches[0]!;
      const { metadata, ...rest } = merge(
        target,
        { ...patch, metadata: { ...patch.metadata } },
        BUILT_IN_GROUP.test(patch.apiVersion),
        `${entry.path}`,
      ) as Manifest;
      out[out.indexOf(target)] = { ...rest, metadata };
    }
  }

  if (typeof k.namespace === 'string') {
    for (const m of out) if (!CLUSTER_SCOPED.has(m.kind)) m.metadata = { ...m.metadata, namespace: k.namespace };
  }
  const images = (k.images as Array<{ name: string; newName?: string; newTag?: string }> | undefined) ?? [];
  if (images.length) setImages(out, images);

  const seen = new Set<string>();
  for (const m of out) {
    const id = manifestId(m);
    if (seen.has(id)) throw new RenderError(`${rel}: ${id} is defined twice`);
    seen.add(id);
  }
  return out;
}

/** kind/namespace/name, how Kustomize tells resources apart. */
export function manifestId(m: Manifest): string {
  return `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
}

/** Every overlay: its name (the folder) and its rendered manifests. */
export function renderOverlays(root = OVERLAYS_ROOT): Map<string, Manifest[]> {
  const names = readdirSync(root).filter((n) => existsSync(path.join(root, n, 'kustomization.yaml')));
  return new Map(names.sort().map((n) => [n, render(path.join(root, n))]));
}
