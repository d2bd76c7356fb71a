import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { Agent } from 'undici';

/** What the gateway's data source hands to its fetcher: always a POST of a JSON text. */
export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A subgraph's answer with what the data source reads of it: status, a
 * header by name, and the body as text or JSON. The body has been read in
 * full before this exists, within the request's timeout.
 */
export class SubgraphResponse {
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly url: string,
    readonly status: number,
    headers: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.headers = {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  async text(): Promise<string> {
    return this.body;
  }

  // Async, so a body that is not JSON rejects (SyntaxError) as fetch's json() does.
  async json(): Promise<unknown> {
    return JSON.parse(this.body) as unknown;
  }
}

/**
 * The data source's fetcher: one request on the agency's connection pool
 * with the pool's plain request API rather than `fetch`, which builds
 * Request, Headers and stream objects per call that the gateway never uses.
 * It fails as `fetch` does, so retries and the breaker see the same thing:
 * a timeout rejects with the signal's TimeoutError, anything else on the way
 * with a TypeError whose `cause` is the network error.
 */
export function subgraphFetcher(agent: Agent, timeoutMs: number) {
  return async (url: string, init: SubgraphRequestInit): Promise<SubgraphResponse> => {
    const target = new URL(url);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await agent.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers ?? {},
        body: init.body ?? null,
        signal,
      });
      const body = await answer.body.text();
      return new SubgraphResponse(url, answer.statusCode, answer.headers, body);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      throw new TypeError('fetch failed', { cause: err });
    }
  };
}
