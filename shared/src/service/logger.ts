import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

/**
 * The request being handled, for the logs: the HTTP front runs each request
 * inside it, so every line logged on the request's behalf, by any module,
 * carries the request id (at a subgraph: the id the gateway issued).
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Structured JSON logs. Personal data never goes into a log line: log ids
 * (request, officer, participant pseudonym), never names or personnummer.
 */
export function createLogger(service: string) {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
    redact: {
      paths: ['req.headers.authorization', '*.personnummer', '*.firstName', '*.lastName'],
      censor: '[redacted]',
    },
    mixin(fields: object, _level: number, logger: { bindings(): Record<string, unknown> }) {
      const scope = requestScope.getStore();
      // A line that names its request already (or a child logger bound to it) keeps that.
      if (!scope || 'requestId' in fields || logger.bindings().requestId !== undefined) return {};
      return { requestId: scope.requestId };
    },
  });
}
export type Logger = ReturnType<typeof createLogger>;
