import { restoreHiddenNames } from './hiddenNames';
import { RequestBudget } from './requestBudget';
import { RestoreContext, UsedBlock, columnsPart, restoredSheetParts } from './restoreEarlier';
import { GridEntry, estimateBytes } from './sheetPlan';
import { ExistingName, Restorable } from './workbookReading';
import { clearForUpdate } from './writeRun';
import { BYTES_PER_OPERATION, QueuedPart } from './writeSheet';

/** Putting the workbook back after a failed write: what the run created removed, what it changed restored. */

export interface RunEffects {
  readonly created: readonly string[];
  readonly createdNames: readonly string[];
  readonly changedNames: readonly ExistingName[];
  readonly restorables: readonly Restorable[];
  /** the sheet that was active before the run, activated again */
  readonly activeSheet: string | null;
}

/** Puts the workbook back: removes what this run created and restores what it changed. */
export async function rollBack(context: Excel.RequestContext, effects: RunEffects, restoring: RestoreContext): Promise<unknown> {
  try {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load('items/name');
    const names = workbook.names;
    names.load('items/name');
    const updated = effects.restorables.map((restorable) => {
      const sheet = sheets.getItem(restorable.previous.name);
      sheet.names.load('items/name');
      sheet.charts.load('items/name');
      return sheet;
    });
    await context.sync();
    const sheetsNow = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    const namesNow = new Set(names.items.map((name) => name.name.toLowerCase()));
    for (const name of effects.createdNames) if (namesNow.has(name.toLowerCase())) names.getItem(name).delete();
    for (const old of effects.changedNames) names.getItem(old.name).formula = old.formula;
    for (const name of effects.created) if (sheetsNow.has(name.toLowerCase())) sheets.getItem(name).delete();
    const budget = new RequestBudget(restoring.maxRequestBytes, () => context.sync(), BYTES_PER_OPERATION * (effects.created.length + effects.createdNames.length + effects.changedNames.length));
    for (const [index, restorable] of effects.restorables.entries()) await budget.addAll(putBack(updated[index], restorable, restoring));
    if (effects.activeSheet !== null && sheetsNow.has(effects.activeSheet.toLowerCase())) sheets.getItem(effects.activeSheet).activate();
    await context.sync();
    return null;
  } catch (error) {
    return error;
  }
}

/**
 * One updated sheet as it was, as parts to queue: rebuilt from the earlier blueprint when there
 * is one, else its cells and number formats only.
 */
export function putBack(sheet: Excel.Worksheet, { previous, earlier }: Restorable, restoring: RestoreContext): QueuedPart[] {
  // A chart this run added may still carry Excel's default name if the failure came before it was named.
  const before = new Set(previous.chartNames);
  const rebuilt = new Set(earlier?.charts.map((chart) => chart.id) ?? []);
  const toDelete = sheet.charts.items.map((chart) => chart.name).filter((name) => !before.has(name) || rebuilt.has(name));
  const emptied: QueuedPart = {
    bytes: BYTES_PER_OPERATION * (10 + toDelete.length) + (previous.baselineFormula?.length ?? 0) + (previous.sourceFormula?.length ?? 0),
    queue: () => {
      restoreHiddenNames(sheet, sheet.names, previous);
      if (earlier !== null) clearForUpdate(sheet, toDelete);
      else toDelete.forEach((name) => sheet.charts.getItem(name).delete());
    },
  };
  if (earlier !== null) return [emptied, ...restoredSheetParts(sheet, earlier, previous.used, previous.columns, restoring)];
  return [emptied, columnsPart(sheet, previous.columns), cellsAsReadPart(sheet, previous.used)];
}

/** The cells and number formats read back before the run, written over the sheet's contents. */
export function cellsAsReadPart(sheet: Excel.Worksheet, used: UsedBlock | null): QueuedPart {
  return {
    bytes: 3 * BYTES_PER_OPERATION + (used === null ? 0 : estimateBytes(used.formulas) + estimateBytes(used.numberFormat)),
    queue: () => {
      sheet.getRange().clear('Contents');
      if (used === null) return;
      const block = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, used.formulas.length, used.formulas[0].length);
      block.numberFormat = used.numberFormat;
      block.formulas = used.formulas as Exclude<GridEntry, null>[][];
    },
  };
}

