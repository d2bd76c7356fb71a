import { reportDocument, rowLabel, SV_WITHHELD, type DocReport, type DocValue } from './document';

/**
 * The programme report as CSV for Swedish spreadsheets: UTF-8 with a byte
 * order mark (so Excel reads å, ä, ö right), semicolons between fields,
 * decimal commas, Swedish headings, and the period, the day the file was
 * produced, the definitions' version and whether the figures are published
 * at the top. One line per published figure, with the same values the
 * GraphQL answer carries; a withheld figure has an empty value and the
 * reason in words beside it. Nothing is computed here.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_HEADER = ['Avsnitt', 'Period', 'Rad', 'Kolumn', 'Värde', 'Anmärkning'] as const;

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number with a decimal comma and at most `digits` decimals (no thousands separator: spreadsheets read it as a number). */
export function svNumber(n: number, digits: number): string {
  let fixed = n.toFixed(digits);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return fixed.replace('.', ',').replace(/^-0$/, '0');
}

/** A document value as CSV text. */
export function csvValue(v: DocValue): string {
  if (v.value === null) return '';
  switch (v.kind) {
    case 'yesno':
      return v.value ? 'Ja' : 'Nej';
    case 'text':
      return v.value;
    case 'count':
      return svNumber(v.value, 0);
    case 'share':
    case 'progress':
      return svNumber(v.value, 3);
    case 'months':
      return svNumber(v.value, 1);
    case 'number':
      return svNumber(v.value, 1);
  }
}

/**
 * The report's lines: the facts about the file first, an empty line, then
 * the heading and a line per figure of every section (a section whose
 * agency could not be reached has one line saying so, never zeros).
 */
export function reportToCsv(r: DocReport, producedOn: string): string {
  const doc = reportDocument(r, producedOn);
  const lines: string[][] = doc.meta.map(([k, v]) => [k, v]);
  lines.push([]);
  lines.push([...CSV_HEADER]);
  for (const s of doc.sections) {
    if (s.missing) lines.push([s.title, r.period, '', '', '', s.missing]);
    for (const row of s.rows) {
      row.cells.forEach((c, j) => {
        if (c.kind === 'text' && c.value === null) return;
        const note = c.value === null && c.withheld ? (SV_WITHHELD[c.withheld] ?? c.withheld) : '';
        lines.push([s.title, r.period, rowLabel(row.label), s.columns[j + 1] ?? '', csvValue(c), note]);
      });
    }
  }
  return CSV_BOM + lines.map((l) => l.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
