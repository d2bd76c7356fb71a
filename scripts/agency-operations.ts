/**
 * The web app's operations that every agency serves under its own field
 * names (`afAuditReview`, `recordMalmoConsent`, …): one document per agency
 * whose schema serves the field, and a table of them by agency, written by
 * `npm run registry` (scripts/registry.ts) into
 * web/src/generated/agency-operations.ts. The web codegen types them like
 * any other document, and the pages import the tables: an agency added to
 * the registry gets its entries as soon as its schema serves the fields,
 * and one whose schema does not is absent (a page shows it as not offered).
 *
 * A document asks for the field with the arguments named here, declared
 * with the types the agency's schema gives them (`AfConsentInput!`), and
 * selects a fragment the page defines, so what the page reads stays in the
 * page.
 *
 * A field every agency serves on the person (`afConsents` on Participant)
 * is asked in one query for all of them instead (PARTICIPANT_LISTS), with a
 * table from each agency to its field's name, so that the page reads
 * `participant[field]`. A root field that one act sends to every agency at
 * once (`afPublishFigures`, …) is one operation too (AGENCY_FAN_OUTS), each
 * agency answering under its key (`af: afPublishFigures(…)`).
 */
import {
  Kind,
  parse,
  print,
  type DefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { capitalised } from '../shared/src/agencies';

/** One operation that follows the agencies' naming pattern. */
export interface AgencyOperation {
  /** The exported table's name in the generated module. */
  readonly table: string;
  /** What the table holds, for its comment. */
  readonly description: string;
  readonly kind: 'query' | 'mutation';
  /** The root field, from the agency's key (`af`) and its capitalised form (`Af`). */
  readonly field: (key: string, Key: string) => string;
  /** The operation's name, likewise. */
  readonly name: (key: string, Key: string) => string;
  /** An alias for the field, the same at every agency, so a page reads one name. */
  readonly alias?: string;
  /** The arguments the page passes, as variables of the same names. */
  readonly args: readonly string[];
  /** The fragment the page defines for what it reads. */
  readonly fragment: string;
}

/** An agency as the generator needs it: its registry key, its lower-case key and its schema's text. */
export interface AgencySchema {
  readonly agency: string;
  readonly key: string;
  readonly schema: string;
}

export const AGENCY_OPERATIONS: readonly AgencyOperation[] = [
  {
    table: 'AUDIT_REVIEW',
    description: "Each agency's log review, by the query its schema serves (pages/AuditReview.tsx).",
    kind: 'query',
    field: (key) => `${key}AuditReview`,
    name: (_key, Key) => `${Key}AuditReview`,
    alias: 'review',
    args: ['from', 'to'],
    fragment: 'AuditReviewFields',
  },
  {
    table: 'RECORD_CONSENT',
    description: "Each agency's mutation that records a consent (pages/Consents.tsx).",
    kind: 'mutation',
    field: (_key, Key) => `record${Key}Consent`,
    name: (_key, Key) => `Record${Key}Consent`,
    args: ['input'],
    fragment: 'RecordedConsent',
  },
  {
    table: 'WITHDRAW_CONSENT',
    description: "Each agency's mutation that withdraws a consent (pages/Consents.tsx).",
    kind: 'mutation',
    field: (_key, Key) => `withdraw${Key}Consent`,
    name: (_key, Key) => `Withdraw${Key}Consent`,
    args: ['id'],
    fragment: 'WithdrawnConsent',
  },
  {
    table: 'RECORD_MAPPING',
    description: "Each agency's mutation that records its perspective of the joint mapping (pages/Mapping.tsx).",
    kind: 'mutation',
    field: (_key, Key) => `record${Key}Mapping`,
    name: (_key, Key) => `Record${Key}Mapping`,
    args: ['input'],
    fragment: 'RecordedMapping',
  },
];

/** A list every agency serves on the person under its own field name, asked for all agencies in one query. */
export interface ParticipantList {
  /** The exported table's name in the generated module: each agency's field. */
  readonly table: string;
  /** What the table holds, for its comment. */
  readonly description: string;
  /** The exported document's name in the generated module. */
  readonly document: string;
  /** The operation's name. */
  readonly name: string;
  /** The field on Participant, from the agency's key (`af`) and its capitalised form (`Af`). */
  readonly field: (key: string, Key: string) => string;
  /** The fragment the page defines for what it reads of each item. */
  readonly fragment: string;
}

export const PARTICIPANT_LISTS: readonly ParticipantList[] = [
  {
    table: 'CONSENT_LISTS',
    description: "Each agency's field on Participant that lists the person's consents it holds (pages/Consents.tsx).",
    document: 'ConsentsQuery',
    name: 'Consents',
    field: (key) => `${key}Consents`,
    fragment: 'ConsentFields',
  },
];

/** A root field every agency serves under its own name, sent to all of them in one operation. */
export interface AgencyFanOut {
  /** The exported document's name in the generated module. */
  readonly document: string;
  /** What the operation does, for its comment. */
  readonly description: string;
  readonly kind: 'query' | 'mutation';
  /** The operation's name. */
  readonly name: string;
  /** The root field, from the agency's key (`af`) and its capitalised form (`Af`). */
  readonly field: (key: string, Key: string) => string;
  /** The arguments the page passes, as variables of the same names, declared alike at every agency. */
  readonly args: readonly string[];
  /** The fragment the page defines for what it reads of each answer. */
  readonly fragment: string;
}

export const AGENCY_FAN_OUTS: readonly AgencyFanOut[] = [
  {
    document: 'PublishFiguresMutation',
    description:
      "Publishing a closed period's figures (or a correction) at every agency that publishes its own (pages/Report.tsx).",
    kind: 'mutation',
    name: 'PublishFigures',
    field: (key) => `${key}PublishFigures`,
    args: ['period', 'reason'],
    fragment: 'PublishedVersion',
  },
];

const isType = (d: DefinitionNode, type: string): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
  (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === type;

/** The fields of an object type (Query, Mutation, Participant) in a schema's text, by name, its extensions included. */
function typeFields(schema: string, type: string): Map<string, FieldDefinitionNode> {
  const fields = new Map<string, FieldDefinitionNode>();
  for (const def of parse(schema).definitions)
    if (isType(def, type)) for (const f of def.fields ?? []) fields.set(f.name.value, f);
  return fields;
}

/** The root field an agency serves under the name, or undefined. */
const rootField = (agency: AgencySchema, kind: 'query' | 'mutation', name: string) =>
  typeFields(agency.schema, kind === 'query' ? 'Query' : 'Mutation').get(name);

/** The variables for the arguments the page passes, with the types the field declares (`$input: AfConsentInput!`). */
function variablesOf(agency: AgencySchema, field: FieldDefinitionNode, args: readonly string[]): string[] {
  return args.map((arg) => {
    const def = field.arguments?.find((a) => a.name.value === arg);
    if (!def) throw new Error(`${agency.agency}: ${field.name.value} has no argument ${arg}`);
    return `$${arg}: ${print(def.type)}`;
  });
}

/** The arguments passed as the variables of the same names. */
const passed = (args: readonly string[]) => args.map((arg) => `${arg}: $${arg}`).join(', ');

/** One agency's document for an operation, or null when its schema does not serve the field. */
export function agencyDocument(op: AgencyOperation, agency: AgencySchema): { name: string; text: string } | null {
  const Key = capitalised(agency.key);
  const fieldName = op.field(agency.key, Key);
  const field = rootField(agency, op.kind, fieldName);
  if (!field) return null;
  const name = op.name(agency.key, Key);
  const text = `
  ${op.kind} ${name}(${variablesOf(agency, field, op.args).join(', ')}) {
    ${op.alias ? `${op.alias}: ` : ''}${fieldName}(${passed(op.args)}) {
      ...${op.fragment}
    }
  }
`;
  return { name, text };
}

/**
 * The operation that sends a root field to every agency whose schema serves
 * it, in the agencies' order, each under its key as alias; and those
 * agencies. Every agency must declare the arguments alike (one variable
 * serves them all); with none the text is null.
 */
export function fanOutDocument(
  fanOut: AgencyFanOut,
  agencies: readonly AgencySchema[],
): { text: string | null; agencies: string[] } {
  const served = agencies.flatMap((agency) => {
    const fieldName = fanOut.field(agency.key, capitalised(agency.key));
    const field = rootField(agency, fanOut.kind, fieldName);
    return field ? [{ agency, fieldName, variables: variablesOf(agency, field, fanOut.args) }] : [];
  });
  const first = served[0];
  if (!first) return { text: null, agencies: [] };
  for (const { agency, fieldName, variables } of served)
    if (variables.join() !== first.variables.join())
      throw new Error(
        `${agency.agency}: ${fieldName} declares (${variables.join(', ')}), not (${first.variables.join(', ')}) as ${first.agency.agency}`,
      );
  const text = `
  ${fanOut.kind} ${fanOut.name}(${first.variables.join(', ')}) {
${served.map(({ agency, fieldName }) => `    ${agency.key}: ${fieldName}(${passed(fanOut.args)}) {\n      ...${fanOut.fragment}\n    }\n`).join('')}  }
`;
  return { text, agencies: served.map(({ agency }) => agency.agency) };
}

/**
 * The query for a list on the person: `participant(id:)` with its id and
 * the field of every agency whose schema serves it on Participant, in the
 * agencies' order; and each of those agencies with its field.
 */
export function participantListDocument(
  list: ParticipantList,
  agencies: readonly AgencySchema[],
): { text: string; fields: Array<{ agency: string; field: string }> } {
  const fields = agencies.flatMap((agency) => {
    const field = list.field(agency.key, capitalised(agency.key));
    return typeFields(agency.schema, 'Participant').has(field) ? [{ agency: agency.agency, field }] : [];
  });
  const text = `
  query ${list.name}($id: ID!) {
    participant(id: $id) {
      id
${fields.map(({ field }) => `      ${field} {\n        ...${list.fragment}\n      }\n`).join('')}    }
  }
`;
  return { text, fields };
}

/** web/src/generated/agency-operations.ts: the documents and, for each operation, its table by agency. */
export function agencyOperationsModule(agencies: readonly AgencySchema[]): string {
  const parts: string[] = [];
  for (const op of AGENCY_OPERATIONS) {
    const entries: Array<{ agency: string; name: string }> = [];
    for (const agency of agencies) {
      const doc = agencyDocument(op, agency);
      if (!doc) continue;
      parts.push(`const ${doc.name} = graphql(\`${doc.text}\`);`);
      entries.push({ agency: agency.agency, name: doc.name });
    }
    const type = entries.length ? entries.map((e) => `typeof ${e.name}`).join(' | ') : 'never';
    parts.push(`/**
 * ${op.description}
 * An agency whose schema does not serve the field is absent.
 */
export const ${op.table}: Partial<Record<Agency, ${type}>> = {
${entries.map((e) => `  ${e.agency}: ${e.name},\n`).join('')}};`);
  }
  for (const list of PARTICIPANT_LISTS) {
    const { text, fields } = participantListDocument(list, agencies);
    const type = fields.length ? fields.map((f) => `'${f.field}'`).join(' | ') : 'never';
    parts.push(`export const ${list.document} = graphql(\`${text}\`);`);
    parts.push(`/**
 * ${list.description}
 * An agency whose schema does not serve the field is absent, and ${list.document} does not ask it.
 */
export const ${list.table}: Partial<Record<Agency, ${type}>> = {
${fields.map((f) => `  ${f.agency}: '${f.field}',\n`).join('')}};`);
  }
  for (const fanOut of AGENCY_FAN_OUTS) {
    const { text } = fanOutDocument(fanOut, agencies);
    // With no agency serving the field there is no operation: the page has nothing to send.
    parts.push(`/**
 * ${fanOut.description}
 * Each agency whose schema serves the field answers under its key; one that does not is not asked.
 */
export const ${fanOut.document} = ${text ? `graphql(\`${text}\`)` : 'null'};`);
  }
  return `// Written by \`npm run registry\` from the agency registry (shared/src/agencies.ts) and the agencies' schemas
// (scripts/agency-operations.ts); do not edit.
import { graphql } from '../gql';
import type { Agency } from '../agencies';

${parts.join('\n\n')}
`;
}
