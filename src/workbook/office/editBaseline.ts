import { CellBlueprint, SheetBlueprint } from '../blueprint/types';
import { GridEntry } from './sheetPlan';

/**
 * What the generator wrote into each editable cell, so an update can tell a value the user typed
 * in the workbook (keep it) from one the generator wrote last time (replace it with the task
 * pane's new input). Without it, "Update" would either throw away the user's edits or ignore every
 * input changed in the pane.
 *
 * Stored like the marker: a hidden sheet-scoped name holding text, one "row.col:fingerprint" entry
 * per editable cell the blueprint filled. The fingerprint is the blueprint's value, not the value
 * the run finally wrote, so an edit carried over once is still recognised as an edit next time.
 * Excel refuses text constants over 255 characters inside a formula, so the text is split into
 * concatenated literals.
 */

export const BASELINE_NAME = '_roi_ai_cx_baseline';

const MAX_LITERAL = 255;

/** Position key shared by the baseline and the update's carry-over. */
export function baselineKey(row: number, col: number): string {
  return `${row}.${col}`;
}

/** FNV-1a over the value's type and text: short, stable, and distinguishes 1 from "1". */
export function fingerprint(entry: Exclude<GridEntry, null>): string {
  const text = `${typeof entry}:${String(entry)}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function filledContent(cell: CellBlueprint): Exclude<GridEntry, null> | null {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined || cell.value === null || cell.value === '') return null;
  return cell.value;
}

/** The name's formula for a sheet, or null when the blueprint fills none of its editable cells. */
export function baselineFormula(sheet: SheetBlueprint): string | null {
  const entries: string[] = [];
  for (const cell of sheet.cells) {
    if (!cell.editable) continue;
    const content = filledContent(cell);
    if (content !== null) entries.push(`${baselineKey(cell.row, cell.col)}:${fingerprint(content)}`);
  }
  if (entries.length === 0) return null;
  const text = entries.join(';');
  const literals: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LITERAL) literals.push(`"${text.slice(start, start + MAX_LITERAL)}"`);
  return `=${literals.join('&')}`;
}

/**
 * Reads the name's formula back. null when the name is missing or unreadable: the sheet was made
 * before baselines existed, and every filled editable cell then counts as edited.
 */
export function parseBaseline(formula: unknown): ReadonlyMap<string, string> | null {
  if (typeof formula !== 'string') return null;
  const literals = [...formula.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  if (literals.length === 0) return null;
  const baseline = new Map<string, string>();
  for (const entry of literals.join('').split(';')) {
    const [key, hash] = entry.split(':');
    if (key === undefined || hash === undefined || !/^\d+\.\d+$/.test(key)) return null;
    baseline.set(key, hash);
  }
  return baseline;
}

/**
 * Whether the workbook's current content of an editable cell is the user's: anything filled when
 * the generator left the cell empty, or different from what the generator wrote.
 */
export function isUserEdit(current: Exclude<GridEntry, null>, key: string, baseline: ReadonlyMap<string, string> | null): boolean {
  if (baseline === null) return true;
  const written = baseline.get(key);
  return written === undefined || written !== fingerprint(current);
}
