import ExcelJS from 'exceljs';
import { reportDocument, rowLabel, SV_WITHHELD, type DocReport, type DocValue } from '@malmokraften/shared';

/**
 * The report as an Excel workbook, one per period (a tertial, a year, a
 * month or the programme so far), in Swedish: the sheet "Rapport" with what
 * the document is (period, production day, definitions' version, each
 * agency's publication with its version and hash, how the figures are
 * protected), one sheet per part of the report, and "Undanhållet" listing
 * every withheld figure and why. Numbers are stored as numbers with number
 * formats (counts, 0.0 %, months), so a Swedish Excel shows decimal commas
 * and sums work; withheld figures are empty cells with the reason in words
 * beside them in "Undanhållet" and as a cell note. Built with ExcelJS
 * rather than by hand: the Office Open XML format (zip, shared strings,
 * styles) is large and easy to get subtly wrong.
 */

const FORMATS: Record<string, string> = {
  count: '# ##0',
  number: '# ##0.0',
  share: '0.0 %',
  progress: '0 %',
  months: '0.0',
};

function put(cell: ExcelJS.Cell, v: DocValue): void {
  if (v.value === null) {
    if (v.withheld) {
      cell.value = v.withheld === 'NO_POPULATION' ? '–' : '..';
      cell.note = SV_WITHHELD[v.withheld] ?? v.withheld;
      cell.alignment = { horizontal: 'right' };
    }
    return;
  }
  if (v.kind === 'yesno') {
    cell.value = v.value ? 'Ja' : 'Nej';
    return;
  }
  cell.value = v.value;
  if (typeof v.value === 'number') cell.numFmt = FORMATS[v.kind] ?? 'General';
}

export async function reportWorkbook(r: DocReport, producedOn: string): Promise<Buffer> {
  const doc = reportDocument(r, producedOn);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Malmökraften';
  wb.title = doc.title;
  wb.subject = `Uppföljning ${r.period}`;
  wb.created = new Date(`${producedOn}T12:00:00Z`);
  wb.modified = wb.created;

  const cover = wb.addWorksheet('Rapport', {
    pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  cover.columns = [{ width: 24 }, { width: 110 }];
  cover.addRow([doc.title]).font = { bold: true, size: 14 };
  cover.addRow([]);
  for (const [k, v] of doc.meta) {
    const row = cover.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  cover.addRow([]);
  cover.addRow(['Innehåll']).font = { bold: true };
  for (const s of doc.sections) cover.addRow([s.sheet, s.title]);
  cover.addRow(['Undanhållet', 'Varje undanhållen uppgift och varför']);

  for (const s of doc.sections) {
    const ws = wb.addWorksheet(s.sheet.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 3 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.addRow([`${s.title}, ${r.period}`]).font = { bold: true, size: 12 };
    ws.addRow([
      s.missing ??
        `Siffrorna avser läget ${r.madeOn}. Antal avrundade till närmaste 5; .. = undanhållen (se bladet Undanhållet), – = ingen att räkna på.`,
    ]);
    const head = ws.addRow(s.columns);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'top' };
    for (const row of s.rows) {
      const line = ws.addRow([rowLabel(row.label)]);
      row.cells.forEach((c, j) => put(line.getCell(j + 2), c));
      if (row.label === 'ALL') line.font = { bold: true };
    }
    ws.getColumn(1).width = 34;
    for (let j = 2; j <= s.columns.length; j++) ws.getColumn(j).width = 16;
  }

  const withheld = wb.addWorksheet('Undanhållet', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  withheld.columns = [{ width: 60 }, { width: 28 }, { width: 36 }, { width: 80 }];
  withheld.addRow(['Undanhållna uppgifter och varför']).font = { bold: true, size: 12 };
  for (const [code, text] of doc.reasons) withheld.addRow([code, text]);
  withheld.addRow([]);
  withheld.addRow(['Avsnitt', 'Rad', 'Kolumn', 'Skäl']).font = { bold: true };
  for (const w of doc.withheld) withheld.addRow([w.section, w.row, w.column, w.reason]);
  if (doc.withheld.length === 0) withheld.addRow(['Inga uppgifter är undanhållna.']);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
