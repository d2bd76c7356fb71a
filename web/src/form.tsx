/**
 * What every form of the app shares: the server's errors at the field they
 * name (extensions.field), announced to screen readers, as the intervention
 * form does; a hint when the same change may be sent again; and the
 * confirmation, in a status region.
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from './i18n';
import { ErrorList, type ShownError } from './errors';
import type { WriteOutcome } from './writes';

/** The props that tie an input to its error text: aria-invalid and aria-describedby while it has one. */
export function fieldProps(errors: ShownError[], form: string, field: string, describedBy?: string) {
  const has = errors.some((e) => e.field === field);
  const ids = [describedBy, has ? `${form}-${field}-error` : undefined].filter(Boolean).join(' ');
  return {
    id: `${form}-${field}`,
    ...(has ? { 'aria-invalid': true as const } : {}),
    ...(ids ? { 'aria-describedby': ids } : {}),
  };
}

/**
 * The props that bind an input to a form whose values are kept by field:
 * fieldProps, the field's value and its change handler (`set(field)`).
 */
export function bindFields<V>(
  errors: ShownError[],
  form: string,
  values: V,
  set: (field: keyof V & string) => (e: { target: { value: string } }) => void,
) {
  return <K extends keyof V & string>(field: K, describedBy?: string) => ({
    ...fieldProps(errors, form, field, describedBy),
    value: values[field],
    onChange: set(field),
  });
}

/** The error text of one field, next to it; empty (but present) when there is none. */
export function FieldError({ errors, form, field }: { errors: ShownError[]; form: string; field: string }) {
  const { t } = useI18n();
  const mine = errors.filter((e) => e.field === field);
  return (
    <span id={`${form}-${field}-error`} className="field-error" data-testid={`${form}-${field}-error`}>
      {mine.map((e, i) => (
        <span key={i}>
          {t('error.code', { code: e.code })}: {e.message}
        </span>
      ))}
    </span>
  );
}

/** The form's errors (announced), the hint to send the same change again, and the confirmation (announced politely). */
export function WriteFeedback({
  errors,
  title,
  retryable,
  saved,
}: {
  errors: ShownError[];
  title: string;
  retryable?: boolean;
  saved?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorList errors={errors} title={title} />
      {retryable && errors.length > 0 && <p className="notice">{t('work.retry')}</p>}
      <div role="status" className="saved">
        {saved ?? null}
      </div>
    </>
  );
}

/**
 * What a write form shows of its last submit (as WriteFeedback and
 * ConflictNotice show it): the errors, whether the same change may be sent
 * again, what was saved, and whether the record had changed meanwhile.
 * `begin` clears it for a new submit; `settle` takes the answer: saved
 * (`saved` with the data), changed meanwhile (`conflict` with the version
 * stored now, for a form that sends the version it was opened on), or
 * refused with its errors (a conflict too, for a form without `conflict`).
 */
export function useWriteState<S = string>() {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [saved, setSaved] = useState<S | null>(null);
  const [conflict, setConflict] = useState(false);
  function begin() {
    setErrors([]);
    setSaved(null);
    setConflict(false);
  }
  function settle<T>(
    out: WriteOutcome<T>,
    on: { saved: (data: T) => void; conflict?: (currentVersion: number | null) => void },
  ) {
    setRetryable(out.retryable);
    if (out.data) {
      on.saved(out.data);
      return;
    }
    if (out.conflict && on.conflict) {
      setConflict(true);
      on.conflict(out.conflict.currentVersion);
      return;
    }
    setErrors(out.errors);
  }
  return { errors, setErrors, retryable, saved, setSaved, conflict, begin, settle };
}

/** A labelled field with its error below. */
export function Field({
  label,
  errors,
  form,
  field,
  children,
  wide,
  hint,
}: {
  label: string;
  errors: ShownError[];
  form: string;
  field: string;
  children: ReactNode;
  wide?: boolean;
  hint?: string;
}) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={`${form}-${field}`}>{label}</label>
      {hint && (
        <span id={`${form}-${field}-hint`} className="help">
          {hint}
        </span>
      )}
      {children}
      <FieldError errors={errors} form={form} field={field} />
    </div>
  );
}

/** A labelled choice among a list of options, with its error below; `empty`, when given, is a first option for none. */
export function SelectField<V extends string>({
  label,
  errors,
  form,
  field,
  value,
  onChange,
  options,
  optionLabel,
  empty,
}: {
  label: string;
  errors: ShownError[];
  form: string;
  field: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  options: readonly V[];
  optionLabel: (option: V) => string;
  empty?: string;
}) {
  return (
    <Field label={label} errors={errors} form={form} field={field}>
      <select {...fieldProps(errors, form, field)} value={value} onChange={onChange}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}

type PersonField = 'personnummer' | 'firstName' | 'lastName';

/** Who the person is, as enrolment and registration ask for it: the personnummer (with its hint), first and last name. */
export function PersonFields({
  errors,
  form,
  values,
  set,
}: {
  errors: ShownError[];
  form: string;
  values: Record<PersonField, string>;
  set: (field: PersonField) => (e: { target: { value: string } }) => void;
}) {
  const { t } = useI18n();
  const F = form;
  const bind = bindFields(errors, F, values, set);
  return (
    <>
      <Field
        label={t('enrol.personnummer')}
        errors={errors}
        form={F}
        field="personnummer"
        hint={t('enrol.personnummerHint')}
      >
        <input {...bind('personnummer', `${F}-personnummer-hint`)} inputMode="numeric" autoComplete="off" />
      </Field>
      <Field label={t('enrol.firstName')} errors={errors} form={F} field="firstName">
        <input {...bind('firstName')} autoComplete="off" />
      </Field>
      <Field label={t('enrol.lastName')} errors={errors} form={F} field="lastName">
        <input {...bind('lastName')} autoComplete="off" />
      </Field>
    </>
  );
}

/** Today in Sweden (YYYY-MM-DD) on the browser's clock. */
export function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
