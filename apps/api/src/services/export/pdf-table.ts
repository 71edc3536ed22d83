import type PDFDocument from 'pdfkit';

/**
 * Tables for the PDF reports (pdfkit): rows are measured before they are drawn and never split;
 * a row that does not fit goes to the next page, where the header row is repeated.
 */
export type PdfDoc = InstanceType<typeof PDFDocument>;

export type PdfColumn = { header: string; width: number; align?: 'left' | 'center' | 'right' };
export type PdfCell = {
  text: string;
  /** A second, smaller line (e.g. the site under a team's name). */
  note?: string;
  fill?: string;
  colour?: string;
  bold?: boolean;
};

export type PdfTable = {
  columns: PdfColumn[];
  rows: PdfCell[][];
  fontSize?: number;
  /** Called after a page break, before the repeated header: draws the section's "(continued)" title. */
  onNewPage?: () => void;
  /** Space kept free at the bottom of every page (the footer). */
  bottomReserve?: number;
};

export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
const PADDING = 3;
const RULE = '#cbd5e1';
const HEADER_FILL = '#f1f5f9';
const TEXT = '#0f172a';
const MUTED = '#475569';

function cellHeight(doc: PdfDoc, cell: PdfCell, width: number, fontSize: number): number {
  const inner = width - 2 * PADDING;
  doc.font(cell.bold ? BOLD : REGULAR).fontSize(fontSize);
  let height = doc.heightOfString(cell.text || ' ', { width: inner });
  if (cell.note) {
    doc.font(REGULAR).fontSize(fontSize - 1.5);
    height += doc.heightOfString(cell.note, { width: inner });
  }
  return height + 2 * PADDING;
}

function rowHeight(doc: PdfDoc, columns: PdfColumn[], cells: PdfCell[], fontSize: number): number {
  let height = 0;
  columns.forEach((column, index) => {
    const cell = cells[index] ?? { text: '' };
    height = Math.max(height, cellHeight(doc, cell, column.width, fontSize));
  });
  return height;
}

function drawRow(
  doc: PdfDoc,
  columns: PdfColumn[],
  cells: PdfCell[],
  y: number,
  height: number,
  fontSize: number,
): void {
  let x = doc.page.margins.left;
  columns.forEach((column, index) => {
    const cell = cells[index] ?? { text: '' };
    if (cell.fill) doc.save().rect(x, y, column.width, height).fill(cell.fill).restore();
    doc.save().lineWidth(0.5).strokeColor(RULE).rect(x, y, column.width, height).stroke().restore();
    const inner = column.width - 2 * PADDING;
    doc
      .font(cell.bold ? BOLD : REGULAR)
      .fontSize(fontSize)
      .fillColor(cell.colour ?? TEXT)
      .text(cell.text, x + PADDING, y + PADDING, { width: inner, align: column.align ?? 'left' });
    if (cell.note) {
      doc
        .font(REGULAR)
        .fontSize(fontSize - 1.5)
        .fillColor(MUTED)
        .text(cell.note, { width: inner, align: column.align ?? 'left' });
    }
    x += column.width;
  });
  doc.fillColor(TEXT);
}

/**
 * Draws the table from the current position. Each row is measured first: if it does not fit
 * above the bottom reserve it starts a new page (onNewPage, then the header again). Returns the
 * number of page breaks.
 */
export function drawTable(doc: PdfDoc, table: PdfTable): number {
  const fontSize = table.fontSize ?? 8;
  const bottom = () => doc.page.height - doc.page.margins.bottom - (table.bottomReserve ?? 0);
  const header: PdfCell[] = table.columns.map((column) => ({
    text: column.header,
    bold: true,
    fill: HEADER_FILL,
  }));
  const headerHeight = rowHeight(doc, table.columns, header, fontSize);
  let y = doc.y;
  let breaks = 0;
  const newPage = () => {
    doc.addPage();
    breaks += 1;
    table.onNewPage?.();
    y = doc.y;
  };
  // The header never stands alone at the foot of a page: it needs room for one row as well.
  const firstHeight = table.rows[0] ? rowHeight(doc, table.columns, table.rows[0], fontSize) : 0;
  if (y + headerHeight + firstHeight > bottom()) newPage();
  drawRow(doc, table.columns, header, y, headerHeight, fontSize);
  y += headerHeight;
  for (const row of table.rows) {
    const height = rowHeight(doc, table.columns, row, fontSize);
    if (y + height > bottom()) {
      newPage();
      drawRow(doc, table.columns, header, y, headerHeight, fontSize);
      y += headerHeight;
    }
    drawRow(doc, table.columns, row, y, height, fontSize);
    y += height;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 6;
  return breaks;
}
