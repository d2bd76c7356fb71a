import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DeclineReason, FollowUpContact, MatchStatus } from '../gql/graphql';
import { agencyName, isMessageKey, useI18n } from '../i18n';
import type { Agency } from '../session';
import { href } from '../router';
import { ErrorList, shownErrors, type ShownError } from '../errors';
import { Field, fieldProps, swedishToday, useWriteState, WriteFeedback } from '../form';
import { useWrite } from '../writes';
import { ConflictNotice } from './Programme';
import { BackToPlan } from './Plan';
import { ColumnHeads } from '../table';

const WorkQuery = graphql(`
  query EmployerWork($id: ID!) {
    participant(id: $id) {
      id
      name
      opportunityRanking(first: 20) {
        count
        basis {
          fact
          agency
        }
        unavailable {
          agency
          message
        }
        items {
          score
          reasons {
            code
            points
            agency
            detail
          }
          opportunity {
            id
            agency
            title
            type
            hoursPercent
            area
            employerName
            employerOrganisationNumber
          }
        }
      }
      employerWork {
        matches {
          id
          agency
          status
          proposedOn
          presentedOn
          interviewOn
          hiredOn
          placementStart
          placementEndedOn
          declinedOn
          declineReason
          note
          version
          opportunity {
            id
            title
            employerName
            employerOrganisationNumber
          }
          followUps {
            id
            point
            dueOn
            doneOn
            contactWith
            stillEmployed
            note
            closed
          }
        }
        dueFollowUps {
          followUpId
        }
        withheld {
          agency
          code
          message
        }
      }
    }
  }
`);

const ProposeAf = graphql(`
  mutation ProposeAfMatch($input: ProposeMatchInput!) {
    match: proposeAfMatch(input: $input) {
      id
    }
  }
`);
const ProposeMalmo = graphql(`
  mutation ProposeMalmoMatch($input: ProposeMatchInput!) {
    match: proposeMalmoMatch(input: $input) {
      id
    }
  }
`);
const ProposeFk = graphql(`
  mutation ProposeFkMatch($input: ProposeMatchInput!) {
    match: proposeFkMatch(input: $input) {
      id
    }
  }
`);
/** What recording a step of a match reads back: the stage it is at now, and its version. */
export const MatchStep = graphql(`
  fragment MatchStep on Match {
    id
    status
    version
  }
`);
const StepAf = graphql(`
  mutation RecordAfMatchStep($input: MatchStepInput!) {
    match: recordAfMatchStep(input: $input) {
      ...MatchStep
    }
  }
`);
const StepMalmo = graphql(`
  mutation RecordMalmoMatchStep($input: MatchStepInput!) {
    match: recordMalmoMatchStep(input: $input) {
      ...MatchStep
    }
  }
`);
const StepFk = graphql(`
  mutation RecordFkMatchStep($input: MatchStepInput!) {
    match: recordFkMatchStep(input: $input) {
      ...MatchStep
    }
  }
`);
const FollowAf = graphql(`
  mutation RecordAfPlacementFollowUp($input: PlacementFollowUpInput!) {
    match: recordAfPlacementFollowUp(input: $input) {
      id
    }
  }
`);
const FollowMalmo = graphql(`
  mutation RecordMalmoPlacementFollowUp($input: PlacementFollowUpInput!) {
    match: recordMalmoPlacementFollowUp(input: $input) {
      id
    }
  }
`);
const FollowFk = graphql(`
  mutation RecordFkPlacementFollowUp($input: PlacementFollowUpInput!) {
    match: recordFkPlacementFollowUp(input: $input) {
      id
    }
  }
`);

type Participant = NonNullable<ReturnType<typeof useWork>[0]['data']>['participant'];
type MatchData = Participant['employerWork']['matches'][number];
type Owner = 'AF' | 'MALMO' | 'FK';
const isOwner = (a: Agency): a is Owner => a === 'AF' || a === 'MALMO' || a === 'FK';

/** The steps after each stage of a match, in order. */
const NEXT: Record<MatchStatus, MatchStatus[]> = {
  PROPOSED: ['PRESENTED', 'INTERVIEW', 'HIRED', 'DECLINED'],
  PRESENTED: ['INTERVIEW', 'HIRED', 'DECLINED'],
  INTERVIEW: ['HIRED', 'DECLINED'],
  HIRED: [],
  DECLINED: [],
};
const DECLINE_REASONS: DeclineReason[] = [
  'PARTICIPANT_DECLINED',
  'EMPLOYER_DECLINED',
  'NOT_SUITABLE',
  'NO_PLACE_LEFT',
  'OTHER',
];
const CONTACTS: FollowUpContact[] = ['BOTH', 'PARTICIPANT', 'EMPLOYER'];

