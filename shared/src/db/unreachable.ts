/**
 * Whether an error means the database could not be reached or dropped the
 * connection (refused, reset, restarted, not accepting connections, pool
 * timed out waiting for a connection), as opposed to an error in a
 * statement. Such a failure is temporary: the pool opens new connections
 * when the database is back.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection (is )?closed/i,
  /not currently accepting connections/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

export function isDatabaseUnreachable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const x = e as { code?: unknown; severity?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const code = typeof x.code === 'string' ? x.code : '';
    // Class 08: connection exception; 57P01-57P03: shutdown or cannot connect now.
    if (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)) return true;
    // A FATAL server error ends the session (e.g. the database does not accept connections).
    if (x.severity === 'FATAL') return true;
    if (typeof x.message === 'string' && MESSAGES.some((m) => m.test(x.message as string))) return true;
    e = x.driverError ?? x.cause;
  }
  return false;
}
