import { CircuitBreaker, type BreakerState } from '../breaker';

function breaker(threshold = 3, cooldownMs = 1000, probeTimeoutMs = 5000) {
  let t = 0;
  const changes: Array<[BreakerState, BreakerState]> = [];
  const b = new CircuitBreaker({
    failureThreshold: threshold,
    cooldownMs,
    probeTimeoutMs,
    now: () => t,
    onChange: (from, to) => changes.push([from, to]),
  });
  return { b, changes, advance: (ms: number) => (t += ms) };
}

describe('circuit breaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { b } = breaker(3);
    for (let i = 0; i < 2; i++) {
      expect(b.tryAcquire()).toBe(true);
      b.failure();
    }
    expect(b.state).toBe('closed');
    expect(b.consecutiveFailures).toBe(2);
    b.success();
    expect(b.consecutiveFailures).toBe(0);
    b.failure();
    b.failure();
    expect(b.state).toBe('closed');
  });

  it('opens after the threshold of consecutive failures and fails fast until the cooldown has passed', () => {
    const { b, advance, changes } = breaker(3, 1000);
    for (let i = 0; i < 3; i++) b.failure();
    expect(b.state).toBe('open');
    expect(changes).toEqual([['closed', 'open']]);
    expect(b.tryAcquire()).toBe(false);
    expect(b.retryInMs()).toBe(1000);
    advance(999);
    expect(b.tryAcquire()).toBe(false);
    expect(b.retryInMs()).toBe(1);
  });

  it('lets one probe through after the cooldown; others still fail fast while it runs', () => {
    const { b, advance } = breaker(1, 1000);
    b.failure();
    advance(1000);
    expect(b.tryAcquire()).toBe(true);
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(false);
    expect(b.tryAcquire()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const { b, advance, changes } = breaker(1, 1000);
    b.failure();
    advance(1000);
    b.tryAcquire();
    b.success();
    expect(b.state).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(true);
    expect(changes).toEqual([
      ['closed', 'open'],
      ['open', 'half-open'],
      ['half-open', 'closed'],
    ]);
  });

  it('opens again for a full cooldown when the probe fails', () => {
    const { b, advance } = breaker(2, 1000);
    b.failure();
    b.failure();
    advance(1500);
    expect(b.tryAcquire()).toBe(true);
    b.failure();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBe(false);
    advance(999);
    expect(b.tryAcquire()).toBe(false);
    advance(1);
    expect(b.tryAcquire()).toBe(true);
  });

  it('lets another probe through when the first never reports', () => {
    const { b, advance } = breaker(1, 1000, 5000);
    b.failure();
    advance(1000);
    expect(b.tryAcquire()).toBe(true);
    advance(4999);
    expect(b.tryAcquire()).toBe(false);
    advance(1);
    expect(b.tryAcquire()).toBe(true);
    expect(b.state).toBe('half-open');
  });

  it('ignores failures reported while already open (requests sent before it opened)', () => {
    const { b, advance } = breaker(1, 1000);
    b.failure();
    advance(600);
    b.failure();
    advance(400);
    expect(b.tryAcquire()).toBe(true);
  });

  it('refuses a threshold below one', () => {
    expect(() => new CircuitBreaker({ failureThreshold: 0, cooldownMs: 1, probeTimeoutMs: 1 })).toThrow(
      /failureThreshold/,
    );
  });
});
