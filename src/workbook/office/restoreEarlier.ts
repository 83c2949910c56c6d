import { SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { GridEntry, SheetPlan, planSheet } from './sheetPlan';
import { OptionalFeatures } from './support';
import { contentParts } from './requestBudget';
import { BYTES_PER_OPERATION, QueuedPart, RangeResolver, sheetExtras } from './writeSheet';

/**
 * Putting an earlier generated sheet back after a failed update. Office.js reads back a sheet's
 * cells and number formats but not its styles, rules, validations, charts or panes, so the
 * earlier sheet is written again from the earlier run's blueprint (rebuilt from the inputs that
 * run kept, see blueprintSource.ts), with every cell that now differs from that blueprint (the
 * user's typing) as it is in the workbook.
 */

/** A hidden sheet-scoped name holding the blueprint's source text. */
export const SOURCE_NAME = '_roi_ai_cx_source';

/** What a generated sheet held before this run, as read back. */
export interface UsedBlock {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly formulas: GridEntry[][];
  readonly numberFormat: string[][];
}

/** A column's width and visibility before this run touched it. */
export interface ColumnBefore {
  readonly col: number;
  readonly width: number;
  readonly hidden: boolean;
}

function isEmpty(entry: GridEntry | undefined): boolean {
  return entry === undefined || entry === null || entry === '';
}

function isFormula(entry: GridEntry | undefined): boolean {
  return typeof entry === 'string' && entry.startsWith('=');
}

function readBack(used: UsedBlock | null, row: number, col: number): { content: GridEntry | undefined; format: string | undefined } {
  if (used === null) return { content: undefined, format: undefined };
  const r = row - used.rowIndex;
  const c = col - used.columnIndex;
  return { content: used.formulas[r]?.[c], format: used.numberFormat[r]?.[c] };
}

/**
 * Whether the sheet read back has the earlier blueprint's shape: each of its generated cells
 * filled, and a formula where the blueprint has one. Formulas are not compared as text, since
 * Excel may respell what it was given.
 */
export function matchesBlueprint(sheet: SheetBlueprint, used: UsedBlock | null): boolean {
  const plan = planSheet(sheet);
  return sheet.cells.every((cell) => {
    if (cell.editable) return true;
    const written = plan.contents[cell.row][cell.col];
    const { content } = readBack(used, cell.row, cell.col);
    return isEmpty(written) ? true : !isEmpty(content) && isFormula(content) === isFormula(written);
  });
}

/** The earlier blueprint's plan with each read-back cell and number format that differs from it. */
export function restorePlan(sheet: SheetBlueprint, used: UsedBlock | null): SheetPlan {
  const plan = planSheet(sheet);
  if (used === null) return plan;
  const rows = Math.max(plan.rows, used.rowIndex + used.formulas.length);
  const cols = Math.max(plan.cols, used.columnIndex + (used.formulas[0]?.length ?? 0));
  const contents = Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (_, col) => plan.contents[row]?.[col] ?? null));
  const numberFormats = Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (_, col) => plan.numberFormats[row]?.[col] ?? null));
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      const { content, format } = readBack(used, row, col);
      if (content === undefined) continue;
      if (!(isEmpty(content) && isEmpty(contents[row][col])) && content !== contents[row][col]) contents[row][col] = content;
      if (format !== undefined && format !== (numberFormats[row][col] ?? 'General')) numberFormats[row][col] = format;
    }
  }
  return { rows, cols, contents, numberFormats, styleRects: plan.styleRects };
}

export interface RestoreContext {
  readonly styles: WorkbookBlueprint['styles'];
  readonly features: OptionalFeatures;
  readonly resolve: RangeResolver;
  readonly maxRequestBytes: number;
}

/** The earlier sheet, rebuilt, as parts to queue on the emptied sheet: its cells, the columns as they were, its extras. */
export function restoredSheetParts(sheet: Excel.Worksheet, earlier: SheetBlueprint, used: UsedBlock | null, columns: readonly ColumnBefore[], context: RestoreContext): QueuedPart[] {
  const plan = restorePlan(earlier, used);
  return [...contentParts(sheet, plan, context.maxRequestBytes), columnsPart(sheet, columns), ...sheetExtras(sheet, earlier, plan, { ...context, addNotes: false, groupRows: false })];
}

/** Widths and visibility put back as they were read. */
export function columnsPart(sheet: Excel.Worksheet, columns: readonly ColumnBefore[]): QueuedPart {
  return {
    bytes: 2 * BYTES_PER_OPERATION * columns.length,
    queue: () => {
      for (const column of columns) {
        const entire = sheet.getRangeByIndexes(0, column.col, 1, 1).getEntireColumn();
        entire.format.columnWidth = column.width;
        entire.columnHidden = column.hidden;
      }
    },
  };
}

/** Columns a sheet blueprint sets the width or visibility of. */
export function touchedColumns(sheet: SheetBlueprint): number[] {
  return [...new Set(sheet.columns.map((column) => column.col))].sort((a, b) => a - b);
}
