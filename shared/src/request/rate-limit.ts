import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** A sustained rate with room for a burst: a token bucket of `burst` tokens filled at `perSecond`. */
export interface Rate {
  /** Requests per second, sustained. */
  perSecond: number;
  /** Requests that may come at once after a quiet spell (the bucket's size). */
  burst: number;
}

/**
 * How many requests a service takes from one caller and from one client
 * address. A limit that is null is off. The caller is the verified token's
 * subject (`sub`); requests without a valid token count against their
 * address only.
 */
export interface RateLimitSettings {
  perCaller: Rate | null;
  perAddress: Rate | null;
  /**
   * Addresses of proxies in front of the service (an ingress, a load
   * balancer) whose `X-Forwarded-For` is believed: behind them the client's
   * address is the last one in that header that is not one of them.
   */
  trustedProxies: readonly string[];
}

/** Most keys a bucket set remembers; past it, full buckets (callers at rest) are forgotten first. */
const MAX_KEYS = 50_000;

/**
 * Token buckets by key, on a clock that can be replaced in tests. A bucket
 * is created full; `take` answers 0 when the request may go ahead (and
 * takes a token), else how many milliseconds until a token is there.
 * Memory is bounded: past MAX_KEYS the buckets that have filled up again
 * are dropped (a full bucket is the same as none).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(rate.perSecond > 0) || !(rate.burst >= 1)) throw new Error('a rate needs perSecond > 0 and burst >= 1');
  }

  take(key: string): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= MAX_KEYS) this.forgetRested(now);
      bucket = { tokens: this.rate.burst, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.rate.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    // Whole milliseconds, without a rounding error adding one.
    return Math.max(1, Math.ceil(((1 - bucket.tokens) / this.rate.perSecond) * 1000 - 1e-6));
  }

  get size(): number {
    return this.buckets.size;
  }

  private forgetRested(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.rate.perSecond >= this.rate.burst) this.buckets.delete(key);
    }
    // Everyone is busy: start over rather than grow without bound (each forgotten caller gets a full bucket).
    if (this.buckets.size >= MAX_KEYS) this.buckets.clear();
  }
}

/** Why a request was turned away, and when to come back. */
export interface RateRefusal {
  by: 'caller' | 'address';
  retryAfterSeconds: number;
}

/**
 * The limits of one service. `checkAddress` is asked first, before anything
 * is read; `checkCaller` once the caller's token is verified.
 */
export class RateLimiter {
  private readonly callers: TokenBuckets | null;
  private readonly addresses: TokenBuckets | null;
  private readonly trusted: ReadonlySet<string>;

  constructor(
    readonly settings: RateLimitSettings,
    now?: () => number,
  ) {
    this.callers = settings.perCaller ? new TokenBuckets(settings.perCaller, now) : null;
    this.addresses = settings.perAddress ? new TokenBuckets(settings.perAddress, now) : null;
    this.trusted = new Set(settings.trustedProxies.map(normaliseAddress));
  }

  get limitsCallers(): boolean {
    return this.callers !== null;
  }

  /** The client's address: the peer, or behind a trusted proxy the last address it was forwarded for. */
  clientAddress(req: IncomingMessage): string {
    const peer = normaliseAddress(req.socket.remoteAddress ?? '');
    if (!this.trusted.has(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((h) => normaliseAddress(h.trim()))
      .filter((h) => isIP(h) !== 0);
    for (let i = hops.length - 1; i >= 0; i--) if (!this.trusted.has(hops[i]!)) return hops[i]!;
    return peer;
  }

  checkAddress(address: string): RateRefusal | null {
    const waitMs = this.addresses?.take(address) ?? 0;
    return waitMs > 0 ? { by: 'address', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : null;
  }

  checkCaller(subject: string): RateRefusal | null {
    const waitMs = this.callers?.take(subject) ?? 0;
    return waitMs > 0 ? { by: 'caller', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : null;
  }
}

/** `::ffff:127.0.0.1` is 127.0.0.1. */
function normaliseAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** The header the gateway proves itself with to a subgraph (GATEWAY_SECRET on both sides). */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Whether the request carries the gateway's secret (compared in constant time); false when no secret is configured. */
export function isFromGateway(req: IncomingMessage, secret: string | null | undefined): boolean {
  if (!secret) return false;
  const given = req.headers[GATEWAY_SECRET_HEADER];
  if (typeof given !== 'string' || given.length === 0) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
