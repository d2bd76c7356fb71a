/**
 * The tertial (or any period's) report as FINSAM reads it, in Swedish: the
 * figures by gender against the targets, month by month, what was withheld
 * and why, the definitions' version and the day it was produced. Nothing is
 * computed here: it only lays out the figures the agencies published (the
 * same values as the GraphQL answer). The CSV (csv.ts) and the Excel
 * workbook (the gateway's report-workbook.ts) are both made from it.
 */

export interface DocFigure {
  value: number | null;
  withheld: string | null;
}

export interface DocTable {
  cols: string[];
  rows: Array<{ label: string; cells: DocFigure[]; total: DocFigure }>;
  colTotals: DocFigure[];
  total: DocFigure;
}

export interface DocPublication {
  status: string;
  version: number | null;
  publishedOn: string | null;
  publishedBy?: string | null;
  reason: string | null;
  definitionsVersion: string;
  hash: string | null;
  dueOn: string | null;
}

/** The programme report as the document query returns it (parts may be missing when an agency could not be reached). */
export interface DocReport {
  period: string;
  from: string;
  lastDay: string;
  madeOn: string;
  afPublication?: DocPublication | null;
  malmoPublication?: DocPublication | null;
  enrolled?: DocTable | null;
  ongoing?: DocTable | null;
  discharged?: DocTable | null;
  timeToOutcome?: {
    groups: Array<{
      group: string;
      people: DocFigure;
      medianMonths: DocFigure;
      within6Months: DocFigure;
      within12Months: DocFigure;
    }>;
  } | null;
  timeToOutcomeByBackground?: DocReport['timeToOutcome'];
  socialAssistanceLeft?: {
    groups: Array<{ group: string; population: DocFigure; count: DocFigure; share: DocFigure }>;
    byMonth?: Array<{ month: string; groups: Array<{ group: string; share: DocFigure }> }>;
  } | null;
  targets?: Array<{
    figure: string;
    value: DocFigure;
    target: number;
    dueByToday: number;
    progress: number | null;
    onTrack: boolean | null;
    byGender: Array<{ group: string; value: DocFigure }>;
    minimum: DocFigure | null;
  }> | null;
  ongoingLevel?: Array<{ group: string; average: DocFigure; minimum: DocFigure }> | null;
  monthly?: { ongoingAtMonthEnd: DocTable; enrolled: DocTable; discharged: DocTable } | null;
}

/** A value in the document: a number of some kind, a yes/no, a text, or withheld with its reason. */
export type DocValue =
  | { kind: 'count' | 'share' | 'months' | 'number' | 'progress'; value: number | null; withheld: string | null }
  | { kind: 'yesno'; value: boolean | null; withheld: string | null }
  | { kind: 'text'; value: string | null; withheld: null };

export interface DocSection {
  /** Short name, for a sheet. */
  sheet: string;
  title: string;
  columns: string[];
  rows: Array<{ label: string; cells: DocValue[] }>;
  /** Set when the part of the report could not be made (its agency could not be reached). */
  missing?: string;
}

export interface ReportDocument {
  title: string;
  /** Lines at the top: what, which period, when made, which definitions, published or preliminary. */
  meta: Array<[string, string]>;
  sections: DocSection[];
  /** Every withheld figure, by section, and why. */
  withheld: Array<{ section: string; row: string; column: string; reason: string }>;
  /** The reasons a figure can be withheld, explained. */
  reasons: Array<[string, string]>;
}

const SV_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export const SV_LABELS: Readonly<Record<string, string>> = {
  WOMAN: 'Kvinnor',
  MAN: 'Män',
  OTHER: 'Annat',
  ALL: 'Totalt',
  AF: 'Arbetsförmedlingen',
  SOCIAL_SERVICES: 'Socialtjänsten',
  FK: 'Försäkringskassan',
  WORK_UNSUBSIDISED: 'Arbete utan stöd',
  WORK_SUBSIDISED: 'Arbete med stöd',
  STUDIES: 'Studier',
  REHAB_COOPERATION: 'Rehabiliteringssamverkan AF/FK',
  OTHER_INTERVENTION: 'Annan insats',
  MOVED: 'Flyttat',
  ENDED_OTHER: 'Avslutat av annat skäl',
  WORK: 'Arbete (summa)',
  WORK_OR_STUDIES: 'Arbete eller studier (summa)',
  LEFT: 'Utan försörjningsstöd',
  STILL_RECEIVING: 'Med försörjningsstöd',
  BORN_IN_EUROPE: 'Född i Europa',
  BORN_OUTSIDE_EUROPE: 'Född utanför Europa',
  TO_WORK_OR_STUDIES: 'Till arbete eller studier',
  TO_REHAB_COOPERATION: 'Till rehabiliteringssamverkan AF/FK',
  FK_ENTRIES: 'Inskrivna från Försäkringskassan',
  SOCIAL_ASSISTANCE_LEFT: 'Lämnat försörjningsstöd (andel)',
  ONGOING: 'Pågående deltagare (nivå, genomsnitt)',
};

