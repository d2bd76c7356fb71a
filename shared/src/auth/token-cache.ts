/**
 * Verified tokens kept per process, so that a caller's signature is checked
 * once rather than on every request: a bounded map from the token's text to
 * what was verified from it, least recently used first out, each entry
 * dropped at its expiry (never later than the token's `exp`).
 *
 * Only successes are kept; a refused token is checked again every time.
 */
export interface TokenCacheStats {
  hits: number;
  misses: number;
  /** Entries put out to stay within the bound (not those that expired). */
  evictions: number;
}

export class TokenCache<V> {
  /** Insertion order is recency: the first key is the least recently used. */
  private readonly entries = new Map<string, { value: V; expiresAtMs: number }>();
  readonly stats: TokenCacheStats = { hits: 0, misses: 0, evictions: 0 };

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 0)
      throw new Error('token cache: maxEntries must be a non-negative integer');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for `token`, if it has not expired at `nowMs`. */
  get(token: string, nowMs: number): V | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) {
      this.stats.misses += 1;
      return undefined;
    }
    this.entries.delete(token);
    if (nowMs >= entry.expiresAtMs) {
      this.stats.misses += 1;
      return undefined;
    }
    this.entries.set(token, entry);
    this.stats.hits += 1;
    return entry.value;
  }

  /** Keeps `value` for `token` until `expiresAtMs`; nothing when that has passed or the cache holds nothing. */
  set(token: string, value: V, expiresAtMs: number, nowMs: number): void {
    if (this.maxEntries === 0 || !(expiresAtMs > nowMs)) return;
    this.entries.delete(token);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.stats.evictions += 1;
    }
    this.entries.set(token, { value, expiresAtMs });
  }

  has(token: string): boolean {
    return this.entries.has(token);
  }

  clear(): void {
    this.entries.clear();
  }
}
