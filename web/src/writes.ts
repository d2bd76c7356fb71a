/**
 * Writes from the app: every submit carries an Idempotency-Key header. The
 * key belongs to one change the person makes, not to one attempt: a submit
 * of the same change again (after a lost answer, a timeout, UNAVAILABLE)
 * sends the same key, so the agency applies it once; a change that was
 * stored, or a different change, gets a new key. The server keeps keys for
 * 24 hours (docs/operations.md, "Writes").
 */
import { useCallback, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { useSession } from './session';
import { shownErrors, type ShownError } from './errors';

/** Codes after which the same change may be sent again with the same key. */
const RETRYABLE = new Set(['NETWORK', 'UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/** A new key: 8–100 of A-Z a-z 0-9 . _ : - (a UUID). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface WriteOutcome<T> {
  data: T | null;
  error: CombinedError | null;
  errors: ShownError[];
  /** The same change may be sent again (and will be applied once). */
  retryable: boolean;
  /** The record changed since it was read: `currentVersion` is what is stored now. */
  conflict: { currentVersion: number | null } | null;
}

/** Headers the app sends: the token, and a purpose the agencies write to their audit log. */
export function authHeaders(token: string, purpose?: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': purpose } : {}) };
}

/**
 * One mutation, sent with an Idempotency-Key that stays the same while the
 * person submits the same change again after it failed. A page that offers
 * the change at some agencies only passes undefined for the others (its
 * table by agency names none) and does not submit there: doing so throws.
 */
export function useWrite<T, V extends AnyVariables>(
  document: TypedDocumentNode<T, V> | undefined,
  opts: { purpose?: string } = {},
) {
  const client = useClient();
  const { session } = useSession();
  const pending = useRef<{ fingerprint: string; key: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    async (variables: V): Promise<WriteOutcome<T>> => {
      if (!document) throw new Error('this change is not offered');
      const fingerprint = JSON.stringify(variables);
      if (pending.current?.fingerprint !== fingerprint) pending.current = { fingerprint, key: newIdempotencyKey() };
      const key = pending.current.key;
      setBusy(true);
      try {
        const result = await client
          .mutation(document, variables, {
            requestPolicy: 'network-only',
            fetchOptions: { headers: { ...authHeaders(session?.token ?? '', opts.purpose), 'idempotency-key': key } },
          })
          .toPromise();
        const errors = shownErrors(result.error);
        if (!result.error && result.data) {
          // Stored: the next submit is a new change.
          if (pending.current?.key === key) pending.current = null;
          return { data: result.data, error: null, errors: [], retryable: false, conflict: null };
        }
        const conflictError = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
        const current = conflictError?.extensions?.currentVersion;
        return {
          data: null,
          error: result.error ?? null,
          errors: errors.length ? errors : [{ code: 'ERROR', message: '' }],
          retryable: errors.some((e) => RETRYABLE.has(e.code)),
          conflict: conflictError ? { currentVersion: typeof current === 'number' ? current : null } : null,
        };
      } finally {
        setBusy(false);
      }
    },
    [client, document, session?.token, opts.purpose],
  );

  return { submit, busy };
}
