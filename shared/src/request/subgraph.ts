import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isLeafType,
  isUnionType,
  parse,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from '../caller';
import { badInput, createFormatError, ErrorCode } from '../errors';
import type { Logger } from '../service/logger';
import { canonicalJson } from '../canonical-json';
import { statementScope } from '../db/data-source';
import {
  createGraphQLHttpServer,
  isFromGateway,
  type ConnectionSettings,
  type RateLimitSettings,
} from './graphql-http';
import type { AuditEntry } from '../audit/writer';
import { writeAudit } from '../audit/writer';
import { AuditGroupCommit, type GroupCommitStats } from '../audit/group-commit';
import { checkQueryLimits, measureOperation, queryLimitsServerOptions, type QueryLimits } from './limits';
import { AdmissionRefused, DEFAULT_ADMISSION, LargeRequestAdmission, type AdmissionSettings } from './admission';
import {
  applyIdempotentMutations,
  IDEMPOTENCY_HEADER,
  parseIdempotencyKey,
  purgeExpiredIdempotencyKeys,
} from '../agency/idempotency';

export type VerifyCaller = (
  authorization: string | undefined,
  meta: { requestId: string; purpose?: string },
) => Promise<Caller>;

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
  /** Timeouts and connection caps; defaults in `DEFAULT_CONNECTION_SETTINGS`. */
  connections?: Partial<ConnectionSettings>;
  /** Requests per caller (the verified token's subject) and per client address; none when not given. */
  rateLimits?: RateLimitSettings;
  /** The secret the gateway sends (GATEWAY_SECRET): its requests are not limited by address; per caller they are. */
  gatewaySecret?: string | null;
  /** How large entity requests take turns; defaults in `DEFAULT_ADMISSION`. */
  admission?: Partial<AdmissionSettings>;
}

export interface SubgraphService {
  http: Server;
  /** The Apollo server, for stopping it; its context type differs per agency. */
  apollo: Pick<ApolloServer, 'stop'>;
  /** SQL statements sent since start, for tests and benchmarks. */
  stats: { statements: number; requests: number };
  /** The audit appends since start: requests, entries and the transactions that carried them. */
  audit: { readonly stats: Readonly<GroupCommitStats> };
}

/**
 * Writes the request's access decisions to the agency's audit log before
 * the answer leaves. If the log cannot be written, the answer is replaced
 * by an error: nothing is released without a trace. The entries go out
 * with those of every other request waiting at that moment, in one
 * transaction (`AuditGroupCommit`); each answer waits for that commit.
 */
function auditPlugin<Ctx extends SubgraphContextBase>(
  audit: AuditGroupCommit,
  log: Logger,
  turns: WeakMap<object, () => void>,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const entries = contextValue.drainAudit();
          try {
            await audit.append(entries);
          } catch (err) {
            log.error(
              { requestId: contextValue.requestId, err: err instanceof Error ? err.message : String(err) },
              'audit write failed; answer withheld',
            );
            response.http.status = 503;
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message:
                      'The answer could not be recorded in the audit log, so it is not shown. Please try again shortly.',
                    extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
                  },
                ],
              },
            };
          } finally {
            // A large request's turn ends with its audit entry written (see admissionPlugin).
            turns.get(contextValue)?.();
            turns.delete(contextValue);
          }
        },
      };
    },
  };
}

/**
 * Large entity requests take a turn (`LargeRequestAdmission`) once the
 * operation is known to be within the limits, and keep it until their
 * audit entry is written. A caller with too many waiting, or one that waited
 * too long, is answered 429 RATE_LIMITED with Retry-After.
 */
