import { agencyName, type Translate, useI18n } from '../i18n';
import { AGENCIES, type Agency } from '../session';
import { typeLabel } from './intervention-types';
import { ColumnHeads } from '../table';

export interface TimelineIntervention {
  id: string;
  agency: Agency;
  type: string;
  title: string;
  status: 'PLANNED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED';
  startDate?: string | null;
  endDate?: string | null;
  extentPercent?: number | null;
  responsibleOfficer?: { name: string; role: string } | null;
}

export interface TimelineItem {
  intervention: TimelineIntervention;
  /** Other agencies' interventions at the same time: how many, and the first few of them (the API gives at most 10 ids). */
  parallel: { count: number; ids: string[] };
}

export interface TimelineNotice {
  agency: Agency;
  code: string;
  message: string;
}

const DAY = 86_400_000;

function toDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Placed {
  item: TimelineItem;
  start: number;
  /** Exclusive end: the day after the last day, or the axis end when open. */
  end: number;
  open: boolean;
  row: number;
}

/** The axis: from the first month any intervention starts to the end of the month the last one ends (or today). */
function axis(items: TimelineItem[]): { from: number; to: number } | null {
  const days: number[] = [];
  for (const { intervention: i } of items) {
    if (i.startDate) days.push(toDay(i.startDate));
    if (i.endDate) days.push(toDay(i.endDate));
  }
  if (!days.length) return null;
  days.push(toDay(todayIso()));
  const min = new Date(Math.min(...days));
  const max = new Date(Math.max(...days));
  // Open-ended interventions get three months beyond the last date, so they show as running on.
  const open = items.some((x) => x.intervention.startDate && !x.intervention.endDate);
  return {
    from: Date.UTC(min.getUTCFullYear(), min.getUTCMonth(), 1),
    to: Date.UTC(max.getUTCFullYear(), max.getUTCMonth() + (open ? 4 : 1), 1),
  };
}

/** Places a lane's dated interventions in rows so that none overlaps another in the same row. */
function place(items: TimelineItem[], to: number): Placed[] {
  const dated = items
    .filter((x) => x.intervention.startDate || x.intervention.endDate)
    .map((item) => {
      const i = item.intervention;
      const start = toDay((i.startDate ?? i.endDate)!);
      const open = !i.endDate;
      return { item, start, end: open ? to : toDay(i.endDate!) + DAY, open, row: 0 };
    })
    .sort((a, b) => a.start - b.start);
  const rowEnds: number[] = [];
  for (const p of dated) {
    let row = rowEnds.findIndex((end) => end <= p.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = p.end;
    p.row = row;
  }
  return dated;
}

function ticks(from: number, to: number): number[] {
  const months = Math.round((to - from) / (30.44 * DAY));
  const step = months > 36 ? 12 : months > 12 ? 3 : 1;
  const out: number[] = [];
  const d = new Date(from);
  for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m += step) {
    const t = Date.UTC(y, m, 1);
    if (t >= to) break;
    out.push(t);
  }
  return out;
}

function periodText(i: TimelineIntervention, t: Translate, date: (iso: string) => string): string {
  const start = i.startDate ? date(i.startDate) : '?';
  const end = i.endDate ? date(i.endDate) : t('plan.openEnded');
  return `${start} – ${end}`;
}

/**
 * The joint plan as one lane per agency. A bar runs from an intervention's
 * start to its end; an open-ended one runs to the end of the axis. Bars that
 * overlap another agency's intervention are hatched and say so in text.
 */
