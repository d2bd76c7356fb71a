import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Outcome, PlanGoalType } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ErrorList, shownErrors } from '../errors';
import { Field, fieldProps, swedishToday, useWriteState, WriteFeedback } from '../form';
import { useWrite } from '../writes';
import { named, OUTCOME_NAMES } from '../vocabulary';
import { BackToPlan } from './Plan';
import { ColumnHeads } from '../table';

const ProgrammeQuery = graphql(`
  query Programme($id: ID!) {
    participant(id: $id) {
      id
      name
      programme {
        withheld {
          agency
          message
        }
        status
        version
        enrolledOn
        dischargedOn
        outcome
        team {
          id
          name
        }
        goal {
          type
          description
        }
        followUps {
          id
          scheduledAt
          heldAt
          agenda
        }
        nextFollowUp {
          id
          scheduledAt
        }
      }
    }
  }
`);

const SetGoal = graphql(`
  mutation SetPlanGoal($participantId: ID!, $goal: PlanGoalType!, $description: String!, $expectedVersion: Int) {
    setPlanGoal(
      participantId: $participantId
      goal: $goal
      description: $description
      expectedVersion: $expectedVersion
    ) {
      id
    }
  }
`);
const Book = graphql(`
  mutation ScheduleFollowUp($input: FollowUpInput!) {
    scheduleFollowUp(input: $input) {
      id
      scheduledAt
    }
  }
`);
const Held = graphql(`
  mutation RecordFollowUpHeld($id: ID!, $heldAt: DateTime!) {
    recordFollowUpHeld(id: $id, heldAt: $heldAt) {
      id
      heldAt
    }
  }
`);
const Discharge = graphql(`
  mutation DischargeParticipant($participantId: ID!, $dischargedOn: Date!, $outcome: Outcome!, $expectedVersion: Int) {
    dischargeParticipant(
      participantId: $participantId
      dischargedOn: $dischargedOn
      outcome: $outcome
      expectedVersion: $expectedVersion
    ) {
      id
    }
  }
`);

/** The outcomes of a discharge, in the order the vocabulary names them. */
const OUTCOMES = Object.keys(OUTCOME_NAMES) as Outcome[];

type Programme = NonNullable<NonNullable<ReturnType<typeof useProgramme>[0]['data']>['participant']['programme']>;

function useProgramme(id: string) {
  return useQuery({ query: ProgrammeQuery, variables: { id } });
}

/**
 * AF's programme record of one person: the goal of the joint plan,
 * follow-up meetings (booked, then recorded as held) and the discharge
 * with its outcome. The goal and the discharge send the version that was
 * read; when someone else changed the record meanwhile, the page says so
 * and shows what is stored now.
 */
export function ProgrammePage({ id }: { id: string }) {
  const { t, date, lang } = useI18n();
  const [result, reexecute] = useProgramme(id);
  const programme = result.data?.participant.programme;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <BackToPlan id={id} />
      <h1>{t('programme.title', { id })}</h1>
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {programme?.withheld && (
        <p className="notice">
          <strong>{t('plan.withheld')}:</strong> {programme.withheld.message}
        </p>
      )}
      {programme && !programme.withheld && (
        <>
          <section className="card" aria-labelledby="programme-now-title">
            <h2 id="programme-now-title">{t('programme.now')}</h2>
            <dl className="facts" data-testid="programme-facts">
              <dt>{t('caseload.status')}</dt>
              <dd>{programme.status ? t(`status.${programme.status}`) : ''}</dd>
              <dt>{t('caseload.enrolled')}</dt>
              <dd>{programme.enrolledOn ? date(programme.enrolledOn) : ''}</dd>
              <dt>{t('plan.team')}</dt>
              <dd>{programme.team ? `${programme.team.id}, ${programme.team.name}` : t('caseload.none')}</dd>
              <dt>{t('plan.goal')}</dt>
              <dd data-testid="goal">
                {programme.goal
                  ? `${t(`goal.${programme.goal.type}`)}: ${programme.goal.description}`
                  : t('programme.noGoal')}
              </dd>
              {programme.dischargedOn && (
                <>
                  <dt>{t('programme.discharged')}</dt>
                  <dd>{`${date(programme.dischargedOn)}, ${programme.outcome ? named(OUTCOME_NAMES, programme.outcome, lang) : ''}`}</dd>
                </>
              )}
            </dl>
          </section>
          <GoalForm participantId={id} programme={programme} onChanged={refresh} />
          <FollowUps participantId={id} programme={programme} onChanged={refresh} />
          {!programme.dischargedOn && <DischargeForm participantId={id} programme={programme} onChanged={refresh} />}
        </>
      )}
    </>
  );
}

