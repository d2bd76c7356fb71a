/**
 * The schemas of the gateway's in-process subgraphs (the directory and the
 * joint plan), for gateway/plan/generated/, from the hand-written,
 * agency-neutral sources in gateway/plan/ and the agencies' own subgraph
 * schemas. `npm run registry` writes them (scripts/registry.ts).
 *
 * A composed field names the agencies' parts it is composed from with
 * `@fromAgencies(part: "PlanPart", select: "…")` (declared once, in
 * gateway/plan/from-agencies.graphql). The agencies that provide
 * a part are those whose subgraph schema has the field `<agency>PlanPart`
 * (`afPlanPart`, `regionPlanPart`) on the same type: an agency offers a
 * part by serving it, and nothing else has to list it. Each such field
 * becomes an `@external` field of the type, with the type the agency gives
 * it, and the field's directives become one `@requires` selecting `select`
 * of every provider's part, in the order of AGENCIES.
 *
 * The source text is kept as written (comments, descriptions, layout) and
 * only these spans are replaced, so the output reads like the source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { format, resolveConfig } from 'prettier';
import { AGENCIES, agencyFolder, agencyKey, type Agency } from '../shared/src/agencies';

const root = path.join(__dirname, '..');
const SOURCE_DIR = path.join(root, 'gateway/plan');
const TARGET_DIR = path.join(SOURCE_DIR, 'generated');
/** The gateway's schema sources; the gateway reads the files of the same names in TARGET_DIR. */
export const PLAN_SCHEMA_SOURCES = ['schema.graphql', 'directory.graphql', 'employer-work.graphql'] as const;
const DIRECTIVE = 'fromAgencies';

/** The prefix of an agency's own fields: `af` in `afPlanPart`. */
const fieldPrefix = agencyKey;

function agencySchemaFile(agency: Agency): string {
  return path.join(root, 'subgraphs', agencyFolder(agency), 'schema.graphql');
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
const isObject = (d: DefinitionNode): d is ObjectNode =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION;

/** Each type's fields in an agency's subgraph schema, with their types as written (`[ID!]`). */
function fieldTypes(agency: Agency): Map<string, Map<string, string>> {
  const types = new Map<string, Map<string, string>>();
  for (const def of parse(readFileSync(agencySchemaFile(agency), 'utf8')).definitions) {
    if (!isObject(def)) continue;
    const fields = types.get(def.name.value) ?? new Map<string, string>();
    for (const f of def.fields ?? []) fields.set(f.name.value, print(f.type));
    types.set(def.name.value, fields);
  }
  return types;
}

function stringArgument(d: ConstDirectiveNode, name: string): string | undefined {
  const arg = d.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind !== Kind.STRING) throw new Error(`@${DIRECTIVE}(${name}:) must be a string`);
  return arg.value.value;
}

