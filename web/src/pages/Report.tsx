import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { FigureTableFieldsFragment, ProgrammeReportQuery, ReportYearQuery } from '../gql/graphql';
import { agencyName, useI18n, type Lang, type MessageKey } from '../i18n';
import { PublishFiguresMutation } from '../generated/agency-operations';
import { ErrorList, shownErrors, type ShownError } from '../errors';
import { ColumnHeads } from '../table';

const ReportQuery = graphql(`
  query ProgrammeReport($period: String!) {
    programmeReport(period: $period) {
      period
      lastDay
      madeOn
      afPublication {
        ...PublicationFields
      }
      malmoPublication {
        ...PublicationFields
      }
      ongoingLevel {
        group
        average {
          value
          withheld
        }
        minimum {
          value
          withheld
        }
      }
      monthly {
        ongoingAtMonthEnd {
          ...FigureTableFields
        }
        enrolled {
          ...FigureTableFields
        }
        discharged {
          ...FigureTableFields
        }
      }
      enrolled {
        ...FigureTableFields
      }
      ongoing {
        ...FigureTableFields
      }
      discharged {
        ...FigureTableFields
      }
      timeToOutcome(by: GENDER) {
        groups {
          group
          people {
            value
            withheld
          }
          medianMonths {
            value
            withheld
          }
          within6Months {
            value
            withheld
          }
          within12Months {
            value
            withheld
          }
        }
      }
      socialAssistanceLeft {
        groups {
          group
          population {
            value
            withheld
          }
          count {
            value
            withheld
          }
          share {
            value
            withheld
          }
        }
      }
      targets {
        ...TargetFigures
        progress
        onTrack
        byGender {
          group
          value {
            value
            withheld
          }
        }
        minimum {
          value
          withheld
        }
      }
    }
  }

  fragment TargetFigures on TargetProgress {
    figure
    value {
      value
      withheld
    }
    target
    dueByToday
  }

  fragment PublicationFields on Publication {
    agency
    status
    version
    publishedOn
    publishedBy
    reason
    definitionsVersion
    hash
    dueOn
  }

  fragment FigureTableFields on FigureTable {
    period
    cols
    rows {
      label
      cells {
        value
        withheld
      }
      total {
        value
        withheld
      }
      medianMonths {
        value
        withheld
      }
    }
    colTotals {
      value
      withheld
    }
    total {
      value
      withheld
    }
  }
`);

const YearQuery = graphql(`
  query ReportYear($period: String!) {
    programmeReport(period: $period) {
      period
      discharged {
        cols
        rows {
          label
          cells {
            value
            withheld
          }
        }
        colTotals {
          value
          withheld
        }
      }
      targets {
        ...TargetFigures
      }
    }
  }
`);

/** What the page reads of each agency's answer to publishing (PublishFiguresMutation, generated). */
export const PublishedVersion = graphql(`
  fragment PublishedVersion on Publication {
    version
  }
`);

type Publication = NonNullable<Report['afPublication']>;

