import type { DataSource } from 'typeorm';
import type { Logger } from '../service/logger';
import { FigureSource, type AgencyFigures } from './at-source';

/**
 * Publishes an agency's closed periods when they fall due, so that no
 * analyst's request waits for it: a round when the service starts, then
 * one every `everyMs` (a quarter of an hour by default; a period falls due
 * at the start of a Swedish day, see publication.ts). Each round also
 * computes the day's live figures ahead (`FigureSource.warm`): after a
 * start or on a new day, the first report is answered from memory. A request that finds a period due
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
      const day = today();
      const published = await new FigureSource(ds, figures, day).publishDueNow();
      if (published.length > 0)
        log.info({ periods: published, ms: Date.now() - started }, 'published the periods that fell due');
      // The day's figures computed ahead, so that the first report of the day (or after a start) need not wait.
      await new FigureSource(ds, figures, day).warm();
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
  }, opts.everyMs ?? 900_000);
  timer.unref();
  return publisher;
}
