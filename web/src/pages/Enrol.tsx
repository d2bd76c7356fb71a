import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EntryRoute, Gender } from '../gql/graphql';
import { EntryRouteValues, GenderValues } from '../generated/enum-values';
import { useI18n, type MessageKey } from '../i18n';
import { href } from '../router';
import { bindFields, Field, fieldProps, PersonFields, SelectField, swedishToday, WriteFeedback } from '../form';
import type { ShownError } from '../errors';
import { useWrite } from '../writes';

const Enrol = graphql(`
  mutation EnrolParticipant($input: EnrolInput!) {
    enrolParticipant(input: $input) {
      id
    }
  }
`);

const AssignTeam = graphql(`
  mutation AssignTeam($participantId: ID!, $teamId: ID!) {
    assignTeam(participantId: $participantId, teamId: $teamId) {
      id
      programme {
        team {
          id
          name
        }
      }
    }
  }
`);

const Teams = graphql(`
  query Teams {
    teams {
      id
      name
      capacity
      ongoingCases
    }
  }
`);

interface Values {
  personnummer: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  bornOutsideEurope: boolean;
  protectedIdentity: boolean;
  residentInMalmo: boolean;
  registeredAtAf: boolean;
  monthsWithoutWork: string;
  entryRoute: EntryRoute;
  enrolledOn: string;
  socialAssistanceAtEnrolment: boolean;
}

const GENDERS: readonly Gender[] = GenderValues;
const ROUTES: readonly EntryRoute[] = EntryRouteValues;

/** Which field an eligibility reason is about, and its words in the app's language. */
const REASONS: Array<{ pattern: RegExp; field: keyof Values; key: MessageKey }> = [
  { pattern: /live in Malmö/i, field: 'residentInMalmo', key: 'enrol.reason.residentInMalmo' },
  { pattern: /over \d+/i, field: 'personnummer', key: 'enrol.reason.age' },
  { pattern: /without work|months without work/i, field: 'monthsWithoutWork', key: 'enrol.reason.monthsWithoutWork' },
  { pattern: /registered at Arbetsförmedlingen/i, field: 'registeredAtAf', key: 'enrol.reason.registeredAtAf' },
];

/**
 * Enrolment (inskrivning) at Arbetsförmedlingen, then assignment to a team.
 * Whether the person can take part is AF's decision on what is entered
 * here: when not, each reason is shown at the field it concerns.
 */
