import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createFormatError, createGraphQLHttpServer, type Logger } from '@malmokraften/shared';
import { buildPlanSchema, PLAN_SUBGRAPH } from './plan';

export interface GatewayContext {
  authorization?: string;
  purpose?: string;
  requestId: string;
}

/**
 * Sends a subgraph request with the caller's own token, the purpose and the
 * request id; nothing else that could grant access. Each subgraph checks
 * the token itself.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.purpose) headers.set('x-purpose', context.purpose);
    if (context.requestId) headers.set('x-request-id', context.requestId);
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; overrides the URLs in the supergraph file. */
  subgraphUrls: Record<string, string>;
  log: Logger;
  production?: boolean;
}

export async function buildGateway(opts: GatewayOptions) {
  const planSchema = buildPlanSchema();
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      if (name === PLAN_SUBGRAPH) return new LocalGraphQLDataSource(planSchema);
      return new ForwardingDataSource({ url: opts.subgraphUrls[name] ?? url });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: createFormatError((err) => opts.log.error({ err: err instanceof Error ? err.message : String(err) }, 'unexpected error')),
  });
  await apollo.start();
  const http = createGraphQLHttpServer<GatewayContext>({
    apollo,
    log: opts.log,
    ready: async () => true,
    context: async (req: IncomingMessage, requestId: string) => {
      const purpose = req.headers['x-purpose'];
      return {
        requestId,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(typeof purpose === 'string' ? { purpose } : {}),
      };
    },
  });
  return { http, apollo, gateway };
}
