import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { graphql } from '../gql';
import type {
  AfInterventionType,
  CareActivityType,
  FkInterventionType,
  InterventionStatus,
  MalmoInterventionType,
} from '../gql/graphql';
import { InterventionStatusValues } from '../generated/enum-values';
import { agencyName, type MessageKey, useI18n } from '../i18n';
import type { Agency } from '../session';
import { NotOffered, shownErrors, type ShownError } from '../errors';
import { WriteFeedback } from '../form';
import { INTERVENTION_TYPES } from './intervention-types';
import { useWrite } from '../writes';

const AddAf = graphql(`
  mutation AddAfIntervention($input: AfInterventionInput!) {
    addAfIntervention(input: $input) {
      id
      title
    }
  }
`);
const AddMalmo = graphql(`
  mutation AddMalmoIntervention($input: MalmoInterventionInput!) {
    addMalmoIntervention(input: $input) {
      id
      title
    }
  }
`);
const AddFk = graphql(`
  mutation AddFkIntervention($input: FkInterventionInput!) {
    addFkIntervention(input: $input) {
      id
      title
    }
  }
`);
const AddRegion = graphql(`
  mutation AddCareActivity($input: CareActivityInput!) {
    addCareActivity(input: $input) {
      id
      title
    }
  }
`);

const STATUSES: readonly InterventionStatus[] = InterventionStatusValues;
type Field = 'type' | 'title' | 'status' | 'startDate' | 'endDate' | 'extentPercent';
const LABELS: Record<Field, MessageKey> = {
  type: 'form.type',
  title: 'form.name',
  status: 'form.status',
  startDate: 'form.startDate',
  endDate: 'form.endDate',
  extentPercent: 'form.extent',
};

interface Values {
  type: string;
  title: string;
  status: InterventionStatus;
  startDate: string;
  endDate: string;
  extentPercent: string;
}

type Outcome = {
  data?: { id: string; title: string } | undefined;
  error?: CombinedError | undefined;
  retryable: boolean;
};

/**
 * Records an intervention in the caller's own agency's part of the plan,
 * through that agency's mutation. The server validates; its errors (code and
 * message) are shown next to the field they name and announced.
 */
