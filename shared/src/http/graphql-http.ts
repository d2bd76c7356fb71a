import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { requestScope, type Logger } from '../logger';
import { traceServerRequest } from '../tracing';

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
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: { requestId: string; url: URL }) => Promise<void>;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

class BodyTooLarge extends Error {}

/**
 * Reads the body up to `limit` bytes. Past the limit it stops keeping what
 * arrives but goes on reading it, so that the 413 answer reaches the client
 * instead of a reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
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

/**
 * A small HTTP front for an Apollo server: `/graphql`, plus liveness and
 * readiness endpoints, a body-size limit and a request id on every answer.
 */
export function createGraphQLHttpServer<Ctx extends BaseContext>(opts: GraphQLHttpOptions<Ctx>): Server {
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const around = opts.around ?? ((fn) => fn());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = parseTarget(req.url);
    if (!url) return sendJson(res, 400, { errors: [{ message: 'The request target is not a valid path.', extensions: { code: 'BAD_REQUEST' } }] });
    const incomingId = opts.acceptRequestId === false ? undefined : req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Every line logged while this request is handled carries its id.
    return requestScope.run({ requestId }, () => respond(req, res, url, requestId));
  }

  async function respond(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'live' });
    if (url.pathname === '/health/ready') {
      const ok = await opts.ready().catch(() => false);
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
    }
    const route = opts.routes && Object.hasOwn(opts.routes, url.pathname) ? opts.routes[url.pathname] : undefined;
    if (route) return route(req, res, { requestId, url });
    const isPage = url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD') && !url.search;
    if (opts.fallback && ((url.pathname !== '/graphql' && url.pathname !== '/') || isPage)) return opts.fallback(req, res, { requestId, url });
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(res, 404, { errors: [{ message: 'Not found. The GraphQL endpoint is /graphql.', extensions: { code: 'NOT_FOUND' } }] });
    }

    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, maxBody);
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader('connection', 'close');
          return sendJson(res, 413, { errors: [{ message: `The request is larger than ${maxBody} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        }
        throw err;
      }
      const contentType = req.headers['content-type'] ?? '';
      if (contentType.includes('application/json')) {
        try {
          body = text.length ? JSON.parse(text) : undefined;
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
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

  return createServer((req, res) => {
    traceServerRequest(service, req, res, tracing, () => handle(req, res)).catch((err: unknown) => {
      const requestId = res.getHeader('x-request-id');
      opts.log.error({ ...(typeof requestId === 'string' ? { requestId } : {}), err: err instanceof Error ? err.message : String(err) }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
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
