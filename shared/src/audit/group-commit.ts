/**
 * Group commit of a subgraph process's audit entries.
 *
 * Every request's access decisions must be in the agency's audit log before
 * its answer leaves. Appending them request by request costs each request a
 * transaction of its own (BEGIN, the chain head's row lock, the append,
 * COMMIT), and the appends of one agency queue on that one row anyway. Here
 * the process appends the entries of every request waiting at that moment
 * in one transaction: one lock of the head, one `audit_append` of all their
 * entries, one commit. Each request's promise settles only after that
 * commit: resolved once its entries are committed, rejected (every request
 * of the group alike) when the group's transaction fails, in which case
 * nothing of the group was written.
 *
 * There is no timer: a group is whatever queued while the previous commit
 * was in flight. A request that finds nothing in flight starts its own
 * transaction at once, so a single caller waits no longer than before.
 * Requests keep their order: the groups are written one after another, the
 * requests of a group in the order they arrived, each request's entries
 * together and in the order given.
 */
import { checkEntries, type AuditEntry } from './writer';

/** The most entries one transaction carries; a group takes whole requests up to it (always at least one). */
export const MAX_GROUP_ENTRIES = 5_000;

export interface GroupCommitStats {
  /** Requests whose entries were handed in (not those refused for malformed entries). */
  requests: number;
  entries: number;
  /** Transactions begun, failed ones included. */
  transactions: number;
  failedTransactions: number;
}

interface Waiting {
  entries: readonly AuditEntry[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class AuditGroupCommit {
  readonly stats: GroupCommitStats = { requests: 0, entries: 0, transactions: 0, failedTransactions: 0 };
  private waiting: Waiting[] = [];
  private writing = false;

  /**
   * @param write appends the given entries, in order, in one transaction of its own and resolves once it is
   *   committed (e.g. `(entries) => writeAudit(dataSource, agency, entries)`).
   */
  constructor(
    private readonly write: (entries: AuditEntry[]) => Promise<void>,
    private readonly maxEntries = MAX_GROUP_ENTRIES,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error('audit group commit: maxEntries must be a positive integer');
  }

  /**
   * Appends one request's entries with whatever else is waiting; resolves once they are committed. Malformed
   * entries are refused here, before they could fail other requests' group. Nothing is written for an empty list.
   */
  append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    try {
      checkEntries(entries);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ entries: [...entries], resolve, reject });
      this.stats.requests += 1;
      this.stats.entries += entries.length;
      if (!this.writing) void this.drain();
    });
  }

  /** Requests waiting for the next group (not the one in flight). */
  get queued(): number {
    return this.waiting.length;
  }

  /** Writes groups one after another until nothing waits. Started synchronously, so a lone request is not delayed. */
  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.take();
        this.stats.transactions += 1;
        try {
          await this.write(group.flatMap((w) => w.entries));
        } catch (err) {
          this.stats.failedTransactions += 1;
          for (const w of group) w.reject(err);
          continue;
        }
        for (const w of group) w.resolve();
      }
    } finally {
      this.writing = false;
    }
  }

  /** The next group: whole requests in arrival order, up to `maxEntries` entries (at least one request). */
  private take(): Waiting[] {
    let n = 0;
    let count = 0;
    while (n < this.waiting.length && (n === 0 || count + this.waiting[n]!.entries.length <= this.maxEntries)) {
      count += this.waiting[n]!.entries.length;
      n += 1;
    }
    return this.waiting.splice(0, n);
  }
}
