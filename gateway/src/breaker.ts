/**
 * A circuit breaker per subgraph. Closed: requests go through, and
 * consecutive failures (unreachable, timed out, 5xx) are counted; at the
 * threshold the circuit opens. Open: requests fail at once, without waiting
 * for a timeout, until the cooldown has passed. Half-open: one request goes
 * through as a probe (the others still fail fast); its success closes the
 * circuit, its failure opens it for another cooldown.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before a probe is let through, in ms. */
  cooldownMs: number;
  /**
   * A probe that has not reported within this time (ms) is given up and the
   * next request may probe instead; at least the subgraph timeout.
   */
  probeTimeoutMs: number;
  /** The clock; tests pass their own. */
  now?: () => number;
  /** Told about every change of state. */
  onChange?: (from: BreakerState, to: BreakerState) => void;
}

export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeStartedAt: number | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: BreakerOptions) {
    if (!Number.isInteger(opts.failureThreshold) || opts.failureThreshold < 1)
      throw new Error('failureThreshold must be a whole number of at least 1');
    if (!(opts.cooldownMs >= 0)) throw new Error('cooldownMs must not be negative');
    this.now = opts.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  /** Consecutive failures counted while closed. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Whether a request may be sent now. When it may, its outcome must be reported with `success` or `failure`. */
  tryAcquire(): boolean {
    const now = this.now();
    if (this.current === 'closed') return true;
    if (this.current === 'open') {
      if (now - this.openedAt < this.opts.cooldownMs) return false;
      this.move('half-open');
      this.probeStartedAt = now;
      return true;
    }
    // Half-open: one probe at a time, unless the probe got lost.
    if (this.probeStartedAt !== null && now - this.probeStartedAt < this.opts.probeTimeoutMs) return false;
    this.probeStartedAt = now;
    return true;
  }

  /** The subgraph answered. */
  success(): void {
    this.failures = 0;
    this.probeStartedAt = null;
    if (this.current !== 'closed') this.move('closed');
  }

  /** The subgraph could not be reached, timed out or answered 5xx. */
  failure(): void {
    if (this.current === 'half-open') {
      this.open();
      return;
    }
    if (this.current === 'open') return;
    this.failures += 1;
    if (this.failures >= this.opts.failureThreshold) this.open();
  }

  /** Milliseconds until a probe is let through; 0 when not open. */
  retryInMs(): number {
    if (this.current !== 'open') return 0;
    return Math.max(0, this.opts.cooldownMs - (this.now() - this.openedAt));
  }

  private open(): void {
    this.openedAt = this.now();
    this.probeStartedAt = null;
    this.failures = 0;
    this.move('open');
  }

  private move(to: BreakerState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.opts.onChange?.(from, to);
  }
}
