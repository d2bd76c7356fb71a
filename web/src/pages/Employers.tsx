import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type {
  EmployerSector,
  OpportunityChange,
  OpportunityStatus,
  OpportunityType,
  SwedishLevel,
  WorkArea,
} from '../gql/graphql';
import {
  EmployerSectorValues,
  OpportunityStatusValues,
  OpportunityTypeValues,
  SwedishLevelValues,
  WorkAreaValues,
} from '../generated/enum-values';
import { agencyName, useI18n } from '../i18n';
import type { Agency } from '../session';
import { href, navigate } from '../router';
import { ErrorList, shownErrors, type ShownError } from '../errors';
import { bindFields, Field, SelectField, swedishToday, useWriteState, WriteFeedback } from '../form';
import { useWrite } from '../writes';
import { ConflictNotice } from './Programme';
import { ColumnHeads } from '../table';

/** The agencies that keep an employer register. */
export type RegisterAgency = 'AF' | 'MALMO' | 'FK';
export function isRegisterAgency(a: Agency | null): a is RegisterAgency {
  return a === 'AF' || a === 'MALMO' || a === 'FK';
}

// The employer work's values, in the schema's order (typed by the codegen's types, so the two cannot part).
const SECTORS: readonly EmployerSector[] = EmployerSectorValues;
const AREAS: readonly WorkArea[] = WorkAreaValues;
const TYPES: readonly OpportunityType[] = OpportunityTypeValues;
const LEVELS: readonly SwedishLevel[] = SwedishLevelValues;
const OPP_STATUSES: readonly OpportunityStatus[] = OpportunityStatusValues;

/** An employer in the search's list: its name, sector and area, and whether its opportunities are open. */
export const EmployerListing = graphql(`
  fragment EmployerListing on EmployerRecord {
    name
    sector
    area
    opportunities {
      id
      status
    }
  }
`);
const SearchQuery = graphql(`
  query EmployerSearch($search: String, $af: Boolean!, $malmo: Boolean!, $fk: Boolean!) {
    afEmployers(search: $search, first: 50) @include(if: $af) {
      organisationNumber
      afEmployer {
        ...EmployerListing
      }
    }
    malmoEmployers(search: $search, first: 50) @include(if: $malmo) {
      organisationNumber
      malmoEmployer {
        ...EmployerListing
      }
    }
    fkEmployers(search: $search, first: 50) @include(if: $fk) {
      organisationNumber
      fkEmployer {
        ...EmployerListing
      }
    }
  }
`);

const EmployerQuery = graphql(`
  query Employer($org: ID!) {
    employer(organisationNumber: $org) {
      organisationNumber
      name
      records {
        agency
        name
        sector
        area
        registeredOn
        contact {
          name
          phone
          email
        }
        contactWithheld
        version
        opportunities {
          id
          agency
          type
          title
          occupation
          hoursPercent
          startDate
          area
          swedishLevel
          drivingLicence
          requirements
          places
          filledPlaces
          status
          acquiredOn
          version
        }
      }
    }
  }
`);

