import { WorkbookBlueprint } from '../blueprint/types';
import { RenderPlan, notRestoredText, planRender } from './renderPlan';
import { DEFAULT_MAX_REQUEST_BYTES, RenderErrorKind, RenderOptions, RenderReport } from './renderReport';
import { RestoreContext } from './restoreEarlier';
import { rollBack } from './rollBack';
import { StepFailure, messageOf, stepSync } from './runSteps';
import { ALL_FEATURES } from './support';
import { WorkbookReading, readWorkbook } from './workbookReading';
import { WriteContext, WriteEffects, commit, rehearse } from './writeRun';

export type { ConflictPolicy, RenderError, RenderErrorKind, RenderOptions, RenderReport, SheetConflict } from './renderReport';
export { DEFAULT_MAX_REQUEST_BYTES } from './renderReport';

/**
 * Writes a workbook blueprint into the open workbook with Office.js.
 *
 * Round trips: one read of sheet and workbook names, one read of the conflicting sheets' markers
 * (only when a blueprint sheet name is taken), for an update one rehearsal of the whole write on
 * scratch sheets, then one write of everything. A write (and a rollback) is split into more
 * requests only when it would exceed the request budget (requestBudget.ts; Excel on the web refuses
 * requests over 5 MB). So 2 (new), 3 (suffix) or 4 (update) syncs for any horizon up to 120 months
 * and any sheet count, plus 2 for a rollback.
 *
 * Nothing of the user's is lost: a sheet or name it did not create is never deleted or changed.
 * All or nothing: when a write fails, the sheets and names of this run are removed and the report
 * says which step failed. An update that Excel refuses is refused in the rehearsal, before the
 * earlier model is touched; if the real write still fails, the updated sheets are written again
 * from the earlier run's blueprint, rebuilt from the inputs it kept (see restoreEarlier.ts), with
 * the cells as they were. Only when that blueprint cannot be rebuilt (a sheet made by another
 * version) do charts, rules, validations, styles and panes stay lost, and the report names them.
 */

export async function renderIntoWorkbook(context: Excel.RequestContext, blueprint: WorkbookBlueprint, options: RenderOptions = {}): Promise<RenderReport> {
  const features = options.features ?? ALL_FEATURES;
  const progress = options.onProgress ?? (() => undefined);
  const policy = options.onConflict ?? 'ask';
  const sync = stepSync(context);
  progress('Reading the workbook…');
  let reading: WorkbookReading;
  try {
    reading = await readWorkbook(context, blueprint, policy, sync);
  } catch (error) {
    return failed('writeFailed', error);
  }
  const settings = { policy, features, runId: options.runId ?? new Date().toISOString(), rebuildEarlier: options.rebuildEarlier } as const;
  const outcome = planRender(blueprint, reading, settings);
  if (outcome.kind !== 'plan') return outcome;
  const { plan } = outcome;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const resolve = (ref: string) => {
    const [sheet, address] = splitSheetRef(ref);
    return context.workbook.worksheets.getItem(sheet).getRange(address);
  };
  const write: WriteContext = { context, sync, features, maxBytes, resolve };
  const restoring: RestoreContext = { styles: blueprint.styles, features, resolve, maxRequestBytes: maxBytes };
  const failure = await writeOrRollBack(write, plan, reading, restoring, progress);
  if (failure !== null) return failure;
  progress('Done.');
  return {
    kind: 'written',
    mode: plan.mode,
    runId: plan.marker.runId,
    activeSheet: plan.target.activeSheet,
    sheets: plan.target.sheets.map((sheet) => sheet.name),
    renamedNames: plan.renamedNames,
    keptEditedCells: plan.keptEditedCells,
    syncCount: sync.count(),
    skipped: plan.skipped,
  };
}

/** Rehearses an update, then writes; on a failure, puts the workbook back and reports it. */
async function writeOrRollBack(write: WriteContext, plan: RenderPlan, reading: WorkbookReading, restoring: RestoreContext, progress: (message: string) => void): Promise<RenderReport | null> {
  const scratch: string[] = [];
  if (plan.mode === 'update') {
    try {
      progress('Checking the update…');
      await rehearse(write, plan, reading, scratch);
    } catch (error) {
      const rollbackError = await rollBack(write.context, { created: scratch, createdNames: [], changedNames: [], restorables: [], activeSheet: null }, restoring);
      if (rollbackError !== null) return failed('rollbackFailed', rollbackError, 'checking the update');
      return failed('writeFailed', error instanceof StepFailure ? error.cause : error, 'checking the update');
    }
  }
  const effects: WriteEffects = { created: [], createdNames: [], changedNames: [] };
  try {
    progress('Writing the business case…');
    await commit(write, plan, reading, scratch, effects);
    return null;
  } catch (error) {
    const step = error instanceof StepFailure ? error.step : 'preparing the business case';
    progress('Something failed: putting the workbook back as it was…');
    const undo = { ...effects, created: [...scratch, ...effects.created], restorables: plan.restorables().sheets, activeSheet: reading.activeSheet };
    const rollbackError = await rollBack(write.context, undo, restoring);
    if (rollbackError !== null) return failed('rollbackFailed', rollbackError, step);
    return failed('writeFailed', error instanceof StepFailure ? error.cause : error, step, notRestoredText(plan.restorables()));
  }
}

function failed(kind: RenderErrorKind, error: unknown, step?: string, notRestored?: string): RenderReport {
  const where = step ?? (error instanceof StepFailure ? error.step : 'reading the workbook');
  const detail = messageOf(error instanceof StepFailure ? error.cause : error);
  const message =
    kind === 'rollbackFailed'
      ? `Excel stopped while ${where}, and putting the workbook back also failed (${detail}). Check the sheets named like the business case before saving.`
      : notRestored !== undefined
        ? `Excel stopped while ${where} (${detail}). The earlier business case's cells, number formats and names are back, but ${notRestored}.`
        : `Nothing was changed: Excel stopped while ${where} (${detail}).`;
  return { kind: 'failed', error: { kind, step: where, message, detail, ...(notRestored !== undefined ? { notRestored } : {}) } };
}

/** "'Model'!$E$76:$DU$76" -> ["Model", "$E$76:$DU$76"] */
export function splitSheetRef(ref: string): [string, string] {
  const text = ref.startsWith('=') ? ref.slice(1) : ref;
  const bang = text.lastIndexOf('!');
  const sheet = text.slice(0, bang);
  const unquoted = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return [unquoted, text.slice(bang + 1)];
}

