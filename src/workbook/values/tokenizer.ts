import { ErrorCode, isErrorCode } from './values';

/** A cell address, zero-based like the blueprint's. */
export interface Address {
  readonly row: number;
  readonly col: number;
}

export type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'error'; readonly code: ErrorCode }
  | { readonly kind: 'ref'; readonly sheet?: string; readonly start: Address; readonly end: Address }
  | { readonly kind: 'name'; readonly text: string }
  /** a function name with its opening parenthesis */
  | { readonly kind: 'function'; readonly name: string }
  | { readonly kind: 'operator'; readonly text: string }
  | { readonly kind: '(' | ')' | ',' };

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
const STRING = /"((?:[^"]|"")*)"/y;
const ERROR_LITERAL = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/y;
const SHEET = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/y;
const CELL = /\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_.(!])/y;
/** The end of a range, which may repeat the sheet: 'Model'!$AO$58:'Model'!$AO$62. */
const RANGE_END = /:(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_.(])/y;
const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.]*/y;
const OPERATOR = /<=|>=|<>|[-+*/^&=<>%]/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col - 1;
}

function address(letters: string, digits: string): Address {
  return { row: Number(digits) - 1, col: columnIndex(letters) };
}

/** The range's end, or null; a sheet named at the end must be the start's (no 3-D ranges). */
function rangeEnd(text: string, at: number, sheet: string | undefined): RegExpExecArray | null {
  const end = matchAt(RANGE_END, text, at);
  const endSheet = end ? (end[1]?.replace(/''/g, "'") ?? end[2]) : undefined;
  if (endSheet !== undefined && endSheet.toUpperCase() !== sheet?.toUpperCase()) {
    throw new Error(`A range from one sheet to another (${text.slice(at - 1, at + end![0].length)}) is not supported, in ${text}`);
  }
  return end;
}

/** A cell or range, with the sheet prefix when there is one; null when the text there is not a reference. */
function referenceAt(text: string, at: number): { token: Token; length: number } | null {
  const sheetMatch = matchAt(SHEET, text, at);
  const sheet = sheetMatch ? (sheetMatch[1]?.replace(/''/g, "'") ?? sheetMatch[2]) : undefined;
  const cellAt = at + (sheetMatch ? sheetMatch[0].length : 0);
  const cell = matchAt(CELL, text, cellAt);
  if (!cell) {
    if (sheetMatch) throw new Error(`Unsupported reference after ${sheetMatch[0]} at position ${cellAt + 1} of ${text}`);
    return null;
  }
  const end = rangeEnd(text, cellAt + cell[0].length, sheet);
  const length = cellAt - at + cell[0].length + (end ? end[0].length : 0);
  const start = address(cell[1], cell[2]);
  return { token: { kind: 'ref', ...(sheet === undefined ? {} : { sheet }), start, end: end ? address(end[3], end[4]) : start }, length };
}

function literalAt(text: string, at: number): { token: Token; length: number } | null {
  const number = matchAt(NUMBER, text, at);
  if (number) return { token: { kind: 'number', value: Number(number[0]) }, length: number[0].length };
  const string = matchAt(STRING, text, at);
  if (string) return { token: { kind: 'string', value: string[1].replace(/""/g, '"') }, length: string[0].length };
  const error = matchAt(ERROR_LITERAL, text, at);
  if (error && isErrorCode(error[0])) return { token: { kind: 'error', code: error[0] }, length: error[0].length };
  return null;
}

function wordAt(text: string, at: number): { token: Token; length: number } | null {
  const word = matchAt(IDENTIFIER, text, at);
  if (!word) return null;
  const isCall = text[at + word[0].length] === '(';
  if (isCall) return { token: { kind: 'function', name: word[0].toUpperCase() }, length: word[0].length + 1 };
  return { token: { kind: 'name', text: word[0] }, length: word[0].length };
}

const PUNCTUATION = new Set(['(', ')', ',']);

function tokenAt(text: string, at: number): { token: Token; length: number } {
  const char = text[at];
  if (PUNCTUATION.has(char)) return { token: { kind: char as '(' | ')' | ',' }, length: 1 };
  // Only a letter, "$", "'" or "_" can start a reference or a name: other characters skip that search.
  const found = (/[A-Za-z$'_\\]/.test(char) ? (referenceAt(text, at) ?? wordAt(text, at)) : null) ?? literalAt(text, at);
  if (found) return found;
  const operator = matchAt(OPERATOR, text, at);
  if (operator) return { token: { kind: 'operator', text: operator[0] }, length: operator[0].length };
  throw new Error(`Unexpected ${JSON.stringify(char)} at position ${at + 1} of ${text}`);
}

/**
 * Splits a formula (with or without its leading "=") into tokens. Spaces separate tokens only:
 * the blueprint's formulas use no intersection operator.
 *
 * @example
 * tokenize("='Model'!$E$5:F5*2").map((t) => t.kind) // => ['ref', 'operator', 'number']
 */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    if (formula[at] === ' ' || formula[at] === '\n') {
      at += 1;
      continue;
    }
    const { token, length } = tokenAt(formula, at);
    tokens.push(token);
    at += length;
  }
  return tokens;
}
