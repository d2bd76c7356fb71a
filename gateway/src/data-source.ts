import type { IncomingMessage } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';
import { Agent } from 'undici';
import { deduplicate, GATEWAY_SECRET_HEADER, MAX_REPRESENTATIONS, type Logger } from '@malmokraften/shared';
import { CircuitBreaker } from './breaker';
import { subgraphFetcher } from './subgraph-fetch';

export interface GatewayContext {
  authorization?: string;
  purpose?: string;
  requestId: string;
  /** The client's Idempotency-Key, passed on to the subgraph that applies the mutation. */
  idempotencyKey?: string;
}

/**
 * What the gateway passes on from the client's request: its token and its
 * stated purpose, nothing else that could grant access (each subgraph
 * checks the token itself).
 */
export function callerHeaders(req: IncomingMessage): Pick<GatewayContext, 'authorization' | 'purpose'> {
  const purpose = req.headers['x-purpose'];
  return {
    ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    ...(typeof purpose === 'string' ? { purpose } : {}),
  };
}

/** How the gateway treats each subgraph: time limit, retries, breaker and connection pool. */
export interface SubgraphResilience {
  /** How long one subgraph request may take, queueing for a connection included, before its part is given up. */
  timeoutMs: number;
  /** Further attempts for a read after a refused or reset connection or a 502/503/504; mutations are never retried. */
  retries: number;
  /** Wait before a retry, in ms; a random share of it is added so that retries do not arrive together. */
  retryBackoffMs: number;
  /** Consecutive failures (unreachable, timed out, 5xx) that open the circuit. */
  breakerFailures: number;
  /** How long an open circuit fails fast before one probe request is let through, in ms. */
  breakerCooldownMs: number;
  /** Most connections open to one subgraph at once; further requests wait for a free one (within the timeout). */
  maxConnections: number;
  /**
   * Most representations in one entity request: a larger entity fetch is
   * sent deduplicated, in requests of at most this many, one after the
   * other. Every subgraph refuses more (`maxRepresentations` of its limits).
   */
  maxRepresentations: number;
}

export const DEFAULT_RESILIENCE: SubgraphResilience = {
  timeoutMs: 5000,
  retries: 1,
  retryBackoffMs: 50,
  breakerFailures: 5,
  breakerCooldownMs: 10_000,
  maxConnections: 64,
  maxRepresentations: MAX_REPRESENTATIONS,
};

/**
 * Sends a subgraph request with the caller's own token, the purpose and the
 * request id; nothing else that could grant access. Each subgraph checks
 * the token itself.
 *
 * When an agency cannot be reached (refused, timed out, answered 5xx), an
 * entity fetch answers with the requested fields set to null and one
 * UNAVAILABLE error, instead of failing the whole plan: the other agencies'
 * parts still reach the caller and the plan names the missing agency.
 *
 * Every request is bounded: a time limit, a keep-alive pool with a fixed
 * number of connections, one retry for reads only, and a circuit breaker
 * that answers at once while the subgraph is known to be down. An entity
 * fetch carries each distinct representation once and at most
 * `maxRepresentations` of them per request.
 */
