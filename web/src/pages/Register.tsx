import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { agencyName, useI18n } from '../i18n';
import { href } from '../router';
import type { Agency, Persona } from '../session';
import { bindFields, Field, PersonFields, SelectField, WriteFeedback } from '../form';
import type { ShownError } from '../errors';
import { useWrite, type WriteOutcome } from '../writes';

const RegisterMalmo = graphql(`
  mutation RegisterMalmoParticipant($input: MalmoRegisterInput!) {
    registerMalmoParticipant(input: $input) {
      id
    }
  }
`);
const RegisterFk = graphql(`
  mutation RegisterFkParticipant($input: FkRegistrationInput!) {
    registerFkParticipant(input: $input) {
      id
    }
  }
`);
const RegisterRegion = graphql(`
  mutation RegisterRegionParticipant($input: RegionRegistrationInput!) {
    registerRegionParticipant(input: $input) {
      id
    }
  }
`);

interface Values {
  participantId: string;
  personnummer: string;
  firstName: string;
  lastName: string;
  protectedIdentity: boolean;
  teamId: string;
}

/**
 * Registration at one's own agency (Malmö stad, Försäkringskassan, Region
 * Skåne) of a person AF has enrolled: the agency records the programme's
 * participant id under the person's personnummer in its own register and
 * assigns the caller to the person.
 */
export function RegisterPage({ agency, persona }: { agency: Exclude<Agency, 'AF'>; persona: Persona }) {
  const { t } = useI18n();
  const blank: Values = {
    participantId: '',
    personnummer: '',
    firstName: '',
    lastName: '',
    protectedIdentity: false,
    teamId: persona.teams[0] ?? '',
  };
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [retryable, setRetryable] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  const malmo = useWrite(RegisterMalmo);
  const fk = useWrite(RegisterFk);
  const region = useWrite(RegisterRegion);
  const busy = malmo.busy || fk.busy || region.busy;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setRegistered(null);
    const input = {
      participantId: values.participantId.trim().toUpperCase(),
      personnummer: values.personnummer.replace(/\D/g, ''),
      firstName: values.firstName,
      lastName: values.lastName,
      protectedIdentity: values.protectedIdentity,
      teamId: values.teamId || null,
    };
    let out: WriteOutcome<unknown>;
    let id: string | undefined;
    if (agency === 'MALMO') {
      const r = await malmo.submit({ input });
      out = r;
      id = r.data?.registerMalmoParticipant.id;
    } else if (agency === 'FK') {
      const r = await fk.submit({ input });
      out = r;
      id = r.data?.registerFkParticipant.id;
    } else {
      const r = await region.submit({ input });
      out = r;
      id = r.data?.registerRegionParticipant.id;
    }
    setRetryable(out.retryable);
    if (id) {
      setRegistered(id);
      setValues(blank);
      return;
    }
    // An id or personnummer the agency already holds is about those fields.
    setErrors(
      out.errors.map((x) => (x.code === 'ALREADY_REGISTERED' && !x.field ? { ...x, field: 'personnummer' } : x)),
    );
  }

  const set = (field: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const F = 'register';
  const bind = bindFields(errors, F, values, set);
  return (
    <>
      <p>
        <a href={href({ page: 'caseload' })}>← {t('plan.back')}</a>
      </p>
      <h1>{t('register.title', { agency: agencyName(t, agency) })}</h1>
      <p className="help">{t('register.intro')}</p>
      <form className="card record" onSubmit={submit} noValidate aria-labelledby="register-form-title">
        <h2 id="register-form-title">{t('enrol.person')}</h2>
        <WriteFeedback
          errors={errors}
          title={t('register.failed')}
          retryable={retryable}
          saved={
            registered ? (
              <>
                {t('register.done', { id: registered })}{' '}
                <a href={href({ page: 'plan', id: registered })}>{t('enrol.openPlan', { id: registered })}</a>
              </>
            ) : null
          }
        />
        <div className="fields">
          <Field
            label={t('caseload.openId')}
            errors={errors}
            form={F}
            field="participantId"
            hint={t('register.idHint')}
          >
            <input {...bind('participantId', `${F}-participantId-hint`)} autoComplete="off" />
          </Field>
          <PersonFields errors={errors} form={F} values={values} set={set} />
          <SelectField
            label={t('enrol.team')}
            errors={errors}
            form={F}
            field="teamId"
            value={values.teamId}
            onChange={set('teamId')}
            options={persona.teams}
            optionLabel={(id) => id}
            empty={t('register.noTeam')}
          />
        </div>
        <div className="field check">
          <span>
            <input
              type="checkbox"
              id={`${F}-protectedIdentity`}
              checked={values.protectedIdentity}
              onChange={(e) => setValues((v) => ({ ...v, protectedIdentity: e.target.checked }))}
            />{' '}
            <label htmlFor={`${F}-protectedIdentity`}>{t('enrol.protectedIdentity')}</label>
          </span>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('form.saving') : t('register.submit')}
        </button>
      </form>
    </>
  );
}
