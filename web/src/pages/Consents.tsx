import { useState, type FormEvent } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import type { ConsentFieldsFragment, Party as ApiParty } from '../gql/graphql';
import { agencyName, useI18n } from '../i18n';
import { AGENCIES, type Agency, type Persona } from '../session';
import { ErrorList, NotOffered, shownErrors, type ShownError } from '../errors';
import { Field, fieldProps, swedishToday, WriteFeedback } from '../form';
import { useWrite, type WriteOutcome } from '../writes';
import { CONSENT_LISTS, ConsentsQuery, RECORD_CONSENT, WITHDRAW_CONSENT } from '../generated/agency-operations';
import { caseAgency } from '../roles';
import { categoryName, consentCategoriesFor, named, PARTY_NAMES, recipientsFor } from '../vocabulary';
import { BackToPlan } from './Plan';

/**
 * A consent as the tables show it, the same at every agency: the list
 * query, ConsentsQuery, asks each agency's field that lists them
 * (`<key>Consents` on Participant) for these, written by `npm run registry`
 * into generated/agency-operations.ts with the table of the fields,
 * CONSENT_LISTS.
 */
export const ConsentFields = graphql(`
  fragment ConsentFields on Consent {
    id
    agency
    recipient
    categories
    validFrom
    validTo
    withdrawnAt
    state
  }
`);

/**
 * What recording and withdrawing a consent read back, the same at every
 * agency: each agency's mutations (`record<Key>Consent(input:)`,
 * `withdraw<Key>Consent(id:)`) select these, written by `npm run registry`
 * into generated/agency-operations.ts.
 */
export const RecordedConsent = graphql(`
  fragment RecordedConsent on Consent {
    id
    state
  }
`);
export const WithdrawnConsent = graphql(`
  fragment WithdrawnConsent on Consent {
    id
    state
    withdrawnAt
  }
`);

export type ConsentRow = ConsentFieldsFragment;

type ConsentData = NonNullable<ReturnType<typeof useConsents>[0]['data']>['participant'];

export function useConsents(id: string, context?: { fetchOptions: RequestInit }) {
  return useQuery({ query: ConsentsQuery, variables: { id }, ...(context ? { context } : {}) });
}

/**
 * The person's consents by agency: null where the agency released none to
 * the caller; an agency the query does not ask (its schema serves no list,
 * so it is not in CONSENT_LISTS) is absent, shown as not offered.
 */
export function consentsByAgency(p: ConsentData | undefined): Partial<Record<Agency, ConsentRow[] | null>> {
  const rows = (list: ConsentRow[] | null | undefined) => (list && list.length ? list : null);
  const byAgency: Partial<Record<Agency, ConsentRow[] | null>> = {};
  for (const agency of AGENCIES) {
    const field = CONSENT_LISTS[agency];
    if (field) byAgency[agency] = rows(p?.[field]);
  }
  return byAgency;
}

/**
 * Withdrawing a consent, through the agency that holds it (its mutation in
 * WITHDRAW_CONSENT); each button a change of its own (its own key).
 */
export function useWithdraw(agency: Agency) {
  const document: TypedDocumentNode<unknown, { id: string }> | undefined = WITHDRAW_CONSENT[agency];
  const { submit, busy } = useWrite(document);
  return {
    busy,
    /** Whether the agency's schema serves the mutation; the table offers no withdrawal where it does not. */
    offered: document !== undefined,
    withdraw: async (id: string): Promise<WriteOutcome<unknown>> => {
      if (!document) throw new Error(`withdrawing a consent at ${agency} is not offered`);
      return submit({ id });
    },
  };
}

