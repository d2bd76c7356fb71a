/**
 * What the gateway serves besides GraphQL: the built web app (a folder of
 * static files) and, in development mode only, demo sign-in.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { ErrorCode, PERSONAS, sendJson, signPersonaToken, type Logger, type RouteHandler } from '@malmokraften/shared';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Everything the app loads comes from the gateway itself. Inline styles are
 * allowed for the GraphQL IDE's editor; no inline or foreign script runs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function notFound(res: Parameters<RouteHandler>[1]): void {
  sendJson(res, 404, {
    errors: [{ message: 'Not found. The GraphQL endpoint is /graphql.', extensions: { code: 'NOT_FOUND' } }],
  });
}

/**
 * Serves the files under `dir` for GET and HEAD; `/` is `index.html`. The
 * app routes by the URL's fragment, so every other path is a real file or
 * 404. Hashed assets are cached for a year, everything else revalidated.
 */
export function staticSite(dir: string): RouteHandler {
  const root = path.resolve(dir);
  return async (req, res, { url }) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return sendJson(res, 400, {
        errors: [{ message: 'The request target is not a valid path.', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    if (relative.endsWith('/')) relative += 'index.html';
    const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
    if (!file.startsWith(root + path.sep) || relative.includes('\0')) return notFound(res);
    let body: Buffer;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return notFound(res);
      body = await fs.readFile(file);
    } catch {
      return notFound(res);
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RangeError('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function personaList() {
  return Object.entries(PERSONAS).map(([key, p]) => ({
    key,
    name: p.name,
    org: p.org,
    roles: p.roles,
    teams: p.teams,
    description: p.description,
  }));
}

/**
 * Demo sign-in for development: `GET /dev/personas` lists the demo
 * personas, `POST /dev/token` with `{"persona": "af-t01"}` answers a token
 * signed with the development key. Never mounted in production.
 */
export function devSignInRoutes(opts: { keyDir?: string; log: Logger }): Record<string, RouteHandler> {
  return {
    '/dev/personas': async (req, res) => {
      if (req.method !== 'GET')
        return sendJson(res, 405, {
          errors: [{ message: 'Use GET.', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
        });
      sendJson(res, 200, { personas: personaList() });
    },
    '/dev/token': async (req, res) => {
      if (req.method !== 'POST')
        return sendJson(res, 405, {
          errors: [{ message: 'Use POST with {"persona": "<key>"}.', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
        });
      let body: unknown;
      try {
        body = await readJson(req, 10_000);
      } catch {
        return sendJson(res, 400, {
          errors: [
            {
              message: 'The request body must be JSON: {"persona": "<key>"}.',
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            },
          ],
        });
      }
      const persona = body && typeof body === 'object' ? (body as { persona?: unknown }).persona : undefined;
      if (typeof persona !== 'string' || !Object.hasOwn(PERSONAS, persona)) {
        return sendJson(res, 400, {
          errors: [
            { message: 'No such demo persona.', extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'persona' } },
          ],
        });
      }
      const token = await signPersonaToken(persona, opts.keyDir ? { keyDir: opts.keyDir } : {});
      opts.log.info({ persona }, 'development token issued');
      sendJson(res, 200, { token, persona: personaList().find((p) => p.key === persona) });
    },
  };
}
