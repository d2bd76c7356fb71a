import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { agencyName, useI18n } from '../i18n';
import type { Persona } from '../session';
import { ErrorList, shownErrors } from '../errors';
import { href, navigate } from '../router';
import { ColumnHeads } from '../table';

const CaseloadQuery = graphql(`
  query Caseload($team: ID!) {
    team(id: $team) {
      id
      name
      capacity
      ongoingCases
      caseload(first: 500) {
        id
        name
        programme {
          status
          enrolledOn
          nextFollowUp {
            scheduledAt
          }
        }
      }
    }
  }
`);

const FollowUpsDueQuery = graphql(`
  query PlacementFollowUpsDue($team: ID!) {
    team(id: $team) {
      id
      placementFollowUpsDue {
        items {
          agency
          participantId
          matchId
          followUpId
          point
          dueOn
          opportunityTitle
          employerName
        }
        unavailable {
          agency
        }
      }
    }
  }
`);

/** The placements on the team that need a follow-up this week (and overdue ones), each linking to the person's employer work. */
function FollowUpsDue({ team }: { team: string }) {
  const { t, date } = useI18n();
  // Recorded elsewhere in the app (the person's page): shown from the cache at once and fetched again each time.
  const [result] = useQuery({ query: FollowUpsDueQuery, variables: { team }, requestPolicy: 'cache-and-network' });
  const due = result.data?.team?.placementFollowUpsDue;
  return (
    <section aria-labelledby="due-title" className="card">
      <h2 id="due-title">{t('ew.due')}</h2>
      <ErrorList errors={shownErrors(result.error)} />
      {due?.unavailable.map((u) => (
        <p key={u.agency} className="notice">
          {t('ew.dueUnavailable', { agency: agencyName(t, u.agency) })}
        </p>
      ))}
      {due && due.items.length === 0 && <p className="muted">{t('ew.dueNone')}</p>}
      {due && due.items.length > 0 && (
        <div className="table-scroll">
          <table className="data" data-testid="follow-ups-due">
            <ColumnHeads
              keys={['caseload.participant', 'ew.point', 'ew.dueOn', 'ew.opportunity', 'ew.employer', 'ew.agency']}
            />
            <tbody>
              {due.items.map((d) => (
                <tr key={d.followUpId}>
                  <th scope="row">
                    <a
                      href={href({ page: 'work', id: d.participantId })}
                      aria-label={t('ew.dueOpen', { id: d.participantId })}
                    >
                      {d.participantId}
                    </a>
                  </th>
                  <td>{t(`point.${d.point}`)}</td>
                  <td>{date(d.dueOn)}</td>
                  <td>{d.opportunityTitle}</td>
                  <td>{d.employerName}</td>
                  <td>{agencyName(t, d.agency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OpenParticipant() {
  const { t } = useI18n();
  const [id, setId] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (id.trim()) navigate({ page: 'plan', id: id.trim().toUpperCase() });
  }
  return (
    <form className="inline" onSubmit={submit} aria-labelledby="open-title">
      <h2 id="open-title">{t('caseload.open')}</h2>
      <label htmlFor="open-id">{t('caseload.openId')}</label>
      <input
        id="open-id"
        value={id}
        onChange={(e) => setId(e.target.value)}
        placeholder="P-DEMO0001"
        autoComplete="off"
      />
      <button type="submit">{t('caseload.openSubmit')}</button>
    </form>
  );
}

/** The caller's team's ongoing participants, with status and next follow-up. */
export function Caseload({ persona }: { persona: Persona }) {
  const { t, date } = useI18n();
  const [team, setTeam] = useState(persona.teams[0] ?? '');
  const [result] = useQuery({ query: CaseloadQuery, variables: { team }, pause: !team });
  const data = result.data?.team;

  return (
    <>
      <h1>{t('caseload.title')}</h1>
      <OpenParticipant />
      {!team && <p>{t('caseload.noTeam')}</p>}
      {persona.teams.length > 1 && (
        <p>
          <label htmlFor="team">{t('caseload.team')}</label>{' '}
          <select id="team" value={team} onChange={(e) => setTeam(e.target.value)}>
            {persona.teams.map((id) => (
              <option key={id}>{id}</option>
            ))}
          </select>
        </p>
      )}
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {team && <FollowUpsDue key={team} team={team} />}
      {data && (
        <section aria-labelledby="caseload-table">
          <h2 id="caseload-table">
            {t('caseload.summary', { name: data.name, ongoing: data.ongoingCases, capacity: data.capacity })}
          </h2>
          {data.caseload.length === 0 ? (
            <p>{t('caseload.empty')}</p>
          ) : (
            <table className="data" data-testid="caseload">
              <ColumnHeads
                keys={[
                  'caseload.participant',
                  'caseload.name',
                  'caseload.status',
                  'caseload.enrolled',
                  'caseload.nextFollowUp',
                ]}
              />
              <tbody>
                {data.caseload.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <a href={href({ page: 'plan', id: p.id })}>{p.id}</a>
                    </th>
                    <td>{p.name ?? <span className="muted">{t('caseload.hidden')}</span>}</td>
                    <td>
                      {p.programme?.status ? (
                        t(`status.${p.programme.status}`)
                      ) : (
                        <span className="muted">{t('caseload.hidden')}</span>
                      )}
                    </td>
                    <td>{p.programme?.enrolledOn ? date(p.programme.enrolledOn) : ''}</td>
                    <td>
                      {p.programme?.nextFollowUp ? (
                        date(p.programme.nextFollowUp.scheduledAt, true)
                      ) : (
                        <span className="muted">{t('caseload.none')}</span>
                      )}
                    </td>
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
