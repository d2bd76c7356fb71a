import { useQuery } from 'urql';
import { graphql } from '../gql';
import { agencyName, useI18n } from '../i18n';
import { isAgency, type Persona } from '../session';
import { ErrorList, shownErrors } from '../errors';
import { href } from '../router';
import { Timeline } from './Timeline';
import { InterventionForm } from './InterventionForm';
import { caseAgency } from '../roles';
import { typeLabel } from './intervention-types';

const PlanQuery = graphql(`
  query Plan($id: ID!) {
    participant(id: $id) {
      id
      name
      programme {
        withheld {
          agency
          message
        }
        status
        team {
          id
          name
        }
        goal {
          type
          description
        }
        nextFollowUp {
          scheduledAt
        }
      }
      jointPlan {
        items {
          intervention {
            ...PlanInterventionFields
            version
            responsibleOfficer {
              name
              role
            }
          }
          parallel {
            count
            ids
          }
        }
        itemCount
        withheld {
          agency
          code
          message
        }
      }
    }
  }
`);

/** Roles that record interventions in their agency's part of the plan. */
const RECORDING_ROLES = new Set([
  'ARBETSFORMEDLARE',
  'SIUS_KONSULENT',
  'SOCIALSEKRETERARE',
  'ARBETSMARKNADSSEKRETERARE',
  'STUDIE_OCH_YRKESVAGLEDARE',
  'FORSAKRINGSUTREDARE',
  'VARDSAMORDNARE',
]);

/** The link back to the person's plan, at the top of each page that works on a part of it. */
export function BackToPlan({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <p>
      <a href={href({ page: 'plan', id })}>← {t('work.backToPlan')}</a>
    </p>
  );
}

/** A participant's joint plan: programme facts, the timeline, and recording an intervention. */
export function Plan({ id, persona }: { id: string; persona: Persona }) {
  const { t, date, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: PlanQuery, variables: { id } });
  const p = result.data?.participant;
  const programme = p?.programme;
  const canRecord = isAgency(persona.org) && persona.roles.some((r) => RECORDING_ROLES.has(r));
  const own = caseAgency(persona);
  const mine = p ? p.jointPlan.items.map((i) => i.intervention).filter((i) => i.agency === own) : [];

  return (
    <>
      <p>
        <a href={href({ page: 'caseload' })}>← {t('plan.back')}</a>
      </p>
      <h1>
        {t('plan.title', { id })}
        {p?.name ? `: ${p.name}` : ''}
      </h1>
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {p && programme && (
        <section aria-labelledby="programme-title" className="card">
          <h2 id="programme-title">{t('plan.programme')}</h2>
          {programme.withheld ? (
            <p className="notice">
              <strong>{t('plan.withheld')}:</strong> {programme.withheld.message}
            </p>
          ) : (
            <dl className="facts">
              {programme.status && (
                <>
                  <dt>{t('caseload.status')}</dt>
                  <dd>{t(`status.${programme.status}`)}</dd>
                </>
              )}
              {programme.team && (
                <>
                  <dt>{t('plan.team')}</dt>
                  <dd>{`${programme.team.id}, ${programme.team.name}`}</dd>
                </>
              )}
              {programme.goal && (
                <>
                  <dt>{t('plan.goal')}</dt>
                  <dd>{programme.goal.description}</dd>
                </>
              )}
              <dt>{t('plan.nextFollowUp')}</dt>
              <dd>{programme.nextFollowUp ? date(programme.nextFollowUp.scheduledAt, true) : t('caseload.none')}</dd>
            </dl>
          )}
        </section>
      )}
      {p && own && (
        <nav aria-labelledby="steps-title" className="card steps">
          <h2 id="steps-title">{t('work.steps')}</h2>
          <ul>
            <li>
              <a href={href({ page: 'plan-section', id, section: 'consents' })}>{t('work.toConsents')}</a>
            </li>
            <li>
              <a href={href({ page: 'plan-section', id, section: 'mapping' })}>{t('work.toMapping')}</a>
            </li>
            <li>
              <a href={href({ page: 'work', id })}>{t('work.toWork')}</a>
            </li>
            {own === 'AF' && (
              <li>
                <a href={href({ page: 'plan-section', id, section: 'programme' })}>{t('work.toProgramme')}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {p && (
        <section aria-labelledby="timeline-title" className="card">
          <h2 id="timeline-title">{t('plan.timeline')}</h2>
          <Timeline items={p.jointPlan.items} withheld={p.jointPlan.withheld} itemCount={p.jointPlan.itemCount} />
        </section>
      )}
      {p && own && (
        <section aria-labelledby="own-title" className="card">
          <h2 id="own-title">{t('work.ownInterventions', { agency: agencyName(t, own) })}</h2>
          {mine.length === 0 ? (
            <p className="muted">{t('plan.noInterventions')}</p>
          ) : (
            <ul className="plain" data-testid="own-interventions">
              {mine.map((i) => (
                <li key={i.id}>
                  <a
                    href={href({ page: 'intervention', id, interventionId: i.id })}
                    aria-label={t('work.changeLink', { title: i.title })}
                  >
                    {i.title}
                  </a>{' '}
                  <span className="muted">{`(${typeLabel(i.type, lang)}, ${t(`istatus.${i.status}`)})`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {p && canRecord && isAgency(persona.org) && (
        <InterventionForm
          agency={persona.org}
          participantId={p.id}
          onRecorded={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}
