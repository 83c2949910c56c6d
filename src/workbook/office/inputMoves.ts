import { NameBlueprint } from '../blueprint/types';
import { baselineKey } from './editBaseline';

/**
 * Where each named input was in the earlier model. A newer version of the generator may add an
 * input and push the others down a row; carrying edits over by position would then put the
 * user's deflection rate into the next input. Named cells are followed by their workbook name
 * instead, and other editable cells (tracking actuals, notes) stay matched by position unless
 * that position belonged to a named input.
 */

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export interface SheetMoves {
  /** new position key (baselineKey) -> where that named input was */
  readonly named: ReadonlyMap<string, CellPosition>;
  /** earlier positions of named inputs: never read for a cell that is not that input */
  readonly claimed: ReadonlySet<string>;
}

/** "='Inputs'!$B$12" or "=Inputs!B12" -> sheet and zero-based cell; null for anything else. */
export function parseCellRef(formula: string): { readonly sheet: string; readonly row: number; readonly col: number } | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(formula.trim());
  if (!match) return null;
  const sheet = match[1] === undefined ? match[2] : match[1].replace(/''/g, "'");
  const col = [...match[3].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(match[4]) - 1, col };
}

/**
 * For each updated sheet (lower-case name), where its named inputs were. `earlier` holds the
 * workbook's names as read before writing; only names of this blueprint on the same sheet count.
 */
export function inputMoves(names: readonly NameBlueprint[], earlier: ReadonlyArray<{ readonly name: string; readonly formula: string }>): Map<string, SheetMoves> {
  const moves = new Map<string, { named: Map<string, CellPosition>; claimed: Set<string> }>();
  for (const name of names) {
    const now = parseCellRef(name.refersTo);
    const before = earlier.find((item) => item.name.toLowerCase() === name.name.toLowerCase());
    const then = before === undefined ? null : parseCellRef(before.formula);
    if (now === null || then === null || now.sheet.toLowerCase() !== then.sheet.toLowerCase()) continue;
    const sheet = now.sheet.toLowerCase();
    const entry = moves.get(sheet) ?? { named: new Map(), claimed: new Set() };
    entry.named.set(baselineKey(now.row, now.col), { row: then.row, col: then.col });
    entry.claimed.add(baselineKey(then.row, then.col));
    moves.set(sheet, entry);
  }
  return moves;
}

/** Where to read the earlier value of the editable cell now at (row, col); null when nothing fits. */
export function earlierPosition(row: number, col: number, moves: SheetMoves | undefined): CellPosition | null {
  const key = baselineKey(row, col);
  const named = moves?.named.get(key);
  if (named !== undefined) return named;
  if (moves?.claimed.has(key)) return null;
  return { row, col };
}