export function InterventionForm({
  agency,
  participantId,
  onRecorded,
}: {
  agency: Agency;
  participantId: string;
  onRecorded: () => void;
}) {
  const { t, lang } = useI18n();
  const types = Object.entries(INTERVENTION_TYPES[agency] ?? {});
  const blank: Values = {
    type: types[0]?.[0] ?? '',
    title: '',
    status: 'PLANNED',
    startDate: '',
    endDate: '',
    extentPercent: '',
  };
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  // Each submit carries an Idempotency-Key, the same when the same intervention is submitted again (writes.ts).
  const af = useWrite(AddAf);
  const malmo = useWrite(AddMalmo);
  const fk = useWrite(AddFk);
  const region = useWrite(AddRegion);
  const busy = af.busy || malmo.busy || fk.busy || region.busy;
  const [retryable, setRetryable] = useState(false);
  type Base = Omit<Parameters<typeof af.submit>[0]['input'], 'type'>;
  // Each agency's mutation; an agency not named here has no form (shown as not offered).
  const adds: Partial<Record<Agency, (base: Base, type: string) => Promise<Outcome>>> = {
    AF: async (base, type) => {
      const r = await af.submit({ input: { ...base, type: type as AfInterventionType } });
      return { data: r.data?.addAfIntervention, error: r.error ?? undefined, retryable: r.retryable };
    },
    MALMO: async (base, type) => {
      const r = await malmo.submit({ input: { ...base, type: type as MalmoInterventionType } });
      return { data: r.data?.addMalmoIntervention, error: r.error ?? undefined, retryable: r.retryable };
    },
    FK: async (base, type) => {
      const r = await fk.submit({ input: { ...base, type: type as FkInterventionType } });
      return { data: r.data?.addFkIntervention, error: r.error ?? undefined, retryable: r.retryable };
    },
    REGION: async (base, type) => {
      const r = await region.submit({ input: { ...base, type: type as CareActivityType } });
      return { data: r.data?.addCareActivity, error: r.error ?? undefined, retryable: r.retryable };
    },
  };
  const add = INTERVENTION_TYPES[agency] ? adds[agency] : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!add) return;
    setSaved(null);
    setErrors([]);
    const base = {
      participantId,
      title: values.title,
      status: values.status,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      extentPercent: values.extentPercent === '' ? null : Number(values.extentPercent),
    };
    const outcome = await add(base, values.type);
    setRetryable(outcome.retryable);
    if (outcome.error || !outcome.data) {
      setErrors(outcome.error ? shownErrors(outcome.error) : [{ code: 'ERROR', message: '' }]);
      return;
    }
    setSaved(outcome.data.title);
    setValues(blank);
    onRecorded();
  }

  const fieldErrors = (field: Field) => errors.filter((e) => e.field === field);
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const described = (field: Field) =>
    fieldErrors(field).length ? { 'aria-invalid': true, 'aria-describedby': `f-${field}-error` } : {};
  const fieldError = (field: Field) => (
    <span id={`f-${field}-error`} className="field-error">
      {fieldErrors(field).map((e, i) => (
        <span key={i}>
          {t('error.code', { code: e.code })}: {e.message}
        </span>
      ))}
    </span>
  );

  if (!add)
    return (
      <section className="card record" aria-labelledby="record-title">
        <h2 id="record-title">{t('form.title', { agency: agencyName(t, agency) })}</h2>
        <NotOffered agency={agency} />
      </section>
    );
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="record-title">
      <h2 id="record-title">{t('form.title', { agency: agencyName(t, agency) })}</h2>
      <WriteFeedback
        errors={errors}
        title={t('form.errors')}
        retryable={retryable}
        saved={saved ? t('form.saved', { title: saved }) : null}
      />
      <div className="fields">
        <div className="field">
          <label htmlFor="f-type">{t(LABELS.type)}</label>
          <select id="f-type" value={values.type} onChange={set('type')} {...described('type')}>
            {types.map(([key, label]) => (
              <option key={key} value={key}>
                {label[lang]}
              </option>
            ))}
          </select>
          {fieldError('type')}
        </div>
        <div className="field wide">
          <label htmlFor="f-title">{t(LABELS.title)}</label>
          <input id="f-title" value={values.title} onChange={set('title')} maxLength={400} {...described('title')} />
          {fieldError('title')}
        </div>
        <div className="field">
          <label htmlFor="f-status">{t(LABELS.status)}</label>
          <select id="f-status" value={values.status} onChange={set('status')} {...described('status')}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`istatus.${s}`)}
              </option>
            ))}
          </select>
          {fieldError('status')}
        </div>
        <div className="field">
          <label htmlFor="f-startDate">{t(LABELS.startDate)}</label>
          <input
            id="f-startDate"
            type="date"
            value={values.startDate}
            onChange={set('startDate')}
            {...described('startDate')}
          />
          {fieldError('startDate')}
        </div>
        <div className="field">
          <label htmlFor="f-endDate">{t(LABELS.endDate)}</label>
          <input
            id="f-endDate"
            type="date"
            value={values.endDate}
            onChange={set('endDate')}
            {...described('endDate')}
          />
          {fieldError('endDate')}
        </div>
        <div className="field">
          <label htmlFor="f-extentPercent">{t(LABELS.extentPercent)}</label>
          <input
            id="f-extentPercent"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={values.extentPercent}
            onChange={set('extentPercent')}
            {...described('extentPercent')}
          />
          {fieldError('extentPercent')}
        </div>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t('form.saving') : t('form.submit')}
      </button>
    </form>
  );
}
