import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnreachable } from './db/unreachable';

/**
 * Every error code the federation answers with. Clients branch on the code;
 * the message is for the person at the screen.
 */
export enum ErrorCode {
  /** No valid token: sign in again. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller's role may not use this operation at all (e.g. an analyst asking for a person). */
  FORBIDDEN = 'FORBIDDEN',
  /**
   * The participant or record does not exist or is not available to the
   * caller. One code for both, so that a refusal never reveals existence.
   */
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  TEAM_FULL = 'TEAM_FULL',
  ALREADY_DISCHARGED = 'ALREADY_DISCHARGED',
  /**
   * The record changed since the caller read it (optimistic locking: the
   * expected version did not match), or the change clashes with another
   * record. `extensions.currentVersion` gives the version now stored.
   */
  CONFLICT = 'CONFLICT',
  /** The Idempotency-Key was already used for a different request (another mutation or other arguments). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** An agency's service could not be reached; its part is missing from the answer. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** The audit log could not be written, so nothing is returned. */
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  /** The query nests fields deeper than the server allows (see `shared/src/request/limits.ts`). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The request asks for too much at once: too many aliases, too high an estimated cost, or too many entities. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /**
   * Too many requests from this caller (the token's subject) or this client
   * address: HTTP 429, with `Retry-After` (and `extensions.retryAfterSeconds`)
   * saying when to try again.
   */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * A composed field (the joint plan, the access-log extract, employer work)
   * was asked for without the agencies' parts it is composed from: the
   * gateway's query planner did not fetch what the field requires. A fault
   * of the gateway, never shown as an agency that could not be reached.
   */
  PARTS_NOT_FETCHED = 'PARTS_NOT_FETCHED',
  /** The gateway runs only the operations on its safelist (production, when one is configured), and this is not one of them. */
  OPERATION_NOT_ALLOWED = 'OPERATION_NOT_ALLOWED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes whose message was written for the user and may be shown as is (every code of ours but INTERNAL_SERVER_ERROR). */
const USER_FACING = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, field?: string): GraphQLError {
  return userError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
}

export const NOT_AVAILABLE_MESSAGE = 'No such record is available to you.';

export function notAvailable(): GraphQLError {
  return userError(ErrorCode.NOT_AVAILABLE, NOT_AVAILABLE_MESSAGE);
}

/**
 * Apollo Server's own refusals of a malformed request (a persisted-query hash
 * that does not match its query, an unsupported persisted-query version)
 * carry a 4xx status but no code. Their messages describe the request, not
 * the server, and they are answered as BAD_REQUEST.
 */
function isRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * A document nested deeper than the parser can follow (e.g. `[[[[...` as an
 * argument) fails parsing with the engine's own "Maximum call stack size
 * exceeded"; it is still a parse error, told in plain words.
 */
function causedByStackOverflow(error: unknown): boolean {
  for (
    let e: unknown = error, i = 0;
    e instanceof Error && i < 5;
    e = (e as { originalError?: unknown }).originalError, i++
  ) {
    if (e instanceof RangeError) return true;
  }
  return false;
}

/**
 * Masks everything that was not raised on purpose: database errors, bugs and
 * library errors become one internal error without detail or stack trace.
 * `onUnexpected` receives the original for the log.
 */
export function createFormatError(onUnexpected: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    // A thrown Error that is not a GraphQLError is a bug or a database error; at the
    // gateway, a subgraph's error arrives as a GraphQLError over plain data.
    const raisedOnPurpose =
      typeof code === 'string' &&
      USER_FACING.has(code) &&
      (original instanceof GraphQLError || !(original instanceof Error));
    if (raisedOnPurpose) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      if (code === 'GRAPHQL_PARSE_FAILED' && causedByStackOverflow(error)) {
        return { message: 'The document is nested too deeply to be read.', extensions: { code } };
      }
      return { ...formatted, extensions };
    }
    if (isRequestRefusal(original)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    onUnexpected(original);
    // The agency's database is away (restarting, cut off): temporary, and said so.
    if (isDatabaseUnreachable(original)) {
      return {
        message: "The agency's records could not be reached just now. Please try again shortly.",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.UNAVAILABLE },
      };
    }
    return {
      message: 'Something went wrong on our side. Nothing was changed by the failed part; please try again.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
