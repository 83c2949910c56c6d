/**
 * A1 addressing for the blueprint's formulas. Rows and columns are zero-based, as in types.ts;
 * the text produced is Excel's one-based A1 notation.
 */

// A workbook repeats the same few hundred columns and sheet names across ~17,000 formulas, so
// both are computed once: the blueprint is built on every keystroke-driven regeneration.
const letterCache: string[] = [];
const prefixCache = new Map<string, string>();

export function columnLetters(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  if (col >= 0) letterCache[col] = letters;
  return letters;
}

export interface RefOptions {
  readonly absRow?: boolean;
  readonly absCol?: boolean;
  /** prefix with the quoted sheet name, for a reference from another sheet */
  readonly sheet?: string;
}

function sheetPrefix(sheet: string | undefined): string {
  if (sheet === undefined) return '';
  let prefix = prefixCache.get(sheet);
  if (prefix === undefined) {
    prefix = `'${sheet.replace(/'/g, "''")}'!`;
    prefixCache.set(sheet, prefix);
  }
  return prefix;
}

/** "F12", "$F$12", "F$12" or "'Model'!$F$12". */
export function ref(row: number, col: number, options?: RefOptions): string {
  if (options === undefined) return columnLetters(col) + (row + 1);
  const colPart = options.absCol ? '$' + columnLetters(col) : columnLetters(col);
  const rowPart = options.absRow ? '$' + (row + 1) : String(row + 1);
  return sheetPrefix(options.sheet) + colPart + rowPart;
}

/** An absolute reference, optionally on another sheet: "'Model'!$C$9". */
export function absRef(row: number, col: number, sheet?: string): string {
  return sheetPrefix(sheet) + '$' + columnLetters(col) + '$' + (row + 1);
}

/** An absolute range along one row, e.g. "'Model'!$F$20:$AO$20". */
export function rowRange(row: number, firstCol: number, lastCol: number, sheet?: string): string {
  return `${sheetPrefix(sheet)}${absRef(row, firstCol)}:${absRef(row, lastCol)}`;
}

/** An absolute range along one column, e.g. "$G$5:$G$14". */
export function colRange(col: number, firstRow: number, lastRow: number, sheet?: string): string {
  return `${sheetPrefix(sheet)}${absRef(firstRow, col)}:${absRef(lastRow, col)}`;
}

/** A link target for a cell's hyperlink: "'Inputs'!A1". */
export function linkTarget(sheet: string, row = 0, col = 0): string {
  return `${sheetPrefix(sheet)}${ref(row, col)}`;
}
