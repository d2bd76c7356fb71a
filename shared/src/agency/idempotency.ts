import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../caller';
import { canonicalJson } from '../canonical-json';
import { badInput, ErrorCode, userError } from '../errors';
import { isDatabaseUnreachable } from '../db/unreachable';

/**
 * Idempotency keys for mutations.
 *
 * A client sends `Idempotency-Key: <key>` with a mutation (the gateway passes
 * it on to the subgraph that owns the mutation). The subgraph stores the key
 * (per caller: organisation and officer id), the mutation field, a hash of
 * its arguments and the mutation's result in the agency's own database, in
 * the same transaction as the write and its audit entry. A request repeated
 * with the same key and arguments answers the stored result without
 * applying anything; the same key with other arguments or another mutation
 * is refused with IDEMPOTENCY_KEY_REUSED. Two identical requests at the same
 * time apply once: the second waits on the first one's row and then answers
 * its result. Keys are kept for 24 hours.
 */

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_HOURS = 24;

/** Letters, digits and `._:-`, 8 to 100 characters: a UUID fits, personal data is unlikely to. */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9._:-]{8,100}$/;

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Tables of one agency database; run by a migration as the database owner. */
export const idempotencySchemaSql = {
  up: [
    `CREATE TABLE idempotency_key (
       subject text NOT NULL,
       key text NOT NULL CHECK (key ~ '^[A-Za-z0-9._:-]{8,100}$'),
       field text NOT NULL,
       args_hash text NOT NULL,
       participant_id text,
       categories text[] NOT NULL DEFAULT '{}',
       result text NOT NULL DEFAULT 'null',
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (subject, key)
     )`,
    `CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`,
  ],
  down: ['DROP TABLE idempotency_key'],
};

/**
 * Checks the header value. Absent is fine (the mutation is then not
 * protected against a repeated request); anything else must have the format.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !IDEMPOTENCY_KEY_FORMAT.test(header)) {
    throw new GraphQLError('The Idempotency-Key header must be 8 to 100 letters, digits or ._:- (a UUID will do).', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'Idempotency-Key', http: { status: 400 } },
    });
  }
  return header;
}

/** One mutation field being resolved under a key. */
interface WriteScope {
  key: string;
  field: string;
  argsHash: string;
  /** Set by the first write that claims the key; a second write under the same scope is a bug. */
  claimed: boolean;
}

const writeScope = new AsyncLocalStorage<WriteScope>();

export function argumentsHash(field: string, args: unknown): string {
  return createHash('sha256').update(field).update('\u0000').update(canonicalJson(args)).digest('hex');
}

/** A result as stored: JSON, with dates marked so they come back as dates. */
export function encodeResult(value: unknown): string {
  return (
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : v;
    }) ?? 'null'
  );
}

export function decodeResult(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const date = (v as { $date?: unknown }).$date;
      if (keys.length === 1 && typeof date === 'string') return new Date(date);
    }
    return v;
  });
}

export interface StoredWrite {
  field: string;
  argsHash: string;
  participantId: string | null;
  categories: string[];
  result: unknown;
}

type Queryable = Pick<DataSource, 'query'> | Pick<EntityManager, 'query'>;

/** A second request holds (or held) the key first; its result is to be answered instead. */
export class KeyAlreadyClaimed extends Error {
  constructor() {
    super('idempotency key already claimed');
  }
}

/**
 * The key of the mutation being resolved, for the one write it performs.
 * Null when the request carries no key.
 */
export class IdempotentWrite {
  private constructor(
    private readonly scope: WriteScope,
    readonly subject: string,
  ) {}

  static current(caller: Caller): IdempotentWrite | null {
    const scope = writeScope.getStore();
    return scope ? new IdempotentWrite(scope, `${caller.organisation}:${caller.officerId}`) : null;
  }