/** Why a figure is withheld, in words. */
export const SV_WITHHELD: Readonly<Record<string, string>> = {
  SMALL_CELL: 'Undanhållen: färre än 5 personer, eller skulle låta någon räkna ut en sådan uppgift',
  NO_POPULATION: 'Ingen att räkna på',
  UNSTABLE: 'Undanhållen: en person mer eller mindre skulle ändra värdet',
  NOT_PUBLISHED: 'Publiceras inte i denna form (andelar inom 6 och 12 månader först i publicerad rapport)',
  UNAVAILABLE: 'Saknas: myndigheten kunde inte nås när rapporten togs fram',
};

const sv = (code: string) => SV_LABELS[code] ?? code;

/** A date as Swedes write it in a report: 30 april 2026. */
export function svDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${SV_MONTHS[m - 1]} ${y}`;
}

/** A month label, YYYY-MM, as "mars 2026". */
export function svMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${SV_MONTHS[m - 1]} ${y}`;
}

function describePeriod(r: DocReport): string {
  const p = r.period;
  if (/^\d{4}$/.test(p)) return `Helåret ${p}`;
  const t = /^(\d{4})-T([1-3])$/.exec(p);
  if (t) return `Tertial ${t[2]} ${t[1]} (${['januari–april', 'maj–augusti', 'september–december'][Number(t[2]) - 1]})`;
  if (/^\d{4}-\d{2}$/.test(p)) return svMonth(p);
  return `Hela programmet hittills (${svDate(r.from)}–${svDate(r.lastDay)})`;
}

function publicationText(p: DocPublication | null | undefined): string {
  if (!p) return SV_WITHHELD.UNAVAILABLE!;
  if (p.status === 'PUBLISHED') {
    const how = p.publishedBy === 'AUTOMATIC' ? 'automatiskt efter karenstiden' : 'av analytiker';
    const corr = p.version && p.version > 1 ? `, rättelse: ${p.reason ?? ''}` : '';
    return `Publicerad version ${p.version} den ${svDate(p.publishedOn!)} (${how})${corr}; SHA-256 ${p.hash}`;
  }
  return p.dueOn
    ? `Preliminär: räknas om vid varje fråga, publiceras senast ${svDate(p.dueOn)}`
    : 'Preliminär: räknas om vid varje fråga';
}

const count = (f: DocFigure | null | undefined): DocValue => ({
  kind: 'count',
  value: f?.value ?? null,
  withheld: f ? f.withheld : 'UNAVAILABLE',
});
const share = (f: DocFigure | null | undefined): DocValue => ({
  kind: 'share',
  value: f?.value ?? null,
  withheld: f ? f.withheld : 'UNAVAILABLE',
});

function tableSection(
  sheet: string,
  title: string,
  rowHead: string,
  t: DocTable | null | undefined,
  colLabel: (c: string) => string = sv,
): DocSection {
  if (!t) return { sheet, title, columns: [rowHead], rows: [], missing: SV_WITHHELD.UNAVAILABLE! };
  const multi = t.cols.length > 1;
  return {
    sheet,
    title,
    columns: [rowHead, ...(multi ? t.cols.map(colLabel) : []), 'Totalt'],
    rows: [
      ...t.rows.map((r) => ({ label: r.label, cells: [...(multi ? r.cells.map(count) : []), count(r.total)] })),
      { label: 'ALL', cells: [...(multi ? t.colTotals.map(count) : []), count(t.total)] },
    ],
  };
}