/** "Changed by someone else since you opened it", with what is stored now. */
export function ConflictNotice({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="errors conflict" data-testid="conflict">
      <p>
        <strong>{t('work.conflict')}</strong> {t('work.conflictHelp')}
      </p>
      {children}
    </div>
  );
}

/** A form's answer to "changed meanwhile": it sends the version stored now next time, and the programme is read again. */
function staleProgramme(setOpened: (version: number | null) => void, onChanged: () => void) {
  return (current: number | null) => {
    setOpened(current);
    onChanged();
  };
}

/** What each part of the page gets: the person, their programme record, and what reads it again after a change. */
interface PartProps {
  participantId: string;
  programme: Programme;
  onChanged: () => void;
}

function GoalForm({ participantId, programme, onChanged }: PartProps) {
  const { t } = useI18n();
  // The version this form was opened on; a conflict moves it to what is stored now, once the person has seen it.
  const [opened, setOpened] = useState<number | null>(programme.version ?? null);
  const [type, setType] = useState<PlanGoalType>(programme.goal?.type ?? 'WORK');
  const [description, setDescription] = useState(programme.goal?.description ?? '');
  const { errors, retryable, saved, setSaved, conflict, begin, settle } = useWriteState();
  const write = useWrite(SetGoal);

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const out = await write.submit({ participantId, goal: type, description, expectedVersion: opened });
    settle(out, {
      saved: () => {
        setSaved(t('programme.goalSaved'));
        setOpened((v) => (v === null ? v : v + 1));
        onChanged();
      },
      conflict: staleProgramme(setOpened, onChanged),
    });
  }

  const F = 'goal';
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="goal-title">
      <h2 id="goal-title">{t('programme.goalTitle')}</h2>
      {conflict && (
        <ConflictNotice>
          <p>
            {programme.goal
              ? t('programme.goalNow', {
                  type: t(`goal.${programme.goal.type}`),
                  description: programme.goal.description,
                })
              : t('programme.noGoal')}
          </p>
        </ConflictNotice>
      )}
      <WriteFeedback errors={errors} title={t('programme.goalFailed')} retryable={retryable} saved={saved} />
      <fieldset className="checks">
        <legend>{t('programme.goalType')}</legend>
        {(['WORK', 'STUDIES'] as const).map((g) => (
          <span key={g} className="check">
            <input
              type="radio"
              name="goal-type"
              id={`${F}-type-${g}`}
              value={g}
              checked={type === g}
              onChange={() => setType(g)}
            />{' '}
            <label htmlFor={`${F}-type-${g}`}>{t(`goal.${g}`)}</label>
          </span>
        ))}
      </fieldset>
      <div className="fields">
        <Field label={t('programme.goalDescription')} errors={errors} form={F} field="description" wide>
          <textarea
            {...fieldProps(errors, F, 'description')}
            value={description}
            maxLength={500}
            rows={2}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('programme.goalSubmit')}
      </button>
    </form>
  );
}

