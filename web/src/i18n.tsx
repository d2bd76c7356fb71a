/**
 * Swedish first, English second. One dictionary per language; English must
 * have every key Swedish has (the type says so).
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AGENCY_NAMES, type Agency } from './agencies';
import { enWork, svWork } from './i18n-work';
import { enEmployers, svEmployers } from './i18n-employers';
import { enMapping, svMapping } from './i18n-mapping';

const sv = {
  'app.name': 'Malmökraften',
  'app.skip': 'Hoppa till innehållet',
  'app.nav': 'Huvudmeny',
  'app.language': 'Språk',
  'app.signedInAs': 'Inloggad som {name} ({org})',
  'app.signOut': 'Logga ut',
  'app.loading': 'Hämtar …',
  'nav.caseload': 'Ärenden',
  'nav.report': 'Programrapport',
  'nav.ide': 'GraphQL-verktyg',
  'signin.title': 'Logga in',
  'signin.intro': 'Välj en demoperson. Inloggning med demopersoner finns bara i utvecklingsläge.',
  'signin.persona': 'Demoperson',
  'signin.submit': 'Logga in',
  'signin.unavailable': 'Inloggning med demopersoner är avstängd: servern körs i produktionsläge.',
  'signin.failed': 'Inloggningen misslyckades: {message}',
  'caseload.title': 'Teamets ärenden',
  'caseload.team': 'Team',
  'caseload.noTeam': 'Du tillhör inget team och har därför inga ärenden här.',
  'caseload.summary': '{name}: {ongoing} pågående ärenden av {capacity} platser.',
  'caseload.participant': 'Deltagare',
  'caseload.name': 'Namn',
  'caseload.status': 'Status',
  'caseload.enrolled': 'Inskriven',
  'caseload.nextFollowUp': 'Nästa uppföljning',
  'caseload.none': 'Ingen bokad',
  'caseload.hidden': 'Visas inte',
  'caseload.empty': 'Teamet har inga pågående ärenden.',
  'caseload.open': 'Öppna deltagare',
  'caseload.openId': 'Deltagar-id',
  'caseload.openSubmit': 'Visa plan',
  'status.ENROLLED': 'Inskriven',
  'status.DISCHARGED': 'Utskriven',
  'plan.title': 'Gemensam planering för {id}',
  'plan.back': 'Tillbaka till ärenden',
  'plan.programme': 'Programmet',
  'plan.team': 'Team',
  'plan.goal': 'Mål',
  'plan.nextFollowUp': 'Nästa uppföljning',
  'plan.timeline': 'Tidslinje',
  'plan.timelineHelp':
    'En rad per myndighet. Insatser som pågår samtidigt som en annan myndighets insats är markerade som parallella.',
  'plan.noInterventions': 'Inga insatser.',
  'plan.withheld': 'Undanhållet',
  'plan.parallel': 'parallell med {count}',
  'plan.openEnded': 'tills vidare',
  'plan.undated': 'Utan datum',
  'plan.today': 'I dag',
  'plan.asTable': 'Visa planen som tabell',
  'plan.agency': 'Myndighet',
  'plan.intervention': 'Insats',
  'plan.period': 'Period',
  'plan.extent': 'Omfattning',
  'plan.officer': 'Ansvarig',
  'plan.parallelWith': 'Parallell med',
  'plan.moreParallel': 'och {count} till',
  'plan.partial': 'Visar de första {shown} av planens {count} insatser.',
  'plan.unavailable': '{agency} svarade inte; dess del saknas.',
  'form.title': 'Registrera insats för {agency}',
  'form.type': 'Typ av insats',
  'form.name': 'Benämning',
  'form.status': 'Status',
  'form.startDate': 'Startdatum',
  'form.endDate': 'Slutdatum',
  'form.extent': 'Omfattning (procent av heltid)',
  'form.submit': 'Registrera',
  'form.saving': 'Sparar …',
  'form.saved': 'Insatsen "{title}" är registrerad.',
  'form.errors': 'Insatsen registrerades inte:',
  'form.notAllowed': 'Din roll registrerar inga insatser här.',
  'istatus.PLANNED': 'Planerad',
  'istatus.ONGOING': 'Pågående',
  'istatus.COMPLETED': 'Avslutad',
  'istatus.CANCELLED': 'Avbruten',
  'report.title': 'Programrapport',
  'report.period': 'Period',
  'report.periodHelp': 'År (2026), tertial (2026-T1), månad (2026-03) eller ALL.',
  'report.show': 'Visa',
  'report.csv': 'Ladda ner CSV',
  'report.csvFailed': 'Nedladdningen misslyckades: {message}',
  'report.madeOn': 'Siffrorna gäller till och med {date}.',
  'report.targets': 'Utfall mot mål',
  'report.targetsChart':
    'Utfall mot mål: stapel för utfall, streck för vad som ska vara nått i dag, ram för hela målet.',
  'report.figure': 'Mått',
  'report.value': 'Utfall',
  'report.target': 'Mål',
  'report.due': 'Ska vara nått i dag',
  'report.progress': 'Andel av målet',
  'report.onTrack': 'I fas',
  'report.yes': 'Ja',
  'report.no': 'Nej',
  'report.byGender': '{table} per kön',
  'report.gender': 'Kön',
  'report.total': 'Totalt',
  'report.median': 'Tid till utfall',
  'report.within6': 'Inom 6 månader',
  'report.within12': 'Inom 12 månader',
  'report.socialAssistance': 'Lämnat försörjningsstöd',
  'report.share': 'Andel',
  'report.group': 'Grupp',
  'report.withheld.SMALL_CELL': 'skyddad (för få)',
  'report.withheld.NO_POPULATION': 'ingen att räkna på',
  'report.withheld.UNSTABLE': 'skyddad (en person skulle ändra den)',
  'report.withheld.NOT_PUBLISHED': 'visas i publicerad rapport',
  'report.medianMonths': 'Median (hela månader)',
  'report.women': 'Kvinnor',
  'report.men': 'Män',
  'report.minimum': 'Lägsta nivå',
  'report.xlsx': 'Ladda ner Excel',
  'report.print': 'Skriv ut',
  'report.produced': 'Framtagen {date}. Definitioner version {version}.',
  'report.status.PUBLISHED': '{agency}: publicerad version {version} den {date} ({by}). Kontrollsumma {hash}.',
  'report.status.PRELIMINARY': '{agency}: preliminär, räknas om vid varje fråga.',
  'report.status.due': '{agency}: preliminär, publiceras senast {date}.',
  'report.status.correction': 'Rättelse: {reason}',
  'report.by.AUTOMATIC': 'automatiskt',
  'report.by.ANALYST': 'av analytiker',
  'report.publish': 'Publicera perioden',
  'report.correct': 'Publicera rättelse',
  'report.reason': 'Skäl till rättelsen',
  'report.published': 'Publicerad: version {version}.',
  'report.monthly': 'Månad för månad',
  'report.month': 'Månad',
  'report.monthEnd': 'Pågående vid månadens slut',
  'report.level': 'Pågående som nivå',
  'report.average': 'Genomsnitt',
  'report.withheldWhy': 'Undanhållna uppgifter',
  'report.withheldCount': '{count} uppgifter i rapporten är undanhållna.',
  'report.withheldNote':
    'Siffror om färre än fem personer, och siffror som skulle avslöja dem, visas inte. Antal är avrundade till närmaste fem.',
  'report.tables': 'Tabeller',
  'report.table.enrolled': 'Inskrivna',
  'report.table.ongoing': 'Pågående',
  'report.table.discharged': 'Utskrivna',
  'report.chartAlt': 'Diagrammet finns också som tabell nedan.',
  'target.TO_WORK_OR_STUDIES': 'Till arbete eller studier',
  'target.TO_REHAB_COOPERATION': 'Till rehabiliteringssamverkan AF/FK',
  'target.FK_ENTRIES': 'Inskrivna från Försäkringskassan',
  'target.SOCIAL_ASSISTANCE_LEFT': 'Lämnat försörjningsstöd',
  'target.ONGOING': 'Pågående deltagare',
  'gender.WOMAN': 'Kvinnor',
  'gender.MAN': 'Män',
  'gender.OTHER': 'Annat',
  'gender.ALL': 'Alla',
  'ide.title': 'GraphQL-verktyg',
  'ide.intro': 'Frågor går till gatewayen med den inloggade personens token. Finns bara i utvecklingsläge.',
  'error.code': 'Felkod {code}',
  'error.network': 'Servern kunde inte nås.',
  'notfound.title': 'Sidan finns inte',
  'agency.AF': 'Arbetsförmedlingen',
  'agency.MALMO': 'Malmö stad',
  'agency.FK': 'Försäkringskassan',
  'agency.REGION': 'Region Skåne',
  ...svWork,
  ...svEmployers,
  ...svMapping,
} as const;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  'app.name': 'Malmökraften',
  'app.skip': 'Skip to content',
  'app.nav': 'Main menu',
  'app.language': 'Language',
  'app.signedInAs': 'Signed in as {name} ({org})',
  'app.signOut': 'Sign out',
  'app.loading': 'Loading …',
  'nav.caseload': 'Caseload',
  'nav.report': 'Programme report',
  'nav.ide': 'GraphQL IDE',
  'signin.title': 'Sign in',
  'signin.intro': 'Choose a demo persona. Demo sign-in exists in development mode only.',
  'signin.persona': 'Demo persona',
  'signin.submit': 'Sign in',
  'signin.unavailable': 'Demo sign-in is off: the server runs in production mode.',
  'signin.failed': 'Sign-in failed: {message}',
  'caseload.title': "The team's caseload",
  'caseload.team': 'Team',
  'caseload.noTeam': 'You are on no team, so you have no caseload here.',
  'caseload.summary': '{name}: {ongoing} ongoing cases of {capacity} places.',
  'caseload.participant': 'Participant',
  'caseload.name': 'Name',
  'caseload.status': 'Status',
  'caseload.enrolled': 'Enrolled',
  'caseload.nextFollowUp': 'Next follow-up',
  'caseload.none': 'None booked',
  'caseload.hidden': 'Not shown',
  'caseload.empty': 'The team has no ongoing cases.',
  'caseload.open': 'Open a participant',
  'caseload.openId': 'Participant id',
  'caseload.openSubmit': 'Show plan',
  'status.ENROLLED': 'Enrolled',
  'status.DISCHARGED': 'Discharged',
  'plan.title': 'Joint plan for {id}',
  'plan.back': 'Back to the caseload',
  'plan.programme': 'Programme',
  'plan.team': 'Team',
  'plan.goal': 'Goal',
  'plan.nextFollowUp': 'Next follow-up',
  'plan.timeline': 'Timeline',
  'plan.timelineHelp':
    "One lane per agency. Interventions that run at the same time as another agency's are marked parallel.",
  'plan.noInterventions': 'No interventions.',
  'plan.withheld': 'Withheld',
  'plan.parallel': 'parallel with {count}',
  'plan.openEnded': 'until further notice',
  'plan.undated': 'Undated',
  'plan.today': 'Today',
  'plan.asTable': 'Show the plan as a table',
  'plan.agency': 'Agency',
  'plan.intervention': 'Intervention',
  'plan.period': 'Period',
  'plan.extent': 'Extent',
  'plan.officer': 'Responsible',
  'plan.parallelWith': 'Parallel with',
  'plan.moreParallel': 'and {count} more',
  'plan.partial': 'Showing the first {shown} of the plan’s {count} interventions.',
  'plan.unavailable': '{agency} did not answer; its part is missing.',
  'form.title': 'Record an intervention for {agency}',
  'form.type': 'Kind of intervention',
  'form.name': 'Title',
  'form.status': 'Status',
  'form.startDate': 'Start date',
  'form.endDate': 'End date',
  'form.extent': 'Extent (per cent of full time)',
  'form.submit': 'Record',
  'form.saving': 'Saving …',
  'form.saved': 'The intervention "{title}" is recorded.',
  'form.errors': 'The intervention was not recorded:',
  'form.notAllowed': 'Your role records no interventions here.',
  'istatus.PLANNED': 'Planned',
  'istatus.ONGOING': 'Ongoing',
  'istatus.COMPLETED': 'Completed',
  'istatus.CANCELLED': 'Cancelled',
  'report.title': 'Programme report',
  'report.period': 'Period',
  'report.periodHelp': 'A year (2026), a tertial (2026-T1), a month (2026-03) or ALL.',
  'report.show': 'Show',
  'report.csv': 'Download CSV',
  'report.csvFailed': 'The download failed: {message}',
  'report.madeOn': 'The figures count events up to and including {date}.',
  'report.targets': 'Outcomes against targets',
  'report.targetsChart':
    'Outcomes against targets: bar for the outcome, tick for what is due by today, frame for the whole target.',
  'report.figure': 'Figure',
  'report.value': 'Outcome',
  'report.target': 'Target',
  'report.due': 'Due by today',
  'report.progress': 'Share of target',
  'report.onTrack': 'On track',
  'report.yes': 'Yes',
  'report.no': 'No',
  'report.byGender': '{table} by gender',
  'report.gender': 'Gender',
  'report.total': 'Total',
  'report.median': 'Time to outcome',
  'report.within6': 'Within 6 months',
  'report.within12': 'Within 12 months',
  'report.socialAssistance': 'Left social assistance',
  'report.share': 'Share',
  'report.group': 'Group',
  'report.withheld.SMALL_CELL': 'protected (too few)',
  'report.withheld.NO_POPULATION': 'no one to count',
  'report.withheld.UNSTABLE': 'protected (one person would change it)',
  'report.withheld.NOT_PUBLISHED': 'shown in the published report',
  'report.medianMonths': 'Median (whole months)',
  'report.women': 'Women',
  'report.men': 'Men',
  'report.minimum': 'Lowest level',
  'report.xlsx': 'Download Excel',
  'report.print': 'Print',
  'report.produced': 'Produced {date}. Definitions version {version}.',
  'report.status.PUBLISHED': '{agency}: published version {version} on {date} ({by}). Checksum {hash}.',
  'report.status.PRELIMINARY': '{agency}: preliminary, counted anew on every question.',
  'report.status.due': '{agency}: preliminary, published by {date} at the latest.',
  'report.status.correction': 'Correction: {reason}',
  'report.by.AUTOMATIC': 'automatically',
  'report.by.ANALYST': 'by an analyst',
  'report.publish': 'Publish the period',
  'report.correct': 'Publish a correction',
  'report.reason': 'Reason for the correction',
  'report.published': 'Published: version {version}.',
  'report.monthly': 'Month by month',
  'report.month': 'Month',
  'report.monthEnd': 'Ongoing at month end',
  'report.level': 'Ongoing as a level',
  'report.average': 'Average',
  'report.withheldWhy': 'Withheld figures',
  'report.withheldCount': '{count} figures in the report are withheld.',
  'report.withheldNote':
    'Figures about fewer than five people, and figures that would reveal them, are not shown. Counts are rounded to the nearest five.',
  'report.tables': 'Tables',
  'report.table.enrolled': 'Enrolled',
  'report.table.ongoing': 'Ongoing',
  'report.table.discharged': 'Discharged',
  'report.chartAlt': 'The chart is also given as a table below.',
  'target.TO_WORK_OR_STUDIES': 'To work or studies',
  'target.TO_REHAB_COOPERATION': 'To rehabilitation cooperation AF/FK',
  'target.FK_ENTRIES': 'Enrolled from Försäkringskassan',
  'target.SOCIAL_ASSISTANCE_LEFT': 'Left social assistance',
  'target.ONGOING': 'Ongoing participants',
  'gender.WOMAN': 'Women',
  'gender.MAN': 'Men',
  'gender.OTHER': 'Other',
  'gender.ALL': 'All',
  'ide.title': 'GraphQL IDE',
  'ide.intro': "Queries go to the gateway with the signed-in persona's token. Development mode only.",
  'error.code': 'Error code {code}',
  'error.network': 'The server could not be reached.',
  'notfound.title': 'No such page',
  'agency.AF': 'Arbetsförmedlingen (Swedish Public Employment Service)',
  'agency.MALMO': 'City of Malmö',
  'agency.FK': 'Försäkringskassan (Social Insurance Agency)',
  'agency.REGION': 'Region Skåne',
  ...enWork,
  ...enEmployers,
  ...enMapping,
};

export type Lang = 'sv' | 'en';
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { sv, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** A date or time in the language's format. */
  date: (iso: string, withTime?: boolean) => string;
  number: (n: number, opts?: Intl.NumberFormatOptions) => string;
}

const Context = createContext<I18n | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem('mk.lang');
  return stored === 'en' || stored === 'sv' ? stored : 'sv';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem('mk.lang', lang);
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const dict = DICTIONARIES[lang];
    const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
    return {
      lang,
      setLang: setLangState,
      t: (key, vars) =>
        dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m)),
      date: (iso, withTime) => {
        const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
        if (Number.isNaN(d.getTime())) return iso;
        return withTime
          ? d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' })
          : d.toLocaleDateString(locale, { dateStyle: 'medium' });
      },
      number: (n, opts) => n.toLocaleString(locale, opts),
    };
  }, [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

/** An agency's name: the app's own text where it has one, otherwise the name the agency registry gives it. */
export function agencyName(t: Translate, agency: Agency): string {
  const key = `agency.${agency}`;
  return isMessageKey(key) ? t(key) : AGENCY_NAMES[agency];
}
