import { SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { BASELINE_NAME, baselineFormula, baselineKey, isUserEdit, parseBaseline } from './editBaseline';
import { SheetMoves, earlierPosition, inputMoves } from './inputMoves';
import { MARKER_NAME, Marker, markerFormula, parseMarker } from './marker';
import { Renames, renameInBlueprint, renameInFormula } from './renameInBlueprint';
import { RequestBudget, contentParts } from './requestBudget';
import { GridEntry, SheetPlan, TEXT_FORMAT, estimateBytes, planSheet } from './sheetPlan';
import { rebuildBlueprint } from '../blueprint/buildBlueprint';
import { ColumnBefore, RestoreContext, SOURCE_NAME, UsedBlock, columnsPart, matchesBlueprint, restoredSheetParts, touchedColumns } from './restoreEarlier';
import { ALL_FEATURES, OptionalFeatures } from './support';
import { parseTextConstant, textConstantFormula } from './textConstant';
import { BYTES_PER_OPERATION, QueuedPart, sheetExtras } from './writeSheet';

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

export type ConflictPolicy = 'ask' | 'suffix' | 'update';

export interface RenderOptions {
  /**
   * When a blueprint sheet name is already taken: 'ask' (default) writes nothing and reports the
   * conflict; 'suffix' writes beside it as "Summary (2)" etc.; 'update' rewrites sheets that an
   * earlier run generated (carrying the marker), keeping the values typed into editable cells.
   */
  readonly onConflict?: ConflictPolicy;
  /** from checkExcelSupport(...).features; defaults to every optional feature */
  readonly features?: OptionalFeatures;
  /** identifies this run in the marker; defaults to the current time */
  readonly runId?: string;
  readonly onProgress?: (message: string) => void;
  /** budget for one request's cell data; Excel on the web refuses requests over 5 MB */
  readonly maxRequestBytes?: number;
  /** the blueprint an earlier run built, from the source text it kept and its marker's version */
  readonly rebuildEarlier?: (sourceText: string, version: string) => WorkbookBlueprint | null;
}

export interface SheetConflict {
  readonly name: string;
  /** true when the sheet carries this generator's marker, so 'update' may rewrite it */
  readonly generated: boolean;
}

export type RenderErrorKind = 'notGenerated' | 'writeFailed' | 'rollbackFailed';

export interface RenderError {
  readonly kind: RenderErrorKind;
  /** the step that failed, in words a user understands */
  readonly step: string;
  readonly message: string;
  /** Excel's own message, for support */
  readonly detail?: string;
  /** after a rollback: what of the earlier business case could not be put back, in words */
  readonly notRestored?: string;
}

export type RenderReport =
  | {
      readonly kind: 'written';
      readonly mode: 'new' | 'suffix' | 'update';
      readonly runId: string;
      /** the sheet now active (the summary) */
      readonly activeSheet: string;
      readonly sheets: readonly string[];
      /** blueprint name -> name written, for names the user's workbook already used */
      readonly renamedNames: Readonly<Record<string, string>>;
      /** editable cells whose workbook value was kept over the blueprint's */
      readonly keptEditedCells: number;
      readonly syncCount: number;
      /** features left out on this Excel build, with the reason */
      readonly skipped: readonly string[];
    }
  | { readonly kind: 'conflict'; readonly sheets: readonly SheetConflict[]; readonly canUpdate: boolean }
  | { readonly kind: 'failed'; readonly error: RenderError };

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

class StepFailure extends Error {
  constructor(readonly step: string, readonly cause: unknown) {
    super(step);
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "'Model'!$E$76:$DU$76" -> ["Model", "$E$76:$DU$76"] */
export function splitSheetRef(ref: string): [string, string] {
  const text = ref.startsWith('=') ? ref.slice(1) : ref;
  const bang = text.lastIndexOf('!');
  const sheet = text.slice(0, bang);
  const unquoted = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return [unquoted, text.slice(bang + 1)];
}

/** Sheet names after "(n)" is added; Excel allows 31 characters. */
function suffixed(name: string, n: number): string {
  const tail = ` (${n})`;
  return name.slice(0, 31 - tail.length) + tail;
}

interface PreviousSheet {
  readonly name: string;
  readonly used: UsedBlock | null;
  readonly chartNames: readonly string[];
  /** the marker, baseline and source names' formulas before this run, put back if the update fails */
  readonly markerFormula: string;
  readonly markerVersion: string | null;
  readonly baselineFormula: string | null;
  readonly sourceFormula: string | null;
  /** widths and visibility of the columns this run sets, before it */
  readonly columns: readonly ColumnBefore[];
}

/** A previous sheet and, when it can be rebuilt, the earlier blueprint's version of it. */
interface Restorable {
  readonly previous: PreviousSheet;
  readonly earlier: SheetBlueprint | null;
}

interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

function refersToSheets(formula: string, sheets: readonly string[]): boolean {
  const text = formula.replace(/^=/, '');
  return sheets.some((sheet) => {
    const quoted = `'${sheet.replace(/'/g, "''")}'!`;
    return text.startsWith(quoted) || text.toLowerCase().startsWith(`${sheet.toLowerCase()}!`);
  });
}

export async function renderIntoWorkbook(context: Excel.RequestContext, blueprint: WorkbookBlueprint, options: RenderOptions = {}): Promise<RenderReport> {
  const policy = options.onConflict ?? 'ask';
  const features = options.features ?? ALL_FEATURES;
  const runId = options.runId ?? new Date().toISOString();
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const progress = options.onProgress ?? (() => undefined);
  let syncCount = 0;
  const sync = async (step: string) => {
    syncCount += 1;
    try {
      await context.sync();
    } catch (error) {
      throw new StepFailure(step, error);
    }
  };
  const workbook = context.workbook;

  // 1. What is there already.
  progress('Reading the workbook…');
  const worksheets = workbook.worksheets;
  worksheets.load('items/name');
  const names = workbook.names;
  names.load('items/name,items/formula');
  const activeBefore = worksheets.getActiveWorksheet();
  activeBefore.load('name');
  try {
    await sync('reading the workbook');
  } catch (error) {
    return failed('writeFailed', error);
  }
  const existingSheets = worksheets.items.map((sheet) => sheet.name);
  const existingNames: ExistingName[] = names.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
  const taken = blueprint.sheets.map((sheet) => existingSheets.find((name) => sameName(name, sheet.name))).filter((name): name is string => name !== undefined);

  // 2. Which of the taken sheets are ours, and (for an update) what they hold now.
  let conflicts: SheetConflict[] = [];
  const previous = new Map<string, PreviousSheet>();
  if (taken.length > 0) {
    const markers = taken.map((name) => {
      const sheet = worksheets.getItem(name);
      const marker = sheet.names.getItemOrNullObject(MARKER_NAME);
      marker.load('formula,value');
      if (policy !== 'update') return { name, marker, earlier: null };
      return { name, marker, earlier: loadEarlierState(sheet, blueprint.sheets.find((candidate) => sameName(candidate.name, name))) };
    });
    try {
      await sync('checking which sheets an earlier business case created');
    } catch (error) {
      return failed('writeFailed', error);
    }
    const markerOf = (marker: Excel.NamedItem) =>
      marker.isNullObject ? null : (parseMarker(marker.value, blueprint.generator.id) ?? parseMarker(marker.formula, blueprint.generator.id));
    conflicts = markers.map(({ name, marker }) => ({ name, generated: markerOf(marker) !== null }));
    for (const { name, marker, earlier } of markers) {
      if (earlier === null || marker.isNullObject) continue;
      previous.set(name.toLowerCase(), earlierState(name, marker.formula, markerOf(marker)?.version ?? null, earlier));
    }
    if (policy === 'ask') return { kind: 'conflict', sheets: conflicts, canUpdate: conflicts.every((conflict) => conflict.generated) };
    if (policy === 'update' && conflicts.some((conflict) => !conflict.generated)) {
      const foreign = conflicts.filter((conflict) => !conflict.generated).map((conflict) => conflict.name);
      return {
        kind: 'failed',
        error: {
          kind: 'notGenerated',
          step: 'checking which sheets an earlier business case created',
          message: `Nothing was changed: ${foreign.join(', ')} ${foreign.length === 1 ? 'was' : 'were'} not created by this add-in, so it will not update ${foreign.length === 1 ? 'it' : 'them'}. Choose "write beside" instead.`,
        },
      };
    }
  }
  const mode: 'new' | 'suffix' | 'update' = taken.length === 0 ? 'new' : policy === 'update' ? 'update' : 'suffix';

  // 3. Names that avoid everything the user has.
  const updatedSheets = mode === 'update' ? taken : [];
  const ourOldName = (existing: ExistingName) => mode === 'update' && refersToSheets(existing.formula, updatedSheets);
  const collidingNames = blueprint.names.filter((name) => existingNames.some((existing) => sameName(existing.name, name.name) && !ourOldName(existing)));
  const sheetRenames = new Map<string, string>();
  const nameRenames = new Map<string, string>();
  if (mode === 'suffix' || collidingNames.length > 0) {
    const free = (n: number) =>
      (mode !== 'suffix' || blueprint.sheets.every((sheet) => !existingSheets.some((name) => sameName(name, suffixed(sheet.name, n))))) &&
      collidingNames.every((name) => !existingNames.some((existing) => sameName(existing.name, `${name.name}_${n}`)));
    let n = 2;
    while (!free(n)) n += 1;
    if (mode === 'suffix') for (const sheet of blueprint.sheets) sheetRenames.set(sheet.name, suffixed(sheet.name, n));
    for (const name of collidingNames) nameRenames.set(name.name.toLowerCase(), `${name.name}_${n}`);
  }
  const renames: Renames = { sheets: sheetRenames, names: nameRenames };
  const target = renameInBlueprint(blueprint, renames);
  const marker: Marker = { generatorId: blueprint.generator.id, version: blueprint.generator.version, runId };
  const restorables = restorableSheets(previous, blueprint, options.rebuildEarlier ?? rebuildBlueprint);

  // 4. Plans, with edited values carried over on an update.
  let keptEditedCells = 0;
  const moves = mode === 'update' ? inputMoves(target.names, existingNames) : new Map<string, SheetMoves>();
  const plans = target.sheets.map((sheet) => {
    const plan = planSheet(sheet);
    const earlier = previous.get(sheet.name.toLowerCase());
    if (earlier?.used) keptEditedCells += carryOverEdits(sheet, plan, earlier.used, parseBaseline(earlier.baselineFormula), moves.get(sheet.name.toLowerCase()));
    return plan;
  });

  // 5. Write.
  const created: string[] = [];
  const createdNames: string[] = [];
  const changedNames: ExistingName[] = [];
  const skipped: string[] = [];
  if (!features.excel19) skipped.push('Print setup, cell indents and screen-updating pause: they need Excel API 1.9.');
  if (!features.notes) skipped.push('Cell notes: they need Excel API 1.18; each input keeps its help as the data validation prompt.');
  if (mode === 'update') skipped.push('Cell notes are left as they were on updated sheets: Office.js cannot replace a note in place.');
  const resolve = (ref: string) => {
    const [sheet, address] = splitSheetRef(ref);
    return workbook.worksheets.getItem(sheet).getRange(address);
  };
  const restoring: RestoreContext = { styles: blueprint.styles, features, resolve, maxRequestBytes: maxBytes };
  const suspend = () => {
    workbook.application.suspendApiCalculationUntilNextSync();
    if (features.excel19) workbook.application.suspendScreenUpdatingUntilNextSync();
  };
  /**
   * Queues every sheet's cells and extras, syncing early only when the request would exceed its
   * budget; what was queued before (sheets, markers, names) counts towards the first request.
   */
  const writeSheets = async (sheets: readonly Excel.Worksheet[], book: WorkbookBlueprint, sheetPlans: readonly SheetPlan[], addNotes: (name: string) => boolean, step: string) => {
    const budget = new RequestBudget(maxBytes, async () => {
      await sync(step);
      suspend();
    }, preludeBytes(book));
    for (const [index, plan] of sheetPlans.entries()) await budget.addAll(contentParts(sheets[index], plan, maxBytes));
    for (const [index, sheetBlueprint] of book.sheets.entries()) {
      await budget.addAll(sheetExtras(sheets[index], sheetBlueprint, sheetPlans[index], { styles: book.styles, features, resolve, addNotes: addNotes(sheetBlueprint.name) }));
    }
  };

  // 5a. An update overwrites sheets whose charts, rules and validations cannot be read back, so
  // the whole write is first rehearsed on scratch sheets: whatever Excel refuses is refused there,
  // and the earlier model is still untouched.
  const scratch: string[] = [];
  if (mode === 'update') {
    const scratchRenames = scratchNames(target, existingSheets);
    const rehearsal = renameInBlueprint(target, { sheets: scratchRenames, names: new Map() });
    try {
      progress('Checking the update…');
      suspend();
      const sheets = rehearsal.sheets.map((sheetBlueprint) => {
        scratch.push(sheetBlueprint.name);
        return worksheets.add(sheetBlueprint.name);
      });
      await writeSheets(sheets, rehearsal, plans.map((plan) => renamePlan(plan, { sheets: scratchRenames, names: new Map() })), () => true, 'checking the update');
      await sync('checking the update');
    } catch (error) {
      const rollbackError = await rollBack(context, { created: scratch, createdNames: [], changedNames: [], restorables: [], activeSheet: null }, restoring);
      if (rollbackError !== null) return failed('rollbackFailed', rollbackError, 'checking the update');
      return failed('writeFailed', error instanceof StepFailure ? error.cause : error, 'checking the update');
    }
  }

  // 5b. Write: new sheets and names first (both undone exactly), then the sheets being updated.
  try {
    progress('Writing the business case…');
    suspend();
    for (const name of scratch) worksheets.getItem(name).delete();
    const sheetsNow = target.sheets.map((sheetBlueprint) => {
      const existing = previous.get(sheetBlueprint.name.toLowerCase());
      if (existing) return worksheets.getItem(existing.name);
      const sheet = worksheets.add(sheetBlueprint.name);
      created.push(sheetBlueprint.name);
      addMarker(sheet, marker, sheetBlueprint, target.source);
      return sheet;
    });
    for (const name of target.names) {
      const old = existingNames.find((existing) => sameName(existing.name, name.name));
      if (old) {
        // Ours from the earlier run: pointed at the new cell in place, so formulas elsewhere that use it never see it missing.
        changedNames.push(old);
        workbook.names.getItem(old.name).formula = name.refersTo;
      } else {
        createdNames.push(name.name);
        workbook.names.add(name.name, name.refersTo, name.comment ?? '');
      }
    }
    for (const [index, sheetBlueprint] of target.sheets.entries()) {
      const existing = previous.get(sheetBlueprint.name.toLowerCase());
      if (!existing) continue;
      const sheet = sheetsNow[index];
      const ours = new Set(sheetBlueprint.charts.map((chart) => chart.id));
      clearForUpdate(sheet, existing.chartNames.filter((name) => ours.has(name)));
      sheet.names.getItem(MARKER_NAME).delete();
      if (existing.baselineFormula !== null) sheet.names.getItem(BASELINE_NAME).delete();
      if (existing.sourceFormula !== null) sheet.names.getItem(SOURCE_NAME).delete();
      addMarker(sheet, marker, sheetBlueprint, target.source);
    }
    await writeSheets(sheetsNow, target, plans, (name) => !previous.has(name.toLowerCase()), 'writing the business case');
    worksheets.getItem(target.activeSheet).activate();
    await sync('writing the business case');
  } catch (error) {
    const step = error instanceof StepFailure ? error.step : 'preparing the business case';
    progress('Something failed: putting the workbook back as it was…');
    const effects = { created: [...scratch, ...created], createdNames, changedNames, restorables: restorables.sheets, activeSheet: activeBefore.name };
    const rollbackError = await rollBack(context, effects, restoring);
    if (rollbackError !== null) return failed('rollbackFailed', rollbackError, step);
    return failed('writeFailed', error instanceof StepFailure ? error.cause : error, step, notRestoredText(restorables));
  }
  progress('Done.');
  return {
    kind: 'written',
    mode,
    runId,
    activeSheet: target.activeSheet,
    sheets: target.sheets.map((sheet) => sheet.name),
    renamedNames: Object.fromEntries(collidingNames.map((name) => [name.name, nameRenames.get(name.name.toLowerCase())!])),
    keptEditedCells,
    syncCount,
    skipped,
  };

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
}

/** What a write queues before the cells: each sheet with its marker, baseline and source, and the names. */
function preludeBytes(book: WorkbookBlueprint): number {
  const sheets = book.sheets.reduce((sum, sheet) => sum + 8 * BYTES_PER_OPERATION + (baselineFormula(sheet)?.length ?? 0) + 2 * sheet.name.length, 0);
  const names = book.names.reduce((sum, name) => sum + 2 * BYTES_PER_OPERATION + name.name.length + name.refersTo.length + (name.comment?.length ?? 0), 0);
  return sheets + names + 2 * (book.source?.text.length ?? 0);
}

const MARKER_COMMENT = 'Created by the AI customer-service ROI add-in: lets it update this sheet later.';
const BASELINE_COMMENT = 'What the ROI add-in wrote into the cells you may edit: an update keeps the ones you changed.';

const SOURCE_COMMENT = 'The inputs the ROI add-in built this business case from: lets a failed update put it back as it was.';

function addMarker(sheet: Excel.Worksheet, marker: Marker, blueprint: SheetBlueprint, source: WorkbookBlueprint['source']): void {
  addHiddenName(sheet, MARKER_NAME, markerFormula(marker), MARKER_COMMENT);
  const baseline = baselineFormula(blueprint);
  if (baseline !== null) addHiddenName(sheet, BASELINE_NAME, baseline, BASELINE_COMMENT);
  const sourceFormula = source !== undefined && sameName(source.sheet, blueprint.name) ? textConstantFormula(source.text) : null;
  if (sourceFormula !== null) addHiddenName(sheet, SOURCE_NAME, sourceFormula, SOURCE_COMMENT);
}

/** Queues the reads an update needs to put a generated sheet back if the update fails. */
function loadEarlierState(sheet: Excel.Worksheet, blueprintSheet: SheetBlueprint | undefined) {
  const used = sheet.getUsedRangeOrNullObject();
  used.load('rowIndex,columnIndex,formulas,numberFormat');
  const charts = sheet.charts;
  charts.load('items/name');
  const baseline = sheet.names.getItemOrNullObject(BASELINE_NAME);
  baseline.load('formula');
  const source = sheet.names.getItemOrNullObject(SOURCE_NAME);
  source.load('formula');
  const columns = (blueprintSheet ? touchedColumns(blueprintSheet) : []).map((col) => {
    const range = sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn();
    range.load('format/columnWidth,columnHidden');
    return { col, range };
  });
  return { used, charts, baseline, source, columns };
}

function earlierState(name: string, markerFormula: string, markerVersion: string | null, reads: ReturnType<typeof loadEarlierState>): PreviousSheet {
  const { used, charts, baseline, source, columns } = reads;
  return {
    name,
    used: used.isNullObject ? null : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, formulas: used.formulas, numberFormat: used.numberFormat },
    chartNames: charts.items.map((chart) => chart.name),
    markerFormula,
    markerVersion,
    baselineFormula: baseline.isNullObject ? null : baseline.formula,
    sourceFormula: source.isNullObject ? null : source.formula,
    columns: columns.map(({ col, range }) => ({ col, width: range.format.columnWidth, hidden: range.columnHidden })),
  };
}

/**
 * The earlier run's blueprint, rebuilt from the inputs it kept on its source sheet, matched to
 * each sheet being updated; or why it cannot be.
 */
function restorableSheets(
  previous: ReadonlyMap<string, PreviousSheet>,
  blueprint: WorkbookBlueprint,
  rebuild: NonNullable<RenderOptions['rebuildEarlier']>,
): { sheets: Restorable[]; reason: string | null } {
  const sourceSheet = blueprint.source === undefined ? undefined : previous.get(blueprint.source.sheet.toLowerCase());
  const text = parseTextConstant(sourceSheet?.sourceFormula);
  const version = sourceSheet?.markerVersion ?? null;
  const earlier = text === null || version === null ? null : rebuild(text, version);
  const sheets = [...previous.values()].map((sheet) => {
    const candidate = earlier?.sheets.find((item) => sameName(item.name, sheet.name));
    return { previous: sheet, earlier: candidate !== undefined && matchesBlueprint(candidate, sheet.used) ? candidate : null };
  });
  const reason =
    text === null
      ? 'the earlier run did not keep the inputs it was built from'
      : earlier === null
        ? `it was made by version ${version ?? 'unknown'} of the add-in, whose layout this version cannot rebuild`
        : 'its cells no longer have the layout it was made with';
  return { sheets, reason: sheets.every((sheet) => sheet.earlier !== null) ? null : reason };
}

/** What a rollback could not put back, or undefined when it puts everything back. */
function notRestoredText(restorables: { sheets: readonly Restorable[]; reason: string | null }): string | undefined {
  const lost = restorables.sheets.filter((sheet) => sheet.earlier === null).map((sheet) => sheet.previous.name);
  if (lost.length === 0 || restorables.reason === null) return undefined;
  return `the styles, charts, conditional formats, data validation and frozen panes of ${lost.join(', ')} could not be restored: ${restorables.reason}`;
}

function addHiddenName(sheet: Excel.Worksheet, name: string, formula: string, comment: string): void {
  const added = sheet.names.add(name, formula, comment);
  added.visible = false;
}

/** Empties an earlier generated sheet: contents, formats, rules, links, panes, and the named charts (this generator's own). */
function clearForUpdate(sheet: Excel.Worksheet, chartNames: readonly string[]): void {
  const whole = sheet.getRange();
  whole.clear('All');
  whole.dataValidation.clear();
  whole.conditionalFormats.clearAll();
  sheet.freezePanes.unfreeze();
  for (const chartName of chartNames) sheet.charts.getItem(chartName).delete();
}

/**
 * Editable cells keep what the workbook holds now when the user typed it there: a value (not a
 * formula), not empty, and not what the generator wrote last time (see editBaseline). Everything
 * else takes the new blueprint's value, so inputs changed in the task pane arrive. Returns how
 * many cells differ from the blueprint's value.
 */
function carryOverEdits(
  sheet: SheetBlueprint,
  plan: SheetPlan,
  old: NonNullable<PreviousSheet['used']>,
  baseline: ReadonlyMap<string, string> | null,
  moves: SheetMoves | undefined,
): number {
  let kept = 0;
  for (const cell of sheet.cells) {
    if (!cell.editable) continue;
    const from = earlierPosition(cell.row, cell.col, moves);
    if (from === null) continue;
    const current = old.formulas[from.row - old.rowIndex]?.[from.col - old.columnIndex];
    if (current === undefined || current === null || current === '') continue;
    if (typeof current === 'string' && current.startsWith('=') && old.numberFormat[from.row - old.rowIndex]?.[from.col - old.columnIndex] !== TEXT_FORMAT) continue;
    if (!isUserEdit(current, baselineKey(from.row, from.col), baseline)) continue;
    if (current !== plan.contents[cell.row][cell.col]) kept += 1;
    plan.contents[cell.row][cell.col] = current;
    // Text the user typed stays text, whatever format the blueprint gives the cell.
    if (typeof current === 'string') plan.numberFormats[cell.row][cell.col] = TEXT_FORMAT;
  }
  return kept;
}

interface RunEffects {
  readonly created: readonly string[];
  readonly createdNames: readonly string[];
  readonly changedNames: readonly ExistingName[];
  readonly restorables: readonly Restorable[];
  /** the sheet that was active before the run, activated again */
  readonly activeSheet: string | null;
}

/** Puts the workbook back: removes what this run created and restores what it changed. */
async function rollBack(context: Excel.RequestContext, effects: RunEffects, restoring: RestoreContext): Promise<unknown> {
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
function putBack(sheet: Excel.Worksheet, { previous, earlier }: Restorable, restoring: RestoreContext): QueuedPart[] {
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
function cellsAsReadPart(sheet: Excel.Worksheet, used: UsedBlock | null): QueuedPart {
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

const HIDDEN_NAMES = [MARKER_NAME, BASELINE_NAME, SOURCE_NAME];

/** The marker, baseline and source as they were, whichever of them the failed run had already replaced. */
function restoreHiddenNames(sheet: Excel.Worksheet, namesNow: Excel.NamedItemCollection, previous: PreviousSheet): void {
  for (const item of namesNow.items) if (HIDDEN_NAMES.some((name) => sameName(item.name, name))) sheet.names.getItem(item.name).delete();
  addHiddenName(sheet, MARKER_NAME, previous.markerFormula, MARKER_COMMENT);
  if (previous.baselineFormula !== null) addHiddenName(sheet, BASELINE_NAME, previous.baselineFormula, BASELINE_COMMENT);
  if (previous.sourceFormula !== null) addHiddenName(sheet, SOURCE_NAME, previous.sourceFormula, SOURCE_COMMENT);
}

/** Free sheet names for the rehearsal, one per blueprint sheet. */
function scratchNames(blueprint: WorkbookBlueprint, existingSheets: readonly string[]): Map<string, string> {
  const taken = new Set([...existingSheets, ...blueprint.sheets.map((sheet) => sheet.name)].map((name) => name.toLowerCase()));
  const renames = new Map<string, string>();
  let n = 1;
  for (const sheet of blueprint.sheets) {
    while (taken.has(`_roi_check_${n}`)) n += 1;
    renames.set(sheet.name, `_roi_check_${n}`);
    n += 1;
  }
  return renames;
}

/** A plan pointed at other sheets: formulas renamed, text (Text-formatted cells) left as typed. */
function renamePlan(plan: SheetPlan, renames: Renames): SheetPlan {
  const contents = plan.contents.map((line, row) =>
    line.map((entry, col) => (typeof entry === 'string' && entry.startsWith('=') && plan.numberFormats[row][col] !== TEXT_FORMAT ? renameInFormula(entry, renames) : entry)),
  );
  return { ...plan, contents };
}
