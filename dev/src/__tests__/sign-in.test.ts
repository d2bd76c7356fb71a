import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createLogger, listen } from '@malmokraften/shared';
import { devSignInRoutes } from '../sign-in';

describe('devSignInRoutes', () => {
  it('lists the personas and refuses a token for an unknown one or a non-POST', async () => {
    const routes = devSignInRoutes({ log: createLogger('test'), keyDir: mkdtempSync(path.join(tmpdir(), 'mk-keys-')) });
    const srv = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://local');
      const route = routes[url.pathname];
      if (route) void route(req, res, { requestId: 'r', url });
      else res.writeHead(404).end();
    });
    const { url } = await listen(srv, 0);
    try {
      const list = (await (await fetch(new URL('/dev/personas', url))).json()) as { personas: Array<{ key: string }> };
      expect(list.personas.map((p) => p.key)).toEqual(expect.arrayContaining(['af-t01', 'analyst']));
      const wrong = await fetch(new URL('/dev/token', url));
      expect(wrong.status).toBe(405);
      const unknown = await fetch(new URL('/dev/token', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"persona":"__proto__"}',
      });
      expect(unknown.status).toBe(400);
      const broken = await fetch(new URL('/dev/token', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      });
      expect(broken.status).toBe(400);
      const ok = await fetch(new URL('/dev/token', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"persona":"analyst"}',
      });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { token: string }).token.split('.')).toHaveLength(3);
    } finally {
      await close(srv);
    }
  });
});
