import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@malmokraften/shared';

/**
 * The persisted-operation safelist: the only operations a production
 * gateway runs when one is configured. A JSON object maps the sha256 (hex)
 * of each document to the document itself. A client sends either the
 * document, identical to the listed one, or only its hash as an automatic
 * persisted query (`extensions.persistedQuery.sha256Hash`); anything else
 * is refused with OPERATION_NOT_ALLOWED before it runs.
 */
export type Safelist = ReadonlyMap<string, string>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Checks a parsed safelist: every key the sha256 of its document. */
export function safelistFrom(json: unknown, where = 'the safelist'): Safelist {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error(`${where} must be a JSON object mapping sha256 hashes to documents.`);
  const list = new Map<string, string>();
  for (const [hash, document] of Object.entries(json)) {
    if (!/^[0-9a-f]{64}$/.test(hash))
      throw new Error(`${where}: "${hash.slice(0, 80)}" is not a sha256 hash in lower-case hex.`);
    if (typeof document !== 'string' || document.trim() === '')
      throw new Error(`${where}: the entry ${hash} is not a document.`);
    if (sha256(document) !== hash)
      throw new Error(`${where}: the entry ${hash} does not match the sha256 of its document.`);
    list.set(hash, document);
  }
  if (list.size === 0) throw new Error(`${where} lists no operation; the gateway would refuse everything.`);
  return list;
}

export function loadSafelist(file: string): Safelist {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the safelist ${file}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the safelist ${file} is not valid JSON.`);
  }
  return safelistFrom(json, `the safelist ${file}`);
}

/**
 * Apollo's persisted-query store, read-only: a hash resolves to its listed
 * document, and nothing a client sends is ever added.
 */
export function safelistCache(list: Safelist) {
  return {
    async get(key: string): Promise<string | undefined> {
      return list.get(key.startsWith('apq:') ? key.slice(4) : key);
    },
    async set(): Promise<void> {},
    async delete(): Promise<boolean> {
      return false;
    },
  };
}

/**
 * Refuses every client operation whose document is not on the list. The
 * gateway's own operations (e.g. the report download, run with
 * `executeOperation`) do not come over HTTP and are not checked.
 */
export function safelistPlugin<Ctx extends object>(list: Safelist): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, source }) {
          if (!request.http) return;
          if (list.has(sha256(source))) return;
          throw new GraphQLError(
            'This operation is not on the list of operations this service runs. Use an operation the application ships with.',
            {
              extensions: { code: ErrorCode.OPERATION_NOT_ALLOWED, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
