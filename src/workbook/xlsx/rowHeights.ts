import { SheetBlueprint, StyleId, StyleSpec } from '../blueprint/types';

const DEFAULT_WIDTH = 8.43;
const POINTS_PER_LINE_AT_11 = 15;
// Text of the default font runs about this many characters per unit of column width (a unit is a '0').
const CHARS_PER_WIDTH_UNIT = 1.05;

function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/**
 * Row heights for wrapped text. Excel and LibreOffice keep a row at its stored height when they
 * open an .xlsx, so a wrapped note would show only its first line; Office.js would autofit
 * instead. Estimated from text length and column width, rows that need one line are left alone.
 */
export function wrappedRowHeights(sheet: SheetBlueprint, styles: Readonly<Record<StyleId, StyleSpec>>): Map<number, number> {
  const widths = new Map(sheet.columns.map((column) => [column.col, column.width]));
  const heights = new Map<number, number>();
  for (const cell of sheet.cells) {
    const spec = cell.style ? styles[cell.style] : undefined;
    if (!spec?.wrapText || typeof cell.value !== 'string') continue;
    const lines = linesNeeded(cell.value, widths.get(cell.col) ?? DEFAULT_WIDTH);
    if (lines < 2) continue;
    const height = lines * POINTS_PER_LINE_AT_11 * ((spec.fontSize ?? 11) / 11);
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return heights;
}
