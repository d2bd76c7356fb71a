import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql, type DocumentType } from '../gql';
import type { InterventionStatus } from '../gql/graphql';
import { InterventionStatusValues } from '../generated/enum-values';
import { agencyName, useI18n } from '../i18n';
import type { Agency, Persona } from '../session';
import { ErrorList, NotOffered, shownErrors, type ShownError } from '../errors';
import { bindFields, Field, fieldProps, SelectField, swedishToday, WriteFeedback } from '../form';
import { useWrite, type WriteOutcome } from '../writes';
import { caseAgency } from '../roles';
import { typeLabel } from './intervention-types';
import { ConflictNotice } from './Programme';
import { BackToPlan } from './Plan';

const InterventionQuery = graphql(`
  query InterventionToEdit($id: ID!) {
    participant(id: $id) {
      id
      jointPlan {
        items {
          intervention {
            ...PlanInterventionFields
            version
          }
        }
      }
    }
  }
`);

const UpdateAf = graphql(`
  mutation UpdateAfIntervention($id: ID!, $input: InterventionUpdate!) {
    updateAfIntervention(id: $id, input: $input) {
      id
      version
    }
  }
`);
const UpdateMalmo = graphql(`
  mutation UpdateMalmoIntervention($id: ID!, $input: MalmoInterventionUpdate!) {
    updateMalmoIntervention(id: $id, input: $input) {
      id
      version
    }
  }
`);
const UpdateFk = graphql(`
  mutation UpdateFkIntervention($id: ID!, $input: FkInterventionUpdate!) {
    updateFkIntervention(id: $id, input: $input) {
      id
      version
    }
  }
`);
const UpdateRegion = graphql(`
  mutation UpdateCareActivity($id: ID!, $input: CareActivityUpdate!) {
    updateCareActivity(id: $id, input: $input) {
      id
      version
    }
  }
`);
const EndAf = graphql(`
  mutation EndAfIntervention($id: ID!, $endDate: Date!, $status: EndStatus!, $expectedVersion: Int) {
    endAfIntervention(id: $id, endDate: $endDate, status: $status, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const EndMalmo = graphql(`
  mutation EndMalmoIntervention($id: ID!, $endDate: Date!, $status: MalmoEndStatus!, $expectedVersion: Int) {
    endMalmoIntervention(id: $id, endDate: $endDate, status: $status, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const EndFk = graphql(`
  mutation EndFkIntervention($id: ID!, $endDate: Date!, $status: FkEndStatus!, $expectedVersion: Int) {
    endFkIntervention(id: $id, endDate: $endDate, status: $status, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const EndRegion = graphql(`
  mutation EndCareActivity($id: ID!, $endDate: Date!, $status: CareActivityEndStatus!, $expectedVersion: Int) {
    endCareActivity(id: $id, endDate: $endDate, status: $status, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const STATUSES: readonly InterventionStatus[] = InterventionStatusValues;

type Current = DocumentType<typeof InterventionQuery>['participant']['jointPlan']['items'][number]['intervention'];

/**
 * Changing or ending one of the caller's own agency's interventions. Both
 * send the version the form was opened on; when someone else changed the
 * intervention meanwhile, nothing is stored and the page says so, with
 * the intervention as it is now.
 */
export function InterventionEditPage({
  id,
  interventionId,
  persona,
}: {
  id: string;
  interventionId: string;
  persona: Persona;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: InterventionQuery, variables: { id }, requestPolicy: 'network-only' });
  const current = result.data?.participant.jointPlan.items
    .map((i) => i.intervention)
    .find((i) => i.id === interventionId);
  const own = caseAgency(persona);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <BackToPlan id={id} />
      <h1>{current ? t('change.title', { title: current.title }) : t('change.titleUnknown')}</h1>
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {result.data && !current && <p className="notice">{t('change.notFound')}</p>}
      {current && current.agency !== own && (
        <p className="notice">{t('change.notYours', { agency: agencyName(t, current.agency) })}</p>
      )}
      {current && current.agency === own && <Editor key={current.id} current={current} refresh={refresh} />}
    </>
  );
}

/** An agency's write as the form uses it. */
interface Write<V> {
  submit: (variables: V) => Promise<WriteOutcome<unknown>>;
  busy: boolean;
}

interface Values {
  title: string;
  status: InterventionStatus;
  startDate: string;
  endDate: string;
  extentPercent: string;
}

function valuesOf(c: Current): Values {
  return {
    title: c.title,
    status: c.status,
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    extentPercent: c.extentPercent == null ? '' : String(c.extentPercent),
  };
}

function Editor({ current, refresh }: { current: Current; refresh: () => void }) {
  const { t, date, lang } = useI18n();
  const agency = current.agency;
  // The version the person opened; a conflict moves it to the one stored now, which the page then shows.
  const [opened, setOpened] = useState(current.version);
  const [values, setValues] = useState<Values>(() => valuesOf(current));
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [endDate, setEndDate] = useState(swedishToday());
  const [endStatus, setEndStatus] = useState<'COMPLETED' | 'CANCELLED'>('COMPLETED');
  const [endErrors, setEndErrors] = useState<ShownError[]>([]);
  const [endRetryable, setEndRetryable] = useState(false);
  const updateAf = useWrite(UpdateAf);
  const endAf = useWrite(EndAf);
  // Each agency's mutations; an agency not named here has no form (shown as not offered).
  const updates: Partial<Record<Agency, Write<Parameters<typeof updateAf.submit>[0]>>> = {
    AF: updateAf,
    MALMO: useWrite(UpdateMalmo),
    FK: useWrite(UpdateFk),
    REGION: useWrite(UpdateRegion),
  };
  const ends: Partial<Record<Agency, Write<Parameters<typeof endAf.submit>[0]>>> = {
    AF: endAf,
    MALMO: useWrite(EndMalmo),
    FK: useWrite(EndFk),
    REGION: useWrite(EndRegion),
  };
  const update = updates[agency];
  const ending = ends[agency];
  const busy = !!update?.busy || !!ending?.busy;

  function after(out: WriteOutcome<unknown>, setErr: (e: ShownError[]) => void, message: string): void {
    if (out.data) {
      setSaved(message);
      setOpened((v) => v + 1);
      refresh();
      return;
    }
    if (out.conflict) {
      setConflict(true);
      if (out.conflict.currentVersion !== null) setOpened(out.conflict.currentVersion);
      refresh();
      return;
    }
    setErr(out.errors);
  }

  async function change(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setSaved(null);
    setConflict(false);
    const input = {
      title: values.title,
      status: values.status,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      extentPercent: values.extentPercent === '' ? null : Number(values.extentPercent),
      expectedVersion: opened,
    };
    if (!update) return;
    const out = await update.submit({ id: current.id, input });
    setRetryable(out.retryable);
    after(out, setErrors, t('change.saved', { title: values.title }));
  }

  async function end(e: FormEvent) {
    e.preventDefault();
    setEndErrors([]);
    setSaved(null);
    setConflict(false);
    const vars = { id: current.id, endDate, status: endStatus, expectedVersion: opened };
    if (!ending) return;
    const out = await ending.submit(vars);
    setEndRetryable(out.retryable);
    after(out, setEndErrors, t('change.ended', { title: current.title }));
  }

  const set = (field: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const F = 'change';
  const bind = bindFields(errors, F, values, set);
  const ended = current.status === 'COMPLETED' || current.status === 'CANCELLED';
  const offered = !!update && !!ending;
  return (
    <>
      <section className="card" aria-labelledby="current-title">
        <h2 id="current-title">{t('change.current')}</h2>
        <dl className="facts" data-testid="current">
          <dt>{t('form.type')}</dt>
          <dd>{typeLabel(current.type, lang)}</dd>
          <dt>{t('form.name')}</dt>
          <dd data-testid="current-title">{current.title}</dd>
          <dt>{t('form.status')}</dt>
          <dd>{t(`istatus.${current.status}`)}</dd>
          <dt>{t('plan.period')}</dt>
          <dd>{`${current.startDate ? date(current.startDate) : '?'} – ${current.endDate ? date(current.endDate) : t('plan.openEnded')}`}</dd>
          <dt>{t('plan.extent')}</dt>
          <dd>{current.extentPercent == null ? '' : `${current.extentPercent} %`}</dd>
        </dl>
      </section>
      {conflict && (
        <ConflictNotice>
          <p data-testid="conflict-now">
            {t('change.now', {
              title: current.title,
              status: t(`istatus.${current.status}`),
              period: `${current.startDate ? date(current.startDate) : '?'} – ${current.endDate ? date(current.endDate) : t('plan.openEnded')}`,
            })}
          </p>
        </ConflictNotice>
      )}
      <div role="status" className="saved">
        {saved}
      </div>
      {!ended && !offered && <NotOffered agency={agency} />}
      {!ended && offered && (
        <form className="card record" onSubmit={change} noValidate aria-labelledby="change-form-title">
          <h2 id="change-form-title">{t('change.formTitle')}</h2>
          <WriteFeedback errors={errors} title={t('change.failed')} retryable={retryable} />
          <div className="fields">
            <Field label={t('form.name')} errors={errors} form={F} field="title" wide>
              <input {...bind('title')} maxLength={400} />
            </Field>
            <SelectField
              label={t('form.status')}
              errors={errors}
              form={F}
              field="status"
              value={values.status}
              onChange={set('status')}
              options={STATUSES}
              optionLabel={(s) => t(`istatus.${s}`)}
            />
            <Field label={t('form.startDate')} errors={errors} form={F} field="startDate">
              <input {...bind('startDate')} type="date" />
            </Field>
            <Field label={t('form.endDate')} errors={errors} form={F} field="endDate">
              <input {...bind('endDate')} type="date" />
            </Field>
            <Field label={t('form.extent')} errors={errors} form={F} field="extentPercent">
              <input {...bind('extentPercent')} type="number" inputMode="numeric" min={0} max={100} step={1} />
            </Field>
          </div>
          <button type="submit" disabled={busy}>
            {update?.busy ? t('form.saving') : t('change.submit')}
          </button>
        </form>
      )}
      {!ended && offered && (
        <form className="card record" onSubmit={end} noValidate aria-labelledby="end-form-title">
          <h2 id="end-form-title">{t('change.endTitle')}</h2>
          <WriteFeedback errors={endErrors} title={t('change.endFailed')} retryable={endRetryable} />
          <div className="fields">
            <Field label={t('form.endDate')} errors={endErrors} form="end" field="endDate">
              <input
                {...fieldProps(endErrors, 'end', 'endDate')}
                type="date"
                value={endDate}
                onChange={(e) => setEndDate(e.target.value)}
              />
            </Field>
            <Field label={t('change.endStatus')} errors={endErrors} form="end" field="status">
              <select
                {...fieldProps(endErrors, 'end', 'status')}
                value={endStatus}
                onChange={(e) => setEndStatus(e.target.value as 'COMPLETED' | 'CANCELLED')}
              >
                <option value="COMPLETED">{t('istatus.COMPLETED')}</option>
                <option value="CANCELLED">{t('istatus.CANCELLED')}</option>
              </select>
            </Field>
          </div>
          <button type="submit" disabled={busy}>
            {ending?.busy ? t('form.saving') : t('change.endSubmit')}
          </button>
        </form>
      )}
    </>
  );
}
