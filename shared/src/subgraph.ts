import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Agency, Caller } from './caller';
import { createFormatError, ErrorCode } from './errors';
import type { Logger } from './logger';
import { statementScope } from './db/data-source';
import { createGraphQLHttpServer } from './http/graphql-http';
import type { AuditEntry } from './audit/writer';
import { writeAudit } from './audit/writer';

export type VerifyCaller = (authorization: string | undefined, meta: { requestId: string; purpose?: string }) => Promise<Caller>;

export interface SubgraphContextBase {
  caller: Caller;
  requestId: string;
  log: Logger;
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
  createContext(base: { caller: Caller; requestId: string; log: Logger }): Ctx;
  production?: boolean;
}

export interface SubgraphService {
  http: Server;
  apollo: ApolloServer<any>;
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

export function createSubgraphService<Ctx extends SubgraphContextBase>(opts: SubgraphServiceOptions<Ctx>): SubgraphService {
  const { dataSource: ds, log } = opts;
  const stats = { statements: 0, requests: 0 };
  const schema = buildSubgraphSchema({ typeDefs: parse(opts.typeDefs), resolvers: opts.resolvers as GraphQLResolverMap<unknown> });

  const apollo = new ApolloServer<Ctx>({
    schema,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: createFormatError((err) => log.error({ err: err instanceof Error ? err.message : String(err) }, 'unexpected error')),
    plugins: [
      // Traces would carry timing detail to the gateway; nothing here reports to a tracing service.
      ApolloServerPluginInlineTraceDisabled(),
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
    return opts.createContext({ caller, requestId, log: log.child({ requestId }) });
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

  return { http, apollo, stats };
}