/** The fields named at the top level of a `@key(fields: "…")`: the entity's key, written first in a type. */
function keyFields(def: ObjectNode): Set<string> {
  const names = new Set<string>();
  for (const d of def.directives ?? []) {
    if (d.name.value !== 'key') continue;
    let depth = 0;
    for (const token of (stringArgument(d, 'fields') ?? '').split(/([{}]|\s+)/)) {
      if (token === '{') depth++;
      else if (token === '}') depth--;
      else if (depth === 0 && /^\w+$/.test(token)) names.add(token);
    }
  }
  return names;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One source expanded: its text with the directive definition dropped and every `@fromAgencies` written out. */
export function expandPlanSource(
  file: string,
  source: string,
  agencyTypes: ReadonlyMap<Agency, Map<string, Map<string, string>>>,
): string {
  const doc = parse(source);
  const edits: Edit[] = [];
  const at = (node: { loc?: { start: number; end: number } | undefined }) => {
    if (!node.loc) throw new Error(`${file}: parsed without locations`);
    return node.loc;
  };
  for (const def of doc.definitions) {
    if (def.kind === Kind.DIRECTIVE_DEFINITION && def.name.value === DIRECTIVE) {
      // The declaration is for readers and editors of the source; the gateway's schema has no such directive.
      const { start, end } = at(def);
      edits.push({ start, end: source.slice(end).match(/^\s*/)![0].length + end, text: '' });
      continue;
    }
    if (!isObject(def)) continue;
    const type = def.name.value;
    // Each part's field type and providers, in the order the type's fields first name them.
    const parts = new Map<string, { type: string; providers: Agency[] }>();
    for (const field of def.fields ?? []) {
      const uses = (field.directives ?? []).filter((d) => d.name.value === DIRECTIVE);
      if (uses.length === 0) continue;
      const selections: string[] = [];
      for (const use of uses) {
        const part = stringArgument(use, 'part');
        if (!part) throw new Error(`${file}: ${type}.${field.name.value}: @${DIRECTIVE} needs part`);
        const select = stringArgument(use, 'select');
        let known = parts.get(part);
        if (!known) {
          known = providersOf(file, type, part, agencyTypes);
          parts.set(part, known);
        }
        for (const agency of known.providers) {
          const name = `${fieldPrefix(agency)}${part}`;
          selections.push(select ? `${name} { ${select} }` : name);
        }
      }
      uses.forEach((use, i) => {
        const { start, end } = at(use);
        if (i === 0) edits.push({ start, end, text: `@requires(fields: "${selections.join(' ')}")` });
        // The first carries them all; the others go with the space before them.
        else edits.push({ start: start - source.slice(0, start).match(/\s*$/)![0].length, end, text: '' });
      });
    }
    if (parts.size === 0) continue;
    const declared = new Set((def.fields ?? []).map((f) => f.name.value));
    const externals = [...parts].flatMap(([part, { type: partType, providers }]) =>
      providers.map((agency) => {
        const name = `${fieldPrefix(agency)}${part}`;
        if (declared.has(name))
          throw new Error(`${file}: ${type}.${name} is written out; @${DIRECTIVE}(part: "${part}") adds it`);
        return `${name}: ${partType} @external`;
      }),
    );
    edits.push(externalsAt(def, externals));
  }
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Where the `@external` fields go: after the key fields the type opens with, else first. */
function externalsAt(def: ObjectNode, externals: string[]): Edit {
  const keys = keyFields(def);
  const fields: readonly FieldDefinitionNode[] = def.fields ?? [];
  let after: FieldDefinitionNode | undefined;
  for (const f of fields) {
    if (!keys.has(f.name.value)) break;
    after = f;
  }
  if (after?.loc) {
    const end = after.loc.end;
    return { start: end, end, text: externals.map((e) => `\n  ${e}`).join('') };
  }
  const first = fields[0]?.loc;
  if (!first) throw new Error(`${def.name.value}: a type with @${DIRECTIVE} has fields`);
  return { start: first.start, end: first.start, text: externals.map((e) => `${e}\n  `).join('') };
}

function providersOf(
  file: string,
  type: string,
  part: string,
  agencyTypes: ReadonlyMap<Agency, Map<string, Map<string, string>>>,
): { type: string; providers: Agency[] } {
  const providers: Agency[] = [];
  const seen = new Map<string, Agency[]>();
  for (const agency of AGENCIES) {
    const fieldType = agencyTypes
      .get(agency)
      ?.get(type)
      ?.get(`${fieldPrefix(agency)}${part}`);
    if (fieldType === undefined) continue;
    providers.push(agency);
    seen.set(fieldType, [...(seen.get(fieldType) ?? []), agency]);
  }
  if (providers.length === 0)
    throw new Error(
      `${file}: ${type} is composed from the part "${part}", which no agency serves (no <agency>${part} on ${type} in subgraphs/*/schema.graphql)`,
    );
  if (seen.size > 1)
    throw new Error(
      `${file}: the agencies give ${type}.<agency>${part} different types: ${[...seen].map(([t, a]) => `${a.join(', ')}: ${t}`).join('; ')}`,
    );
  return { type: [...seen.keys()][0]!, providers };
}

const header = (file: string) =>
  `# Generated by \`npm run registry\` (scripts/plan-schema.ts) from gateway/plan/${file}\n` +
  `# and the agencies' subgraph schemas. Do not edit: change those and run it again.\n\n`;

/** Every generated file's path and text. */
export async function planSchemaFiles(): Promise<Map<string, string>> {
  const agencyTypes = new Map(AGENCIES.map((a) => [a, fieldTypes(a)] as const));
  const out = new Map<string, string>();
  for (const file of PLAN_SCHEMA_SOURCES) {
    const target = path.join(TARGET_DIR, file);
    const text = header(file) + expandPlanSource(file, readFileSync(path.join(SOURCE_DIR, file), 'utf8'), agencyTypes);
    // Laid out as the rest of the repository's GraphQL, so `npm run format` leaves it as it is.
    const options = (await resolveConfig(target)) ?? {};
    out.set(target, await format(text, { ...options, parser: 'graphql' }));
  }
  return out;
}
