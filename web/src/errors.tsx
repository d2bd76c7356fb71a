import type { CombinedError } from 'urql';
import { agencyName, useI18n } from './i18n';
import type { Agency } from './agencies';

export interface ShownError {
  code: string;
  message: string;
  field?: string;
}

/** The server's errors with their codes, as the user should see them. */
export function shownErrors(error: CombinedError | undefined): ShownError[] {
  if (!error) return [];
  if (error.networkError && !error.graphQLErrors.length)
    return [{ code: 'NETWORK', message: error.networkError.message }];
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'ERROR';
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
    return { code, message: e.message, ...(field ? { field } : {}) };
  });
}

/** A list of errors announced to screen readers as they appear. */
export function ErrorList({ errors, title }: { errors: ShownError[]; title?: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className={errors.length ? 'errors' : 'errors empty'}>
      {errors.length > 0 && (
        <>
          {title && <p>{title}</p>}
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <span className="code">{t('error.code', { code: e.code })}</span>:{' '}
                {e.code === 'NETWORK' ? t('error.network') : e.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Where the app has no form or view of its own for an agency's part: an
 * agency the registry lists that a page's per-agency operations do not
 * name yet. The rest of the page (its lists, the plan) shows it as usual.
 */
export function NotOffered({ agency }: { agency: Agency }) {
  const { t } = useI18n();
  return (
    <p className="muted" data-testid={`not-offered-${agency}`}>
      {t('agency.notOffered', { agency: agencyName(t, agency) })}
    </p>
  );
}
