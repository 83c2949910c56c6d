import { FakeOfficeError } from './errors';

/** A1 addresses of the fake, zero-based inside. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function colLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseCell(text: string): { row: number | null; col: number | null } {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) throw new FakeOfficeError('InvalidArgument', `The address "${text}" is not valid.`);
  return { col: match[1] === '' ? null : colIndex(match[1]), row: match[2] === '' ? null : Number(match[2]) - 1 };
}

/** "B2", "$E$76:$DU$76", "A:A", "1:3" */
export function parseAddress(address: string): Rect {
  const [first, second = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  const row = a.row ?? 0;
  const col = a.col ?? 0;
  const endRow = b.row ?? MAX_ROWS - 1;
  const endCol = b.col ?? MAX_COLS - 1;
  return { row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}

export function formatAddress(rect: Rect): string {
  const start = `${colLetters(rect.col)}${rect.row + 1}`;
  const end = `${colLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return rect.rows === 1 && rect.cols === 1 ? start : `${start}:${end}`;
}