export function EnrolPage() {
  const { t } = useI18n();
  const blank: Values = {
    personnummer: '',
    firstName: '',
    lastName: '',
    gender: 'WOMAN',
    bornOutsideEurope: false,
    protectedIdentity: false,
    residentInMalmo: true,
    registeredAtAf: true,
    monthsWithoutWork: '',
    entryRoute: 'AF',
    enrolledOn: swedishToday(),
    socialAssistanceAtEnrolment: false,
  };
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [reasons, setReasons] = useState<string[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [enrolled, setEnrolled] = useState<string | null>(null);
  const enrol = useWrite(Enrol);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setReasons([]);
    const months = values.monthsWithoutWork.trim() === '' ? NaN : Number(values.monthsWithoutWork);
    if (!Number.isInteger(months)) {
      setErrors([{ code: 'BAD_USER_INPUT', message: t('enrol.monthsNeeded'), field: 'monthsWithoutWork' }]);
      return;
    }
    const { monthsWithoutWork: _m, ...rest } = values;
    const out = await enrol.submit({
      input: { ...rest, personnummer: values.personnummer.replace(/\D/g, ''), monthsWithoutWork: months },
    });
    setRetryable(out.retryable);
    if (out.data) {
      setEnrolled(out.data.enrolParticipant.id);
      return;
    }
    const notEligible = out.error?.graphQLErrors.find((g) => g.extensions?.code === 'NOT_ELIGIBLE');
    const given = notEligible?.extensions?.reasons;
    if (Array.isArray(given)) {
      const texts: string[] = [];
      const fieldErrors: ShownError[] = [];
      for (const reason of given.map(String)) {
        const known = REASONS.find((r) => r.pattern.test(reason));
        const text = known ? t(known.key) : reason;
        texts.push(text);
        if (known) fieldErrors.push({ code: 'NOT_ELIGIBLE', message: text, field: known.field });
      }
      setReasons(texts);
      setErrors(fieldErrors);
      return;
    }
    setErrors(out.errors);
  }

  const set = (field: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const check = (field: keyof Values) => (e: { target: { checked: boolean } }) =>
    setValues((v) => ({ ...v, [field]: e.target.checked }));
  const F = 'enrol';
  const bind = bindFields(errors, F, values, set);
  const box = (field: keyof Values, label: MessageKey) => (
    <div className="field check">
      <span>
        <input
          type="checkbox"
          {...fieldProps(errors, F, field)}
          checked={values[field] as boolean}
          onChange={check(field)}
        />{' '}
        <label htmlFor={`${F}-${field}`}>{t(label)}</label>
      </span>
      <span id={`${F}-${field}-error`} className="field-error">
        {errors
          .filter((x) => x.field === field)
          .map((x, i) => (
            <span key={i}>
              {t('error.code', { code: x.code })}: {x.message}
            </span>
          ))}
      </span>
    </div>
  );

  return (
    <>
      <p>
        <a href={href({ page: 'caseload' })}>← {t('plan.back')}</a>
      </p>
      <h1>{t('enrol.title')}</h1>
      <p className="help">{t('enrol.intro')}</p>
      {!enrolled ? (
        <form className="card record" onSubmit={submit} noValidate aria-labelledby="enrol-form-title">
          <h2 id="enrol-form-title">{t('enrol.person')}</h2>
          <WriteFeedback errors={reasons.length ? [] : errors} title={t('enrol.failed')} retryable={retryable} />
          {reasons.length > 0 && (
            <div role="alert" className="errors" data-testid="eligibility">
              <p>{t('enrol.notEligible')}</p>
              <ul>
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="fields">
            <PersonFields errors={errors} form={F} values={values} set={set} />
            <SelectField
              label={t('enrol.gender')}
              errors={errors}
              form={F}
              field="gender"
              value={values.gender}
              onChange={set('gender')}
              options={GENDERS}
              optionLabel={(g) => t(`enrol.gender.${g}`)}
            />
            <Field label={t('enrol.monthsWithoutWork')} errors={errors} form={F} field="monthsWithoutWork">
              <input {...bind('monthsWithoutWork')} type="number" inputMode="numeric" min={0} step={1} />
            </Field>
            <SelectField
              label={t('enrol.entryRoute')}
              errors={errors}
              form={F}
              field="entryRoute"
              value={values.entryRoute}
              onChange={set('entryRoute')}
              options={ROUTES}
              optionLabel={(r) => t(`enrol.route.${r}`)}
            />
            <Field label={t('enrol.enrolledOn')} errors={errors} form={F} field="enrolledOn">
              <input {...bind('enrolledOn')} type="date" />
            </Field>
          </div>
          <fieldset className="checks">
            <legend>{t('enrol.facts')}</legend>
            {box('residentInMalmo', 'enrol.residentInMalmo')}
            {box('registeredAtAf', 'enrol.registeredAtAf')}
            {box('socialAssistanceAtEnrolment', 'enrol.socialAssistance')}
            {box('bornOutsideEurope', 'enrol.bornOutsideEurope')}
            {box('protectedIdentity', 'enrol.protectedIdentity')}
          </fieldset>
          <button type="submit" disabled={enrol.busy}>
            {enrol.busy ? t('form.saving') : t('enrol.submit')}
          </button>
        </form>
      ) : (
        <>
          <div role="status" className="saved">
            {t('enrol.done', { id: enrolled })}
          </div>
          <AssignTeamForm participantId={enrolled} />
        </>
      )}
    </>
  );
}

/** Step two: the team that will work with the person (a team holds at most its capacity). */
function AssignTeamForm({ participantId }: { participantId: string }) {
  const { t } = useI18n();
  const [teams] = useQuery({ query: Teams });
  const [teamId, setTeamId] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [assigned, setAssigned] = useState<string | null>(null);
  const assign = useWrite(AssignTeam);
  const list = teams.data?.teams ?? [];
  const chosen = teamId || list[0]?.id || '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    const out = await assign.submit({ participantId, teamId: chosen });
    setRetryable(out.retryable);
    if (out.data) {
      const team = out.data.assignTeam.programme?.team;
      setAssigned(team ? `${team.id}, ${team.name}` : chosen);
      return;
    }
    // TEAM_FULL is about the team chosen.
    setErrors(out.errors.map((x) => (x.code === 'TEAM_FULL' ? { ...x, field: 'teamId' } : x)));
  }

  const F = 'assign';
  return (
    <form className="card record" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h2 id="assign-title">{t('enrol.assignTitle')}</h2>
      <WriteFeedback
        errors={errors}
        title={t('enrol.assignFailed')}
        retryable={retryable}
        saved={
          assigned ? (
            <>
              {t('enrol.assigned', { team: assigned })}{' '}
              <a href={href({ page: 'plan', id: participantId })}>{t('enrol.openPlan', { id: participantId })}</a>
            </>
          ) : null
        }
      />
      <div className="fields">
        <Field label={t('enrol.team')} errors={errors} form={F} field="teamId">
          <select {...fieldProps(errors, F, 'teamId')} value={chosen} onChange={(e) => setTeamId(e.target.value)}>
            {list.map((team) => (
              <option key={team.id} value={team.id}>
                {t('enrol.teamOption', {
                  id: team.id,
                  name: team.name,
                  ongoing: team.ongoingCases,
                  capacity: team.capacity,
                })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" disabled={assign.busy || !chosen || assigned !== null}>
        {assign.busy ? t('form.saving') : t('enrol.assign')}
      </button>
    </form>
  );
}
