import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { addDays } from '../clock';
import { PROGRAMME, programmePeriods, type Period } from './period';
import type { Protected } from './suppression';
import type { MicroRow } from './cube';

/**
 * Published reports are immutable records (docs/REPORT-DEFINITIONS.md,
 * "Published reports"). Each agency publishes its own figures in its own
 * database: when a period has closed and the grace period after it has
 * passed (or earlier, when an analyst publishes it), the protected figures
 * of the period are stored with the day, the definitions' version and a
 * hash, and from then on every question about that period is answered from
 * the stored copy. A correction is a new version with its reason; the
 * earlier versions stay.
 */

/** The version of docs/REPORT-DEFINITIONS.md the figures follow; stored with every publication. */
export const REPORT_DEFINITIONS_VERSION = '2.1';

/** Days after a period's last day before it is published without anyone asking: late registrations have this long to come in. */
export const PUBLICATION_GRACE_DAYS = 15;

/** Who publishes when no one asked: the period closed and the grace period passed. */
export const AUTOMATIC_PUBLISHER = 'AUTOMATIC';

/** The table, append-only: the app role may insert and read; a trigger refuses every change and removal. */
export const publicationSchemaSql = {
  up: [
    `CREATE TABLE published_report (
       id serial PRIMARY KEY,
       period text NOT NULL,
       version int NOT NULL CHECK (version >= 1),
       published_on date NOT NULL,
       published_at timestamptz NOT NULL DEFAULT now(),
       published_by text NOT NULL,
       reason text,
       definitions_version text NOT NULL,
       content jsonb NOT NULL,
       content_hash text NOT NULL,
       base jsonb NOT NULL,
       UNIQUE (period, version),
       CHECK (version = 1 OR reason IS NOT NULL)
     )`,
    `COMMENT ON TABLE published_report IS 'Published follow-up figures, one row per period and version. content is what was published (protected); base holds the exact counts behind a published month so later periods are protected consistently with it, and never leaves the subgraph. Rows are never changed or removed.'`,
    `CREATE FUNCTION published_report_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'published reports are immutable: publish a new version instead';
     END $$`,
    `CREATE TRIGGER published_report_no_change BEFORE UPDATE OR DELETE ON published_report FOR EACH ROW EXECUTE FUNCTION published_report_immutable()`,
    `CREATE TRIGGER published_report_no_truncate BEFORE TRUNCATE ON published_report FOR EACH STATEMENT EXECUTE FUNCTION published_report_immutable()`,
  ],
  down: ['DROP TABLE published_report', 'DROP FUNCTION published_report_immutable()'],
};

/** What a publication holds: the protected figures, as published. */
export interface PublishedContent {
  agency: string;
  period: string;
  version: number;
  publishedOn: string;
  definitionsVersion: string;
  reason: string | null;
  /** Family → cell key → figure. */
  families: Record<string, Record<string, Protected>>;
  /** Figures that are not counts of a family: medians, levels, whether a target is on track. */
  extras: Record<string, Protected | boolean | null>;
}

/** The exact counts behind a published month, per family (internal). */
export type PublishedBase = Record<string, MicroRow[]>;

export interface Publication {
  id: number;
  period: string;
  version: number;
  publishedOn: string;
  publishedBy: string;
  reason: string | null;
  definitionsVersion: string;
  hash: string;
  content: PublishedContent;
  base: PublishedBase;
}

/** SHA-256 of the published content, hex. */
export function contentHash(content: PublishedContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The last day of a period (for ALL: the programme's last day). */
export function lastDayOfPeriod(period: Period): string {
  return addDays(period.kind === 'ALL' ? PROGRAMME.to : period.to, -1);
}

/** A period has closed when its last day has passed. ALL closes when the programme has ended. */
export function isClosed(period: Period, today: string): boolean {
  return lastDayOfPeriod(period) < today;
}

/** The day a closed period is published if no one publishes it before. */
export function automaticPublicationDay(period: Period): string {
  return addDays(lastDayOfPeriod(period), PUBLICATION_GRACE_DAYS);
}

/** Every period of the programme (ALL too, once the programme is over) due for publication today. */
export function duePeriods(today: string): Period[] {
  return programmePeriods(today).filter(
    (p) => (p.kind !== 'ALL' || today >= PROGRAMME.to) && automaticPublicationDay(ALL_AS_PROGRAMME(p)) <= today,
  );
}

/** ALL as the whole programme, whatever today is. */
function ALL_AS_PROGRAMME(p: Period): Period {
  return p.kind === 'ALL' ? { ...p, to: PROGRAMME.to } : p;
}

/** The periods inside a period (months, tertials, years), and the periods that contain it. */
export function periodsInside(period: Period): Period[] {
  const all = programmePeriods(PROGRAMME.lastDay);
  if (period.kind === 'ALL') return all.filter((p) => p.kind !== 'ALL');
  return all.filter((p) => p.kind !== 'ALL' && p.label !== period.label && p.from >= period.from && p.to <= period.to);
}

export function periodsAround(period: Period): Period[] {
  const all = programmePeriods(PROGRAMME.lastDay);
  if (period.kind === 'ALL') return [];
  return all.filter(
    (p) => p.label !== period.label && (p.kind === 'ALL' || (p.from <= period.from && p.to >= period.to)),
  );
}
