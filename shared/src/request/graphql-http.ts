import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors';
import { requestScope, type Logger } from '../service/logger';
import { traceServerRequest } from '../service/tracing';
import { RateLimiter, type RateLimitSettings, type RateRefusal } from './rate-limit';
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSettings } from './settings';

export * from './rate-limit';
export * from './settings';

export interface GraphQLHttpOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  context: (req: IncomingMessage, requestId: string) => Promise<Ctx>;
  /** Readiness: true when the service can answer (e.g. its database answers). */
  ready: () => Promise<boolean>;
  log: Logger;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /**
   * Take the caller's x-request-id (subgraphs: the gateway's id) or always
   * make a new one (the gateway: clients do not choose the id their
   * requests are logged under). Default true.
   */
  acceptRequestId?: boolean;
  /** Wraps the handling of one request, e.g. to count its SQL statements. */
  around?: <T>(fn: () => Promise<T>) => Promise<T>;
  /**
   * Further routes by exact path (e.g. the gateway's report download), each
   * answering the whole request itself. They get the request id already set
   * on the answer.
   */
  routes?: Record<string, RouteHandler>;
  /**
   * Answers what no route and no GraphQL path takes: any other path, and a
   * GET or HEAD of `/` (e.g. the gateway's web app). POST to `/` stays GraphQL.
   */
  fallback?: RouteHandler;
  /** Timeouts and connection caps; defaults in `DEFAULT_CONNECTION_SETTINGS`. */
  connections?: Partial<ConnectionSettings>;
  /** Requests per caller and per client address; none when not given. */
  rateLimits?: RateLimitSettings;
  /**
   * The verified subject of the request's token, for the per-caller limit;
   * null when the request carries none that verifies (it then counts
   * against its address only).
   */
  callerOf?: (req: IncomingMessage, requestId: string) => Promise<string | null>;
  /** Requests not limited by their address (at a subgraph: the gateway, proven by its secret). */
  exemptFromAddressLimit?: (req: IncomingMessage) => boolean;
}

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { requestId: string; url: URL },
) => Promise<void>;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Past the body limit, how much more of a refused request is read (and dropped) so that the client reads the answer, not a reset. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
/**
 * While stopping, a keep-alive connection without a request in flight that
 * has been quiet this long is closed. One that carried a request more
 * recently may be about to carry the next (a client in a loop of requests,
 * slowed by a busy machine): closing it at that moment would cut the request
 * on its way, so it gets that answer, with `Connection: close`, or is closed
 * when it has been quiet this long.
 */
const IDLE_GRACE_MS = 1000;

/**
 * Answers at once, before the request's body has arrived, and closes the
 * connection only once the client has finished sending: the rest of the
 * body is read and dropped (up to DRAIN_LIMIT_BYTES, within the request
 * timeout), so the client reads the answer instead of a broken pipe.
 */
export function answerEarly(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  });
  if (req.complete || req.method === 'GET' || req.method === 'HEAD') {
    res.end(text);
    return;
  }
  res.write(text);
  let drained = 0;
  const finish = () => {
    if (!res.writableEnded) res.end();
  };
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) {
      finish();
      req.socket.destroy();
    }
  });
  req.once('end', finish);
  req.once('close', finish);
  req.resume();
}

class BodyTooLarge extends Error {}
class NotUtf8 extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads the body up to `limit` bytes as UTF-8 text. A body declared or found
 * to be larger fails with BodyTooLarge as soon as that is known; the caller
 * answers at once (see {@link answerEarly}). Bytes that are not UTF-8 fail
 * with NotUtf8: they would otherwise become U+FFFD without anyone knowing.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      try {
        resolve(utf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new NotUtf8());
      }
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** The request's path and query, or null when the request target is not a valid URL path. */
function parseTarget(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://local');
  } catch {
    return null;
  }
}

function tooManyRequests(refusal: RateRefusal) {
  const who = refusal.by === 'caller' ? 'this caller' : 'this address';
  return {
    errors: [
      {
        message: `Too many requests from ${who}; try again in ${refusal.retryAfterSeconds} s.`,
        extensions: {
          code: ErrorCode.RATE_LIMITED,
          limitedBy: refusal.by,
          retryAfterSeconds: refusal.retryAfterSeconds,
        },
      },
    ],
  };
}

