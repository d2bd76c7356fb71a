import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { requestToken, useSession, type Persona } from '../session';
import { ErrorList } from '../errors';

/** Demo sign-in: pick a persona, get a development token from the gateway. */
export function SignIn({ personas, error }: { personas: Persona[] | null | undefined; error: string | null }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [choice, setChoice] = useState('af-t01');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      signIn(await requestToken(choice));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="signin-title" className="card narrow">
      <h1 id="signin-title">{t('signin.title')}</h1>
      {personas === undefined && !error && <p role="status">{t('app.loading')}</p>}
      {error && <ErrorList errors={[{ code: 'NETWORK', message: error }]} />}
      {personas === null && <p role="alert">{t('signin.unavailable')}</p>}
      {personas && (
        <form onSubmit={submit}>
          <p>{t('signin.intro')}</p>
          <label htmlFor="persona">{t('signin.persona')}</label>
          <select id="persona" value={choice} onChange={(e) => setChoice(e.target.value)}>
            {personas.map((p) => (
              <option key={p.key} value={p.key}>
                {p.key}: {p.name}, {p.description}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>
            {t('signin.submit')}
          </button>
          <div role="alert">{failure ? t('signin.failed', { message: failure }) : null}</div>
        </form>
      )}
    </section>
  );
}
