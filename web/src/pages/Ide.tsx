import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useMemo } from 'react';
import type { ExecutionResult } from 'graphql';
import { useI18n } from '../i18n';

/**
 * GraphiQL, bundled with the app (no CDN), sending the signed-in persona's
 * token. The app shows it only in development mode.
 */
export default function Ide({ token }: { token: string }) {
  const { t } = useI18n();
  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (params) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
      });
      return (await res.json()) as ExecutionResult;
    },
    [token],
  );
  return (
    <>
      <h1>{t('ide.title')}</h1>
      <p>{t('ide.intro')}</p>
      <div className="ide">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={
            '{\n  participant(id: "P-DEMO0001") {\n    name\n    jointPlan {\n      items { intervention { agency title startDate endDate } parallel { count ids } }\n      withheld { agency message }\n    }\n  }\n}\n'
          }
        />
      </div>
    </>
  );
}