export function Timeline({
  items,
  withheld,
  itemCount,
}: {
  items: TimelineItem[];
  withheld: TimelineNotice[];
  itemCount?: number | null;
}) {
  const { t, date, lang } = useI18n();
  const range = axis(items);
  const today = toDay(todayIso());
  const pct = (day: number) => (range ? ((day - range.from) / (range.to - range.from)) * 100 : 0);
  const monthFormat = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const byId = new Map(items.map((x) => [x.intervention.id, x.intervention]));

  return (
    <div className="timeline">
      <p id="timeline-help" className="help">
        {t('plan.timelineHelp')}
      </p>
      {itemCount != null && itemCount > items.length && (
        <p className="notice" role="status" data-testid="plan-partial">
          {t('plan.partial', { shown: items.length, count: itemCount })}
        </p>
      )}
      {range && (
        <div className="axis" aria-hidden="true">
          {ticks(range.from, range.to).map((tick) => (
            <span key={tick} className="tick" style={{ left: `${pct(tick)}%` }}>
              {monthFormat.format(new Date(tick))}
            </span>
          ))}
        </div>
      )}
      {AGENCIES.map((agency) => {
        const notice = withheld.find((w) => w.agency === agency);
        const own = items.filter((x) => x.intervention.agency === agency);
        const placed = range ? place(own, range.to) : [];
        const undated = own.filter((x) => !x.intervention.startDate && !x.intervention.endDate);
        const rows = Math.max(1, ...placed.map((p) => p.row + 1));
        const titleId = `lane-${agency}-title`;
        return (
          <section
            key={agency}
            className={`lane agency-${agency}${notice ? ' withheld' : ''}`}
            aria-labelledby={titleId}
            data-testid={`lane-${agency}`}
            data-agency={agency}
          >
            <h3 id={titleId}>{agencyName(t, agency)}</h3>
            {notice ? (
              <p className="notice" data-testid="withheld-notice">
                <strong>{t('plan.withheld')}:</strong> {notice.message}
              </p>
            ) : own.length === 0 ? (
              <p className="muted">{t('plan.noInterventions')}</p>
            ) : (
              <>
                {placed.length > 0 && (
                  <div className="track" style={{ height: `${rows * 2.6}rem` }}>
                    {range && today >= range.from && today < range.to && (
                      <span
                        className="today"
                        style={{ left: `${pct(today)}%` }}
                        title={t('plan.today')}
                        aria-hidden="true"
                      />
                    )}
                    <ol className="bars" aria-describedby="timeline-help">
                      {placed.map((p) => {
                        const i = p.item.intervention;
                        const parallel = p.item.parallel.count;
                        return (
                          <li
                            key={i.id}
                            className={`bar status-${i.status}${parallel ? ' parallel' : ''}${p.open ? ' open' : ''}`}
                            data-testid="intervention"
                            data-parallel={parallel > 0 ? 'true' : 'false'}
                            style={{
                              left: `${pct(p.start)}%`,
                              width: `${Math.max(pct(p.end) - pct(p.start), 1.5)}%`,
                              top: `${p.row * 2.6}rem`,
                            }}
                            title={`${i.title} (${typeLabel(i.type, lang)}), ${periodText(i, t, date)}`}
                          >
                            <span className="bar-title">{i.title}</span>
                            <span className="sr-only">{`, ${typeLabel(i.type, lang)}, ${t(`istatus.${i.status}`)}, ${periodText(i, t, date)}`}</span>
                            {parallel > 0 && (
                              <span className="badge">{`∥ ${t('plan.parallel', { count: parallel })}`}</span>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                  </div>
                )}
                {undated.length > 0 && (
                  <div className="undated">
                    <h4>{t('plan.undated')}</h4>
                    <ul>
                      {undated.map((x) => (
                        <li key={x.intervention.id} data-testid="intervention">
                          {x.intervention.title} ({t(`istatus.${x.intervention.status}`)})
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )}
          </section>
        );
      })}
      <details className="as-table">
        <summary>{t('plan.asTable')}</summary>
        <table className="data">
          <ColumnHeads
            keys={[
              'plan.agency',
              'plan.intervention',
              'form.status',
              'plan.period',
              'plan.extent',
              'plan.officer',
              'plan.parallelWith',
            ]}
          />
          <tbody>
            {items.map(({ intervention: i, parallel }) => (
              <tr key={i.id}>
                <td>{agencyName(t, i.agency)}</td>
                <th scope="row">
                  {i.title} <span className="muted">({typeLabel(i.type, lang)})</span>
                </th>
                <td>{t(`istatus.${i.status}`)}</td>
                <td>{periodText(i, t, date)}</td>
                <td>{i.extentPercent == null ? '' : `${i.extentPercent} %`}</td>
                <td>{i.responsibleOfficer ? `${i.responsibleOfficer.name} (${i.responsibleOfficer.role})` : ''}</td>
                <td>
                  {[
                    ...parallel.ids
                      .map((id) => byId.get(id))
                      .filter((x): x is TimelineIntervention => !!x)
                      .map((x) => `${x.title} (${x.agency})`),
                    ...(parallel.count > parallel.ids.length
                      ? [t('plan.moreParallel', { count: parallel.count - parallel.ids.length })]
                      : []),
                  ].join(', ')}
                </td>
              </tr>
            ))}
            {withheld.map((w) => (
              <tr key={`w-${w.agency}`}>
                <td>{agencyName(t, w.agency)}</td>
                <td colSpan={6}>
                  {t('plan.withheld')}: {w.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
