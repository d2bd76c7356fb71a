import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, listen } from '@malmokraften/shared';
import { staticSite } from '../web';

let dir: string;
let server: Server;
let base: string;

/** A raw request, so that paths like /../ reach the server unnormalised. */
function get(
  target: string,
  method = 'GET',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(base), { method, path: target }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mk-web-'));
  dir = path.join(root, 'dist');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'outside');
  const site = staticSite(dir);
  server = createServer(
    (req, res) => void site(req, res, { requestId: 'r', url: new URL(req.url ?? '/', 'http://local') }),
  );
  base = (await listen(server, 0)).url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await close(server);
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('staticSite', () => {
  it('serves index.html at / and assets with their type and caching', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>app</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(String(index.headers['content-security-policy'])).toContain("default-src 'self'");
    const js = await get('/assets/app-1.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
  });

  it('answers HEAD without a body and refuses other methods with 404', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/', 'POST')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const target of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    ]) {
      const res = await get(target);
      expect([target, res.status]).toEqual([target, 404]);
      expect(res.body).not.toContain('outside');
    }
  });

  it('answers 404 with a code for missing files and folders, 400 for a broken escape', async () => {
    const missing = await get('/nothing.js');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/index.html%00.js')).status).toBe(404);
  });
});
