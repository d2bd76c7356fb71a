import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useI18n, type Lang } from './i18n';
import { fetchPersonas, isAgency, useSession, type Persona } from './session';
import { href, useRoute, type Route } from './router';
import { SignIn } from './pages/SignIn';
import { Caseload } from './pages/Caseload';
import { Plan } from './pages/Plan';
import { Report } from './pages/Report';
import { EnrolPage } from './pages/Enrol';
import { RegisterPage } from './pages/Register';
import { ConsentsPage } from './pages/Consents';
import { ProgrammePage } from './pages/Programme';
import { MappingPage } from './pages/Mapping';
import { InterventionEditPage } from './pages/InterventionEdit';
import { MyPlanPage } from './pages/MyPlan';
import { AuditReviewPage } from './pages/AuditReview';
import { EmployersPage } from './pages/Employers';
import { WorkPage } from './pages/Work';
import { canEnrol, canRegister, caseAgency, isAnalyst, isAuditor, isParticipant } from './roles';

// The IDE is a large bundle of its own, loaded only when opened.
const Ide = lazy(() => import('./pages/Ide'));

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const options: Array<{ lang: Lang; label: string }> = [
    { lang: 'sv', label: 'Svenska' },
    { lang: 'en', label: 'English' },
  ];
  return (
    <div role="group" aria-label={t('app.language')} className="lang">
      {options.map((o) => (
        <button key={o.lang} type="button" lang={o.lang} aria-pressed={lang === o.lang} onClick={() => setLang(o.lang)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Where each persona starts: the caseload, the report, "Min plan" or the log review. */
function homeOf(p: Persona): Route {
  if (isAnalyst(p)) return { page: 'report' };
  if (isParticipant(p)) return { page: 'my-plan' };
  if (isAuditor(p)) return { page: 'audit', filters: {} };
  return { page: 'caseload' };
}

export function App() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // Development mode is when the gateway offers demo sign-in.
  const [personas, setPersonas] = useState<Persona[] | null | undefined>(undefined);
  const [personaError, setPersonaError] = useState<string | null>(null);
  useEffect(() => {
    fetchPersonas().then(setPersonas, (e: unknown) => setPersonaError(e instanceof Error ? e.message : String(e)));
  }, []);
  const devMode = Array.isArray(personas);

  // Move focus to the new page's heading, so keyboard and screen reader users start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector('h1');
    if (heading instanceof HTMLElement) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [route, session]);

  const home: Route = session ? homeOf(session.persona) : { page: 'caseload' };
  const persona = session?.persona;
  const own = persona ? caseAgency(persona) : null;
  let page;
  if (!session || !persona) page = <SignIn personas={personas} error={personaError} />;
  else if (route.page === 'plan') page = <Plan key={route.id} id={route.id} persona={session.persona} />;
  else if (route.page === 'plan-section' && route.section === 'consents')
    page = <ConsentsPage key={route.id} id={route.id} persona={persona} />;
  else if (route.page === 'plan-section' && route.section === 'programme')
    page = <ProgrammePage key={route.id} id={route.id} />;
  else if (route.page === 'plan-section' && route.section === 'mapping')
    page = <MappingPage key={route.id} id={route.id} agency={own} />;
  else if (route.page === 'intervention')
    page = (
      <InterventionEditPage
        key={route.interventionId}
        id={route.id}
        interventionId={route.interventionId}
        persona={persona}
      />
    );
  else if (route.page === 'work' && own) page = <WorkPage key={route.id} id={route.id} agency={own} />;
  else if (route.page === 'employers' && own)
    page = <EmployersPage key={route.org ?? ''} agency={own} org={route.org} />;
  else if (route.page === 'enrol' && canEnrol(persona)) page = <EnrolPage />;
  else if (route.page === 'register' && own && own !== 'AF') page = <RegisterPage agency={own} persona={persona} />;
  else if (route.page === 'my-plan' || (route.page === 'caseload' && isParticipant(persona))) page = <MyPlanPage />;
  else if (route.page === 'audit' && isAuditor(persona) && isAgency(persona.org))
    page = <AuditReviewPage key={JSON.stringify(route.filters)} agency={persona.org} filters={route.filters} />;
  else if (route.page === 'caseload' && isAuditor(persona) && isAgency(persona.org))
    page = <AuditReviewPage agency={persona.org} filters={{}} />;
  else if (route.page === 'report') page = <Report token={session.token} />;
  else if (route.page === 'ide' && devMode)
    page = (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Ide token={session.token} />
      </Suspense>
    );
  else if (route.page === 'caseload')
    page = isAnalyst(session.persona) ? <Report token={session.token} /> : <Caseload persona={session.persona} />;
  else page = <h1>{t('notfound.title')}</h1>;

  useEffect(() => {
    const h1 = main.current?.querySelector('h1')?.textContent;
    document.title = h1 ? `${h1} – ${t('app.name')}` : t('app.name');
  });

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="top">
        <a className="brand" href={href(home)}>
          {t('app.name')}
        </a>
        {session && (
          <nav aria-label={t('app.nav')}>
            <ul>
              {!isAnalyst(session.persona) && !isParticipant(session.persona) && !isAuditor(session.persona) && (
                <li>
                  <a href={href({ page: 'caseload' })} aria-current={route.page === 'caseload' ? 'page' : undefined}>
                    {t('nav.caseload')}
                  </a>
                </li>
              )}
              {caseAgency(session.persona) && (
                <li>
                  <a href={href({ page: 'employers' })} aria-current={route.page === 'employers' ? 'page' : undefined}>
                    {t('nav.employers')}
                  </a>
                </li>
              )}
              {canEnrol(session.persona) && (
                <li>
                  <a href={href({ page: 'enrol' })} aria-current={route.page === 'enrol' ? 'page' : undefined}>
                    {t('nav.enrol')}
                  </a>
                </li>
              )}
              {canRegister(session.persona) && (
                <li>
                  <a href={href({ page: 'register' })} aria-current={route.page === 'register' ? 'page' : undefined}>
                    {t('nav.register')}
                  </a>
                </li>
              )}
              {isParticipant(session.persona) && (
                <li>
                  <a
                    href={href({ page: 'my-plan' })}
                    aria-current={route.page === 'my-plan' || route.page === 'caseload' ? 'page' : undefined}
                  >
                    {t('nav.myPlan')}
                  </a>
                </li>
              )}
              {isAuditor(session.persona) && (
                <li>
                  <a
                    href={href({ page: 'audit', filters: {} })}
                    aria-current={route.page === 'audit' || route.page === 'caseload' ? 'page' : undefined}
                  >
                    {t('nav.audit')}
                  </a>
                </li>
              )}
              {isAnalyst(session.persona) && (
                <li>
                  <a
                    href={href({ page: 'report' })}
                    aria-current={route.page === 'report' || route.page === 'caseload' ? 'page' : undefined}
                  >
                    {t('nav.report')}
                  </a>
                </li>
              )}
              {devMode && (
                <li>
                  <a href={href({ page: 'ide' })} aria-current={route.page === 'ide' ? 'page' : undefined}>
                    {t('nav.ide')}
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="who">
          <LanguageSwitch />
          {session && (
            <>
              <span>{t('app.signedInAs', { name: session.persona.name, org: session.persona.org })}</span>
              <button type="button" onClick={signOut}>
                {t('app.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
