import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { agencyName, useI18n } from '../i18n';
import { AGENCIES, useSession, type Agency } from '../session';
import { ErrorList, NotOffered, shownErrors } from '../errors';
import { authHeaders } from '../writes';
import { swedishToday } from '../form';
import { participantIdOf } from '../roles';
import { categoryName, named, PARTY_NAMES, PURPOSE_NAMES, ROLE_NAMES } from '../vocabulary';
import { typeLabel } from './intervention-types';
import { ConsentTable, consentsByAgency, useConsents } from './Consents';

const MyPlanQuery = graphql(`
  query MyPlan($id: ID!) {
    participant(id: $id) {
      id
      programme {
        withheld {
          agency
        }
        goal {
          type
          description
        }
        nextFollowUp {
          scheduledAt
          agenda
        }
      }
      jointPlan {
        items {
          intervention {
            ...PlanInterventionFields
            responsibleOfficer {
              name
              role
            }
          }
        }
        withheld {
          agency
        }
      }
      afPlanPart {
        responsibleOfficers {
          name
          role
        }
      }
      malmoPlanPart {
        responsibleOfficers {
          name
          role
        }
      }
      fkPlanPart {
        responsibleOfficers {
          name
          role
        }
      }
      regionPlanPart {
        responsibleOfficers {
          name
          role
        }
      }
      accessLogExtract {
        entries {
          ...AccessLogLine
        }
        withheld {
          agency
        }
      }
    }
  }
`);

type Item = NonNullable<
  ReturnType<typeof useMyPlan>[0]['data']
>['participant']['jointPlan']['items'][number]['intervention'];

function useMyPlan(id: string, context: { fetchOptions: RequestInit }) {
  return useQuery({ query: MyPlanQuery, variables: { id }, context, requestPolicy: 'network-only' });
}

/**
 * "Min plan": the person's own joint plan in plain words, signed in as
 * themselves. What happens now and what comes next, who their contact is
 * at each agency, the consents they have given (each can be withdrawn
 * here), and who has read their records, when and why. Written for a
 * phone first.
 */
