import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors';
import { isWellFormedText } from '../agency/validate';
import type { Logger } from '../service/logger';

/**
 * How much one GraphQL request may ask for. The same limits apply at the
 * gateway and in every subgraph: a subgraph is reachable directly by anyone
 * with a valid token, so it does not rely on the gateway having checked.
 *
 * The gateway measures a field that `@requires` other fields (the joint plan
 * requires the four agencies' plan parts) together with what it requires,
 * so the queries it then sends to the subgraphs are never deeper or costlier
 * than what it accepted. An entity fetch (`_entities { ... on Participant
 * { afPlanPart { ... } } }`) is 5 levels deep.
 */
export interface QueryLimits {
  /** Deepest nesting of fields; a root field is at depth 1. */
  maxDepth: number;
  /** Aliased fields in the operation, fragments counted where they are spread. */
  maxAliases: number;
  /** Highest estimated cost (see {@link OperationMeasure.cost}). */
  maxCost: number;
  /** Assumed length of a list field that has no `first`/`last`/`limit` argument. */
  listFactor: number;
  /**
   * Tokens the parser reads before it gives up. Bounds the work of parsing
   * and validating a document before the other limits can be measured (e.g.
   * graphql-js compares repeated fields pairwise). A document nested deeper
   * than the parser can follow is refused as GRAPHQL_PARSE_FAILED too.
   */
  maxTokens: number;
  /**
   * Representations one request may pass to `_entities`, counted before
   * duplicates are removed. See {@link MAX_REPRESENTATIONS}.
   */
  maxRepresentations: number;
}

/**
 * The most representations the gateway ever sends in one entity request.
 * The largest caseload a client may ask for is one page of
 * `caseload(first: 1000)` (the page limit, `CASELOAD_LIMIT`); with only the
 * participants' ids or names selected it costs about 1,006, far inside
 * `maxCost`, so it is allowed, and the gateway then asks each agency about
 * 1,000 participants in one `_entities` request. A caseload with every plan
 * in full is refused by the cost limit long before that (a page of 200
 * costs about 190,000). Wider queries that reach more entities at one path
 * (every team's caseload through `teams`) and lists that repeat the same
 * participant are sent deduplicated and in requests of at most this many
 * (`gateway/src/data-source.ts`), so the gateway never sends more.
 */
export const MAX_REPRESENTATIONS = 1000;

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  // A team's caseload at its default page (200) with every plan in full is ~190,000.
  maxCost: 250_000,
  listFactor: 10,
  // Some ten times the product's largest query (the joint plan is ~150 tokens).
  // A subgraph query the gateway builds from a client's query can be longer
  // than it (the plan's required fields, fragments spread out), so a client
  // query close to the limit could be refused by a subgraph.
  maxTokens: 2_000,
  maxRepresentations: MAX_REPRESENTATIONS,
});

export interface OperationMeasure {
  /** Deepest field nesting; `{ a { b } }` is 2. */
  depth: number;
  /** Aliased fields, fragments counted each time they are spread. */
  aliases: number;
  /**
   * Estimated cost: every field costs 1, plus what it requires; what is
   * selected under a list field counts once per expected item: the value of
   * its `first`, `last` or `limit` argument, the number of representations
   * for `_entities`, else the list factor.
   */
  cost: number;
  /** Representations passed to `_entities`, all such fields together (fragments counted where they are spread). */
  representations: number;
}

/** Selections a field requires of its parent (`@requires`), by `Type.field`. */
export type RequiredSelections = ReadonlyMap<string, SelectionSetNode>;

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];

/** Fields of the introspection system: measured as one field, not descended into (graphql-js bounds their nesting itself). */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const ZERO: OperationMeasure = { depth: 0, aliases: 0, cost: 0, representations: 0 };

export function resolveQueryLimits(overrides: Partial<QueryLimits> = {}): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(DEFAULT_QUERY_LIMITS) as Array<keyof QueryLimits>) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 1)
      throw new Error(`Query limit ${key} must be a positive number, got ${String(value)}.`);
    limits[key] = value;
  }
  return limits;
}

