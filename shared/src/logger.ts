import pino from 'pino';

/**
 * Structured JSON logs. Personal data never goes into a log line: log ids
 * (request, officer, participant pseudonym), never names or personnummer.
 */
export function createLogger(service: string) {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
    redact: { paths: ['req.headers.authorization', '*.personnummer', '*.firstName', '*.lastName'], censor: '[redacted]' },
  });
}
export type Logger = ReturnType<typeof createLogger>;