export class AgencyDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;
  private readonly agent: Agent;
  private readonly settings: SubgraphResilience;

  constructor(
    readonly name: string,
    url: string,
    resilience: number | Partial<SubgraphResilience> = {},
    private readonly log?: Logger,
    /** Proves to the subgraph that the request comes from the gateway (GATEWAY_SECRET); grants no access to records. */
    private readonly gatewaySecret?: string | null,
  ) {
    const settings = {
      ...DEFAULT_RESILIENCE,
      ...(typeof resilience === 'number' ? { timeoutMs: resilience } : resilience),
    };
    const agent = new Agent({
      connections: settings.maxConnections,
      keepAliveTimeout: 4000,
      keepAliveMaxTimeout: 60_000,
      connect: { timeout: settings.timeoutMs },
    });
    super({
      url,
      // Requests on the agency's own pool, each bounded by the timeout.
      fetcher: subgraphFetcher(agent, settings.timeoutMs) as never,
    });
    this.settings = settings;
    this.agent = agent;
    this.breaker = new CircuitBreaker({
      failureThreshold: settings.breakerFailures,
      cooldownMs: settings.breakerCooldownMs,
      probeTimeoutMs: settings.timeoutMs * (settings.retries + 2),
      onChange: (from, to) =>
        this.log?.warn({ subgraph: name, from, to }, to === 'open' ? 'circuit opened: failing fast' : `circuit ${to}`),
    });
  }

  /** Closes the pooled connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  override willSendRequest({ request, context: ctx }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    const context = ctx as GatewayContext | undefined;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.purpose) headers.set('x-purpose', context.purpose);
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.idempotencyKey) headers.set('idempotency-key', context.idempotencyKey);
    if (this.gatewaySecret) headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
  }

  /**
   * The query planner sends one representation per entity at a path, the
   * same participant as often as it occurs there, and as many as the path
   * holds. Each distinct one is sent once, in requests of at most
   * `maxRepresentations`, and the answers are put back in the planner's
   * order (errors follow their entity).
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const representations: unknown = options.request.variables?.representations;
    if (!Array.isArray(representations)) return this.send(options);
    const { unique, positions } = deduplicate(representations as unknown[]);
    const size = this.settings.maxRepresentations;
    if (unique.length === representations.length && unique.length <= size) return this.send(options);
    const entities: unknown[] = [];
    const errors: GraphQLFormattedError[] = [];
    const extensions: Record<string, unknown> = {};
    for (let from = 0; from < unique.length; from += size) {
      const chunk = unique.slice(from, from + size);
      const answer = await this.send({
        ...options,
        request: { ...options.request, variables: { ...options.request.variables, representations: chunk } },
      });
      const received = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
      entities.push(
        ...(Array.isArray(received) && received.length === chunk.length
          ? (received as unknown[])
          : chunk.map(() => null)),
      );
      for (const e of answer.errors ?? []) {
        // An error about the request as a whole (the subgraph unreachable) is told once, not once per request sent.
        if (!e.path && errors.some((known) => !known.path && known.message === e.message)) continue;
        errors.push(shiftPath(e, from));
      }
      Object.assign(extensions, answer.extensions);
    }
    const used = new Set<number>();
    const data = {
      _entities: positions.map((p) => {
        // A copy for each repeat: the planner merges each answer into its own entity.
        const copy = used.has(p) ? structuredClone(entities[p]) : entities[p];
        used.add(p);
        return copy;
      }),
    };
    return {
      data,
      ...(errors.length ? { errors: errors.flatMap((e) => spreadToCopies(e, positions)) } : {}),
      ...(Object.keys(extensions).length ? { extensions } : {}),
    };
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables } = options.request;
    const isRead = operationType(query) === OperationTypeNode.QUERY;
    const requestId = (options.context as GatewayContext | undefined)?.requestId;
    const attempts = isRead ? 1 + this.settings.retries : 1;
    for (let attempt = 1; ; attempt++) {
      if (!this.breaker.tryAcquire()) return this.failFast(query, variables, requestId);
      let err: unknown;
      try {
        const response = await super.process(options);
        this.breaker.success();
        return keepEntities(this.name, response, query, variables);
      } catch (e) {
        err = e;
      }
      if (!isUnreachable(err)) {
        // The subgraph answered (e.g. 400 for bad variables, 401): it is up.
        this.breaker.success();
        // Over the caller's rate limit at this agency (429): that agency's part is missing with its RATE_LIMITED error; the
        // other agencies' parts are still composed. Not retried: the subgraph said when to come back.
        const limited = status(err) === 429 ? responseBody(err) : null;
        if (limited) return keepEntities(this.name, limited, query, variables);
        // A refusal of the request itself (401 for a bad token, 400) stays whole: nothing is composed around it.
        return passThrough(err);
      }
      this.breaker.failure();
      if (attempt < attempts && isRetryable(err)) {
        this.log?.info({ requestId, subgraph: this.name, attempt, reason: failureKind(err) }, 'subgraph read retried');
        await new Promise((r) => setTimeout(r, this.settings.retryBackoffMs * (1 + Math.random())));
        continue;
      }
      this.log?.warn(
        { requestId, subgraph: this.name, reason: failureKind(err), breaker: this.breaker.state },
        'subgraph unavailable',
      );
      // A subgraph that answered 5xx with GraphQL errors (503 when its audit log is down) keeps its own codes and messages.
      const body = responseBody(err);
      if (body) return keepEntities(this.name, body, query, variables);
      const fallback = unavailableEntities(this.name, query, variables, err);
      if (fallback) return fallback;
      throw unavailableError(this.name, `The ${this.name} service could not be reached; its part is missing.`);
    }
  }

  /** While the circuit is open: the same answer as for an unreachable subgraph, at once. */
  private failFast(
    query: string | undefined,
    variables: Record<string, unknown> | undefined,
    requestId: string | undefined,
  ): GatewayGraphQLResponse {
    const seconds = Math.max(1, Math.ceil(this.breaker.retryInMs() / 1000));
    const message = `The ${this.name} service is down; its part is missing. It is tried again within ${seconds} s.`;
    this.log?.debug({ requestId, subgraph: this.name }, 'failing fast: circuit open');
    const fallback = nullEntities(this.name, query, variables, message);
    if (fallback) return fallback;
    throw unavailableError(this.name, message);
  }
}

/** An error of one request of a split entity fetch, with its `_entities` index counted from the whole fetch. */
function shiftPath(error: GraphQLFormattedError, offset: number): GraphQLFormattedError {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  return { ...error, path: ['_entities', path[1] + offset, ...path.slice(2)] };
}

