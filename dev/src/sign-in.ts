/**
 * Demo sign-in for a development gateway: the routes that list the demo
 * personas and sign a token for one, which `npm start` (scripts/system.ts)
 * and `dev/src/gateway.ts` give the gateway (its `devRoutes`). A gateway
 * started with `production` mounts none; gateway/src/main.ts gives none.
 */
import type { IncomingMessage } from 'node:http';
import { ErrorCode, sendJson, type Logger, type RouteHandler } from '@malmokraften/shared';
import { PERSONAS, signPersonaToken } from './personas';

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
