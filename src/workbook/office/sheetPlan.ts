import { CellBlueprint, RangeRef, SheetBlueprint, StyleId } from '../blueprint/types';

/**
 * A sheet's cells turned into the few large writes Office.js is fast at: one 2-D formulas array
 * and one 2-D number-format array over the sheet's used block, and each style applied to
 * rectangles of equal-style cells rather than cell by cell.
 */

/** The number format that makes Excel keep a string exactly as typed. */
export const TEXT_FORMAT = '@';

export type GridEntry = string | number | boolean | null;

export interface SheetPlan {
  readonly rows: number;
  readonly cols: number;
  /**
   * Constants and formulas in one grid (Office.js `range.formulas` takes both). null leaves a
   * cell untouched, which on a fresh or cleared sheet means empty.
   */
  readonly contents: GridEntry[][];
  /** null where the blueprint gives no format; '@' on every text cell (see textCells) */
  readonly numberFormats: (string | null)[][];
  readonly styleRects: ReadonlyArray<{ readonly style: StyleId; readonly rect: RangeRef }>;
}

/**
 * Text is text: a value such as "=HYPERLINK(…)", "+44 20…", "-5%", "@team" or "2027-01" would be
 * read by Excel as a formula, number or date. Every string value therefore gets the Text format
 * '@' before the values are written, which stores it verbatim (and keeps later typing in an
 * editable text cell as text too).
 */
function isText(cell: CellBlueprint): boolean {
  return cell.formula === undefined && typeof cell.value === 'string';
}

function contentOf(cell: CellBlueprint): GridEntry {
  if (cell.formula !== undefined) return cell.formula;
  // An empty string clears a cell; null would leave it as it was.
  return cell.value ?? '';
}

export function planSheet(sheet: SheetBlueprint): SheetPlan {
  let rows = 0;
  let cols = 0;
  for (const cell of sheet.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  const contents: GridEntry[][] = Array.from({ length: rows }, () => new Array<GridEntry>(cols).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const styles: (StyleId | null)[][] = Array.from({ length: rows }, () => new Array<StyleId | null>(cols).fill(null));
  for (const cell of sheet.cells) {
    contents[cell.row][cell.col] = contentOf(cell);
    numberFormats[cell.row][cell.col] = isText(cell) ? TEXT_FORMAT : (cell.numberFormat ?? null);
    styles[cell.row][cell.col] = cell.style ?? null;
  }
  return { rows, cols, contents, numberFormats, styleRects: styleRectangles(styles) };
}

/**
 * Runs of equal style along each row, merged downwards while the run below has the same columns:
 * a timeline block of 120 months × 40 rows becomes one rectangle.
 */
export function styleRectangles(styles: (StyleId | null)[][]): Array<{ style: StyleId; rect: RangeRef }> {
  const open = new Map<string, { style: StyleId; rect: { startRow: number; startCol: number; endRow: number; endCol: number } }>();
  const done: Array<{ style: StyleId; rect: RangeRef }> = [];
  styles.forEach((line, row) => {
    const seen = new Set<string>();
    let col = 0;
    while (col < line.length) {
      const style = line[col];
      let end = col;
      while (end + 1 < line.length && line[end + 1] === style) end += 1;
      if (style !== null) {
        const key = `${style}:${col}:${end}`;
        const current = open.get(key);
        if (current && current.rect.endRow === row - 1) current.rect.endRow = row;
        else {
          if (current) done.push(current);
          open.set(key, { style, rect: { startRow: row, startCol: col, endRow: row, endCol: end } });
        }
        seen.add(key);
      }
      col = end + 1;
    }
    for (const [key, entry] of open) {
      if (!seen.has(key)) {
        done.push(entry);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  return done.sort((a, b) => a.rect.startRow - b.rect.startRow || a.rect.startCol - b.rect.startCol);
}

/** Excel's column width unit is the width of one digit (7 px in Calibri 11) plus 5 px padding; 0.75 pt per px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A grid's size as JSON on the wire, which is how Office.js sends it (quotes in formulas escaped). */
export function estimateBytes(grid: readonly (readonly unknown[])[]): number {
  return JSON.stringify(grid).length;
}
