/**
 * What the gateway serves besides GraphQL: the built web app (a folder of
 * static files). Demo sign-in is the development tooling's
 * (dev/src/sign-in.ts), mounted by whoever starts a development gateway.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sendJson, type RouteHandler } from '@malmokraften/shared';

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