/** What a server made by {@link createGraphQLHttpServer} knows about its connections, for the limits and for shutting down. */
interface ConnectionState {
  stopping: boolean;
  /** Open connections: requests in flight on each, and since when it has had none. */
  sockets: Map<Socket, { active: number; idleSince: number }>;
  perAddress: Map<string, number>;
  /** Answers not yet finished, to be told `Connection: close` when stopping. */
  responses: Set<ServerResponse>;
  refusedConnections: number;
  settings: ConnectionSettings;
}

const connectionStates = new WeakMap<Server, ConnectionState>();

/**
 * A small HTTP front for an Apollo server: `/graphql`, plus liveness and
 * readiness endpoints, a body-size limit and a request id on every answer;
 * timeouts for slow clients, connection caps, rate limits per caller and
 * per client address, and a graceful stop ({@link shutdown}).
 */
export function createGraphQLHttpServer<Ctx extends BaseContext>(opts: GraphQLHttpOptions<Ctx>): Server {
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const around = opts.around ?? ((fn) => fn());
  const settings: ConnectionSettings = { ...DEFAULT_CONNECTION_SETTINGS, ...opts.connections };
  const limiter = opts.rateLimits ? new RateLimiter(opts.rateLimits) : null;
  const state: ConnectionState = {
    stopping: false,
    sockets: new Map(),
    perAddress: new Map(),
    responses: new Set(),
    refusedConnections: 0,
    settings,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseTarget(req.url);
    if (!url)
      return sendJson(res, 400, {
        errors: [{ message: 'The request target is not a valid path.', extensions: { code: 'BAD_REQUEST' } }],
      });
    const incomingId = opts.acceptRequestId === false ? undefined : req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Every line logged while this request is handled carries its id.
    return requestScope.run({ requestId }, () => respond(req, res, url, requestId));
  }

  /** The first rate limit the request is over, or null: its address first (nothing read yet), then its verified caller. */
  async function overLimit(req: IncomingMessage, requestId: string): Promise<RateRefusal | null> {
    if (!limiter) return null;
    if (!opts.exemptFromAddressLimit?.(req)) {
      const refusal = limiter.checkAddress(limiter.clientAddress(req));
      if (refusal) return refusal;
    }
    if (!limiter.limitsCallers || !opts.callerOf) return null;
    const subject = await opts.callerOf(req, requestId);
    return subject === null ? null : limiter.checkCaller(subject);
  }

  async function respond(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'live' });
    if (url.pathname === '/health/ready') {
      const ok = !state.stopping && (await opts.ready().catch(() => false));
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
    }
    const refusal = await overLimit(req, requestId);
    if (refusal)
      return answerEarly(req, res, 429, tooManyRequests(refusal), { 'retry-after': String(refusal.retryAfterSeconds) });
    const route = opts.routes && Object.hasOwn(opts.routes, url.pathname) ? opts.routes[url.pathname] : undefined;
    if (route) return route(req, res, { requestId, url });
    const isPage = url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD') && !url.search;
    if (opts.fallback && ((url.pathname !== '/graphql' && url.pathname !== '/') || isPage))
      return opts.fallback(req, res, { requestId, url });
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(res, 404, {
        errors: [{ message: 'Not found. The GraphQL endpoint is /graphql.', extensions: { code: 'NOT_FOUND' } }],
      });
    }

    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, maxBody);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          return answerEarly(req, res, 413, {
            errors: [
              { message: `The request is larger than ${maxBody} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
            ],
          });
        }
        if (err instanceof NotUtf8) {
          return sendJson(res, 400, {
            errors: [
              { message: 'The request body is not valid UTF-8 text.', extensions: { code: ErrorCode.BAD_USER_INPUT } },
            ],
          });
        }
        throw err;
      }
      const contentType = req.headers['content-type'] ?? '';
      if (contentType.includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      } else {
        body = text;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }

    const result = await around(() =>
      opts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => opts.context(req, requestId),
      }),
    );
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const service = String(opts.log.bindings().service ?? 'unknown');
  const knownPaths = new Set(['/graphql', '/', '/health/live', '/health/ready', ...Object.keys(opts.routes ?? {})]);
  const tracing = { acceptParent: opts.acceptRequestId !== false, knownPaths };

  const server = createServer(
    {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      keepAliveTimeout: settings.keepAliveTimeoutMs,
      // How often the timeouts above are checked: they take effect within a second.
      connectionsCheckingInterval: Math.min(1000, settings.headersTimeoutMs),
    },
    (req, res) => {
      const conn = state.sockets.get(req.socket);
      if (conn) conn.active += 1;
      state.responses.add(res);
      res.once('close', () => {
        state.responses.delete(res);
        if (conn) {
          conn.active -= 1;
          conn.idleSince = Date.now();
        }
      });
      // Stopping: this answer is the connection's last.
      if (state.stopping) res.setHeader('connection', 'close');
      traceServerRequest(service, req, res, tracing, () => handle(req, res)).catch((err: unknown) => {
        const requestId = res.getHeader('x-request-id');
        opts.log.error(
          {
            ...(typeof requestId === 'string' ? { requestId } : {}),
            err: err instanceof Error ? err.message : String(err),
          },
          'request failed',
        );
        if (!res.headersSent)
          sendJson(res, 500, {
            errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        else res.end();
      });
    },
  );
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  server.maxConnections = settings.maxConnections;
  // A body over the limit announced with `Expect: 100-continue` is refused before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBody) {
      answerEarly(req, res, 413, {
        errors: [
          { message: `The request is larger than ${maxBody} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      });
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const fromAddress = state.perAddress.get(address) ?? 0;
    if (state.stopping || (settings.maxConnectionsPerAddress > 0 && fromAddress >= settings.maxConnectionsPerAddress)) {
      state.refusedConnections += 1;
      socket.destroy();
      return;
    }
    state.perAddress.set(address, fromAddress + 1);
    state.sockets.set(socket, { active: 0, idleSince: Date.now() });
    socket.once('close', () => {
      state.sockets.delete(socket);
      const left = (state.perAddress.get(address) ?? 1) - 1;
      if (left > 0) state.perAddress.set(address, left);
      else state.perAddress.delete(address);
    });
  });
  server.on('drop', () => (state.refusedConnections += 1));
  // Refused connections are told in one line every 10 s at most, not one line each.
  const report = setInterval(() => {
    if (state.refusedConnections === 0) return;
    opts.log.warn(
      { refused: state.refusedConnections, open: state.sockets.size },
      'connections refused: over the connection caps',
    );
    state.refusedConnections = 0;
  }, 10_000);
  report.unref();
  server.once('close', () => clearInterval(report));
  connectionStates.set(server, state);
  return server;
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<{ port: number; url: string }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { port: address.port, url: `http://${host}:${address.port}/graphql` };
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections?.();
  });
}