function useWork(id: string) {
  return useQuery({ query: WorkQuery, variables: { id } });
}

/**
 * A participant's employer work: the open opportunities of every agency
 * ranked for the person with the reasons and whose facts they are, the
 * person's matches with their next step, and the placements with their
 * follow-ups. Every write goes to the agency that owns the opportunity.
 */
export function WorkPage({ id, agency }: { id: string; agency: Agency }) {
  const { t } = useI18n();
  const [result, reexecute] = useWork(id);
  const p = result.data?.participant;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const placements = p ? p.employerWork.matches.filter((m) => m.status === 'HIRED') : [];
  const due = new Set(p?.employerWork.dueFollowUps.map((d) => d.followUpId) ?? []);

  return (
    <>
      <BackToPlan id={id} />
      <h1>
        {t('ew.title', { id })}
        {p?.name ? `: ${p.name}` : ''}
      </h1>
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {p && <Ranking participant={p} own={agency} onChanged={refresh} />}
      {p && (
        <section className="card" aria-labelledby="matches-title">
          <h2 id="matches-title">{t('ew.matches')}</h2>
          {p.employerWork.withheld.map((w) => (
            <p key={w.agency} className="notice">
              {t('ew.withheld', { agency: agencyName(t, w.agency), message: w.message })}
            </p>
          ))}
          {p.employerWork.matches.length === 0 ? (
            <p className="muted">{t('ew.noMatches')}</p>
          ) : (
            <ul className="plain" data-testid="matches">
              {p.employerWork.matches.map((m) => (
                <MatchItem key={m.id} match={m} own={agency} onChanged={refresh} />
              ))}
            </ul>
          )}
        </section>
      )}
      {p && (
        <section className="card" aria-labelledby="placements-title">
          <h2 id="placements-title">{t('ew.placements')}</h2>
          {placements.length === 0 ? (
            <p className="muted">{t('ew.noPlacements')}</p>
          ) : (
            placements.map((m) => <Placement key={m.id} match={m} own={agency} due={due} onChanged={refresh} />)
          )}
        </section>
      )}
    </>
  );
}