/** One agency's consents as a table, with a button to withdraw each that is in force or not yet valid. */
export function ConsentTable({
  agency,
  rows,
  onWithdrawn,
  plain,
}: {
  agency: Agency;
  rows: ConsentRow[];
  onWithdrawn: () => void;
  plain?: boolean;
}) {
  const { t, date, lang } = useI18n();
  const { withdraw, busy, offered } = useWithdraw(agency);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function act(row: ConsentRow) {
    setErrors([]);
    setDone(null);
    const out = await withdraw(row.id);
    setRetryable(out.retryable);
    if (out.data) {
      setDone(t('consent.withdrawn', { recipient: named(PARTY_NAMES, row.recipient, lang) }));
      onWithdrawn();
    } else setErrors(out.errors);
  }

  // An agency whose schema lists consents but serves no mutation to withdraw one shows them without the button.
  const canWithdraw = (row: ConsentRow) => offered && (row.state === 'ACTIVE' || row.state === 'NOT_YET_VALID');
  const validity = (row: ConsentRow) =>
    `${date(row.validFrom)} – ${row.validTo ? date(row.validTo) : t('plan.openEnded')}`;
  if (plain)
    return (
      <>
        <WriteFeedback errors={errors} title={t('consent.withdrawFailed')} retryable={retryable} saved={done} />
        <ul className="plain consent-list" data-testid={`consents-${agency}`}>
          {rows.map((row) => (
            <li key={row.id} data-state={row.state}>
              <p>
                {t('my.consentLine', {
                  agency: agencyName(t, agency),
                  recipient: named(PARTY_NAMES, row.recipient, lang),
                  what: row.categories.map((c) => categoryName(c, lang)).join(', '),
                })}
              </p>
              <p className="muted">
                {t('my.consentValid', { period: validity(row) })} {t(`consent.state.${row.state as 'ACTIVE'}`)}.
              </p>
              {canWithdraw(row) && (
                <button type="button" className="secondary" disabled={busy} onClick={() => void act(row)}>
                  {t('my.withdraw', { recipient: named(PARTY_NAMES, row.recipient, lang) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      <WriteFeedback errors={errors} title={t('consent.withdrawFailed')} retryable={retryable} saved={done} />
      <div className="table-scroll">
        <table className="data" data-testid={`consents-${agency}`}>
          <thead>
            <tr>
              <th scope="col">{t('consent.recipient')}</th>
              <th scope="col">{t('consent.categories')}</th>
              <th scope="col">{t('consent.valid')}</th>
              <th scope="col">{t('consent.state')}</th>
              <th scope="col">
                <span className="sr-only">{t('consent.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-state={row.state}>
                <th scope="row">{named(PARTY_NAMES, row.recipient, lang)}</th>
                <td>{row.categories.map((c) => categoryName(c, lang)).join(', ')}</td>
                <td>{validity(row)}</td>
                <td>{t(`consent.state.${row.state as 'ACTIVE'}`)}</td>
                <td>
                  {canWithdraw(row) && (
                    <button type="button" className="secondary" disabled={busy} onClick={() => void act(row)}>
                      {t('consent.withdraw', { recipient: named(PARTY_NAMES, row.recipient, lang) })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The person's consents at every agency, as far as each agency shows them to
 * the caller (its own staff who work with the person), and recording and
 * withdrawing one through the caller's own agency.
 */
export function ConsentsPage({ id, persona }: { id: string; persona: Persona }) {
  const { t } = useI18n();
  const [result, reexecute] = useConsents(id);
  const byAgency = consentsByAgency(result.data?.participant);
  const own = caseAgency(persona);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <BackToPlan id={id} />
      <h1>{t('consent.title', { id })}</h1>
      <p className="help">{t('consent.intro')}</p>
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {result.data &&
        AGENCIES.map((agency) => {
          const rows = byAgency[agency];
          return (
            <section
              key={agency}
              className={`card agency-${agency} consent-agency`}
              aria-labelledby={`consents-${agency}-title`}
            >
              <h2 id={`consents-${agency}-title`}>{agencyName(t, agency)}</h2>
              {rows === undefined ? (
                <NotOffered agency={agency} />
              ) : rows ? (
                <ConsentTable agency={agency} rows={rows} onWithdrawn={refresh} />
              ) : (
                <p className="muted">{agency === own ? t('consent.none') : t('consent.notShown')}</p>
              )}
            </section>
          );
        })}
      {own && <RecordConsentForm agency={own} persona={persona} participantId={id} onRecorded={refresh} />}
    </>
  );
}

interface Values {
  recipient: string;
  categories: string[];
  validFrom: string;
  validTo: string;
}

/** Records a consent the person gave in the meeting: which party, which categories, from and to. */
function RecordConsentForm({
  agency,
  persona,
  participantId,
  onRecorded,
}: {
  agency: Agency;
  persona: Persona;
  participantId: string;
  onRecorded: () => void;
}) {
  const { t, lang } = useI18n();
  const categories = consentCategoriesFor(agency, persona);
  const recipients = recipientsFor(agency, persona);
  const blank: Values = { recipient: recipients[0] ?? '', categories: [], validFrom: swedishToday(), validTo: '' };
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  // The agency's mutation; an agency whose schema does not serve one has no form (shown as not offered).
  type Base = { participantId: string; recipient: ApiParty; validFrom: string; validTo: string | null };
  // Every agency's input is the same but for its own enum of categories; the form offers the agency's own (consentCategoriesFor).
  const document = RECORD_CONSENT[agency] as
    TypedDocumentNode<unknown, { input: Base & { categories: string[] } }> | undefined;
  const { submit: send, busy } = useWrite(document);
  const record = document ? (base: Base, categories: string[]) => send({ input: { ...base, categories } }) : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!record) return;
    setErrors([]);
    setSaved(null);
    const base = {
      participantId,
      recipient: values.recipient as ApiParty,
      validFrom: values.validFrom,
      validTo: values.validTo || null,
    };
    const out = await record(base, values.categories);
    setRetryable(out.retryable);
    if (out.data) {
      setSaved(t('consent.saved', { recipient: named(PARTY_NAMES, values.recipient, lang) }));
      setValues(blank);
      onRecorded();
      return;
    }
    // A part that may not record the categories is refused for them.
    setErrors(out.errors.map((x) => (x.code === 'FORBIDDEN' && !x.field ? { ...x, field: 'categories' } : x)));
  }

  const F = 'consent';
  const toggle = (c: string) => (e: { target: { checked: boolean } }) =>
    setValues((v) => ({
      ...v,
      categories: e.target.checked ? [...v.categories, c] : v.categories.filter((x) => x !== c),
    }));
  const categoryErrors = errors.filter((x) => x.field === 'categories').length > 0;
  if (!record)
    return (
      <section className="card record" aria-labelledby="consent-form-title">
        <h2 id="consent-form-title">{t('consent.record', { agency: agencyName(t, agency) })}</h2>
        <NotOffered agency={agency} />
      </section>
    );

  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="consent-form-title">
      <h2 id="consent-form-title">{t('consent.record', { agency: agencyName(t, agency) })}</h2>
      <WriteFeedback errors={errors} title={t('consent.failed')} retryable={retryable} saved={saved} />
      <div className="fields">
        <Field label={t('consent.recipient')} errors={errors} form={F} field="recipient">
          <select
            {...fieldProps(errors, F, 'recipient')}
            value={values.recipient}
            onChange={(e) => setValues((v) => ({ ...v, recipient: e.target.value }))}
          >
            {recipients.map((p) => (
              <option key={p} value={p}>
                {named(PARTY_NAMES, p, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('consent.validFrom')} errors={errors} form={F} field="validFrom">
          <input
            {...fieldProps(errors, F, 'validFrom')}
            type="date"
            value={values.validFrom}
            onChange={(e) => setValues((v) => ({ ...v, validFrom: e.target.value }))}
          />
        </Field>
        <Field label={t('consent.validTo')} errors={errors} form={F} field="validTo" hint={t('consent.validToHint')}>
          <input
            {...fieldProps(errors, F, 'validTo', `${F}-validTo-hint`)}
            type="date"
            value={values.validTo}
            onChange={(e) => setValues((v) => ({ ...v, validTo: e.target.value }))}
          />
        </Field>
      </div>
      <fieldset className={categoryErrors ? 'checks invalid' : 'checks'} aria-describedby={`${F}-categories-error`}>
        <legend>{t('consent.categories')}</legend>
        {categories.map((c) => (
          <span key={c} className="check">
            <input
              type="checkbox"
              id={`${F}-category-${c}`}
              checked={values.categories.includes(c)}
              onChange={toggle(c)}
            />{' '}
            <label htmlFor={`${F}-category-${c}`}>{categoryName(c, lang)}</label>
          </span>
        ))}
        <span id={`${F}-categories-error`} className="field-error">
          {errors
            .filter((x) => x.field === 'categories')
            .map((x, i) => (
              <span key={i}>
                {t('error.code', { code: x.code })}: {x.message}
              </span>
            ))}
        </span>
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('form.saving') : t('consent.submit')}
      </button>
    </form>
  );
}