/**
 * The `@requires` selections of a supergraph: `join__field(requires: "...")`
 * on each field, by `Type.field`.
 */
export function requiredSelections(supergraphSdl: string): RequiredSelections {
  const required = new Map<string, SelectionSetNode>();
  for (const def of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (
      def.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      def.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      def.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of def.fields ?? []) {
      for (const directive of field.directives ?? []) {
        if (directive.name.value !== 'join__field') continue;
        const requires = directive.arguments?.find((a) => a.name.value === 'requires')?.value;
        if (requires?.kind !== Kind.STRING) continue;
        const selection = parse(`{ ${requires.value} }`, { noLocation: true })
          .definitions[0] as OperationDefinitionNode;
        required.set(`${def.name.value}.${field.name.value}`, selection.selectionSet);
      }
    }
  }
  return required;
}

export interface MeasureOptions {
  /** The request's variables (for `first` and `representations` given as variables). */
  variables?: Record<string, unknown>;
  listFactor?: number;
  /** Fields that bring other fields with them (the gateway's `@requires`). */
  requires?: RequiredSelections;
}

/**
 * Measures one operation of a document against a schema: depth, aliases and
 * estimated cost. Fragments are measured once each (a document that spreads
 * fragments exponentially is measured in linear time); a fragment cycle
 * counts as empty (validation refuses cycles anyway).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: MeasureOptions = {},
): OperationMeasure {
  const listFactor = options.listFactor ?? DEFAULT_QUERY_LIMITS.listFactor;
  const requires = options.requires ?? new Map<string, SelectionSetNode>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const values = options.variables ?? {};
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  /** A variable's value, else its default: a number, or a list's length (nothing deeper is read: values may nest arbitrarily). */
  function variable(name: string): unknown {
    if (values[name] !== undefined) return values[name];
    const node = defaults.get(name);
    if (node?.kind === Kind.INT) return Number(node.value);
    if (node?.kind === Kind.LIST) return node.values;
    return undefined;
  }
  const fragmentMeasures = new Map<string, OperationMeasure>();
  const requiresMeasures = new Map<string, OperationMeasure>();
  const inProgress = new Set<string>();

  function fieldDefinition(
    parent: GraphQLNamedType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined {
    if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
    return undefined;
  }

  /** How many representations an `_entities` field passes (a literal list or a variable); undefined for any other field. */
  function representationCount(node: FieldNode): number | undefined {
    if (node.name.value !== '_entities') return undefined;
    const arg = node.arguments?.find((a) => a.name.value === 'representations')?.value;
    const list =
      arg?.kind === Kind.LIST ? arg.values : arg?.kind === Kind.VARIABLE ? variable(arg.name.value) : undefined;
    return Array.isArray(list) ? list.length : undefined;
  }

  function listSize(node: FieldNode, def: GraphQLField<unknown, unknown>): number {
    const representations = representationCount(node);
    if (representations !== undefined) return Math.max(1, representations);
    for (const argName of SIZE_ARGUMENTS) {
      const argDef = def.args.find((a) => a.name === argName);
      if (!argDef) continue;
      const argNode = node.arguments?.find((a) => a.name.value === argName);
      let value: unknown;
      if (argNode?.value.kind === Kind.VARIABLE) value = variable(argNode.value.name.value);
      else if (argNode?.value.kind === Kind.INT) value = Number(argNode.value.value);
      if (value === undefined) value = argDef.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.max(1, Math.ceil(value));
    }
    return listFactor;
  }

  function selectionSet(parent: GraphQLNamedType | undefined, set: SelectionSetNode): OperationMeasure {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    let representations = 0;
    for (const selection of set.selections) {
      let m: OperationMeasure;
      if (selection.kind === Kind.FIELD) m = field(parent, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        m = selectionSet(type ?? undefined, selection.selectionSet);
      } else m = fragment(selection.name.value);
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      cost += m.cost;
      representations += m.representations;
    }
    return { depth, aliases, cost, representations };
  }

  /** What a field requires of its parent, measured at the parent's level. */
  function required(parent: GraphQLNamedType | undefined, name: string): OperationMeasure {
    const key = `${parent?.name}.${name}`;
    const set = requires.get(key);
    if (!set) return ZERO;
    let m = requiresMeasures.get(key);
    if (!m) {
      m = selectionSet(parent, set);
      requiresMeasures.set(key, m);
    }
    return m;
  }

  function field(parent: GraphQLNamedType | undefined, node: FieldNode): OperationMeasure {
    const alias = node.alias ? 1 : 0;
    const req = required(parent, node.name.value);
    const own = representationCount(node) ?? 0;
    if (INTROSPECTION_ROOTS.has(node.name.value) || !node.selectionSet) {
      return {
        depth: Math.max(1, req.depth),
        aliases: alias,
        cost: 1 + req.cost,
        representations: own + req.representations,
      };
    }
    const def = fieldDefinition(parent, node.name.value);
    const inner = selectionSet(def ? getNamedType(def.type) : undefined, node.selectionSet);
    const factor = def && isListType(getNullableType(def.type)) ? listSize(node, def) : 1;
    return {
      depth: Math.max(1 + inner.depth, req.depth),
      aliases: alias + inner.aliases,
      cost: 1 + req.cost + factor * inner.cost,
      representations: own + req.representations + inner.representations,
    };
  }

  function fragment(name: string): OperationMeasure {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const def = fragments.get(name);
    if (!def || inProgress.has(name)) return ZERO;
    inProgress.add(name);
    const m = selectionSet(schema.getType(def.typeCondition.name.value) ?? undefined, def.selectionSet);
    inProgress.delete(name);
    fragmentMeasures.set(name, m);
    return m;
  }

  return selectionSet(schema.getRootType(operation.operation) ?? undefined, operation.selectionSet);
}

