import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, Kind, getNamedType, isLeafType, isUnionType, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from './caller';
import { badInput, createFormatError, ErrorCode } from './errors';
import type { Logger } from './logger';
import { statementScope } from './db/data-source';
import { createGraphQLHttpServer } from './http/graphql-http';
import type { AuditEntry } from './audit/writer';
import { writeAudit } from './audit/writer';
import { queryLimitsServerOptions, type QueryLimits } from './limits';
import { applyIdempotentMutations, IDEMPOTENCY_HEADER, parseIdempotencyKey, purgeExpiredIdempotencyKeys } from './agency/idempotency';

export type VerifyCaller = (authorization: string | undefined, meta: { requestId: string; purpose?: string }) => Promise<Caller>;

export interface SubgraphContextBase {
  caller: Caller;
  requestId: string;
  log: Logger;
  /** The request's Idempotency-Key header, checked for format (see `agency/idempotency.ts`). */
  idempotencyKey?: string | undefined;
  /** Everything this request decided, for the audit log. */
  drainAudit(): AuditEntry[];
}

export interface SubgraphServiceOptions<Ctx extends SubgraphContextBase> {
  agency: Agency;
  /** The subgraph's SDL (several files are joined). */
  typeDefs: string;
  resolvers: GraphQLResolverMap<Ctx>;
  dataSource: DataSource;
  verify: VerifyCaller;
  log: Logger;
  /** Builds the per-request context: the access gate and loaders for this caller. */
  createContext(base: { caller: Caller; requestId: string; log: Logger; idempotencyKey?: string | undefined }): Ctx;
  production?: boolean;
  /** Depth, alias, cost and token limits; defaults in `DEFAULT_QUERY_LIMITS`. */
  limits?: Partial<QueryLimits>;
}

export interface SubgraphService {
  http: Server;
  /** The Apollo server, for stopping it; its context type differs per agency. */
  apollo: Pick<ApolloServer, 'stop'>;
  /** SQL statements sent since start, for tests and benchmarks. */
  stats: { statements: number; requests: number };
}

/**
 * Writes the request's access decisions to the agency's audit log before
 * the answer leaves. If the log cannot be written, the answer is replaced
 * by an error: nothing is released without a trace.
 */
function auditPlugin<Ctx extends SubgraphContextBase>(ds: DataSource, agency: Agency, log: Logger): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const entries = contextValue.drainAudit();
          if (entries.length === 0) return;
          try {
            await writeAudit(ds, agency, entries);
          } catch (err) {
            log.error({ requestId: contextValue.requestId, err: err instanceof Error ? err.message : String(err) }, 'audit write failed; answer withheld');
            response.http.status = 503;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The answer could not be recorded in the audit log, so it is not shown. Please try again shortly.',
                    extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}

/** The plain field names of an entity type's `@key(fields: "...")` directives (nested keys are not checked). */
function keyFields(type: GraphQLObjectType): string[] {
  const names: string[] = [];
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind === Kind.STRING && /^[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*$/.test(fields.value.trim())) {
        names.push(...fields.value.trim().split(' '));
      }
    }
  }
  return names;
}

/**
 * `_entities` takes its representations as `_Any`, which GraphQL does not
 * check. The gateway always sends well-formed ones; a caller who reaches the
 * subgraph directly may not, and a representation without a key, of an
 * unknown type or with a key that is not text would otherwise fail deep in a
 * resolver or the audit log as an internal error. Each representation must
 * be an object naming an entity type of this subgraph, with its key fields
 * present; ID and String fields must be text, other leaf fields valid values
 * of their type.
 */
function checkEntityRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const union = schema.getType('_Entity');
  const resolve = field?.resolve;
  if (!field || !resolve || !isUnionType(union)) return;
  const entityTypes = new Map(union.getTypes().map((t) => [t.name, { type: t, keys: keyFields(t) }]));
  const refuse = (i: number, why: string) => badInput(`Representation ${i} ${why}.`, 'representations');
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = args.representations;
    if (!Array.isArray(representations)) throw badInput('representations must be a list.', 'representations');
    representations.forEach((rep: unknown, i) => {
      if (rep === null || typeof rep !== 'object' || Array.isArray(rep)) throw refuse(i, 'must be an object with a __typename');
      const values = rep as Record<string, unknown>;
      const entity = typeof values.__typename === 'string' ? entityTypes.get(values.__typename) : undefined;
      if (!entity) throw refuse(i, 'does not name an entity type of this service');
      for (const key of entity.keys) if (values[key] === undefined || values[key] === null) throw refuse(i, `lacks its key field ${key}`);
      const fields = entity.type.getFields();
      for (const [name, value] of Object.entries(values)) {
        const def = name === '__typename' ? undefined : fields[name];
        if (!def || value === null) continue;
        const type = getNamedType(def.type);
        if (!isLeafType(type)) continue;
        const ok = type.name === 'ID' || type.name === 'String' ? typeof value === 'string' : canParse(() => type.parseValue(value));
        if (!ok) throw refuse(i, `has a value for ${name} that is not a valid ${type.name}`);
      }
    });
    return resolve(source, args, context, info);
  };
}

