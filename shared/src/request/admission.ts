/**
 * Admission of large entity requests at a subgraph. A request for many
 * entities (hundreds of representations) costs a subgraph real CPU and
 * memory and a long audit-log write; a burst of them would hold the process
 * and the audit log's lock for seconds while small requests (one plan)
 * wait behind. So large requests take turns, weighed by their
 * representations: at most `capacity` representations are being worked on
 * at once in the process, at most `perCaller` of them for one caller (the
 * verified token's subject); the others wait in a queue per caller, served
 * round robin, so one caller with many large requests cannot keep another's
 * out. Small requests never wait here.
 */
export interface AdmissionSettings {
  /** Requests with more representations than this take a turn; smaller ones go straight through. */
  largeAbove: number;
  /** Representations of large requests being worked on at once in the process. */
  capacity: number;
  /** Of those, at most this many for one caller. */
  perCaller: number;
  /** Large requests of one caller waiting for their turn; one more is refused at once. */
  queuePerCaller: number;
  /** How long a large request may wait for its turn before it is refused. */
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: Readonly<AdmissionSettings> = Object.freeze({
  // A plan asks for one participant, a few aliased plans for a few dozen: never held.
  largeAbove: 50,
  // One of the largest entity requests (MAX_REPRESENTATIONS) at a time, or several smaller ones: with two at once, on a
  // busy machine, small requests waited past the gateway's timeout behind them.
  capacity: 1000,
  perCaller: 1000,
  queuePerCaller: 4,
  maxWaitMs: 10_000,
});

export class AdmissionRefused extends Error {
  constructor(
    readonly reason: 'queue full' | 'waited too long',
    readonly retryAfterSeconds: number,
  ) {
    super(reason);
  }
}

interface Waiter {
  weight: number;
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class LargeRequestAdmission {
  private inProgress = 0;
  private readonly inProgressBy = new Map<string, number>();
  /** Callers with requests waiting, in the order they are served. */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(readonly settings: AdmissionSettings = DEFAULT_ADMISSION) {}

  isLarge(representations: number): boolean {
    return representations > this.settings.largeAbove;
  }

  /**
   * Waits for a turn for a request of `weight` representations; resolves
   * with the function that ends it (call it once, when the answer has gone).
   * Throws AdmissionRefused when the caller already has `queuePerCaller`
   * waiting, or when the turn did not come within `maxWaitMs`.
   */
  async enter(caller: string, weight: number): Promise<() => void> {
    // More than one caller's share would never fit: it is taken alone.
    const w = Math.min(weight, this.settings.perCaller);
    if (!this.queues.has(caller) && this.fits(caller, w)) {
      this.take(caller, w);
      return this.leaver(caller, w);
    }
    const queue = this.queues.get(caller) ?? [];
    if (queue.length >= this.settings.queuePerCaller)
      throw new AdmissionRefused('queue full', Math.max(1, Math.ceil(this.settings.maxWaitMs / 2000)));
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        weight: w,
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const q = this.queues.get(caller);
          const at = q?.indexOf(waiter) ?? -1;
          if (q && at >= 0) q.splice(at, 1);
          if (q?.length === 0) this.queues.delete(caller);
          reject(new AdmissionRefused('waited too long', Math.max(1, Math.ceil(this.settings.maxWaitMs / 1000))));
        }, this.settings.maxWaitMs),
      };
      queue.push(waiter);
      this.queues.set(caller, queue);
    });
    return this.leaver(caller, w);
  }

  /** Representations being worked on and large requests waiting, now. */
  get load(): { inProgress: number; waiting: number } {
    let waiting = 0;
    for (const q of this.queues.values()) waiting += q.length;
    return { inProgress: this.inProgress, waiting };
  }

  private fits(caller: string, weight: number): boolean {
    return (
      this.inProgress + weight <= this.settings.capacity &&
      (this.inProgressBy.get(caller) ?? 0) + weight <= this.settings.perCaller
    );
  }

  private take(caller: string, weight: number): void {
    this.inProgress += weight;
    this.inProgressBy.set(caller, (this.inProgressBy.get(caller) ?? 0) + weight);
  }

  private leaver(caller: string, weight: number): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inProgress -= weight;
      const mine = (this.inProgressBy.get(caller) ?? weight) - weight;
      if (mine > 0) this.inProgressBy.set(caller, mine);
      else this.inProgressBy.delete(caller);
      this.next();
    };
  }

  /** Gives turns to waiting requests that fit, one caller after the other: a caller served goes to the back of the line. */
  private next(): void {
    let granted = true;
    while (granted) {
      granted = false;
      for (const [caller, queue] of [...this.queues]) {
        const head = queue[0]!;
        if (!this.fits(caller, head.weight)) continue;
        queue.shift();
        this.queues.delete(caller);
        if (queue.length > 0) this.queues.set(caller, queue);
        this.take(caller, head.weight);
        head.grant();
        granted = true;
      }
    }
  }
}
