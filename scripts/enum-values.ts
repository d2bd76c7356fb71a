/**
 * The values of the schemas' enums, in the order the schema gives them,
 * written by `npm run registry` (scripts/registry.ts) as one constant an
 * enum (`EmployerSectorValues`), so that no list of an enum's values is
 * written out again beside the schema:
 *
 *  - shared/src/generated/enum-values.ts, from the common schema: the kit's
 *    and the report's lists (EMPLOYER_SECTORS, REPORT_DIMENSIONS, …);
 *  - subgraphs/<folder>/src/generated/enum-values.ts, from the agency's own
 *    schema: its toolbox of interventions and other lists of its own;
 *  - web/src/generated/enum-values.ts, from the common schema and every
 *    agency's: the choices a page offers. The web codegen types the enums,
 *    but in alphabetical order, which is not the order a form shows
 *    (Swedish levels from none to fluent).
 */
import { Kind, parse } from 'graphql';

/** Each enum's values in schema order, by name; an enum declared in more than one schema must have the same values in each. */
export function enumValues(schemas: readonly string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const schema of schemas)
    for (const def of parse(schema).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
      const name = def.name.value;
      const these = (def.values ?? []).map((v) => v.name.value);
      const seen = values.get(name);
      if (seen && seen.join() !== these.join())
        throw new Error(`enum ${name} is declared twice with other values: ${seen.join(', ')} and ${these.join(', ')}`);
      values.set(name, these);
    }
  return values;
}

/** A module of one constant an enum, `<Enum>Values`, in the order of the names; `from` says which schemas, for its header. */
export function enumValuesModule(schemas: readonly string[], from: string): string {
  const values = [...enumValues(schemas)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `// Written by \`npm run registry\` from ${from} (scripts/enum-values.ts);
// do not edit. Each enum's values in the schema's order.

${values.map(([name, vs]) => `export const ${name}Values = [${vs.map((v) => `'${v}'`).join(', ')}] as const;`).join('\n')}
`;
}