function refusal(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/** The error for the first limit an operation exceeds; null when it is within them. */
export function checkQueryLimits(measure: OperationMeasure, limits: QueryLimits): GraphQLError | null {
  if (measure.representations > limits.maxRepresentations) {
    return refusal(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The request asks for ${measure.representations} entities at once; at most ${limits.maxRepresentations} are allowed in one request.`,
      { representations: measure.representations, maxRepresentations: limits.maxRepresentations },
    );
  }
  if (measure.depth > limits.maxDepth) {
    return refusal(
      ErrorCode.QUERY_TOO_DEEP,
      `The query nests fields ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed. Select fewer nested levels or split the query.`,
      { depth: measure.depth, maxDepth: limits.maxDepth },
    );
  }
  if (measure.aliases > limits.maxAliases) {
    return refusal(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed in one operation.`,
      {
        aliases: measure.aliases,
        maxAliases: limits.maxAliases,
      },
    );
  }
  if (measure.cost > limits.maxCost) {
    return refusal(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query's estimated cost is ${measure.cost}; at most ${limits.maxCost} is allowed. Every field costs 1 and what is selected under a list ` +
        `counts once per expected item (its first argument, else ${limits.listFactor}): ask for fewer items or fewer fields.`,
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
  return null;
}

/** What is wrong with a piece of text: the NUL character, or half of a UTF-16 surrogate pair; null when it is fine. */
function textFault(text: string): 'NUL' | 'ILL_FORMED' | null {
  if (text.includes('\u0000')) return 'NUL';
  return isWellFormedText(text) ? null : 'ILL_FORMED';
}

/**
 * The first fault of any text in the document or the variables (keys
 * included): the NUL character (U+0000), which PostgreSQL cannot store in
 * text and refuses the whole statement for, or a lone UTF-16 surrogate
 * (JSON.parse makes one of the escape `"\ud800"` in the variables; in the
 * document the GraphQL parser refuses one already), which is no character:
 * written to the database as UTF-8 it would silently become U+FFFD. Either
 * is turned away at the door as bad input. The
 * variables are walked without recursion: they may be nested arbitrarily
 * deep. Null when all text is fine.
 */
export function findTextFault(document: DocumentNode, variables: unknown): 'NUL' | 'ILL_FORMED' | null {
  let found: 'NUL' | 'ILL_FORMED' | null = null;
  visit(document, {
    StringValue(node) {
      found = textFault(node.value);
      return found ? BREAK : undefined;
    },
  });
  if (found) return found;
  const stack: unknown[] = [variables];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      const fault = textFault(value);
      if (fault) return fault;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const fault = textFault(key);
        if (fault) return fault;
        stack.push(item);
      }
    }
  }
  return null;
}