export function MyPlanPage() {
  const { t, date, lang } = useI18n();
  const { session } = useSession();
  const id = session ? participantIdOf(session) : null;
  // The agencies log why the person asked: they read their own extract.
  const context = useMemo(
    () => ({ fetchOptions: { headers: authHeaders(session?.token ?? '', 'PARTICIPANT_EXTRACT') } }),
    [session?.token],
  );
  const [result, reexecute] = useMyPlan(id ?? '', context);
  const [consents, reexecuteConsents] = useConsents(id ?? '', context);
  const p = result.data?.participant;
  const today = swedishToday();
  const byAgency = consentsByAgency(consents.data?.participant);

  const items = p?.jointPlan.items.map((i) => i.intervention) ?? [];
  const now = items.filter(
    (i) =>
      i.status === 'ONGOING' ||
      (i.status === 'PLANNED' && (i.startDate ?? '9999') <= today && (!i.endDate || i.endDate >= today)),
  );
  const next = items
    .filter((i) => i.status === 'PLANNED' && !now.includes(i))
    .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999'));
  const contacts = (agency: Agency) => {
    // Each agency's part by name; an agency not named here shows the officers of its plan's items only.
    const parts: Partial<Record<Agency, { responsibleOfficers: Array<{ name: string; role: string }> } | null>> = {
      AF: p?.afPlanPart,
      MALMO: p?.malmoPlanPart,
      FK: p?.fkPlanPart,
      REGION: p?.regionPlanPart,
    };
    const part = parts[agency];
    const people = new Map<string, string>();
    for (const o of part?.responsibleOfficers ?? []) people.set(o.name, o.role);
    for (const i of items)
      if (i.agency === agency && i.responsibleOfficer) people.set(i.responsibleOfficer.name, i.responsibleOfficer.role);
    return [...people];
  };

  const describe = (i: Item) => {
    const parts = [
      typeLabel(i.type, lang) !== i.title ? `${i.title} (${typeLabel(i.type, lang)})` : i.title,
      t('my.at', { agency: agencyName(t, i.agency) }),
    ];
    if (i.extentPercent != null) parts.push(t('my.extent', { percent: i.extentPercent }));
    return parts.join(', ');
  };
  const period = (i: Item, upcoming: boolean) =>
    upcoming
      ? i.startDate
        ? t('my.starts', { date: date(i.startDate) })
        : t('my.notDated')
      : i.endDate
        ? t('my.until', { date: date(i.endDate) })
        : t('my.untilFurther');

  const entries = [...(p?.accessLogExtract.entries ?? [])].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <div className="my-plan">
      <h1>{t('my.title')}</h1>
      <p className="lead">{t('my.intro')}</p>
      {!id && <p role="alert">{t('my.noId')}</p>}
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {p && (
        <>
          <section className="card" aria-labelledby="my-now">
            <h2 id="my-now">{t('my.now')}</h2>
            {p.programme?.goal && (
              <p data-testid="my-goal">
                {t(p.programme.goal.type === 'WORK' ? 'my.goalWork' : 'my.goalStudies', {
                  description: p.programme.goal.description,
                })}
              </p>
            )}
            {now.length === 0 ? (
              <p>{t('my.nothingNow')}</p>
            ) : (
              <ul className="plain" data-testid="my-now-list">
                {now.map((i) => (
                  <li key={i.id}>
                    <strong>{describe(i)}</strong>. {period(i, false)}.
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="my-next">
            <h2 id="my-next">{t('my.next')}</h2>
            <ul className="plain" data-testid="my-next-list">
              {p.programme?.nextFollowUp && (
                <li>
                  <strong>{t('my.meeting', { at: date(p.programme.nextFollowUp.scheduledAt, true) })}</strong>
                  {p.programme.nextFollowUp.agenda
                    ? ` ${t('my.meetingAbout', { agenda: p.programme.nextFollowUp.agenda })}`
                    : ''}
                </li>
              )}
              {next.map((i) => (
                <li key={i.id}>
                  <strong>{describe(i)}</strong>. {period(i, true)}.
                </li>
              ))}
              {!p.programme?.nextFollowUp && next.length === 0 && <li>{t('my.nothingNext')}</li>}
            </ul>
          </section>
          <section className="card" aria-labelledby="my-contacts">
            <h2 id="my-contacts">{t('my.contacts')}</h2>
            <ul className="plain" data-testid="my-contacts-list">
              {AGENCIES.map((agency) => {
                const people = contacts(agency);
                return (
                  <li key={agency}>
                    <strong>{agencyName(t, agency)}:</strong>{' '}
                    {people.length
                      ? people.map(([name, role]) => `${name}, ${named(ROLE_NAMES, role, lang)}`).join('; ')
                      : t('my.noContact')}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
      {id && consents.data && (
        <section className="card" aria-labelledby="my-consents">
          <h2 id="my-consents">{t('my.consents')}</h2>
          <p>{t('my.consentsIntro')}</p>
          {AGENCIES.map((agency) => {
            const rows = byAgency[agency];
            return (
              <section
                key={agency}
                aria-labelledby={`my-consents-${agency}`}
                className={`agency-${agency} consent-agency`}
              >
                <h3 id={`my-consents-${agency}`}>{t('my.consentsAt', { agency: agencyName(t, agency) })}</h3>
                {rows === undefined ? (
                  <NotOffered agency={agency} />
                ) : rows ? (
                  <ConsentTable
                    plain
                    agency={agency}
                    rows={rows}
                    onWithdrawn={() => {
                      reexecuteConsents({ requestPolicy: 'network-only' });
                      reexecute({ requestPolicy: 'network-only' });
                    }}
                  />
                ) : (
                  <p className="muted">{t('my.noConsents')}</p>
                )}
              </section>
            );
          })}
        </section>
      )}
      {p && (
        <section className="card" aria-labelledby="my-log">
          <h2 id="my-log">{t('my.log')}</h2>
          <p>{t('my.logIntro')}</p>
          {entries.length === 0 ? (
            <p>{t('my.logEmpty')}</p>
          ) : (
            <ol className="log-list" data-testid="my-log-list">
              {entries.slice(0, 200).map((e, n) => (
                <li key={n}>
                  <span className="when">{date(e.at, true)}</span>{' '}
                  {t(
                    e.decision === 'GRANTED' ? (e.action === 'WRITE' ? 'my.logWrote' : 'my.logRead') : 'my.logRefused',
                    {
                      who:
                        e.organisation === 'PERSON'
                          ? t('my.you')
                          : `${named(PARTY_NAMES, e.organisation, lang)}, ${e.roles.map((r) => named(ROLE_NAMES, r, lang)).join(', ') || t('my.unknownRole')} (${e.officerId})`,
                      agency: agencyName(t, e.agency),
                      what: e.categories.map((c) => categoryName(c, lang)).join(', '),
                    },
                  )}{' '}
                  <span className="why">{t('my.logWhy', { purpose: named(PURPOSE_NAMES, e.purpose, lang) })}</span>
                </li>
              ))}
            </ol>
          )}
          {p.accessLogExtract.withheld.length > 0 && (
            <p className="notice">
              {t('my.logMissing', {
                agencies: p.accessLogExtract.withheld.map((w) => agencyName(t, w.agency)).join(', '),
              })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