function admissionPlugin<Ctx extends SubgraphContextBase>(
  admission: LargeRequestAdmission,
  limits: QueryLimits,
  turns: WeakMap<object, () => void>,
  requests: WeakMap<object, IncomingMessage>,
  log: Logger,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, {
            variables: request.variables ?? {},
            listFactor: limits.listFactor,
          });
          // Over a limit: the limits plugin refuses it; nothing to wait for.
          if (!admission.isLarge(measure.representations) || checkQueryLimits(measure, limits)) return;
          let leave: () => void;
          try {
            leave = await admission.enter(contextValue.caller.officerId, measure.representations);
          } catch (err) {
            if (!(err instanceof AdmissionRefused)) throw err;
            log.warn(
              { representations: measure.representations, reason: err.reason, ...admission.load },
              'large entity request refused: its caller has too many in line, or it waited too long',
            );
            throw new GraphQLError(
              `Too many large requests from this caller at once; try again in ${err.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: ErrorCode.RATE_LIMITED,
                  limitedBy: 'caller',
                  retryAfterSeconds: err.retryAfterSeconds,
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(err.retryAfterSeconds)]]) },
                },
              },
            );
          }
          turns.set(contextValue, leave);
          // The client left while this request waited: its turn goes to the next one.
          if (requests.get(contextValue)?.socket.destroyed) {
            leave();
            turns.delete(contextValue);
            throw new GraphQLError('The client went away.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
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
      if (
        fields?.kind === Kind.STRING &&
        /^[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*$/.test(fields.value.trim())
      ) {
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
 *
 * How many may come at once is a query limit (`maxRepresentations`),
 * checked before anything runs. Repeated representations are resolved once:
 * the list is deduplicated before any resolver runs, and each copy gets the
 * one result (graphql-js still writes each copy's fields into the answer,
 * but the lookups, access decisions and audit entries happen once per key).
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
      if (rep === null || typeof rep !== 'object' || Array.isArray(rep))
        throw refuse(i, 'must be an object with a __typename');
      const values = rep as Record<string, unknown>;
      const entity = typeof values.__typename === 'string' ? entityTypes.get(values.__typename) : undefined;
      if (!entity) throw refuse(i, 'does not name an entity type of this service');
      for (const key of entity.keys)
        if (values[key] === undefined || values[key] === null) throw refuse(i, `lacks its key field ${key}`);
      const fields = entity.type.getFields();
      for (const [name, value] of Object.entries(values)) {
        const def = name === '__typename' ? undefined : fields[name];
        if (!def || value === null) continue;
        const type = getNamedType(def.type);
        if (!isLeafType(type)) continue;
        const ok =
          type.name === 'ID' || type.name === 'String'
            ? typeof value === 'string'
            : canParse(() => type.parseValue(value));
        if (!ok) throw refuse(i, `has a value for ${name} that is not a valid ${type.name}`);
      }
    });
    const { unique, positions } = deduplicate(representations);
    if (unique.length === representations.length) return resolve(source, args, context, info);
    const resolved = resolve(source, { ...args, representations: unique }, context, info);
    const expand = (list: unknown) => (Array.isArray(list) ? positions.map((p) => list[p] as unknown) : list);
    return resolved instanceof Promise ? resolved.then(expand) : expand(resolved);
  };
}

/** The distinct representations in their first order, and for each one given, the position of its distinct one. */
export function deduplicate<T>(list: readonly T[]): { unique: T[]; positions: number[] } {
  const seen = new Map<string, number>();
  const unique: T[] = [];
  const positions = list.map((item) => {
    // The same key written with its fields in another order is one key.
    const key = canonicalJson(item);
    let at = seen.get(key);
    if (at === undefined) {
      at = unique.length;
      seen.set(key, at);
      unique.push(item);
    }
    return at;
  });
  return { unique, positions };
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
export function hardenedServerOptions(opts: {
  production?: boolean;
  log: Logger;
  limits: { parseOptions: { maxTokens: number }; allowBatchedHttpRequests: false };
}) {
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
    formatError: createFormatError((err) =>
      opts.log.error({ err: err instanceof Error ? err.message : String(err) }, 'unexpected error'),
    ),
  };
}

export function createSubgraphService<Ctx extends SubgraphContextBase>(
  opts: SubgraphServiceOptions<Ctx>,
): SubgraphService {
  const { dataSource: ds, log } = opts;
  const stats = { statements: 0, requests: 0 };
  const schema = buildSubgraphSchema({
    typeDefs: parse(opts.typeDefs),
    resolvers: opts.resolvers as GraphQLResolverMap<unknown>,
  });
  checkEntityRepresentations(schema);
  applyIdempotentMutations(schema, (ctx) => (ctx as SubgraphContextBase).idempotencyKey);
  // The subgraph is reachable directly with a valid token: it enforces the limits itself.
  const limits = queryLimitsServerOptions<Ctx>(opts.limits, undefined, log);
  const admission = new LargeRequestAdmission({ ...DEFAULT_ADMISSION, ...opts.admission });
  /** The turn of each large request in progress, by its context; and the HTTP request of each context. */
  const turns = new WeakMap<object, () => void>();
  const requests = new WeakMap<object, IncomingMessage>();
  // One transaction for the entries of all the requests waiting at the time; its statements are the process's, not one request's.
  const audit = new AuditGroupCommit(async (entries) => {
    const scope = { statements: 0 };
    try {
      await statementScope.run(scope, () => writeAudit(ds, opts.agency, entries));
    } finally {
      stats.statements += scope.statements;
    }
  });

  const apollo = new ApolloServer<Ctx>({
    schema,
    ...hardenedServerOptions({ production: opts.production ?? false, log, limits }),
    plugins: [
      // Traces would carry timing detail to the gateway; nothing here reports to a tracing service.
      ApolloServerPluginInlineTraceDisabled(),
      // No answer here may be cached (below), so no field needs a cache hint: the hints' hook on every field resolved
      // was a measurable share of a caseload's CPU (docs/benchmark.md).
      ApolloServerPluginCacheControlDisabled(),
      limits.plugin,
      admissionPlugin<Ctx>(admission, limits.limits, turns, requests, log),
      auditPlugin<Ctx>(audit, log, turns),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              // Records about people: never kept by a cache between here and the caller.
              response.http.headers.set('cache-control', 'no-store');
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

  // The token is verified once per request: for the per-caller rate limit (before the body is read) and for the context.
  const verified = new WeakMap<IncomingMessage, Promise<Caller>>();
  function verifyOnce(req: IncomingMessage, requestId: string): Promise<Caller> {
    let caller = verified.get(req);
    if (!caller) {
      const purpose = typeof req.headers['x-purpose'] === 'string' ? req.headers['x-purpose'] : undefined;
      caller = opts.verify(req.headers.authorization, { requestId, ...(purpose ? { purpose } : {}) });
      // Refused later, in the context, with its log line; here a refusal only means "no caller to count".
      caller.catch(() => undefined);
      verified.set(req, caller);
    }
    return caller;
  }

  async function context(req: IncomingMessage, requestId: string): Promise<Ctx> {
    let caller: Caller;
    try {
      caller = await verifyOnce(req, requestId);
    } catch (err) {
      log.info({ requestId, reason: err instanceof Error ? err.message : String(err) }, 'token refused');
      throw new GraphQLError('A valid sign-in is required. Please sign in again.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
      });
    }
    const idempotencyKey = parseIdempotencyKey(req.headers[IDEMPOTENCY_HEADER]);
    const ctx = opts.createContext({
      caller,
      requestId,
      log: log.child({ requestId }),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    requests.set(ctx, req);
    return ctx;
  }

  const http = createGraphQLHttpServer<Ctx>({
    apollo,
    context,
    log,
    ...(opts.connections ? { connections: opts.connections } : {}),
    ...(opts.rateLimits ? { rateLimits: opts.rateLimits } : {}),
    callerOf: (req, requestId) =>
      verifyOnce(req, requestId).then(
        (c) => c.officerId,
        () => null,
      ),
    exemptFromAddressLimit: (req) => isFromGateway(req, opts.gatewaySecret),
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
    purgeExpiredIdempotencyKeys(ds).catch((err) =>
      log.warn({ err: err instanceof Error ? err.message : String(err) }, 'expired idempotency keys not removed'),
    );
  }, 15 * 60_000);
  purge.unref();
  http.on('close', () => clearInterval(purge));

  return { http, apollo, stats, audit };
}

export { AdmissionRefused, DEFAULT_ADMISSION, LargeRequestAdmission, type AdmissionSettings } from './admission';