/** The report as a document in Swedish; `producedOn` is the day the document was made. */
export function reportDocument(r: DocReport, producedOn: string): ReportDocument {
  const definitions = r.afPublication?.definitionsVersion ?? r.malmoPublication?.definitionsVersion ?? null;
  const meta: Array<[string, string]> = [
    ['Rapport', 'Malmökraften – uppföljning av utfallsmålen till FINSAM'],
    ['Period', `${r.period}: ${describePeriod(r)}`],
    ['Framtagen', producedOn],
    ['Siffrorna avser läget', r.madeOn],
    ['Definitioner', definitions ? `version ${definitions} (docs/REPORT-DEFINITIONS.md)` : 'okänd'],
    ['Arbetsförmedlingen', publicationText(r.afPublication)],
    ['Malmö stad', publicationText(r.malmoPublication)],
    [
      'Skydd',
      'Antal avrundas till närmaste 5; färre än 5 personer visas inte, och inte heller uppgifter som skulle låta någon räkna ut dem.',
    ],
  ];
  const sections: DocSection[] = [];
  // Targets, by gender.
  sections.push({
    sheet: 'Mål',
    title: 'Utfall mot utfallsmålen, per kön',
    columns: [
      'Mål',
      'Utfall',
      'Kvinnor',
      'Män',
      'Lägsta nivå',
      'Mål för perioden',
      'Förväntat hittills',
      'Andel av målet',
      'I fas',
    ],
    rows: (r.targets ?? []).map((t) => {
      const isShare = t.figure === 'SOCIAL_ASSISTANCE_LEFT';
      const value = (f: DocFigure | null | undefined): DocValue => (isShare ? share(f) : count(f));
      const g = (code: string) => t.byGender.find((x) => x.group === code)?.value;
      return {
        label: t.figure,
        cells: [
          value(t.value),
          value(g('WOMAN') ?? { value: null, withheld: null }),
          value(g('MAN') ?? { value: null, withheld: null }),
          t.minimum ? count(t.minimum) : { kind: 'text', value: null, withheld: null },
          { kind: isShare ? 'share' : 'number', value: t.target, withheld: null },
          { kind: isShare ? 'share' : 'number', value: t.dueByToday, withheld: null },
          { kind: 'progress', value: t.progress, withheld: null },
          { kind: 'yesno', value: t.onTrack, withheld: null },
        ],
      };
    }),
    ...(r.targets ? {} : { missing: SV_WITHHELD.UNAVAILABLE! }),
  });
  sections.push(tableSection('Inskrivna', 'Inskrivna under perioden, per kön och ingång', 'Kön', r.enrolled));
  sections.push(tableSection('Pågående', 'Pågående någon gång under perioden, per kön', 'Kön', r.ongoing));
  sections.push({
    sheet: 'Nivå',
    title: 'Pågående som nivå: genomsnitt och lägsta antal av periodens dagar',
    columns: ['Kön', 'Genomsnitt', 'Lägsta'],
    rows: (r.ongoingLevel ?? []).map((l) => ({ label: l.group, cells: [count(l.average), count(l.minimum)] })),
    ...(r.ongoingLevel ? {} : { missing: SV_WITHHELD.UNAVAILABLE! }),
  });
  sections.push(tableSection('Utskrivna', 'Utskrivna under perioden, per kön och utfall', 'Kön', r.discharged));
  for (const [sheet, title, t] of [
    ['Tid kön', 'Tid från inskrivning till arbete eller studier, per kön', r.timeToOutcome],
    ['Tid bakgrund', 'Tid från inskrivning till arbete eller studier, per bakgrund', r.timeToOutcomeByBackground],
  ] as const) {
    sections.push({
      sheet,
      title,
      columns: ['Grupp', 'Antal', 'Median (hela månader)', 'Andel inom 6 månader', 'Andel inom 12 månader'],
      rows: (t?.groups ?? []).map((g) => ({
        label: g.group,
        cells: [
          count(g.people),
          { kind: 'months', value: g.medianMonths.value, withheld: g.medianMonths.withheld },
          share(g.within6Months),
          share(g.within12Months),
        ],
      })),
      ...(t ? {} : { missing: SV_WITHHELD.UNAVAILABLE! }),
    });
  }
  sections.push({
    sheet: 'Försörjningsstöd',
    title: 'Hade försörjningsstöd vid inskrivning och inte dagen efter utskrivning (Malmö stads uppgifter)',
    columns: ['Kön', 'Utskrivna med försörjningsstöd vid inskrivning', 'Utan försörjningsstöd efter', 'Andel'],
    rows: (r.socialAssistanceLeft?.groups ?? []).map((g) => ({
      label: g.group,
      cells: [count(g.population), count(g.count), share(g.share)],
    })),
    ...(r.socialAssistanceLeft ? {} : { missing: SV_WITHHELD.UNAVAILABLE! }),
  });
  // Month by month.
  const monthly = r.monthly;
  const months = monthly?.enrolled.rows.map((x) => x.label) ?? [];
  const byGender = (t: DocTable | undefined, month: string, g: string): DocValue => {
    const row = t?.rows.find((x) => x.label === month);
    const i = t?.cols.indexOf(g) ?? -1;
    return count(row ? (i >= 0 ? row.cells[i] : row.total) : null);
  };
  const saMonth = (month: string, g: string): DocValue =>
    share(
      r.socialAssistanceLeft?.byMonth?.find((m) => m.month === month)?.groups.find((x) => x.group === g)?.share ?? null,
    );
  sections.push({
    sheet: 'Månadsvis',
    title: 'Månad för månad, per kön',
    columns: [
      'Månad',
      'Pågående vid månadens slut, kvinnor',
      'Pågående vid månadens slut, män',
      'Pågående vid månadens slut, totalt',
      'Inskrivna, kvinnor',
      'Inskrivna, män',
      'Inskrivna, totalt',
      'Utskrivna, kvinnor',
      'Utskrivna, män',
      'Utskrivna, totalt',
      'Lämnat försörjningsstöd, andel kvinnor',
      'Lämnat försörjningsstöd, andel män',
      'Lämnat försörjningsstöd, andel totalt',
    ],
    rows: months.map((m) => ({
      label: m,
      cells: [
        ...['WOMAN', 'MAN', 'ALL'].map((g) => byGender(monthly?.ongoingAtMonthEnd, m, g)),
        ...['WOMAN', 'MAN', 'ALL'].map((g) => byGender(monthly?.enrolled, m, g)),
        ...['WOMAN', 'MAN', 'ALL'].map((g) => byGender(monthly?.discharged, m, g)),
        ...['WOMAN', 'MAN', 'ALL'].map((g) => saMonth(m, g)),
      ],
    })),
    ...(monthly ? {} : { missing: SV_WITHHELD.UNAVAILABLE! }),
  });
  const withheld: ReportDocument['withheld'] = [];
  for (const s of sections) {
    if (s.missing) withheld.push({ section: s.title, row: '', column: '', reason: s.missing });
    for (const row of s.rows) {
      row.cells.forEach((c, j) => {
        if (c.withheld && c.value === null)
          withheld.push({
            section: s.title,
            row: rowLabel(row.label),
            column: s.columns[j + 1] ?? '',
            reason: SV_WITHHELD[c.withheld] ?? c.withheld,
          });
      });
    }
  }
  return {
    title: `Malmökraften – uppföljning ${r.period}`,
    meta,
    sections,
    withheld,
    reasons: Object.entries(SV_WITHHELD).map(([code, text]) => [code, text]),
  };
}