/** What a write of the register reads back: the employer recorded, the opportunity added or changed. */
export const RecordedEmployer = graphql(`
  fragment RecordedEmployer on EmployerRecord {
    organisationNumber
    name
  }
`);
export const OpportunityTitle = graphql(`
  fragment OpportunityTitle on Opportunity {
    id
    title
  }
`);
const RecordAf = graphql(`
  mutation RecordAfEmployer($input: EmployerInput!) {
    recorded: recordAfEmployer(input: $input) {
      ...RecordedEmployer
    }
  }
`);
const RecordMalmo = graphql(`
  mutation RecordMalmoEmployer($input: EmployerInput!) {
    recorded: recordMalmoEmployer(input: $input) {
      ...RecordedEmployer
    }
  }
`);
const RecordFk = graphql(`
  mutation RecordFkEmployer($input: EmployerInput!) {
    recorded: recordFkEmployer(input: $input) {
      ...RecordedEmployer
    }
  }
`);
const AddAf = graphql(`
  mutation AddAfOpportunity($input: OpportunityInput!) {
    added: addAfOpportunity(input: $input) {
      ...OpportunityTitle
    }
  }
`);
const AddMalmo = graphql(`
  mutation AddMalmoOpportunity($input: OpportunityInput!) {
    added: addMalmoOpportunity(input: $input) {
      ...OpportunityTitle
    }
  }
`);
const AddFk = graphql(`
  mutation AddFkOpportunity($input: OpportunityInput!) {
    added: addFkOpportunity(input: $input) {
      ...OpportunityTitle
    }
  }
`);
const ChangeAf = graphql(`
  mutation ChangeAfOpportunity($id: ID!, $input: OpportunityChange!) {
    changed: changeAfOpportunity(id: $id, input: $input) {
      ...OpportunityTitle
      version
    }
  }
`);
const ChangeMalmo = graphql(`
  mutation ChangeMalmoOpportunity($id: ID!, $input: OpportunityChange!) {
    changed: changeMalmoOpportunity(id: $id, input: $input) {
      ...OpportunityTitle
      version
    }
  }
`);
const ChangeFk = graphql(`
  mutation ChangeFkOpportunity($id: ID!, $input: OpportunityChange!) {
    changed: changeFkOpportunity(id: $id, input: $input) {
      ...OpportunityTitle
      version
    }
  }
`);

type EmployerData = NonNullable<ReturnType<typeof useEmployer>[0]['data']>['employer'];
type OpportunityData = EmployerData['records'][number]['opportunities'][number];

function useEmployer(org: string) {
  return useQuery({ query: EmployerQuery, variables: { org } });
}

/**
 * The employer register of the caller's agency (AF, Malmö stad or FK):
 * search it, look an employer up by number, record an employer; an
 * employer's page shows every agency's record with its opportunities, and
 * the caller's own agency's opportunities can be added, changed and closed.
 */
export function EmployersPage({ agency, org }: { agency: Agency; org?: string | undefined }) {
  if (org) return <EmployerPage agency={agency} org={org} />;
  return <RegisterPage agency={agency} />;
}