/** Whether each agency's figures are published, which version, and the hash; or when they will be. */
function PublicationStatus({ publications }: { publications: Publication[] }) {
  const { t, date } = useI18n();
  return (
    <ul className="publication">
      {publications.map((p) => (
        <li key={p.agency} data-status={p.status}>
          {p.status === 'PUBLISHED'
            ? t('report.status.PUBLISHED', {
                agency: agencyName(t, p.agency),
                version: p.version ?? 0,
                date: date(p.publishedOn ?? ''),
                by: t(p.publishedBy === 'AUTOMATIC' ? 'report.by.AUTOMATIC' : 'report.by.ANALYST'),
                hash: (p.hash ?? '').slice(0, 16),
              })
            : p.dueOn
              ? t('report.status.due', { agency: agencyName(t, p.agency), date: date(p.dueOn) })
              : t('report.status.PRELIMINARY', { agency: agencyName(t, p.agency) })}
          {p.reason ? ` ${t('report.status.correction', { reason: p.reason })}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Publishing a closed period (all four agencies store their own copy), or a correction with its reason. */
function PublishForm({ period, published, onDone }: { period: string; published: boolean; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [state, publish] = useMutation(PublishFiguresMutation);
  const [done, setDone] = useState<number | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await publish({ period, reason: published ? reason : null });
    if (!r.error && r.data) {
      // Each agency answers with its own copy's version; the first, in the registry's order, is shown.
      setDone(Object.values(r.data)[0]?.version ?? null);
      onDone();
    }
  }
  return (
    <form className="inline no-print" onSubmit={submit}>
      {published && (
        <>
          <label htmlFor="reason">{t('report.reason')}</label>
          <input id="reason" value={reason} onChange={(e) => setReason(e.target.value)} required autoComplete="off" />
        </>
      )}
      <button type="submit" disabled={state.fetching}>
        {t(published ? 'report.correct' : 'report.publish')}
      </button>
      {done !== null && <span role="status">{t('report.published', { version: done })}</span>}
      <ErrorList errors={shownErrors(state.error)} />
    </form>
  );
}

/** Every withheld figure of the report, counted: the reasons are in the legend above. */
function countWithheld(report: Report): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('withheld' in o && o.value === null && typeof o.withheld === 'string') n++;
      else Object.values(o).forEach(walk);
    }
  };
  walk(report);
  return n;
}

/** The programme's years (its application runs 2025–2027). */
const PROGRAMME_YEARS = ['2025', '2026', '2027'];
const SHARE_FIGURES = new Set(['SOCIAL_ASSISTANCE_LEFT']);

type Figure = {
  value?: number | null;
  withheld?: 'SMALL_CELL' | 'NO_POPULATION' | 'UNSTABLE' | 'NOT_PUBLISHED' | null;
};
type Report = ProgrammeReportQuery['programmeReport'];
type Target = Report['targets'][number];

/** Names of the row and column labels the report uses. */
const LABELS: Record<string, Record<Lang, string>> = {
  WOMAN: { sv: 'Kvinnor', en: 'Women' },
  MAN: { sv: 'Män', en: 'Men' },
  OTHER: { sv: 'Annat', en: 'Other' },
  ALL: { sv: 'Alla', en: 'All' },
  AF: { sv: 'Arbetsförmedlingen', en: 'Arbetsförmedlingen' },
  SOCIAL_SERVICES: { sv: 'Socialtjänsten', en: 'Social services' },
  FK: { sv: 'Försäkringskassan', en: 'Försäkringskassan' },
  WORK_UNSUBSIDISED: { sv: 'Arbete utan stöd', en: 'Unsubsidised work' },
  WORK_SUBSIDISED: { sv: 'Arbete med stöd', en: 'Subsidised work' },
  STUDIES: { sv: 'Studier', en: 'Studies' },
  REHAB_COOPERATION: { sv: 'Rehabiliteringssamverkan', en: 'Rehabilitation cooperation' },
  OTHER_INTERVENTION: { sv: 'Annan insats', en: 'Other intervention' },
  MOVED: { sv: 'Flyttat', en: 'Moved' },
  ENDED_OTHER: { sv: 'Avslutat av annat skäl', en: 'Ended for another reason' },
  WORK: { sv: 'Arbete (summa)', en: 'Work (total)' },
  WORK_OR_STUDIES: { sv: 'Arbete eller studier (summa)', en: 'Work or studies (total)' },
  LEFT: { sv: 'Lämnat', en: 'Left' },
  STILL_RECEIVING: { sv: 'Har kvar', en: 'Still receiving' },
  BORN_IN_EUROPE: { sv: 'Född i Europa', en: 'Born in Europe' },
  BORN_OUTSIDE_EUROPE: { sv: 'Född utanför Europa', en: 'Born outside Europe' },
};

function label(key: string, lang: Lang): string {
  return LABELS[key]?.[lang] ?? key;
}

function useFormat() {
  const { t, number } = useI18n();
  return (f: Figure | null | undefined, kind: 'count' | 'share' | 'months' = 'count'): string => {
    if (!f) return '–';
    if (f.withheld) return t(`report.withheld.${f.withheld}`);
    if (f.value == null) return '–';
    if (kind === 'share') return number(f.value, { style: 'percent', maximumFractionDigits: 0 });
    return number(f.value, { maximumFractionDigits: kind === 'months' ? 1 : 0 });
  };
}

/** A figure in a table cell: withheld ones say so in words, not only in colour. */
function Cell({
  f,
  kind = 'count',
  header = false,
}: {
  f: Figure | null | undefined;
  kind?: 'count' | 'share' | 'months';
  header?: boolean;
}) {
  const format = useFormat();
  const className = f?.withheld ? 'num withheld' : 'num';
  return header ? (
    <th scope="row" className={className}>
      {format(f, kind)}
    </th>
  ) : (
    <td className={className} data-withheld={f?.withheld ?? undefined}>
      {format(f, kind)}
    </td>
  );
}

function FigureTableView({
  table,
  caption,
  rowHead,
}: {
  table: FigureTableFieldsFragment;
  caption: string;
  rowHead?: string;
}) {
  const { t, lang } = useI18n();
  const hasMedian = table.rows.some((r) => r.medianMonths);
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="data figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHead ?? t('report.gender')}</th>
            {table.cols.map((c) => (
              <th scope="col" key={c}>
                {label(c, lang)}
              </th>
            ))}
            {table.cols.length > 1 && <th scope="col">{t('report.total')}</th>}
            {hasMedian && <th scope="col">{t('report.medianMonths')}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{label(r.label, lang)}</th>
              {r.cells.map((c, i) => (
                <Cell key={i} f={c} />
              ))}
              {table.cols.length > 1 && <Cell f={r.total} />}
              {hasMedian && <Cell f={r.medianMonths} kind="months" />}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            {table.colTotals.map((c, i) => (
              <Cell key={i} f={c} />
            ))}
            {table.cols.length > 1 && <Cell f={table.total} />}
            {hasMedian && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A target's figure written out: a share as a whole percent, a count as a whole number. */
function useTargetFigure() {
  const { number } = useI18n();
  return (figure: string, v: number) =>
    SHARE_FIGURES.has(figure)
      ? number(v, { style: 'percent', maximumFractionDigits: 0 })
      : number(v, { maximumFractionDigits: 0 });
}

/**
 * Each target as a horizontal bar: the outcome filled, a tick for what is
 * due by the day the report was made, the frame for the whole target. A
 * withheld outcome is written out instead of drawn.
 */
function TargetChart({ targets }: { targets: Target[] }) {
  const { t } = useI18n();
  const format = useFormat();
  const fmt = useTargetFigure();
  const rowH = 44;
  const labelW = 260;
  const barW = 420;
  const height = targets.length * rowH + 10;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby="targets-chart-title targets-chart-desc"
        viewBox={`0 0 ${labelW + barW + 190} ${height}`}
        width="100%"
        data-testid="chart-targets"
      >
        <title id="targets-chart-title">{t('report.targets')}</title>
        <desc id="targets-chart-desc">{`${t('report.targetsChart')} ${t('report.chartAlt')}`}</desc>
        {targets.map((x, i) => {
          const y = i * rowH + 8;
          const scale = Math.max(x.target, x.value.value ?? 0, x.dueByToday) || 1;
          const w = (v: number) => (v / scale) * barW;
          return (
            <g key={x.figure} transform={`translate(0 ${y})`}>
              <text x={labelW - 8} y={18} textAnchor="end" className="chart-label">
                {t(`target.${x.figure}`)}
              </text>
              <rect x={labelW} y={4} width={w(x.target)} height={22} className="target-frame" />
              {x.value.withheld ? (
                <text x={labelW + 6} y={20} className="withheld-text">
                  {format(x.value)}
                </text>
              ) : (
                <rect
                  x={labelW}
                  y={4}
                  width={w(x.value.value ?? 0)}
                  height={22}
                  className={x.onTrack ? 'bar-value on-track' : 'bar-value behind'}
                />
              )}
              <line x1={labelW + w(x.dueByToday)} x2={labelW + w(x.dueByToday)} y1={0} y2={30} className="due-tick" />
              <text x={labelW + barW + 10} y={20} className="chart-value">
                {`${x.value.withheld ? '–' : fmt(x.figure, x.value.value ?? 0)} / ${fmt(x.figure, x.target)}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function TargetTable({ targets }: { targets: Target[] }) {
  const { t, number } = useI18n();
  const format = useFormat();
  const fmt = useTargetFigure();
  return (
    <table className="data">
      <caption>{t('report.targets')}</caption>
      <ColumnHeads
        keys={[
          'report.figure',
          'report.value',
          'report.women',
          'report.men',
          'report.minimum',
          'report.due',
          'report.target',
          'report.progress',
          'report.onTrack',
        ]}
      />
      <tbody>
        {targets.map((x) => (
          <tr key={x.figure}>
            <th scope="row">{t(`target.${x.figure}`)}</th>
            <Cell f={x.value} kind={SHARE_FIGURES.has(x.figure) ? 'share' : 'count'} />
            {['WOMAN', 'MAN'].map((g) => (
              <Cell
                key={g}
                f={x.byGender.find((b) => b.group === g)?.value}
                kind={SHARE_FIGURES.has(x.figure) ? 'share' : 'count'}
              />
            ))}
            {x.minimum ? <Cell f={x.minimum} /> : <td className="num">–</td>}
            <td className="num">{fmt(x.figure, x.dueByToday)}</td>
            <td className="num">{fmt(x.figure, x.target)}</td>
            <td className="num">
              {x.progress == null
                ? format(x.value)
                : number(x.progress, { style: 'percent', maximumFractionDigits: 0 })}
            </td>
            <td>{x.onTrack == null ? '–' : x.onTrack ? t('report.yes') : t('report.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type YearData = ReportYearQuery['programmeReport'];
const GENDERS = ['WOMAN', 'MAN'];

/** A round step for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/** Discharged to work or studies, by year and gender, against the year's target. */
function YearGenderChart({ years }: { years: Array<{ year: string; data: YearData | undefined }> }) {
  const { t, lang, number } = useI18n();
  const format = useFormat();
  const rows = years.map(({ year, data }) => {
    const col = data ? data.discharged.cols.indexOf('WORK_OR_STUDIES') : -1;
    const byGender = GENDERS.map((g) => ({ g, f: data?.discharged.rows.find((r) => r.label === g)?.cells[col] }));
    const all = data?.discharged.colTotals[col];
    const target = data?.targets.find((x) => x.figure === 'TO_WORK_OR_STUDIES');
    return { year, byGender, all, target };
  });
  const highest = Math.max(
    1,
    ...rows.flatMap((r) => [r.target?.target ?? 0, r.all?.value ?? 0, ...r.byGender.map((x) => x.f?.value ?? 0)]),
  );
  const step = niceStep(highest / 4);
  const max = step * Math.ceil(highest / step);
  const W = 720;
  const H = 300;
  const left = 50;
  const bottom = 40;
  const plotH = H - bottom - 20;
  const groupW = (W - left) / rows.length;
  const barW = groupW / 5;
  const y = (v: number) => 20 + plotH - (v / max) * plotH;
  const series = [...GENDERS, 'ALL'];
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby="years-chart-title years-chart-desc"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        data-testid="chart-years"
      >
        <title id="years-chart-title">{t('target.TO_WORK_OR_STUDIES')}</title>
        <desc id="years-chart-desc">{t('report.chartAlt')}</desc>
        <line x1={left} x2={W} y1={y(0)} y2={y(0)} className="axis-line" />
        {Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step).map((v) => (
          <g key={v}>
            <line x1={left} x2={W} y1={y(v)} y2={y(v)} className="grid-line" />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" className="chart-axis">
              {number(v)}
            </text>
          </g>
        ))}
        {rows.map((r, gi) => {
          const x0 = left + gi * groupW + barW / 2;
          const figures = [...r.byGender.map((x) => x.f), r.all];
          return (
            <g key={r.year}>
              {figures.map((f, si) => {
                const x = x0 + si * barW * 1.2;
                const s = series[si]!;
                return f?.withheld || f?.value == null ? (
                  <text
                    key={s}
                    x={x + barW / 2 + 4}
                    y={y(0) - 6}
                    textAnchor="start"
                    className="withheld-text vertical"
                    transform={`rotate(-90 ${x + barW / 2 + 4} ${y(0) - 6})`}
                  >
                    {format(f)}
                  </text>
                ) : (
                  <rect key={s} x={x} y={y(f.value)} width={barW} height={y(0) - y(f.value)} className={`series-${s}`}>
                    <title>{`${r.year}, ${label(s, lang)}: ${format(f)}`}</title>
                  </rect>
                );
              })}
              {r.target && (
                <line
                  x1={x0 - barW * 0.2}
                  x2={x0 + barW * 3.8}
                  y1={y(r.target.target)}
                  y2={y(r.target.target)}
                  className="target-line"
                >
                  <title>{`${t('report.target')} ${r.year}: ${number(r.target.target)}`}</title>
                </line>
              )}
              <text x={x0 + barW * 1.8} y={H - 18} textAnchor="middle" className="chart-axis">
                {r.year}
              </text>
            </g>
          );
        })}
        <g className="legend" transform={`translate(${left} ${H - 4})`}>
          {series.map((s, i) => (
            <g key={s} transform={`translate(${i * 120} 0)`}>
              <rect x={0} y={-10} width={10} height={10} className={`series-${s}`} />
              <text x={14} y={0} className="chart-axis">
                {label(s, lang)}
              </text>
            </g>
          ))}
          <g transform={`translate(${series.length * 120} 0)`}>
            <line x1={0} x2={16} y1={-5} y2={-5} className="target-line" />
            <text x={20} y={0} className="chart-axis">
              {t('report.target')}
            </text>
          </g>
        </g>
      </svg>
      <table className="data">
        <caption>{t('report.byGender', { table: t('target.TO_WORK_OR_STUDIES') })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.period')}</th>
            {series.map((s) => (
              <th scope="col" key={s}>
                {label(s, lang)}
              </th>
            ))}
            <th scope="col">{t('report.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              {r.byGender.map((x) => (
                <Cell key={x.g} f={x.f} />
              ))}
              <Cell f={r.all} />
              <td className="num">{r.target ? number(r.target.target) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function useYear(year: string) {
  const [result] = useQuery({ query: YearQuery, variables: { period: year } });
  return { year, data: result.data?.programmeReport, error: result.error };
}

function YearsSection() {
  const { t } = useI18n();
  // A fixed number of hooks: one per programme year.
  const years = [useYear(PROGRAMME_YEARS[0]!), useYear(PROGRAMME_YEARS[1]!), useYear(PROGRAMME_YEARS[2]!)];
  const errors = years.flatMap((y) => shownErrors(y.error));
  return (
    <section aria-labelledby="years-title" className="card">
      <h2 id="years-title">{`${t('target.TO_WORK_OR_STUDIES')}: ${t('report.byGender', { table: t('report.targets').toLowerCase() })}`}</h2>
      <ErrorList errors={errors} />
      <YearGenderChart years={years} />
    </section>
  );
}

function defaultPeriod(): string {
  const year = new Date().getFullYear();
  return String(
    Math.min(Math.max(year, Number(PROGRAMME_YEARS[0])), Number(PROGRAMME_YEARS[PROGRAMME_YEARS.length - 1])),
  );
}

/** A failed download, with the server's code and message. */
class DownloadError extends Error {
  constructor(readonly shown: ShownError) {
    super(shown.message);
  }
}

async function download(token: string, period: string, kind: 'csv' | 'xlsx'): Promise<void> {
  const res = await fetch(`/report.${kind}?period=${encodeURIComponent(period)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    let error: ShownError = { code: `HTTP_${res.status}`, message: res.statusText };
    try {
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const first = body.errors?.[0];
      if (first) error = { code: first.extensions?.code ?? error.code, message: first.message };
    } catch {
      // not JSON: keep the status
    }
    throw new DownloadError(error);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `malmokraften-rapport-${period}.${kind}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The programme report for analysts: targets, outcomes by year and gender, the protected tables, CSV. */
export function Report({ token }: { token: string }) {
  const { t, date, lang } = useI18n();
  const [input, setInput] = useState(defaultPeriod);
  const [period, setPeriod] = useState(defaultPeriod);
  const [csvErrors, setCsvErrors] = useState<ShownError[]>([]);
  const [result, refetch] = useQuery({ query: ReportQuery, variables: { period } });
  const report = result.data?.programmeReport;
  const today = new Date().toISOString().slice(0, 10);

  function submit(e: FormEvent) {
    e.preventDefault();
    setPeriod(input.trim());
  }

  async function save(kind: 'csv' | 'xlsx') {
    setCsvErrors([]);
    try {
      await download(token, period, kind);
    } catch (err) {
      setCsvErrors([
        err instanceof DownloadError
          ? err.shown
          : { code: 'NETWORK', message: err instanceof Error ? err.message : String(err) },
      ]);
    }
  }

  const tableNames: Array<['enrolled' | 'ongoing' | 'discharged', MessageKey]> = [
    ['enrolled', 'report.table.enrolled'],
    ['ongoing', 'report.table.ongoing'],
    ['discharged', 'report.table.discharged'],
  ];

  return (
    <>
      <h1>{t('report.title')}</h1>
      <form className="inline" onSubmit={submit}>
        <label htmlFor="period">{t('report.period')}</label>
        <input
          id="period"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          aria-describedby="period-help"
          autoComplete="off"
        />
        <button type="submit">{t('report.show')}</button>
        <button type="button" onClick={() => void save('csv')} disabled={!report}>
          {t('report.csv')}
        </button>
        <button type="button" onClick={() => void save('xlsx')} disabled={!report}>
          {t('report.xlsx')}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!report}>
          {t('report.print')}
        </button>
        <span id="period-help" className="help">
          {t('report.periodHelp')}
        </span>
      </form>
      <ErrorList errors={csvErrors} title={t('report.csvFailed', { message: '' })} />
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      <p className="help">{t('report.withheldNote')}</p>
      {report && (
        <>
          <p>{t('report.madeOn', { date: date(report.madeOn) })}</p>
          <p>{t('report.produced', { date: date(today), version: report.afPublication.definitionsVersion })}</p>
          <PublicationStatus publications={[report.afPublication, report.malmoPublication]} />
          {/* Closed on the servers' day: the figures were made after its last day. */}
          {report.lastDay < report.madeOn && (
            <PublishForm
              period={report.period}
              published={report.afPublication.status === 'PUBLISHED'}
              onDone={() => refetch({ requestPolicy: 'network-only' })}
            />
          )}
          <p className="help">{t('report.withheldCount', { count: countWithheld(report) })}</p>
          <section aria-labelledby="targets-title" className="card">
            <h2 id="targets-title">{`${t('report.targets')}, ${report.period}`}</h2>
            <TargetChart targets={report.targets} />
            <TargetTable targets={report.targets} />
          </section>
        </>
      )}
      <YearsSection />
      {report && (
        <section aria-labelledby="tables-title" className="card">
          <h2 id="tables-title">{t('report.tables')}</h2>
          {tableNames.map(([key, name]) => (
            <FigureTableView key={key} table={report[key]} caption={`${t(name)}, ${report.period}`} />
          ))}
          <table className="data">
            <caption>{`${t('report.level')}, ${report.period}`}</caption>
            <ColumnHeads keys={['report.gender', 'report.average', 'report.minimum']} />
            <tbody>
              {report.ongoingLevel.map((l) => (
                <tr key={l.group}>
                  <th scope="row">{label(l.group, lang)}</th>
                  <Cell f={l.average} />
                  <Cell f={l.minimum} />
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('report.monthly')}</h3>
          <FigureTableView
            table={report.monthly.ongoingAtMonthEnd}
            caption={`${t('report.monthEnd')}, ${report.period}`}
            rowHead={t('report.month')}
          />
          <FigureTableView
            table={report.monthly.enrolled}
            caption={`${t('report.table.enrolled')}, ${report.period}`}
            rowHead={t('report.month')}
          />
          <FigureTableView
            table={report.monthly.discharged}
            caption={`${t('report.table.discharged')}, ${report.period}`}
            rowHead={t('report.month')}
          />
          {report.socialAssistanceLeft && (
            <table className="data">
              <caption>{`${t('report.socialAssistance')}, ${report.period}`}</caption>
              <ColumnHeads
                keys={['report.group', 'report.table.discharged', 'report.socialAssistance', 'report.share']}
              />
              <tbody>
                {report.socialAssistanceLeft.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row">{label(g.group, lang)}</th>
                    <Cell f={g.population} />
                    <Cell f={g.count} />
                    <Cell f={g.share} kind="share" />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table className="data">
            <caption>{`${t('target.TO_WORK_OR_STUDIES')}: ${t('report.median')}, ${report.period}`}</caption>
            <ColumnHeads
              keys={['report.group', 'report.value', 'report.medianMonths', 'report.within6', 'report.within12']}
            />
            <tbody>
              {report.timeToOutcome.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{label(g.group, lang)}</th>
                  <Cell f={g.people} />
                  <Cell f={g.medianMonths} kind="months" />
                  <Cell f={g.within6Months} kind="share" />
                  <Cell f={g.within12Months} kind="share" />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