/**
 * Stops a server gracefully: no new connections; every answer from now on
 * says `Connection: close`; keep-alive connections with nothing in flight
 * are closed at once when they have been quiet for a second (one that
 * carried a request within the last second may be about to carry the next:
 * that one is answered with `Connection: close`, or the connection is closed
 * when the second is up; closing it at the very moment a client reuses it
 * would cut the request on its way); the requests in flight are finished. Resolves true when every connection
 * is closed, false when `timeoutMs` passed first (the rest are then cut).
 * A server not made by {@link createGraphQLHttpServer} is closed as before.
 */
export async function shutdown(server: Server, timeoutMs?: number): Promise<boolean> {
  const state = connectionStates.get(server);
  if (!state) {
    await close(server);
    return true;
  }
  const limit = timeoutMs ?? state.settings.shutdownTimeoutMs;
  state.stopping = true;
  for (const res of state.responses) if (!res.headersSent) res.setHeader('connection', 'close');
  let sweeper: NodeJS.Timeout | undefined;
  let stopped = false;
  // Idle connections are looked for right after the event loop has read what arrived (setImmediate runs after the poll
  // phase): a request that came in meanwhile has been seen, however busy the process was, and its connection is not idle.
  const sweep = () => {
    if (stopped) return;
    const now = Date.now();
    for (const [socket, conn] of state.sockets)
      if (conn.active === 0 && now - conn.idleSince >= IDLE_GRACE_MS) socket.destroy();
    sweeper = setTimeout(() => setImmediate(sweep), 10);
  };
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<boolean>((resolve) => {
    // The listening socket only: http.Server's own close would also drop idle connections at once, the racy way.
    NetServer.prototype.close.call(server, () => resolve(true));
  });
  try {
    setImmediate(sweep);
    const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), limit)));
    const done = await Promise.race([closed, expired]);
    if (!done) for (const socket of state.sockets.keys()) socket.destroy();
    return done;
  } finally {
    stopped = true;
    clearTimeout(sweeper);
    clearTimeout(timer);
  }
}