function RegisterPage({ agency }: { agency: Agency }) {
  const { t } = useI18n();
  const own = isRegisterAgency(agency) ? agency : null;
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [result] = useQuery({
    query: SearchQuery,
    variables: { search, af: own === 'AF', malmo: own === 'MALMO', fk: own === 'FK' },
    pause: !own,
  });
  const rows =
    result.data?.afEmployers?.map((e) => ({ org: e.organisationNumber, rec: e.afEmployer })) ??
    result.data?.malmoEmployers?.map((e) => ({ org: e.organisationNumber, rec: e.malmoEmployer })) ??
    result.data?.fkEmployers?.map((e) => ({ org: e.organisationNumber, rec: e.fkEmployer })) ??
    null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setSearch(text.trim() || null);
  }

  return (
    <>
      <h1>{t('emp.title')}</h1>
      <p>{own ? t('emp.intro', { agency: agencyName(t, own) }) : t('emp.noRegister')}</p>
      {own && (
        <form className="inline" role="search" onSubmit={submit} aria-labelledby="emp-search-title">
          <h2 id="emp-search-title">{t('emp.search')}</h2>
          <label htmlFor="emp-search">{t('emp.searchLabel')}</label>
          <input id="emp-search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
          <button type="submit">{t('emp.searchSubmit')}</button>
        </form>
      )}
      <Lookup />
      {result.fetching && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {own && rows && (
        <section className="card" aria-labelledby="emp-results-title">
          <h2 id="emp-results-title">{t('emp.results', { agency: agencyName(t, own), count: rows.length })}</h2>
          {rows.length === 0 ? (
            <p className="muted">{t('emp.noResults')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data" data-testid="employers">
                <ColumnHeads keys={['emp.name', 'emp.orgnr', 'emp.sector', 'emp.area', 'emp.openOpportunities']} />
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.org}>
                      <th scope="row">
                        <a href={href({ page: 'employers', org: r.org })}>{r.rec?.name ?? r.org}</a>
                      </th>
                      <td>{r.org}</td>
                      <td>{r.rec ? t(`sector.${r.rec.sector}`) : ''}</td>
                      <td>{r.rec ? t(`area.${r.rec.area}`) : ''}</td>
                      <td>{r.rec ? r.rec.opportunities.filter((o) => o.status === 'OPEN').length : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {own && <RecordEmployerForm agency={own} />}
    </>
  );
}

function Lookup() {
  const { t } = useI18n();
  const [org, setOrg] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (org.trim()) navigate({ page: 'employers', org: org.trim() });
  }
  return (
    <form className="inline" onSubmit={submit} aria-labelledby="emp-lookup-title">
      <h2 id="emp-lookup-title">{t('emp.lookup')}</h2>
      <label htmlFor="emp-lookup">{t('emp.orgnr')}</label>
      <input
        id="emp-lookup"
        value={org}
        onChange={(e) => setOrg(e.target.value)}
        autoComplete="off"
        inputMode="numeric"
      />
      <button type="submit">{t('emp.lookupSubmit')}</button>
    </form>
  );
}

interface EmployerValues {
  organisationNumber: string;
  name: string;
  sector: EmployerSector | '';
  area: WorkArea | '';
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

function RecordEmployerForm({ agency }: { agency: RegisterAgency }) {
  const { t } = useI18n();
  const blank: EmployerValues = {
    organisationNumber: '',
    name: '',
    sector: '',
    area: '',
    contactName: '',
    contactPhone: '',
    contactEmail: '',
  };
  const [values, setValues] = useState<EmployerValues>(blank);
  const { errors, setErrors, retryable, saved, setSaved, begin, settle } = useWriteState<{
    name: string;
    org: string;
  }>();
  const writes = { AF: useWrite(RecordAf), MALMO: useWrite(RecordMalmo), FK: useWrite(RecordFk) };
  const write = writes[agency];
  const set = (k: keyof EmployerValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const missing: ShownError[] = [];
    if (!values.organisationNumber.trim())
      missing.push({
        code: 'BAD_USER_INPUT',
        message: t('emp.needed', { field: t('emp.orgnr') }),
        field: 'organisationNumber',
      });
    if (!values.name.trim())
      missing.push({ code: 'BAD_USER_INPUT', message: t('emp.needed', { field: t('emp.name') }), field: 'name' });
    if (!values.sector)
      missing.push({ code: 'BAD_USER_INPUT', message: t('emp.needed', { field: t('emp.sector') }), field: 'sector' });
    if (!values.area)
      missing.push({ code: 'BAD_USER_INPUT', message: t('emp.needed', { field: t('emp.area') }), field: 'area' });
    if (missing.length || !values.sector || !values.area) {
      setErrors(missing);
      return;
    }
    const out = await write.submit({
      input: {
        organisationNumber: values.organisationNumber.trim(),
        name: values.name.trim(),
        sector: values.sector,
        area: values.area,
        contactName: values.contactName.trim() || null,
        contactPhone: values.contactPhone.trim() || null,
        contactEmail: values.contactEmail.trim() || null,
      },
    });
    settle(out, {
      saved: (data) => {
        setSaved({ name: data.recorded.name, org: data.recorded.organisationNumber });
        setValues(blank);
      },
    });
  }

  const F = 'employer';
  const bind = bindFields(errors, F, values, set);
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="employer-form-title">
      <h2 id="employer-form-title">{t('emp.recordTitle', { agency: agencyName(t, agency) })}</h2>
      <WriteFeedback
        errors={errors}
        title={t('emp.recordFailed')}
        retryable={retryable}
        saved={
          saved && (
            <p>
              {t('emp.recorded', saved)}{' '}
              <a href={href({ page: 'employers', org: saved.org })}>{t('emp.open', { name: saved.name })}</a>
            </p>
          )
        }
      />
      <div className="fields">
        <Field label={t('emp.orgnr')} errors={errors} form={F} field="organisationNumber" hint={t('emp.orgnrHint')}>
          <input
            {...bind('organisationNumber', `${F}-organisationNumber-hint`)}
            autoComplete="off"
            inputMode="numeric"
          />
        </Field>
        <Field label={t('emp.name')} errors={errors} form={F} field="name">
          <input {...bind('name')} maxLength={200} autoComplete="organization" />
        </Field>
        <SelectField
          label={t('emp.sector')}
          errors={errors}
          form={F}
          field="sector"
          value={values.sector}
          onChange={set('sector')}
          options={SECTORS}
          optionLabel={(s) => t(`sector.${s}`)}
          empty={t('emp.choose')}
        />
        <AreaField
          label={t('emp.area')}
          empty={t('emp.choose')}
          errors={errors}
          form={F}
          value={values.area}
          onChange={set('area')}
        />
        <Field label={t('emp.contactName')} errors={errors} form={F} field="contactName">
          <input {...bind('contactName')} autoComplete="off" />
        </Field>
        <Field label={t('emp.contactPhone')} errors={errors} form={F} field="contactPhone">
          <input {...bind('contactPhone')} type="tel" autoComplete="off" />
        </Field>
        <Field label={t('emp.contactEmail')} errors={errors} form={F} field="contactEmail">
          <input {...bind('contactEmail')} type="email" autoComplete="off" />
        </Field>
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('emp.recordSubmit')}
      </button>
    </form>
  );
}

/** The part of Malmö an employer or an opportunity is in; `empty` names the choice of none. */
function AreaField({
  label,
  empty,
  errors,
  form,
  value,
  onChange,
}: {
  label: string;
  empty: string;
  errors: ShownError[];
  form: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={label}
      errors={errors}
      form={form}
      field="area"
      value={value}
      onChange={onChange}
      options={AREAS}
      optionLabel={(a) => t(`area.${a}`)}
      empty={empty}
    />
  );
}

function EmployerPage({ agency, org }: { agency: Agency; org: string }) {
  const { t, date } = useI18n();
  const [result, reexecute] = useEmployer(org);
  const employer = result.data?.employer;
  const own = isRegisterAgency(agency) ? agency : null;
  const ownRecord = employer?.records.find((r) => r.agency === own);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <p>
        <a href={href({ page: 'employers' })}>← {t('emp.back')}</a>
      </p>
      <h1>
        {t('emp.employerTitle', { org: employer?.organisationNumber ?? org })}
        {employer?.name ? `: ${employer.name}` : ''}
      </h1>
      {result.fetching && !result.data && <p role="status">{t('app.loading')}</p>}
      <ErrorList errors={shownErrors(result.error)} />
      {employer && employer.records.length === 0 && (
        <p className="notice">{t('emp.notRecorded', { org: employer.organisationNumber })}</p>
      )}
      {employer?.records.map((r) => (
        <section
          key={r.agency}
          className="card"
          aria-labelledby={`record-${r.agency}-title`}
          data-testid={`record-${r.agency}`}
        >
          <h2 id={`record-${r.agency}-title`}>{t('emp.recordAt', { agency: agencyName(t, r.agency) })}</h2>
          <dl className="facts">
            <dt>{t('emp.name')}</dt>
            <dd>{r.name}</dd>
            <dt>{t('emp.sector')}</dt>
            <dd>{t(`sector.${r.sector}`)}</dd>
            <dt>{t('emp.area')}</dt>
            <dd>{t(`area.${r.area}`)}</dd>
            <dt>{t('emp.registeredOn')}</dt>
            <dd>{date(r.registeredOn)}</dd>
            <dt>{t('emp.contact')}</dt>
            <dd>
              {r.contact
                ? [r.contact.name, r.contact.phone, r.contact.email].filter(Boolean).join(', ')
                : r.contactWithheld
                  ? t('emp.contactWithheld')
                  : t('emp.noContact')}
            </dd>
          </dl>
          <h3>{t('emp.opportunities')}</h3>
          {r.opportunities.length === 0 ? (
            <p className="muted">{t('emp.noOpportunities')}</p>
          ) : (
            <ul className="plain" data-testid={`opportunities-${r.agency}`}>
              {r.opportunities.map((o) => (
                <OpportunityItem key={o.id} opportunity={o} own={r.agency === own ? own : null} onChanged={refresh} />
              ))}
            </ul>
          )}
        </section>
      ))}
      {employer && own && ownRecord && (
        <AddOpportunityForm agency={own} org={employer.organisationNumber} name={ownRecord.name} onAdded={refresh} />
      )}
      {employer && own && !ownRecord && <RecordEmployerForm agency={own} />}
    </>
  );
}

function OpportunityItem({
  opportunity: o,
  own,
  onChanged,
}: {
  opportunity: OpportunityData;
  own: RegisterAgency | null;
  onChanged: () => void;
}) {
  const { t, date } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <li data-opportunity={o.title} data-status={o.status}>
      <strong>{o.title}</strong> <span className="muted">({o.occupation})</span>
      <br />
      {t('opp.line', { type: t(`opp.type.${o.type}`), hours: o.hoursPercent, area: t(`area.${o.area}`) })}
      {'. '}
      {t(`opp.status.${o.status}`)}, {t('opp.placesShort', { filled: o.filledPlaces, places: o.places })}
      {'. '}
      {t('opp.swedish')}: {t(`swedish.${o.swedishLevel}`)}
      {o.drivingLicence ? `. ${t('opp.licence')}` : ''}
      {o.startDate ? `. ${t('opp.startDate')}: ${date(o.startDate)}` : ''}
      {o.requirements ? `. ${o.requirements}` : ''}
      {own && !editing && (
        <div>
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('opp.change', { title: o.title })}
          </button>
        </div>
      )}
      {own && editing && (
        <ChangeOpportunityForm agency={own} opportunity={o} onChanged={onChanged} onClose={() => setEditing(false)} />
      )}
    </li>
  );
}

