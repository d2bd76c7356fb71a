import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql, type DocumentType } from '../gql';
import { agencyName, useI18n } from '../i18n';
import { href, navigate, type AuditFilters } from '../router';
import { useSession, type Agency } from '../session';
import { ErrorList, NotOffered, shownErrors } from '../errors';
import { Field, swedishToday } from '../form';
import { authHeaders } from '../writes';
import { AUDIT_REVIEW } from '../generated/agency-operations';
import { named, PURPOSE_NAMES_STAFF, ROLE_NAMES } from '../vocabulary';
import { ColumnHeads } from '../table';

/** What the log review shows, the same for every agency: its flagged accesses and officers who touched many people. */
export const AuditReviewFields = graphql(`
  fragment AuditReviewFields on AuditReview {
    agency
    outsideTeam {
      ...AccessLogLine
      requestId
    }
    outsideOfficeHours {
      ...AccessLogLine
      requestId
    }
    unusuallyMany {
      officerId
      windowStart
      windowEnd
      participants
    }
  }
`);
/**
 * Each agency's log review, by the query its schema serves
 * (`<key>AuditReview`, written by `npm run registry` into
 * generated/agency-operations.ts with the fragment above); an agency whose
 * schema does not serve it is absent, shown as not offered.
 */
type ReviewQuery = NonNullable<(typeof AUDIT_REVIEW)[Agency]>;

type Entry = DocumentType<typeof AuditReviewFields>['outsideTeam'][number];

/** The day before `day` (YYYY-MM-DD), counted on the calendar. */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Midnight at the start of a Swedish day, as an instant. */
function swedishMidnight(day: string): string {
  // Sweden is UTC+1 or +2: find the offset that makes the instant's Swedish date `day` at 00:00.
  for (const offset of [1, 2]) {
    const at = new Date(`${day}T00:00:00+0${offset}:00`);
    const hour = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(at);
    if (hour === '00') return at.toISOString();
  }
  return new Date(`${day}T00:00:00Z`).toISOString();
}

/**
 * Log review (loggkontroll) for an agency's auditors: its review of the
 * audit log for a period, filtered by officer, by accesses outside the
 * person's team and outside office hours. Each entry links to its request
 * id: the view of everything the review found from that request, and the
 * id every log line of the request carries.
 */
export function AuditReviewPage({ agency, filters }: { agency: Agency; filters: AuditFilters }) {
  const { t } = useI18n();
  const query = AUDIT_REVIEW[agency];
  if (query) return <Review agency={agency} filters={filters} query={query} />;
  return (
    <>
      <h1>{t('audit.title', { agency: agencyName(t, agency) })}</h1>
      <NotOffered agency={agency} />
    </>
  );
}