/** A row label in Swedish: a code, or a month. */
export function rowLabel(label: string): string {
  return /^\d{4}-\d{2}$/.test(label) ? svMonth(label) : sv(label);
}

/** The GraphQL document the CSV and the workbook run: every figure of the report, and both publications. */
export const REPORT_DOCUMENT_QUERY = (() => {
  const fig = '{ value withheld }';
  const table = `{ cols rows { label cells ${fig} total ${fig} } colTotals ${fig} total ${fig} }`;
  const timing = `{ groups { group people ${fig} medianMonths ${fig} within6Months ${fig} within12Months ${fig} } }`;
  const publication = '{ status version publishedOn publishedBy reason definitionsVersion hash dueOn }';
  return `query ReportDocument($period: String!) {
  programmeReport(period: $period) {
    period from lastDay madeOn
    afPublication ${publication}
    malmoPublication ${publication}
    enrolled ${table}
    ongoing ${table}
    discharged ${table}
    timeToOutcome(by: GENDER) ${timing}
    timeToOutcomeByBackground: timeToOutcome(by: BACKGROUND) ${timing}
    socialAssistanceLeft { groups { group population ${fig} count ${fig} share ${fig} } byMonth { month groups { group share ${fig} } } }
    targets { figure value ${fig} target dueByToday progress onTrack byGender { group value ${fig} } minimum ${fig} }
    ongoingLevel { group average ${fig} minimum ${fig} }
    monthly { ongoingAtMonthEnd ${table} enrolled ${table} discharged ${table} }
  }
}`;
})();