interface Values {
  status: OpportunityStatus;
  places: string;
  title: string;
  startDate: string;
}

const valuesOf = (o: OpportunityData): Values => ({
  status: o.status,
  places: String(o.places),
  title: o.title,
  startDate: o.startDate ?? '',
});

function ChangeOpportunityForm({
  agency,
  opportunity,
  onChanged,
  onClose,
}: {
  agency: RegisterAgency;
  opportunity: OpportunityData;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  // The version this form was opened on; a conflict moves it to what is stored now, once the person has seen it.
  const [opened, setOpened] = useState<number>(opportunity.version);
  // The opportunity as the form was opened (or last seen): only what the person changed from it is sent.
  const [base, setBase] = useState<Values>(() => valuesOf(opportunity));
  const [values, setValues] = useState<Values>(() => valuesOf(opportunity));
  const [seen, setSeen] = useState(opportunity.version);
  const { errors, setErrors, retryable, saved, setSaved, conflict, begin, settle } = useWriteState();
  const writes = { AF: useWrite(ChangeAf), MALMO: useWrite(ChangeMalmo), FK: useWrite(ChangeFk) };
  const write = writes[agency];
  if (seen !== opportunity.version) {
    // Read again (someone else's change, or ours): the fields the person has not touched show what is stored now.
    const now = valuesOf(opportunity);
    setSeen(opportunity.version);
    setBase(now);
    setValues((v) => ({
      status: v.status === base.status ? now.status : v.status,
      places: v.places === base.places ? now.places : v.places,
      title: v.title === base.title ? now.title : v.title,
      startDate: v.startDate === base.startDate ? now.startDate : v.startDate,
    }));
  }
  const set = (k: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const count = Number(values.places);
    if (!Number.isInteger(count) || values.places.trim() === '') {
      setErrors([{ code: 'BAD_USER_INPUT', message: t('emp.needed', { field: t('opp.places') }), field: 'places' }]);
      return;
    }
    const input: OpportunityChange = { expectedVersion: opened };
    if (values.status !== base.status) input.status = values.status;
    if (values.places !== base.places) input.places = count;
    if (values.title.trim() !== base.title) input.title = values.title.trim();
    if (values.startDate && values.startDate !== base.startDate) input.startDate = values.startDate;
    const out = await write.submit({ id: opportunity.id, input });
    settle(out, {
      saved: (data) => {
        setSaved(t('opp.changed', { title: data.changed.title }));
        setOpened(data.changed.version);
        onChanged();
      },
      conflict: (current) => {
        if (current !== null) setOpened(current);
        onChanged();
      },
    });
  }

  const F = `change-${opportunity.id}`;
  const bind = bindFields(errors, F, values, set);
  return (
    <form className="record" onSubmit={submit} noValidate aria-labelledby={`${F}-title`}>
      <h4 id={`${F}-title`}>{t('opp.changeTitle', { title: opportunity.title })}</h4>
      {conflict && (
        <ConflictNotice>
          <p>
            {t('opp.now', {
              title: opportunity.title,
              status: t(`opp.status.${opportunity.status}`),
              places: opportunity.places,
            })}
          </p>
        </ConflictNotice>
      )}
      <WriteFeedback errors={errors} title={t('opp.changeFailed')} retryable={retryable} saved={saved} />
      <div className="fields">
        <SelectField
          label={t('opp.status')}
          errors={errors}
          form={F}
          field="status"
          value={values.status}
          onChange={set('status')}
          options={OPP_STATUSES}
          optionLabel={(s) => t(`opp.status.${s}`)}
        />
        <Field label={t('opp.places')} errors={errors} form={F} field="places">
          <input {...bind('places')} type="number" min={1} />
        </Field>
        <Field label={t('opp.title')} errors={errors} form={F} field="title">
          <input {...bind('title')} maxLength={200} />
        </Field>
        <Field label={t('opp.startDate')} errors={errors} form={F} field="startDate">
          <input {...bind('startDate')} type="date" />
        </Field>
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('opp.changeSubmit')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onClose}>
        {t('opp.changeCancel')}
      </button>
    </form>
  );
}