function Review({ agency, filters, query }: { agency: Agency; filters: AuditFilters; query: ReviewQuery }) {
  const { t, date, lang } = useI18n();
  const { session } = useSession();
  const today = swedishToday();
  const from = filters.from ?? daysBefore(today, 7);
  const to = filters.to ?? today;
  const showTeam = filters.team !== '0';
  const showHours = filters.hours !== '0';
  const context = useMemo(
    () => ({ fetchOptions: { headers: authHeaders(session?.token ?? '', 'AUDIT') } }),
    [session?.token],
  );
  const variables = { from: swedishMidnight(from), to: swedishMidnight(daysBefore(to, -1)) };
  const [result] = useQuery({
    query,
    variables,
    context,
    requestPolicy: 'network-only',
    pause: !(from <= to),
  });
  const review = result.data?.review;

  // The form edits a copy; submitting puts the filters in the address, so a view can be linked to.
  const [draft, setDraft] = useState({ from, to, officer: filters.officer ?? '', team: showTeam, hours: showHours });
  function submit(e: FormEvent) {
    e.preventDefault();
    navigate({
      page: 'audit',
      filters: {
        from: draft.from,
        to: draft.to,
        officer: draft.officer.trim() || undefined,
        team: draft.team ? undefined : '0',
        hours: draft.hours ? undefined : '0',
      },
    });
  }

  const rows = useMemo(() => {
    if (!review) return [];
    const byKey = new Map<string, { entry: Entry; reasons: Set<'team' | 'hours'> }>();
    const add = (list: Entry[], reason: 'team' | 'hours') => {
      for (const e of list) {
        const key = `${e.at}|${e.officerId}|${e.requestId ?? ''}|${e.categories.join(',')}|${e.decision}`;
        const row = byKey.get(key) ?? { entry: e, reasons: new Set() };
        row.reasons.add(reason);
        byKey.set(key, row);
      }
    };
    if (showTeam) add(review.outsideTeam, 'team');
    if (showHours) add(review.outsideOfficeHours, 'hours');
    const officer = filters.officer?.toLowerCase();
    return [...byKey.values()]
      .filter((r) => !officer || r.entry.officerId.toLowerCase().includes(officer))
      .filter((r) => !filters.request || r.entry.requestId === filters.request)
      .sort((a, b) => b.entry.at.localeCompare(a.entry.at));
  }, [review, showTeam, showHours, filters.officer, filters.request]);

  const F = 'audit';
  const link = (f: AuditFilters) => href({ page: 'audit', filters: { ...filters, ...f } });
  return (
    <>
      <h1>{t('audit.title', { agency: agencyName(t, agency) })}</h1>
      <p className="help">{t('audit.intro')}</p>
      <form className="card record" onSubmit={submit} aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">{t('audit.filters')}</h2>
        <div className="fields">
          <Field label={t('audit.from')} errors={[]} form={F} field="from">
            <input
              id={`${F}-from`}
              type="date"
              value={draft.from}
              max={draft.to}
              onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
            />
          </Field>
          <Field label={t('audit.to')} errors={[]} form={F} field="to">
            <input
              id={`${F}-to`}
              type="date"
              value={draft.to}
              min={draft.from}
              onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
            />
          </Field>
          <Field label={t('audit.officer')} errors={[]} form={F} field="officer">
            <input
              id={`${F}-officer`}
              value={draft.officer}
              autoComplete="off"
              onChange={(e) => setDraft((d) => ({ ...d, officer: e.target.value }))}
            />
          </Field>
        </div>
        <fieldset className="checks">
          <legend>{t('audit.show')}</legend>
          <span className="check">
            <input
              type="checkbox"
              id={`${F}-team`}
              checked={draft.team}
              onChange={(e) => setDraft((d) => ({ ...d, team: e.target.checked }))}
            />{' '}
            <label htmlFor={`${F}-team`}>{t('audit.outsideTeam')}</label>
          </span>
          <span className="check">
            <input
              type="checkbox"
              id={`${F}-hours`}
              checked={draft.hours}
              onChange={(e) => setDraft((d) => ({ ...d, hours: e.target.checked }))}
            />{' '}
            <label htmlFor={`${F}-hours`}>{t('audit.outsideHours')}</label>
          </span>
        </fieldset>
        <button type="submit">{t('audit.submit')}</button>
      </form>
      {!(from <= to) && <p role="alert">{t('audit.badPeriod')}</p>}
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {filters.request && (
        <p className="notice" data-testid="request-filter">
          {t('audit.onlyRequest', { id: filters.request })}{' '}
          <a href={link({ request: undefined })}>{t('audit.allRequests')}</a>
        </p>
      )}
      {review && (
        <section className="card" aria-labelledby="audit-entries-title">
          <h2 id="audit-entries-title">{t('audit.entries', { count: rows.length, from: date(from), to: date(to) })}</h2>
          {rows.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data" data-testid="audit-entries">
                <ColumnHeads
                  keys={[
                    'audit.at',
                    'audit.officer',
                    'audit.what',
                    'audit.decision',
                    'audit.why',
                    'audit.flag',
                    'audit.request',
                  ]}
                />
                <tbody>
                  {rows.map(({ entry: e, reasons }, n) => (
                    <tr key={n} data-request={e.requestId ?? ''}>
                      <td>{date(e.at, true)}</td>
                      <th scope="row">
                        <a href={link({ officer: e.officerId, request: undefined })}>{e.officerId}</a>
                        <span className="muted">{` (${e.organisation}, ${e.roles.map((r) => named(ROLE_NAMES, r, lang)).join(', ') || t('audit.noRole')})`}</span>
                      </th>
                      <td>{`${e.action === 'WRITE' ? t('audit.write') : t('audit.read')}: ${e.categories.join(', ')}`}</td>
                      <td>
                        {t(
                          `audit.decision.${e.decision === 'GRANTED' ? 'GRANTED' : e.decision === 'DENIED' ? 'DENIED' : 'WITHHELD'}`,
                        )}
                      </td>
                      <td>{named(PURPOSE_NAMES_STAFF, e.purpose, lang)}</td>
                      <td>
                        {[...reasons].map((r) => t(r === 'team' ? 'audit.flag.team' : 'audit.flag.hours')).join(', ')}
                      </td>
                      <td>
                        {e.requestId ? (
                          <a
                            href={link({ request: e.requestId })}
                            aria-label={t('audit.requestLink', { id: e.requestId })}
                          >
                            <code>{e.requestId}</code>
                          </a>
                        ) : (
                          ''
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('audit.many')}</h3>
          {review.unusuallyMany.length === 0 ? (
            <p>{t('audit.manyNone')}</p>
          ) : (
            <table className="data" data-testid="audit-many">
              <ColumnHeads keys={['audit.officer', 'audit.window', 'audit.people']} />
              <tbody>
                {review.unusuallyMany
                  .filter((f) => !filters.officer || f.officerId.toLowerCase().includes(filters.officer.toLowerCase()))
                  .map((f, n) => (
                    <tr key={n}>
                      <th scope="row">
                        <a href={link({ officer: f.officerId, request: undefined })}>{f.officerId}</a>
                      </th>
                      <td>{`${date(f.windowStart, true)} – ${date(f.windowEnd, true)}`}</td>
                      <td>{f.participants}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