/** An error at a distinct representation, once for every position that repeated it. */
function spreadToCopies(error: GraphQLFormattedError, positions: number[]): GraphQLFormattedError[] {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
  const at = path[1];
  const copies: GraphQLFormattedError[] = [];
  positions.forEach((p, i) => {
    if (p === at) copies.push({ ...error, path: ['_entities', i, ...path.slice(2)] });
  });
  return copies.length ? copies : [error];
}

function unavailableError(service: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAVAILABLE', serviceName: service } });
}

/** A subgraph's own GraphQL errors sent with a non-2xx status, or null when the answer had none. */
function responseBody(err: unknown): GatewayGraphQLResponse | null {
  const body = (err as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body as
    GatewayGraphQLResponse | undefined;
  if (body && typeof body === 'object' && Array.isArray(body.errors) && body.errors.length > 0)
    return { data: body.data ?? null, errors: body.errors };
  return null;
}

/** An answer the subgraph gave with a 4xx status: its own errors when it sent some, else the error itself. */
function passThrough(err: unknown): GatewayGraphQLResponse {
  const body = responseBody(err);
  if (body) return body;
  throw err;
}

const operationTypes = new Map<string, OperationTypeNode | null>();

/** `query` or `mutation` for the gateway's subgraph operations; parsed once per distinct text. */
export function operationType(query: string | undefined): OperationTypeNode | null {
  if (!query) return null;
  let type = operationTypes.get(query);
  if (type === undefined) {
    try {
      const op = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      type = op && op.kind === Kind.OPERATION_DEFINITION ? op.operation : null;
    } catch {
      type = null;
    }
    // The gateway sends a bounded set of texts (one per query plan node); the cap guards against the unexpected.
    if (operationTypes.size >= 5000) operationTypes.clear();
    operationTypes.set(query, type);
  }
  return type;
}

function status(err: unknown): number | undefined {
  const s = (err as { extensions?: { response?: { status?: unknown } } })?.extensions?.response?.status;
  return typeof s === 'number' ? s : undefined;
}

function isTimeout(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** Connection refused or reset, or a gateway-like 5xx: worth one more try for a read. A timeout is not: its time is spent. */
function isRetryable(err: unknown): boolean {
  const s = status(err);
  if (s !== undefined) return s === 502 || s === 503 || s === 504;
  return !isTimeout(err);
}

function failureKind(err: unknown): string {
  if (isTimeout(err)) return 'timeout';
  const s = status(err);
  if (s !== undefined) return `status ${s}`;
  const code = (err as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'string' ? code : 'network';
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
    const names = s.selectionSet.selections.flatMap((f) =>
      f.kind === Kind.FIELD ? [f.alias?.value ?? f.name.value] : [],
    );
    byType.set(s.typeCondition.name.value, names);
  }
  return byType;
}

/** Null fields for every representation of an `_entities` query when `err` means the subgraph was unreachable; null otherwise. */
export function unavailableEntities(
  service: string,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
  err: unknown,
): GatewayGraphQLResponse | null {
  if (!isUnreachable(err)) return null;
  return nullEntities(service, query, variables, `The ${service} service could not be reached; its part is missing.`);
}

/**
 * An `_entities` answer that lost its whole list (the subgraph refused the
 * request, e.g. 503 when its audit log cannot be written) gets one entity of
 * null fields per representation, with the subgraph's own errors. Fields
 * the plan requires from that agency then arrive as null, so the plan and
 * the caseload are still composed from the other agencies' parts instead
 * of being dropped with them.
 */
export function keepEntities(
  service: string,
  response: GatewayGraphQLResponse,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
): GatewayGraphQLResponse {
  if (Array.isArray((response.data as { _entities?: unknown } | null | undefined)?._entities)) return response;
  const filled = nullEntities(
    service,
    query,
    variables,
    `The ${service} service could not answer; its part is missing.`,
  );
  if (!filled) return response;
  return { data: filled.data, errors: response.errors?.length ? response.errors : filled.errors };
}

/** Null fields for every representation of an `_entities` query, with one UNAVAILABLE error; null when the request is anything else. */
function nullEntities(
  service: string,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
  message: string,
): GatewayGraphQLResponse | null {
  if (!query) return null;
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION || op.operation !== OperationTypeNode.QUERY) return null;
  const entities = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = variables?.representations;
  if (!entities || entities.kind !== Kind.FIELD || !Array.isArray(representations)) return null;
  const fields = entityFields(entities.selectionSet);
  return {
    data: {
      _entities: (representations as Array<{ __typename?: unknown } | null>).map((r) => {
        const typename = typeof r?.__typename === 'string' ? r.__typename : '';
        const entries: Array<[string, unknown]> = [
          ['__typename', typename],
          ...(fields.get(typename) ?? []).map((f): [string, unknown] => [f, null]),
        ];
        return Object.fromEntries(entries);
      }),
    },
    errors: [{ message, extensions: { code: 'UNAVAILABLE', serviceName: service } }] as never,
  };
}