interface OpportunityValues {
  type: OpportunityType;
  title: string;
  occupation: string;
  hoursPercent: string;
  startDate: string;
  area: WorkArea | '';
  swedishLevel: SwedishLevel;
  drivingLicence: boolean;
  requirements: string;
  places: string;
  acquiredOn: string;
}

function AddOpportunityForm({
  agency,
  org,
  name,
  onAdded,
}: {
  agency: RegisterAgency;
  org: string;
  name: string;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const blank = (): OpportunityValues => ({
    type: 'JOB',
    title: '',
    occupation: '',
    hoursPercent: '100',
    startDate: '',
    area: '',
    swedishLevel: 'BASIC',
    drivingLicence: false,
    requirements: '',
    places: '1',
    acquiredOn: swedishToday(),
  });
  const [values, setValues] = useState<OpportunityValues>(blank);
  const { errors, setErrors, retryable, saved, setSaved, begin, settle } = useWriteState();
  const writes = { AF: useWrite(AddAf), MALMO: useWrite(AddMalmo), FK: useWrite(AddFk) };
  const write = writes[agency];
  const set = (k: keyof OpportunityValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    begin();
    const missing: ShownError[] = [];
    const need = (field: keyof OpportunityValues, label: string) => {
      if (!String(values[field]).trim())
        missing.push({ code: 'BAD_USER_INPUT', message: t('emp.needed', { field: label }), field });
    };
    need('title', t('opp.title'));
    need('occupation', t('opp.occupation'));
    need('hoursPercent', t('opp.hours'));
    need('places', t('opp.places'));
    need('acquiredOn', t('opp.acquiredOn'));
    if (missing.length) {
      setErrors(missing);
      return;
    }
    const out = await write.submit({
      input: {
        employerOrganisationNumber: org,
        type: values.type,
        title: values.title.trim(),
        occupation: values.occupation.trim(),
        hoursPercent: Number(values.hoursPercent),
        startDate: values.startDate || null,
        area: values.area || null,
        swedishLevel: values.swedishLevel,
        drivingLicence: values.drivingLicence,
        requirements: values.requirements.trim() || null,
        places: Number(values.places),
        acquiredOn: values.acquiredOn,
      },
    });
    settle(out, {
      saved: (data) => {
        setSaved(t('opp.added', { title: data.added.title }));
        setValues(blank());
        onAdded();
      },
    });
  }

  const F = 'opportunity';
  const bind = bindFields(errors, F, values, set);
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="opportunity-form-title">
      <h2 id="opportunity-form-title">{t('opp.addTitle', { name })}</h2>
      <WriteFeedback errors={errors} title={t('opp.addFailed')} retryable={retryable} saved={saved} />
      <div className="fields">
        <SelectField
          label={t('opp.type')}
          errors={errors}
          form={F}
          field="type"
          value={values.type}
          onChange={set('type')}
          options={TYPES}
          optionLabel={(x) => t(`opp.type.${x}`)}
        />
        <Field label={t('opp.title')} errors={errors} form={F} field="title">
          <input {...bind('title')} maxLength={200} />
        </Field>
        <Field label={t('opp.occupation')} errors={errors} form={F} field="occupation">
          <input {...bind('occupation')} maxLength={200} />
        </Field>
        <Field label={t('opp.hours')} errors={errors} form={F} field="hoursPercent">
          <input {...bind('hoursPercent')} type="number" min={1} max={100} />
        </Field>
        <Field label={t('opp.startDate')} errors={errors} form={F} field="startDate">
          <input {...bind('startDate')} type="date" />
        </Field>
        <AreaField
          label={t('opp.area')}
          empty={t('opp.areaDefault')}
          errors={errors}
          form={F}
          value={values.area}
          onChange={set('area')}
        />
        <SelectField
          label={t('opp.swedish')}
          errors={errors}
          form={F}
          field="swedishLevel"
          value={values.swedishLevel}
          onChange={set('swedishLevel')}
          options={LEVELS}
          optionLabel={(l) => t(`swedish.${l}`)}
        />
        <Field label={t('opp.places')} errors={errors} form={F} field="places">
          <input {...bind('places')} type="number" min={1} />
        </Field>
        <Field label={t('opp.acquiredOn')} errors={errors} form={F} field="acquiredOn">
          <input {...bind('acquiredOn')} type="date" />
        </Field>
        <Field label={t('opp.requirements')} errors={errors} form={F} field="requirements" wide>
          <input {...bind('requirements')} maxLength={500} />
        </Field>
        <div className="field check">
          <span className="check">
            <input
              type="checkbox"
              id={`${F}-drivingLicence`}
              checked={values.drivingLicence}
              onChange={(e) => setValues((v) => ({ ...v, drivingLicence: e.target.checked }))}
            />{' '}
            <label htmlFor={`${F}-drivingLicence`}>{t('opp.licence')}</label>
          </span>
        </div>
      </div>
      <button type="submit" disabled={write.busy}>
        {write.busy ? t('form.saving') : t('opp.addSubmit')}
      </button>
    </form>
  );
}
