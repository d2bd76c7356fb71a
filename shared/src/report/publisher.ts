import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { FigureSource, type AgencyFigures } from './at-source';

/**
 * Publishes an agency's closed periods when they fall due, so that no
 * analyst's request waits for it: a round when the service starts, then
 * one every `everyMs` (an hour by default; a period falls due at the start
 * of a Swedish day, see publication.ts). A request that finds a period due
 * and not yet published still publishes it first (under the same lock), so
 * the figures are right whether or not the round has run; the round only
 * takes the wait off the request. Several processes of one agency may each
 * run it: the lock and a second look under it store each period once.
 */
export interface Publisher {
  /** The round in progress or the last one: the periods it found due. */
  readonly round: Promise<string[]>;
  stop(): void;
}

export function startPublisher(opts: {
  ds: DataSource;
  figures: AgencyFigures;
  today: () => string;
  log: Logger;
  everyMs?: number;
}): Publisher {
  const { ds, figures, today, log } = opts;
  let stopped = false;
  const runRound = async (): Promise<string[]> => {
    const started = Date.now();
    try {
      const published = await new FigureSource(ds, figures, today()).publishDueNow();
      if (published.length > 0)
        log.info({ periods: published, ms: Date.now() - started }, 'published the periods that fell due');
      return published;
    } catch (err) {
      // Not fatal: the next round, or the next request for the period, publishes it.
      if (!stopped)
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'publishing what is due failed');
      return [];
    }
  };
  const publisher = {
    round: runRound(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
  const timer = setInterval(() => {
    // One round at a time: a long one (a year at national scale) is not started twice.
    publisher.round = publisher.round.then(runRound);
  }, opts.everyMs ?? 3_600_000);
  timer.unref();
  return publisher;
}