function Ranking({ participant: p, own, onChanged }: { participant: Participant; own: Agency; onChanged: () => void }) {
  const { t } = useI18n();
  const ranking = p.opportunityRanking;
  const { errors, retryable, saved, setSaved, begin, settle } = useWriteState();
  const writes = { AF: useWrite(ProposeAf), MALMO: useWrite(ProposeMalmo), FK: useWrite(ProposeFk) };
  const busy = writes.AF.busy || writes.MALMO.busy || writes.FK.busy;
  const [proposedOn, setProposedOn] = useState(swedishToday());

  // A reason's detail is a figure ("50 %") or a code of an area or a level of Swedish, said in words.
  const detailText = (detail: string) => {
    for (const key of [`area.${detail}`, `swedish.${detail}`]) if (isMessageKey(key)) return t(key);
    return detail;
  };

  async function propose(agency: Agency, opportunityId: string, title: string) {
    begin();
    if (!isOwner(agency)) return;
    const out = await writes[agency].submit({ input: { participantId: p.id, opportunityId, proposedOn } });
    settle(out, {
      saved: () => {
        setSaved(t('ew.proposed', { title }));
        onChanged();
      },
    });
  }

  return (
    <section className="card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('ew.ranking')}</h2>
      <p>{t('ew.rankingIntro')}</p>
      <p data-testid="basis">
        <strong>{t('ew.basis')}:</strong>{' '}
        {ranking.basis.length === 0
          ? t('ew.basisNone')
          : ranking.basis
              .map((b) => t('ew.basisItem', { fact: t(`fact.${b.fact}`), agency: agencyName(t, b.agency) }))
              .join(', ')}
      </p>
      {ranking.unavailable.map((u) => (
        <p key={u.agency} className="notice">
          {t('ew.unavailable', { agency: agencyName(t, u.agency) })}
        </p>
      ))}
      <WriteFeedback errors={errors} title={t('ew.proposeFailed')} retryable={retryable} saved={saved} />
      {isOwner(own) && ranking.items.some((i) => i.opportunity.agency === own) && (
        <div className="record">
          <div className="fields">
            <Field
              label={t('ew.proposedOn')}
              errors={errors}
              form="propose"
              field="proposedOn"
              hint={t('ew.proposedOnHint', { agency: agencyName(t, own) })}
            >
              <input
                {...fieldProps(errors, 'propose', 'proposedOn', 'propose-proposedOn-hint')}
                type="date"
                value={proposedOn}
                onChange={(e) => setProposedOn(e.target.value)}
              />
            </Field>
          </div>
        </div>
      )}
      {ranking.items.length === 0 ? (
        <p className="muted">{t('ew.noRanking')}</p>
      ) : (
        <>
          <p>{t('ew.rankingCount', { shown: ranking.items.length, count: ranking.count })}</p>
          <ol className="ranking" data-testid="ranking">
            {ranking.items.map((item) => {
              const o = item.opportunity;
              return (
                <li key={o.id} data-opportunity={o.title}>
                  <p>
                    <strong>{o.title}</strong> {t('ew.at', { employer: '' }).trim()}{' '}
                    <a href={href({ page: 'employers', org: o.employerOrganisationNumber })}>{o.employerName}</a>{' '}
                    <span className="muted">
                      ({agencyName(t, o.agency)};{' '}
                      {t('opp.line', {
                        type: t(`opp.type.${o.type}`),
                        hours: o.hoursPercent,
                        area: t(`area.${o.area}`),
                      })}
                      )
                    </span>
                    {'. '}
                    <strong>{t('ew.score', { score: item.score })}</strong>
                  </p>
                  {item.reasons.length === 0 ? (
                    <p className="muted">{t('ew.noReasons')}</p>
                  ) : (
                    <ul aria-label={`${t('ew.reasons')}: ${o.title}`} className="reasons">
                      {item.reasons.map((r, i) => (
                        <li key={i}>
                          {t('ew.reasonLine', {
                            points: r.points > 0 ? `+${r.points}` : String(r.points),
                            reason: r.detail
                              ? `${t(`reason.${r.code}`)} (${detailText(r.detail)})`
                              : t(`reason.${r.code}`),
                            agency: agencyName(t, r.agency),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                  {isOwner(o.agency) && o.agency === own && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void propose(o.agency, o.id, o.title)}
                    >
                      {t('ew.propose', { title: o.title })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

function MatchItem({ match: m, own, onChanged }: { match: MatchData; own: Agency; onChanged: () => void }) {
  const { t, date } = useI18n();
  const steps: Array<[string, string | null | undefined]> = [
    ['PROPOSED', m.proposedOn],
    ['PRESENTED', m.presentedOn],
    ['INTERVIEW', m.interviewOn],
    ['HIRED', m.hiredOn],
    ['DECLINED', m.declinedOn],
  ];
  return (
    <li data-match={m.opportunity.title} data-status={m.status}>
      <p>
        <strong>{m.opportunity.title}</strong> {t('ew.at', { employer: m.opportunity.employerName })}{' '}
        <span className="muted">({agencyName(t, m.agency)})</span>
      </p>
      <p data-testid="match-status">
        {t('ew.matchStatus')}: <strong>{t(`mstatus.${m.status}`)}</strong>
        {m.declineReason ? ` (${t(`decline.${m.declineReason}`)})` : ''}.{' '}
        {steps
          .filter(([, day]) => day)
          .map(([s, day]) => `${t(`mstatus.${s as MatchStatus}`)} ${date(day!)}`)
          .join(' · ')}
        {m.placementStart ? ` · ${t('ew.placementLine', { start: date(m.placementStart) })}` : ''}
      </p>
      {m.note && <p className="muted">{m.note}</p>}
      {NEXT[m.status].length > 0 && isOwner(m.agency) && m.agency === own && (
        <StepForm match={m} agency={m.agency} onChanged={onChanged} />
      )}
    </li>
  );
}

function StepForm({ match: m, agency, onChanged }: { match: MatchData; agency: Owner; onChanged: () => void }) {
  const { t } = useI18n();
  const options = NEXT[m.status];
  const [opened, setOpened] = useState<number>(m.version);
  const [picked, setStep] = useState<MatchStatus>(options[0] ?? 'PRESENTED');
  const [on, setOn] = useState(swedishToday());
  const [placementStart, setPlacementStart] = useState('');
  const [declineReason, setDeclineReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const { errors, retryable, saved, setSaved, conflict, begin, settle } = useWriteState();
  const writes = { AF: useWrite(StepAf), MALMO: useWrite(StepMalmo), FK: useWrite(StepFk) };
  const write = writes[agency];
  // After a step is recorded the choices move on; the first of them until the person picks another.
  const step = options.includes(picked) ? picked : (options[0] ?? 'PRESENTED');

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const out = await write.submit({
      input: {
        matchId: m.id,
        step,
        on,
        ...(step === 'HIRED' && placementStart ? { placementStart } : {}),
        ...(step === 'DECLINED' && declineReason ? { declineReason } : {}),
        note: note.trim() || null,
        expectedVersion: opened,
      },
    });
    settle(out, {
      saved: (data) => {
        setSaved(t('ew.stepSaved', { step: t(`mstatus.${data.match.status}`), title: m.opportunity.title }));
        setOpened(data.match.version);
        setNote('');
        onChanged();
      },
      conflict: (current) => {
        if (current !== null) setOpened(current);
        onChanged();
      },
    });
  }

  const F = `step-${m.id}`;
  return (
    <form className="record" onSubmit={submit} noValidate aria-labelledby={`${F}-title`}>
      <h3 id={`${F}-title`}>{t('ew.stepTitle', { title: m.opportunity.title })}</h3>
      {conflict && (
        <ConflictNotice>
          <p>{t('ew.matchNow', { status: t(`mstatus.${m.status}`) })}</p>
        </ConflictNotice>
      )}
      <WriteFeedback errors={errors} title={t('ew.stepFailed')} retryable={retryable} saved={saved} />
      <div className="fields">
        <Field label={t('ew.step')} errors={errors} form={F} field="step">
          <select
            {...fieldProps(errors, F, 'step')}
            value={step}
            onChange={(e) => setStep(e.target.value as MatchStatus)}
          >
            {options.map((s) => (
              <option key={s} value={s}>
                {t(`mstatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('ew.on')} errors={errors} form={F} field="on">
          <input {...fieldProps(errors, F, 'on')} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </Field>
        {step === 'HIRED' && (
          <Field label={t('ew.placementStart')} errors={errors} form={F} field="placementStart">
            <input
              {...fieldProps(errors, F, 'placementStart')}
              type="date"
              value={placementStart}
              onChange={(e) => setPlacementStart(e.target.value)}
            />
          </Field>
        )}
        {step === 'DECLINED' && (
          <Field label={t('ew.declineReason')} errors={errors} form={F} field="declineReason">
            <select
              {...fieldProps(errors, F, 'declineReason')}
              value={declineReason}
              onChange={(e) => setDeclineReason(e.target.value as DeclineReason)}
            >
              <option value="">{t('emp.choose')}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`decline.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <NoteField errors={errors} form={F} note={note} setNote={setNote} />
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('ew.stepSubmit', { title: m.opportunity.title })}
      </button>
    </form>
  );
}

/** The note a step of a match or a follow-up may carry. */
function NoteField({
  errors,
  form,
  note,
  setNote,
}: {
  errors: ShownError[];
  form: string;
  note: string;
  setNote: (note: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('ew.note')} errors={errors} form={form} field="note" wide>
      <input
        {...fieldProps(errors, form, 'note')}
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.target.value)}
      />
    </Field>
  );
}

function Placement({
  match: m,
  own,
  due,
  onChanged,
}: {
  match: MatchData;
  own: Agency;
  due: Set<string>;
  onChanged: () => void;
}) {
  const { t, date } = useI18n();
  return (
    <div className="placement" data-testid={`placement-${m.id}`}>
      <h3>
        {m.opportunity.title} {t('ew.at', { employer: m.opportunity.employerName })}
      </h3>
      <p>
        {m.placementStart ? t('ew.placementLine', { start: date(m.placementStart) }) : ''}
        {m.placementEndedOn ? ` ${t('ew.placementEnded', { day: date(m.placementEndedOn) })}` : ''}
      </p>
      <div className="table-scroll">
        <table className="data" data-testid="placement-follow-ups">
          <ColumnHeads keys={['ew.point', 'ew.dueOn', 'ew.done']} />
          <tbody>
            {m.followUps.map((f) => (
              <tr key={f.id} data-point={f.point} data-done={f.doneOn ? 'true' : 'false'}>
                <th scope="row">{t(`point.${f.point}`)}</th>
                <td>
                  {date(f.dueOn)}
                  {due.has(f.id) ? ` (${t('ew.dueNow')})` : ''}
                </td>
                <td>
                  {f.doneOn
                    ? t('ew.doneLine', {
                        day: date(f.doneOn),
                        contact: f.contactWith ? t(`contact.${f.contactWith}`) : '',
                        employed: f.stillEmployed ? t('ew.stillEmployed') : t('ew.notEmployed'),
                      })
                    : f.closed
                      ? t('ew.closed')
                      : t('ew.notDone')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isOwner(m.agency) && m.agency === own && <FollowUpForm match={m} agency={m.agency} onChanged={onChanged} />}
    </div>
  );
}

function FollowUpForm({ match: m, agency, onChanged }: { match: MatchData; agency: Owner; onChanged: () => void }) {
  const { t } = useI18n();
  const open = m.followUps.filter((f) => !f.doneOn && !f.closed);
  const [followUpId, setFollowUpId] = useState(open[0]?.id ?? '');
  const [doneOn, setDoneOn] = useState(swedishToday());
  const [contactWith, setContactWith] = useState<FollowUpContact>('BOTH');
  const [stillEmployed, setStillEmployed] = useState(true);
  const [note, setNote] = useState('');
  const { errors, retryable, saved, setSaved, begin, settle } = useWriteState();
  const writes = { AF: useWrite(FollowAf), MALMO: useWrite(FollowMalmo), FK: useWrite(FollowFk) };
  const write = writes[agency];
  // The chosen follow-up, or the first still open after one was recorded.
  const chosen = open.find((f) => f.id === followUpId) ?? open[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    if (!chosen) return;
    const out = await write.submit({
      input: { followUpId: chosen.id, doneOn, contactWith, stillEmployed, note: note.trim() || null },
    });
    settle(out, {
      saved: () => {
        setSaved(t('ew.followUpSaved', { point: t(`point.${chosen.point}`) }));
        setNote('');
        onChanged();
      },
    });
    // Changed meanwhile: refused with its errors, and read again.
    if (out.conflict) onChanged();
  }

  const F = `followup-${m.id}`;
  return (
    <form className="record" onSubmit={submit} noValidate aria-labelledby={`${F}-title`}>
      <h4 id={`${F}-title`}>{t('ew.followUpTitle', { title: m.opportunity.title })}</h4>
      <WriteFeedback errors={errors} title={t('ew.followUpFailed')} retryable={retryable} saved={saved} />
      {!chosen ? (
        <p className="muted">{t('ew.noOpenFollowUp')}</p>
      ) : (
        <>
          <div className="fields">
            <Field label={t('ew.followUpPoint')} errors={errors} form={F} field="followUpId">
              <select
                {...fieldProps(errors, F, 'followUpId')}
                value={chosen.id}
                onChange={(e) => setFollowUpId(e.target.value)}
              >
                {open.map((f) => (
                  <option key={f.id} value={f.id}>
                    {t(`point.${f.point}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('ew.doneOn')} errors={errors} form={F} field="doneOn">
              <input
                {...fieldProps(errors, F, 'doneOn')}
                type="date"
                value={doneOn}
                onChange={(e) => setDoneOn(e.target.value)}
              />
            </Field>
            <Field label={t('ew.contactWith')} errors={errors} form={F} field="contactWith">
              <select
                {...fieldProps(errors, F, 'contactWith')}
                value={contactWith}
                onChange={(e) => setContactWith(e.target.value as FollowUpContact)}
              >
                {CONTACTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`contact.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <NoteField errors={errors} form={F} note={note} setNote={setNote} />
          </div>
          <fieldset className="checks">
            <legend>{t('ew.employedQuestion')}</legend>
            {([true, false] as const).map((v) => (
              <span key={String(v)} className="check">
                <input
                  type="radio"
                  name={`${F}-stillEmployed`}
                  id={`${F}-stillEmployed-${v}`}
                  checked={stillEmployed === v}
                  onChange={() => setStillEmployed(v)}
                />{' '}
                <label htmlFor={`${F}-stillEmployed-${v}`}>{v ? t('ew.yes') : t('ew.no')}</label>
              </span>
            ))}
          </fieldset>
          <button type="submit" disabled={write.busy}>
            {write.busy ? t('form.saving') : t('ew.followUpSubmit', { title: m.opportunity.title })}
          </button>
        </>
      )}
    </form>
  );
}