/** Whether any text in the document or the variables holds the NUL character (see {@link findTextFault}). */
export function containsNul(document: DocumentNode, variables: unknown): boolean {
  return findTextFault(document, variables) === 'NUL';
}

/**
 * What must hold before an operation runs, beyond GraphQL validation: one
 * operation chosen (the gateway would otherwise fail it as an internal
 * error), of a kind the schema has (graphql-js 16 leaves a `subscription` on
 * a schema without subscriptions to execution, which fails it as an
 * internal error too), no NUL character or lone surrogate in any text, and the limits. Null
 * when the operation may run.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  request: { operationName?: string | undefined; variables?: Record<string, unknown> | undefined },
  limits: QueryLimits,
  requires?: RequiredSelections,
): GraphQLError | null {
  if (!operation) {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    const message = request.operationName
      ? `The document has no operation named "${request.operationName.slice(0, 100)}".`
      : operations > 1
        ? 'The document holds several operations: name the one to run in operationName.'
        : 'The document holds no operation to run.';
    return refusal('OPERATION_RESOLUTION_FAILURE', message);
  }
  if (!schema.getRootType(operation.operation)) {
    return refusal('GRAPHQL_VALIDATION_FAILED', `This service has no ${operation.operation} operations.`);
  }
  const fault = findTextFault(document, request.variables ?? {});
  if (fault === 'NUL') return refusal(ErrorCode.BAD_USER_INPUT, 'Text cannot contain the NUL character (\\u0000).');
  if (fault === 'ILL_FORMED') {
    return refusal(
      ErrorCode.BAD_USER_INPUT,
      'Text must be well-formed Unicode: it holds half of a UTF-16 surrogate pair (\\ud800–\\udfff alone), which is no character.',
    );
  }
  const measure = measureOperation(schema, document, operation, {
    variables: request.variables ?? {},
    listFactor: limits.listFactor,
    ...(requires ? { requires } : {}),
  });
  return checkQueryLimits(measure, limits);
}

/**
 * Refuses an operation that fails {@link checkOperation} once it is parsed,
 * validated and chosen, before anything runs: nothing is read, nothing
 * reaches another service. Answers HTTP 400, with QUERY_TOO_DEEP or
 * QUERY_TOO_COMPLEX for the limits. A refusal by the limits is logged as
 * one line per request, with the numbers measured (never the document or
 * the variables).
 */
export function queryLimitsPlugin<Ctx extends BaseContext>(
  limits: QueryLimits,
  requires?: RequiredSelections,
  log?: Logger,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const error = checkOperation(schema, document, operation, request, limits, requires);
          if (!error) return;
          const code = error.extensions.code;
          if (log && (code === ErrorCode.QUERY_TOO_DEEP || code === ErrorCode.QUERY_TOO_COMPLEX)) {
            const { http: _http, ...numbers } = error.extensions;
            log.warn({ ...numbers, operation: operation?.operation }, 'request refused by the query limits');
          }
          throw error;
        },
      };
    },
  };
}

/**
 * The Apollo Server options that enforce the limits: the parser's token
 * limit, no batched requests (a JSON array of operations is answered 400
 * BAD_REQUEST; off by default in Apollo Server, and kept off explicitly),
 * and the plugin, to add to the server's plugins.
 */
export function queryLimitsServerOptions<Ctx extends BaseContext>(
  overrides: Partial<QueryLimits> = {},
  requires?: RequiredSelections,
  log?: Logger,
): {
  limits: QueryLimits;
  plugin: ApolloServerPlugin<Ctx>;
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
} {
  const limits = resolveQueryLimits(overrides);
  return {
    limits,
    plugin: queryLimitsPlugin<Ctx>(limits, requires, log),
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
}