function canParse(coerce: () => unknown): boolean {
  try {
    return coerce() !== undefined;
  } catch {
    return false;
  }
}

/**
 * The options every Apollo server here shares, the gateway's and each
 * subgraph's: no introspection, hints or stack traces in production, CSRF
 * prevention, the query limits, and errors masked unless raised on purpose.
 */
export function hardenedServerOptions(opts: { production?: boolean; log: Logger; limits: { parseOptions: { maxTokens: number }; allowBatchedHttpRequests: false } }) {
  return {
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean ...?" hints in production, where the schema is not published either.
    hideSchemaDetailsFromClientErrors: opts.production ?? false,
    csrfPrevention: true,
    // The processes stop on signals themselves (stopOnSignals, the start script): HTTP first, then the
    // server and the database, in that order. Apollo's own signal handlers would stop the servers
    // underneath them and hold the exit.
    stopOnTerminationSignals: false,
    parseOptions: opts.limits.parseOptions,
    allowBatchedHttpRequests: opts.limits.allowBatchedHttpRequests,
    formatError: createFormatError((err) => opts.log.error({ err: err instanceof Error ? err.message : String(err) }, 'unexpected error')),
  };
}

export function createSubgraphService<Ctx extends SubgraphContextBase>(opts: SubgraphServiceOptions<Ctx>): SubgraphService {
  const { dataSource: ds, log } = opts;
  const stats = { statements: 0, requests: 0 };
  const schema = buildSubgraphSchema({ typeDefs: parse(opts.typeDefs), resolvers: opts.resolvers as GraphQLResolverMap<unknown> });
  checkEntityRepresentations(schema);
  applyIdempotentMutations(schema, (ctx) => (ctx as SubgraphContextBase).idempotencyKey);
  // The subgraph is reachable directly with a valid token: it enforces the limits itself.
  const limits = queryLimitsServerOptions<Ctx>(opts.limits);

  const apollo = new ApolloServer<Ctx>({
    schema,
    ...hardenedServerOptions({ production: opts.production ?? false, log, limits }),
    plugins: [
      // Traces would carry timing detail to the gateway; nothing here reports to a tracing service.
      ApolloServerPluginInlineTraceDisabled(),
      limits.plugin,
      auditPlugin<Ctx>(ds, opts.agency, log),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const scope = statementScope.getStore();
              if (scope) response.http.headers.set('x-sql-statements', String(scope.statements));
            },
          };
        },
      },
    ],
  });

  // Starting is synchronous work for a subgraph (a fixed schema); errors fail every request loudly.
  apollo.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();

  async function context(req: IncomingMessage, requestId: string): Promise<Ctx> {
    const purpose = typeof req.headers['x-purpose'] === 'string' ? req.headers['x-purpose'] : undefined;
    let caller: Caller;
    try {
      caller = await opts.verify(req.headers.authorization, { requestId, ...(purpose ? { purpose } : {}) });
    } catch (err) {
      log.info({ requestId, reason: err instanceof Error ? err.message : String(err) }, 'token refused');
      throw new GraphQLError('A valid sign-in is required. Please sign in again.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    }
    const idempotencyKey = parseIdempotencyKey(req.headers[IDEMPOTENCY_HEADER]);
    return opts.createContext({ caller, requestId, log: log.child({ requestId }), ...(idempotencyKey ? { idempotencyKey } : {}) });
  }

  const http = createGraphQLHttpServer<Ctx>({
    apollo,
    context,
    log,
    ready: async () => {
      await ds.query('SELECT 1');
      return true;
    },
    around: async (fn) => {
      const scope = { statements: 0 };
      stats.requests += 1;
      try {
        return await statementScope.run(scope, fn);
      } finally {
        stats.statements += scope.statements;
      }
    },
  });

  // Keys are refused once expired whether or not they are removed; this keeps the table small.
  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(ds).catch((err) => log.warn({ err: err instanceof Error ? err.message : String(err) }, 'expired idempotency keys not removed'));
  }, 15 * 60_000);
  purge.unref();
  http.on('close', () => clearInterval(purge));

  return { http, apollo, stats };
}
