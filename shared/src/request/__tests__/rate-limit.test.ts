import type { IncomingMessage } from 'node:http';
import { GATEWAY_SECRET_HEADER, isFromGateway, RateLimiter, TokenBuckets } from '../rate-limit';
import {
  connectionSettingsFrom,
  DEFAULT_CONNECTION_SETTINGS,
  DEFAULT_RATE_LIMITS,
  gatewaySecretFrom,
  rateLimitSettingsFrom,
} from '../settings';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('token buckets', () => {
  it('let a burst through, then the sustained rate, and say how long to wait', () => {
    const c = clock();
    const b = new TokenBuckets({ perSecond: 2, burst: 4 }, c.now);
    expect([1, 2, 3, 4].map(() => b.take('a'))).toEqual([0, 0, 0, 0]);
    expect(b.take('a')).toBe(500);
    // Another key has its own bucket.
    expect(b.take('b')).toBe(0);
    c.advance(499);
    expect(b.take('a')).toBe(1);
    c.advance(1);
    expect(b.take('a')).toBe(0);
    c.advance(10_000);
    // Refilled to the burst, no further.
    expect([1, 2, 3, 4, 5].map(() => b.take('a'))).toEqual([0, 0, 0, 0, 500]);
  });

  it('refuse nonsense rates', () => {
    expect(() => new TokenBuckets({ perSecond: 0, burst: 1 })).toThrow();
    expect(() => new TokenBuckets({ perSecond: 1, burst: 0 })).toThrow();
  });

  it('stay bounded in memory: callers at rest are forgotten first', () => {
    const c = clock();
    const b = new TokenBuckets({ perSecond: 1000, burst: 1 }, c.now);
    for (let i = 0; i < 50_000; i++) b.take(`k${i}`);
    c.advance(10);
    b.take('one more');
    expect(b.size).toBe(1);
  });
});

describe('the limiter of a service', () => {
  const settings = {
    perCaller: { perSecond: 1, burst: 2 },
    perAddress: { perSecond: 1, burst: 3 },
    trustedProxies: ['10.0.0.1'],
  };

  it('refuses by caller and by address, each with a Retry-After of whole seconds', () => {
    const c = clock();
    const limiter = new RateLimiter(settings, c.now);
    expect([limiter.checkCaller('A'), limiter.checkCaller('A')]).toEqual([null, null]);
    expect(limiter.checkCaller('A')).toEqual({ by: 'caller', retryAfterSeconds: 1 });
    expect(limiter.checkCaller('B')).toBeNull();
    expect([1, 2, 3].map(() => limiter.checkAddress('192.0.2.7'))).toEqual([null, null, null]);
    expect(limiter.checkAddress('192.0.2.7')).toEqual({ by: 'address', retryAfterSeconds: 1 });
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', () => {
    const limiter = new RateLimiter(settings);
    expect(limiter.clientAddress(request('192.0.2.7', { 'x-forwarded-for': '198.51.100.1' }))).toBe('192.0.2.7');
    expect(limiter.clientAddress(request('::ffff:10.0.0.1', { 'x-forwarded-for': '198.51.100.9, 198.51.100.1' }))).toBe(
      '198.51.100.1',
    );
    // A client cannot pass itself off as the proxy: the last address that is not a trusted proxy counts.
    expect(limiter.clientAddress(request('10.0.0.1', { 'x-forwarded-for': '198.51.100.1, 10.0.0.1' }))).toBe(
      '198.51.100.1',
    );
    expect(limiter.clientAddress(request('10.0.0.1', { 'x-forwarded-for': 'not an address' }))).toBe('10.0.0.1');
  });

  it('knows the gateway by its secret only', () => {
    const secret = 's'.repeat(40);
    expect(isFromGateway(request('127.0.0.1', { [GATEWAY_SECRET_HEADER]: secret }), secret)).toBe(true);
    expect(isFromGateway(request('127.0.0.1', { [GATEWAY_SECRET_HEADER]: `${secret}x` }), secret)).toBe(false);
    expect(isFromGateway(request('127.0.0.1'), secret)).toBe(false);
    // Without a secret configured, nobody is the gateway.
    expect(isFromGateway(request('127.0.0.1', { [GATEWAY_SECRET_HEADER]: '' }), null)).toBe(false);
  });
});

describe('settings from the environment', () => {
  it('have documented defaults', () => {
    expect(connectionSettingsFrom({})).toEqual(DEFAULT_CONNECTION_SETTINGS);
    expect(DEFAULT_CONNECTION_SETTINGS).toEqual({
      headersTimeoutMs: 5000,
      requestTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5000,
      maxConnections: 1000,
      maxConnectionsPerAddress: 128,
      shutdownTimeoutMs: 10_000,
    });
    expect(rateLimitSettingsFrom({}, 'gateway')).toEqual(DEFAULT_RATE_LIMITS.gateway);
    expect(rateLimitSettingsFrom({}, 'subgraph')).toEqual(DEFAULT_RATE_LIMITS.subgraph);
    expect(gatewaySecretFrom({})).toBeNull();
  });

  it('are read and checked', () => {
    expect(
      connectionSettingsFrom({
        HTTP_HEADERS_TIMEOUT_MS: '2000',
        HTTP_REQUEST_TIMEOUT_MS: '4000',
        SHUTDOWN_TIMEOUT_MS: '3000',
      }),
    ).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      shutdownTimeoutMs: 3000,
    });
    expect(() => connectionSettingsFrom({ HTTP_HEADERS_TIMEOUT_MS: '20000' })).toThrow(
      /cannot be longer than HTTP_REQUEST_TIMEOUT_MS/,
    );
    expect(() => connectionSettingsFrom({ HTTP_MAX_CONNECTIONS: '0' })).toThrow(
      /HTTP_MAX_CONNECTIONS must be a whole number from 1/,
    );
    expect(() => connectionSettingsFrom({ HTTP_KEEP_ALIVE_TIMEOUT_MS: 'soon' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
    expect(
      rateLimitSettingsFrom(
        { RATE_LIMIT_PER_CALLER: '5', RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_TRUSTED_PROXIES: '10.0.0.1, ::1' },
        'gateway',
      ),
    ).toEqual({
      perCaller: { perSecond: 5, burst: 10 },
      perAddress: null,
      trustedProxies: ['10.0.0.1', '::1'],
    });
    expect(
      rateLimitSettingsFrom({ RATE_LIMIT_PER_CALLER: '5', RATE_LIMIT_PER_CALLER_BURST: '7' }, 'gateway').perCaller,
    ).toEqual({ perSecond: 5, burst: 7 });
    expect(() =>
      rateLimitSettingsFrom({ RATE_LIMIT_PER_CALLER: '5', RATE_LIMIT_PER_CALLER_BURST: '2' }, 'gateway'),
    ).toThrow(/must be at least/);
    expect(() =>
      rateLimitSettingsFrom({ RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_ADDRESS_BURST: '9' }, 'gateway'),
    ).toThrow(/is 0 \(off\)/);
    expect(() => rateLimitSettingsFrom({ RATE_LIMIT_PER_CALLER: '-1' }, 'subgraph')).toThrow(/RATE_LIMIT_PER_CALLER/);
    expect(() => rateLimitSettingsFrom({ RATE_LIMIT_TRUSTED_PROXIES: 'proxy.local' }, 'gateway')).toThrow(
      /IP addresses/,
    );
    expect(() => gatewaySecretFrom({ GATEWAY_SECRET: 'short' })).toThrow(/at least 32/);
    expect(gatewaySecretFrom({ GATEWAY_SECRET: 'x'.repeat(32) })).toBe('x'.repeat(32));
  });
});
