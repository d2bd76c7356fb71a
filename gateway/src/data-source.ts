import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, parse, type SelectionSetNode } from 'graphql';

export interface GatewayContext {
  authorization?: string;
  purpose?: string;
  requestId: string;
  /** The client's Idempotency-Key, passed on to the subgraph that applies the mutation. */
  idempotencyKey?: string;
}

/**
 * Sends a subgraph request with the caller's own token, the purpose and the
 * request id; nothing else that could grant access. Each subgraph checks
 * the token itself.
 *
 * When an agency cannot be reached (refused, timed out, answered 5xx), an
 * entity fetch answers with the requested fields set to null and one
 * UNAVAILABLE error, instead of failing the whole plan: the other agencies'
 * parts still reach the caller and the plan names the missing agency.
 */
export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.purpose) headers.set('x-purpose', context.purpose);
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.idempotencyKey) headers.set('idempotency-key', context.idempotencyKey);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      // A subgraph that answered with GraphQL errors and a non-2xx status (400 for bad
      // variables, 401, 503 when its audit log is down) keeps its own codes and messages.
      const body = (err as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body as GatewayGraphQLResponse | undefined;
      if (body && typeof body === 'object' && Array.isArray(body.errors) && body.errors.length > 0) {
        return { data: body.data ?? null, errors: body.errors };
      }
      const fallback = unavailableEntities(this.name, options.request.query, options.request.variables, err);
      if (fallback) return fallback;
      throw err;
    }
  }
}

function isUnreachable(err: unknown): boolean {
  const e = err as { name?: string; extensions?: { response?: { status?: number } }; cause?: unknown };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return true;
  const status = e?.extensions?.response?.status;
  if (typeof status === 'number') return status >= 500;
  // Network failures: connection refused or reset, DNS.
  return e instanceof TypeError || (e as { code?: string })?.code === 'ECONNREFUSED' || e?.cause !== undefined;
}

function entityFields(selection: SelectionSetNode | undefined): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const s of selection?.selections ?? []) {
    if (s.kind !== Kind.INLINE_FRAGMENT || !s.typeCondition) continue;
    const names = s.selectionSet.selections.flatMap((f) => (f.kind === Kind.FIELD ? [f.alias?.value ?? f.name.value] : []));
    byType.set(s.typeCondition.name.value, names);
  }
  return byType;
}

/** Null fields for every representation of an `_entities` query; null when the request is anything else. */
export function unavailableEntities(service: string, query: string | undefined, variables: Record<string, unknown> | undefined, err: unknown): GatewayGraphQLResponse | null {
  if (!query || !isUnreachable(err)) return null;
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') return null;
  const entities = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = variables?.representations;
  if (!entities || entities.kind !== Kind.FIELD || !Array.isArray(representations)) return null;
  const fields = entityFields(entities.selectionSet);
  return {
    data: {
      _entities: representations.map((r: { __typename?: string }) => {
        const typename = r.__typename ?? '';
        return Object.fromEntries([['__typename', typename], ...(fields.get(typename) ?? []).map((f) => [f, null])]);
      }),
    },
    errors: [{ message: `The ${service} service could not be reached; its part is missing.`, extensions: { code: 'UNAVAILABLE', serviceName: service } }] as never,
  };
}