function FollowUps({ participantId, programme, onChanged }: PartProps) {
  const { t, date } = useI18n();
  const [day, setDay] = useState('');
  const [time, setTime] = useState('10:00');
  const [agenda, setAgenda] = useState('');
  const { errors, setErrors, retryable, saved, setSaved, begin, settle } = useWriteState();
  const book = useWrite(Book);
  const held = useWrite(Held);
  const followUps = [...programme.followUps].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const open = !programme.dischargedOn;

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    if (!day) {
      setErrors([{ code: 'BAD_USER_INPUT', message: t('followUp.dayNeeded'), field: 'scheduledAt' }]);
      return;
    }
    // The time as the person means it, in Sweden.
    const at = new Date(`${day}T${time || '10:00'}:00`);
    const out = await book.submit({ input: { participantId, scheduledAt: at.toISOString(), agenda: agenda || null } });
    settle(out, {
      saved: (data) => {
        setSaved(t('followUp.booked', { at: date(data.scheduleFollowUp.scheduledAt, true) }));
        setDay('');
        setAgenda('');
        onChanged();
      },
    });
  }

  async function markHeld(followUpId: string) {
    begin();
    const out = await held.submit({ id: followUpId, heldAt: new Date().toISOString() });
    settle(out, {
      saved: () => {
        setSaved(t('followUp.recorded'));
        onChanged();
      },
    });
    // Changed meanwhile: refused with its errors, and read again.
    if (out.conflict) onChanged();
  }

  const F = 'followup';
  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title">{t('followUp.title')}</h2>
      <WriteFeedback errors={errors} title={t('followUp.failed')} retryable={retryable} saved={saved} />
      {followUps.length === 0 ? (
        <p className="muted">{t('followUp.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data" data-testid="followups">
            <ColumnHeads keys={['followUp.when', 'followUp.agenda', 'followUp.held']} />
            <tbody>
              {followUps.map((f) => (
                <tr key={f.id} data-held={f.heldAt ? 'true' : 'false'}>
                  <th scope="row">{date(f.scheduledAt, true)}</th>
                  <td>{f.agenda ?? ''}</td>
                  <td>
                    {f.heldAt ? (
                      t('followUp.heldAt', { at: date(f.heldAt, true) })
                    ) : open ? (
                      <button
                        type="button"
                        className="secondary"
                        disabled={held.busy}
                        onClick={() => void markHeld(f.id)}
                      >
                        {t('followUp.markHeld', { at: date(f.scheduledAt, true) })}
                      </button>
                    ) : (
                      t('followUp.notHeld')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <form className="record" onSubmit={submit} noValidate aria-labelledby="book-title">
          <h3 id="book-title">{t('followUp.book')}</h3>
          <div className="fields">
            <Field label={t('followUp.day')} errors={errors} form={F} field="scheduledAt">
              <input
                {...fieldProps(errors, F, 'scheduledAt')}
                type="date"
                min={swedishToday()}
                value={day}
                onChange={(e) => setDay(e.target.value)}
              />
            </Field>
            <Field label={t('followUp.time')} errors={errors} form={F} field="time">
              <input
                {...fieldProps(errors, F, 'time')}
                type="time"
                value={time}
                onChange={(e) => setTime(e.target.value)}
              />
            </Field>
            <Field label={t('followUp.agenda')} errors={errors} form={F} field="agenda" wide>
              <input
                {...fieldProps(errors, F, 'agenda')}
                value={agenda}
                maxLength={500}
                onChange={(e) => setAgenda(e.target.value)}
              />
            </Field>
          </div>
          <button type="submit" disabled={book.busy}>
            {book.busy ? t('form.saving') : t('followUp.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function DischargeForm({ participantId, programme, onChanged }: PartProps) {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState<number | null>(programme.version ?? null);
  const [day, setDay] = useState(swedishToday());
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const { errors, setErrors, retryable, conflict, begin, settle } = useWriteState();
  const write = useWrite(Discharge);

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    if (!outcome) {
      setErrors([{ code: 'BAD_USER_INPUT', message: t('discharge.outcomeNeeded'), field: 'outcome' }]);
      return;
    }
    const out = await write.submit({ participantId, dischargedOn: day, outcome, expectedVersion: opened });
    settle(out, {
      saved: () => onChanged(),
      conflict: staleProgramme(setOpened, onChanged),
    });
  }

  const F = 'discharge';
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="discharge-title">
      <h2 id="discharge-title">{t('discharge.title')}</h2>
      {conflict && (
        <ConflictNotice>
          <p>
            {t('programme.stateNow', {
              status: programme.status ? t(`status.${programme.status}`) : '',
              goal: programme.goal
                ? `${t(`goal.${programme.goal.type}`)}: ${programme.goal.description}`
                : t('programme.noGoal'),
            })}
          </p>
        </ConflictNotice>
      )}
      <WriteFeedback errors={errors} title={t('discharge.failed')} retryable={retryable} />
      <div className="fields">
        <Field label={t('discharge.day')} errors={errors} form={F} field="dischargedOn">
          <input
            {...fieldProps(errors, F, 'dischargedOn')}
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        </Field>
        <Field label={t('discharge.outcome')} errors={errors} form={F} field="outcome" wide>
          <select
            {...fieldProps(errors, F, 'outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as Outcome)}
          >
            <option value="">{t('discharge.choose')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {named(OUTCOME_NAMES, o, lang)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('discharge.submit')}
      </button>
    </form>
  );
}