  /** The unexpired write stored under this key, if any. */
  async stored(q: Queryable): Promise<StoredWrite | null> {
    const rows: Array<{
      field: string;
      args_hash: string;
      participant_id: string | null;
      categories: string[];
      result: string;
    }> = await q.query(
      `SELECT field, args_hash, participant_id, categories, result FROM idempotency_key
        WHERE subject = $1 AND key = $2 AND created_at >= now() - make_interval(hours => $3)`,
      [this.subject, this.scope.key, IDEMPOTENCY_TTL_HOURS],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      field: row.field,
      argsHash: row.args_hash,
      participantId: row.participant_id,
      categories: row.categories,
      result: decodeResult(row.result),
    };
  }

  /** Refuses a stored write of another mutation or other arguments. */
  check(stored: StoredWrite): void {
    if (stored.field !== this.scope.field || stored.argsHash !== this.scope.argsHash) {
      throw userError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was already used for a different request. Use a new key for a new change.',
      );
    }
  }

  /**
   * Takes the key inside the write's transaction. False when another
   * transaction holds or stored it (an expired key is taken over). A
   * concurrent holder is waited for by PostgreSQL's unique index.
   */
  async claim(m: EntityManager): Promise<boolean> {
    if (this.scope.claimed) throw new Error('a mutation under an idempotency key may write once');
    const rows: unknown[] = await m.query(
      `INSERT INTO idempotency_key (subject, key, field, args_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject, key) DO UPDATE
         SET field = EXCLUDED.field, args_hash = EXCLUDED.args_hash, participant_id = NULL, categories = '{}', result = 'null', created_at = now()
         WHERE idempotency_key.created_at < now() - make_interval(hours => $5)
       RETURNING 1`,
      [this.subject, this.scope.key, this.scope.field, this.scope.argsHash, IDEMPOTENCY_TTL_HOURS],
    );
    if (rows.length === 0) return false;
    this.scope.claimed = true;
    return true;
  }

  /** Stores the write's result with the key, in the same transaction. */
  async finish(m: EntityManager, result: unknown, participantId: string | null, categories: string[]): Promise<void> {
    await m.query(
      'UPDATE idempotency_key SET result = $3, participant_id = $4, categories = $5 WHERE subject = $1 AND key = $2',
      [this.subject, this.scope.key, encodeResult(result), participantId, categories],
    );
  }
}

/** Removes keys older than the time they are kept; returns how many. */
export async function purgeExpiredIdempotencyKeys(q: Queryable): Promise<number> {
  const rows: unknown[] = await q.query(
    'DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) RETURNING 1',
    [IDEMPOTENCY_TTL_HOURS],
  );
  return rows.length;
}

const UNAVAILABLE_WRITE_MESSAGE =
  "The agency's records could not be reached, so the change may not have been stored. Send the same request again with the same Idempotency-Key; it will be applied once.";

/**
 * Wraps every mutation field of a subgraph schema: the field resolves
 * under its request's idempotency key (if any), at most one mutation field
 * per key and request, and a database that cannot be reached answers
 * UNAVAILABLE instead of an internal error.
 */
export function applyIdempotentMutations(schema: GraphQLSchema, keyOf: (context: unknown) => string | undefined): void {
  const mutation = schema.getMutationType();
  if (!mutation || !isObjectType(mutation)) return;
  const keysUsed = new WeakMap<object, Set<string>>();
  for (const field of Object.values(mutation.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context, info) => {
      const key = keyOf(context);
      try {
        if (key === undefined) return await resolve(source, args, context, info);
        const used = keysUsed.get(context as object) ?? new Set<string>();
        keysUsed.set(context as object, used);
        if (used.has(key))
          throw badInput(
            'One Idempotency-Key covers one mutation field; send each change as its own request.',
            'Idempotency-Key',
          );
        used.add(key);
        const scope: WriteScope = {
          key,
          field: info.fieldName,
          argsHash: argumentsHash(info.fieldName, args),
          claimed: false,
        };
        return await writeScope.run(scope, () => resolve(source, args, context, info));
      } catch (err) {
        if (!(err instanceof GraphQLError) && isDatabaseUnreachable(err)) {
          throw userError(ErrorCode.UNAVAILABLE, UNAVAILABLE_WRITE_MESSAGE);
        }
        throw err;
      }
    };
  }
}
