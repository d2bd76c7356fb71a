import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { AGENCIES, agencyKey, type Agency } from '@malmokraften/shared';

/**
 * The schemas of the gateway's in-process subgraphs, as `npm run registry`
 * wrote them (scripts/plan-schema.ts) from gateway/plan/<name> and the
 * agencies' own schemas.
 */
export function generatedSchema(name: 'schema.graphql' | 'directory.graphql' | 'employer-work.graphql'): string {
  return readFileSync(path.join(__dirname, '..', 'plan', 'generated', name), 'utf8');
}

/** Where each agency's part is in an entity's representation: the field that holds it, by agency. */
export type PartFields = Readonly<Partial<Record<Agency, string>>>;

let externals: Map<string, Set<string>> | undefined;

/** Each type's @external fields in the generated schemas: the agencies' parts the @requires fetch. */
function externalFields(): Map<string, Set<string>> {
  if (externals) return externals;
  const found = new Map<string, Set<string>>();
  for (const name of ['schema.graphql', 'directory.graphql', 'employer-work.graphql'] as const) {
    for (const def of parse(generatedSchema(name)).definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const fields = found.get(def.name.value) ?? new Set<string>();
      for (const f of def.fields ?? [])
        if (f.directives?.some((d) => d.name.value === 'external')) fields.add(f.name.value);
      found.set(def.name.value, fields);
    }
  }
  externals = found;
  return found;
}

/**
 * The agencies that serve a part of a type (`Participant`, `PlanPart`) and
 * the field each serves it as (`afPlanPart`), in the registry's order. It
 * is read from the schema the gateway serves, so a resolver composes
 * exactly the parts its @requires had the gateway fetch: an agency added
 * to the registry that serves the part is composed with the others, and
 * one that does not serve it is not counted as missing.
 */
export function agencyParts(type: string, part: string): PartFields {
  const fields = externalFields().get(type) ?? new Set<string>();
  const out: Partial<Record<Agency, string>> = {};
  for (const agency of AGENCIES) {
    const field = `${agencyKey(agency)}${part}`;
    if (fields.has(field)) out[agency] = field;
  }
  if (Object.keys(out).length === 0)
    throw new Error(`no agency's ${part} on ${type} in the gateway's schema: run \`npm run registry\``);
  return out;
}

/** The agencies in a part's fields, in the registry's order. */
export function agenciesOf(fields: PartFields): Agency[] {
  return AGENCIES.filter((a) => fields[a] !== undefined);
}
