import { WorkbookBlueprint } from '../blueprint/types';
import { BASELINE_NAME, baselineFormula } from './editBaseline';
import { addMarker } from './hiddenNames';
import { MARKER_NAME } from './marker';
import { RenderPlan, rehearsalOf } from './renderPlan';
import { RequestBudget, contentParts } from './requestBudget';
import { SOURCE_NAME } from './restoreEarlier';
import { RunSync } from './runSteps';
import { SheetPlan } from './sheetPlan';
import { OptionalFeatures } from './support';
import { ExistingName, WorkbookReading, sameName } from './workbookReading';
import { BYTES_PER_OPERATION, RangeResolver, sheetExtras } from './writeSheet';

/**
 * The two writes of a run: the rehearsal of an update on scratch sheets, and the real write.
 * Both queue through a request budget and record what they created, so a rollback can undo it.
 */

export interface WriteContext {
  readonly context: Excel.RequestContext;
  readonly sync: RunSync;
  readonly features: OptionalFeatures;
  readonly maxBytes: number;
  readonly resolve: RangeResolver;
}

/** What a write has done so far, for the rollback. */
export interface WriteEffects {
  readonly created: string[];
  readonly createdNames: string[];
  readonly changedNames: ExistingName[];
}

/** Calculation (and, from ExcelApi 1.9, screen updating) paused until the next sync. */
export function suspend({ context, features }: WriteContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (features.excel19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * Queues every sheet's cells and extras, syncing early only when the request would exceed its
 * budget; what was queued before (sheets, markers, names) counts towards the first request.
 */
async function writeSheets(write: WriteContext, sheets: readonly Excel.Worksheet[], book: WorkbookBlueprint, plans: readonly SheetPlan[], fresh: (name: string) => boolean, step: string): Promise<void> {
  const budget = new RequestBudget(write.maxBytes, async () => {
    await write.sync(step);
    suspend(write);
  }, preludeBytes(book));
  for (const [index, plan] of plans.entries()) await budget.addAll(contentParts(sheets[index], plan, write.maxBytes));
  for (const [index, sheet] of book.sheets.entries()) {
    await budget.addAll(sheetExtras(sheets[index], sheet, plans[index], { styles: book.styles, features: write.features, resolve: write.resolve, addNotes: fresh(sheet.name), groupRows: fresh(sheet.name) }));
  }
}

/** What a write queues before the cells: each sheet with its marker, baseline and source, and the names. */
function preludeBytes(book: WorkbookBlueprint): number {
  const sheets = book.sheets.reduce((sum, sheet) => sum + 8 * BYTES_PER_OPERATION + (baselineFormula(sheet)?.length ?? 0) + 2 * sheet.name.length, 0);
  const names = book.names.reduce((sum, name) => sum + 2 * BYTES_PER_OPERATION + name.name.length + name.refersTo.length + (name.comment?.length ?? 0), 0);
  return sheets + names + 2 * (book.source?.text.length ?? 0);
}

/**
 * An update overwrites sheets whose charts, rules and validations cannot be read back, so the
 * whole write is first rehearsed on scratch sheets: whatever Excel refuses is refused there, and
 * the earlier model is still untouched. The scratch sheets' names go into `scratch` as they are made.
 */
export async function rehearse(write: WriteContext, plan: RenderPlan, reading: WorkbookReading, scratch: string[]): Promise<void> {
  const rehearsal = rehearsalOf(plan, reading.existingSheets);
  suspend(write);
  const sheets = rehearsal.blueprint.sheets.map((sheet) => {
    scratch.push(sheet.name);
    return write.context.workbook.worksheets.add(sheet.name);
  });
  await writeSheets(write, sheets, rehearsal.blueprint, rehearsal.plans, () => true, 'checking the update');
  await write.sync('checking the update');
}

/** The real write: new sheets and names first (both undone exactly), then the sheets being updated. */
export async function commit(write: WriteContext, plan: RenderPlan, reading: WorkbookReading, scratch: readonly string[], effects: WriteEffects): Promise<void> {
  const { target, marker } = plan;
  const worksheets = write.context.workbook.worksheets;
  suspend(write);
  for (const name of scratch) worksheets.getItem(name).delete();
  const sheetsNow = target.sheets.map((sheet) => {
    const existing = reading.previous.get(sheet.name.toLowerCase());
    if (existing) return worksheets.getItem(existing.name);
    const added = worksheets.add(sheet.name);
    effects.created.push(sheet.name);
    addMarker(added, marker, sheet, target.source);
    return added;
  });
  pointNames(write.context, target, reading, effects);
  for (const [index, sheet] of target.sheets.entries()) {
    const existing = reading.previous.get(sheet.name.toLowerCase());
    if (!existing) continue;
    const ours = new Set(sheet.charts.map((chart) => chart.id));
    clearForUpdate(sheetsNow[index], existing.chartNames.filter((name) => ours.has(name)));
    sheetsNow[index].names.getItem(MARKER_NAME).delete();
    if (existing.baselineFormula !== null) sheetsNow[index].names.getItem(BASELINE_NAME).delete();
    if (existing.sourceFormula !== null) sheetsNow[index].names.getItem(SOURCE_NAME).delete();
    addMarker(sheetsNow[index], marker, sheet, target.source);
  }
  await writeSheets(write, sheetsNow, target, plan.plans, (name) => !reading.previous.has(name.toLowerCase()), 'writing the business case');
  worksheets.getItem(target.activeSheet).activate();
  await write.sync('writing the business case');
}

/** The blueprint's names added, or (ours from the earlier run) pointed at the new cells in place. */
function pointNames(context: Excel.RequestContext, target: WorkbookBlueprint, reading: WorkbookReading, effects: WriteEffects): void {
  for (const name of target.names) {
    const old = reading.existingNames.find((existing) => sameName(existing.name, name.name));
    if (old) {
      // In place, so formulas elsewhere that use the name never see it missing.
      effects.changedNames.push(old);
      context.workbook.names.getItem(old.name).formula = name.refersTo;
    } else {
      effects.createdNames.push(name.name);
      context.workbook.names.add(name.name, name.refersTo, name.comment ?? '');
    }
  }
}

/** Empties an earlier generated sheet: contents, formats, rules, links, panes, and the named charts (this generator's own). */
export function clearForUpdate(sheet: Excel.Worksheet, chartNames: readonly string[]): void {
  const whole = sheet.getRange();
  whole.clear('All');
  whole.dataValidation.clear();
  whole.conditionalFormats.clearAll();
  sheet.freezePanes.unfreeze();
  for (const chartName of chartNames) sheet.charts.getItem(chartName).delete();
}

