/**
 * The programme report as CSV: one line per published figure, with the same
 * values the GraphQL answer carries (a withheld figure is an empty value
 * with its reason beside it). Nothing is computed here; it only lays out
 * what the agencies published.
 */

export interface CsvFigure {
  value: number | null;
  withheld: string | null;
}

export interface CsvTable {
  cols: string[];
  rows: Array<{ label: string; cells: CsvFigure[]; total: CsvFigure; medianDays?: CsvFigure | null }>;
  colTotals: CsvFigure[];
  total: CsvFigure;
  medianDays?: CsvFigure | null;
}

export interface CsvReport {
  period: string;
  madeOn: string;
  enrolled?: CsvTable | null;
  ongoing?: CsvTable | null;
  discharged?: CsvTable | null;
  timeToOutcome?: { groups: Array<{ group: string; people: CsvFigure; medianDays: CsvFigure; within6Months: CsvFigure; within12Months: CsvFigure }> } | null;
  timeToOutcomeByBackground?: CsvReport['timeToOutcome'];
  socialAssistanceLeft?: { groups: Array<{ group: string; population: CsvFigure; count: CsvFigure; share: CsvFigure }> } | null;
  targets?: Array<{ figure: string; value: CsvFigure; target: number; dueByToday: number; progress: number | null; onTrack: boolean | null }> | null;
}

export const CSV_HEADER = ['figure', 'period', 'row', 'column', 'value', 'withheld'] as const;

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Lines of the report. Tables give a line per cell, per row total (column
 * TOTAL), per column total (row TOTAL) and the grand total; a figure that
 * did not arrive (its agency could not be reached) gives one line with the
 * reason UNAVAILABLE, so a missing part is never read as zero.
 */
export function reportToCsv(r: CsvReport): string {
  const lines: string[][] = [];
  const add = (figure: string, row: string, column: string, f: CsvFigure | number | boolean | null) => {
    if (f !== null && typeof f === 'object') lines.push([figure, r.period, row, column, f.value === null ? '' : String(f.value), f.withheld ?? '']);
    else lines.push([figure, r.period, row, column, f === null ? '' : String(f), '']);
  };
  const missing = (figure: string) => lines.push([figure, r.period, '', '', '', 'UNAVAILABLE']);
  const table = (figure: string, t: CsvTable | null | undefined) => {
    if (!t) return missing(figure);
    for (const row of t.rows) {
      row.cells.forEach((c, j) => add(figure, row.label, t.cols[j] ?? '', c));
      add(figure, row.label, 'TOTAL', row.total);
      if (row.medianDays) add(figure, row.label, 'MEDIAN_DAYS', row.medianDays);
    }
    t.colTotals.forEach((c, j) => add(figure, 'TOTAL', t.cols[j] ?? '', c));
    add(figure, 'TOTAL', 'TOTAL', t.total);
    if (t.medianDays) add(figure, 'TOTAL', 'MEDIAN_DAYS', t.medianDays);
  };
  const timing = (figure: string, t: CsvReport['timeToOutcome']) => {
    if (!t) return missing(figure);
    for (const g of t.groups) {
      add(figure, g.group, 'PEOPLE', g.people);
      add(figure, g.group, 'MEDIAN_DAYS', g.medianDays);
      add(figure, g.group, 'WITHIN_6_MONTHS', g.within6Months);
      add(figure, g.group, 'WITHIN_12_MONTHS', g.within12Months);
    }
  };
  table('ENROLLED', r.enrolled);
  table('ONGOING', r.ongoing);
  table('DISCHARGED', r.discharged);
  timing('TIME_TO_OUTCOME_BY_GENDER', r.timeToOutcome);
  timing('TIME_TO_OUTCOME_BY_BACKGROUND', r.timeToOutcomeByBackground);
  if (!r.socialAssistanceLeft) missing('SOCIAL_ASSISTANCE_LEFT');
  for (const g of r.socialAssistanceLeft?.groups ?? []) {
    add('SOCIAL_ASSISTANCE_LEFT', g.group, 'POPULATION', g.population);
    add('SOCIAL_ASSISTANCE_LEFT', g.group, 'LEFT', g.count);
    add('SOCIAL_ASSISTANCE_LEFT', g.group, 'SHARE', g.share);
  }
  if (!r.targets) missing('TARGET');
  for (const t of r.targets ?? []) {
    add('TARGET', t.figure, 'VALUE', t.value);
    add('TARGET', t.figure, 'TARGET', t.target);
    add('TARGET', t.figure, 'DUE_BY_TODAY', t.dueByToday);
    add('TARGET', t.figure, 'PROGRESS', t.progress);
    add('TARGET', t.figure, 'ON_TRACK', t.onTrack);
  }
  return [CSV_HEADER as readonly string[], ...lines].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The GraphQL document the CSV export runs: every figure of the report. */
export const REPORT_CSV_QUERY = (() => {
  const fig = '{ value withheld }';
  const table = `{ cols rows { label cells ${fig} total ${fig} medianDays ${fig} } colTotals ${fig} total ${fig} medianDays ${fig} }`;
  const timing = `{ groups { group people ${fig} medianDays ${fig} within6Months ${fig} within12Months ${fig} } }`;
  return `query ReportCsv($period: String!) {
  programmeReport(period: $period) {
    period madeOn
    enrolled ${table}
    ongoing ${table}
    discharged ${table}
    timeToOutcome(by: GENDER) ${timing}
    timeToOutcomeByBackground: timeToOutcome(by: BACKGROUND) ${timing}
    socialAssistanceLeft { groups { group population ${fig} count ${fig} share ${fig} } }
    targets { figure value ${fig} target dueByToday progress onTrack }
  }
}`;
})();
