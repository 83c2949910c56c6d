import { rebuildBlueprint } from '../blueprint/buildBlueprint';
import { CellBlueprint, SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { DATE_FORMAT } from '../blueprint/formats';
import { serialOf } from '../values/serialDates';
import { baselineKey, isUserEdit, parseBaseline } from './editBaseline';
import { SheetMoves, earlierPosition, inputMoves } from './inputMoves';
import { Marker } from './marker';
import { Renames, renameInBlueprint, renameInFormula } from '../blueprint/renameInBlueprint';
import { RenderOptions, RenderReport } from './renderReport';
import { matchesBlueprint } from './restoreEarlier';
import { GridEntry, SheetPlan, TEXT_FORMAT, planSheet } from './sheetPlan';
import { OptionalFeatures } from './support';
import { parseTextConstant } from './textConstant';
import { ExistingName, PreviousSheet, Restorable, WorkbookReading, sameName } from './workbookReading';

/**
 * What a run will do, decided from what the workbook holds, before anything is written: the mode,
 * the names that avoid the user's, the sheets' plans with the user's edits carried over, and what
 * a rollback could rebuild. Pure: no Office.js, so it is tested on plain data.
 */

export type RenderMode = 'new' | 'suffix' | 'update';

export interface RestorableSheets {
  readonly sheets: readonly Restorable[];
  /** why some sheets cannot be rebuilt, or null when all can */
  readonly reason: string | null;
}

export interface RenderPlan {
  readonly mode: RenderMode;
  /** the blueprint as written: sheets and names renamed where the workbook already uses them */
  readonly target: WorkbookBlueprint;
  readonly marker: Marker;
  /** blueprint name -> name written, for names the user's workbook already used */
  readonly renamedNames: Readonly<Record<string, string>>;
  /** one per target sheet, in order */
  readonly plans: readonly SheetPlan[];
  readonly keptEditedCells: number;
  readonly skipped: readonly string[];
  /**
   * What a rollback could rebuild: the earlier blueprint is built only when a write fails and this
   * is first asked, not on every update.
   */
  readonly restorables: () => RestorableSheets;
}

export interface PlanSettings {
  readonly policy: NonNullable<RenderOptions['onConflict']>;
  readonly features: OptionalFeatures;
  readonly runId: string;
  readonly rebuildEarlier?: RenderOptions['rebuildEarlier'];
}

export type PlanOutcome = { readonly kind: 'plan'; readonly plan: RenderPlan } | Extract<RenderReport, { kind: 'conflict' | 'failed' }>;

export function planRender(blueprint: WorkbookBlueprint, reading: WorkbookReading, settings: PlanSettings): PlanOutcome {
  const refusal = refusalOf(reading, settings.policy);
  if (refusal !== null) return refusal;
  const mode: RenderMode = reading.taken.length === 0 ? 'new' : settings.policy === 'update' ? 'update' : 'suffix';
  const { renames, renamedNames } = freeNames(blueprint, reading, mode);
  const target = renameInBlueprint(blueprint, renames);
  const { plans, keptEditedCells } = sheetPlans(target, reading, mode);
  return {
    kind: 'plan',
    plan: {
      mode,
      target,
      marker: { generatorId: blueprint.generator.id, version: blueprint.generator.version, runId: settings.runId },
      renamedNames,
      plans,
      keptEditedCells,
      skipped: skippedFeatures(settings.features, mode),
      restorables: once(() => restorableSheets(reading.previous, blueprint, settings.rebuildEarlier ?? rebuildBlueprint)),
    },
  };
}

function once<T>(compute: () => T): () => T {
  let value: { readonly result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

/** 'ask' stops at any taken name; 'update' refuses sheets this add-in did not create. */
function refusalOf(reading: WorkbookReading, policy: PlanSettings['policy']): Exclude<PlanOutcome, { kind: 'plan' }> | null {
  const { conflicts } = reading;
  if (conflicts.length === 0) return null;
  if (policy === 'ask') return { kind: 'conflict', sheets: conflicts, canUpdate: conflicts.every((conflict) => conflict.generated) };
  const foreign = conflicts.filter((conflict) => !conflict.generated).map((conflict) => conflict.name);
  if (policy !== 'update' || foreign.length === 0) return null;
  const one = foreign.length === 1;
  return {
    kind: 'failed',
    error: {
      kind: 'notGenerated',
      step: 'checking which sheets an earlier business case created',
      message: `Nothing was changed: ${foreign.join(', ')} ${one ? 'was' : 'were'} not created by this add-in, so it will not update ${one ? 'it' : 'them'}. Choose "write beside" instead.`,
    },
  };
}

/** Sheet names after "(n)" is added; Excel allows 31 characters. */
function suffixed(name: string, n: number): string {
  const tail = ` (${n})`;
  return name.slice(0, 31 - tail.length) + tail;
}

function refersToSheets(formula: string, sheets: readonly string[]): boolean {
  const text = formula.replace(/^=/, '');
  return sheets.some((sheet) => {
    const quoted = `'${sheet.replace(/'/g, "''")}'!`;
    return text.startsWith(quoted) || text.toLowerCase().startsWith(`${sheet.toLowerCase()}!`);
  });
}

/** Sheet and name renames that avoid everything the user has: the first n free for all of them. */
function freeNames(blueprint: WorkbookBlueprint, reading: WorkbookReading, mode: RenderMode): { renames: Renames; renamedNames: Record<string, string> } {
  const { existingSheets, existingNames, taken } = reading;
  const updatedSheets = mode === 'update' ? taken : [];
  const ourOldName = (existing: ExistingName) => mode === 'update' && refersToSheets(existing.formula, updatedSheets);
  const colliding = blueprint.names.filter((name) => existingNames.some((existing) => sameName(existing.name, name.name) && !ourOldName(existing)));
  const sheets = new Map<string, string>();
  const names = new Map<string, string>();
  if (mode === 'suffix' || colliding.length > 0) {
    const free = (n: number) =>
      (mode !== 'suffix' || blueprint.sheets.every((sheet) => !existingSheets.some((name) => sameName(name, suffixed(sheet.name, n))))) &&
      colliding.every((name) => !existingNames.some((existing) => sameName(existing.name, `${name.name}_${n}`)));
    let n = 2;
    while (!free(n)) n += 1;
    if (mode === 'suffix') for (const sheet of blueprint.sheets) sheets.set(sheet.name, suffixed(sheet.name, n));
    for (const name of colliding) names.set(name.name.toLowerCase(), `${name.name}_${n}`);
  }
  return { renames: { sheets, names }, renamedNames: Object.fromEntries(colliding.map((name) => [name.name, names.get(name.name.toLowerCase())!])) };
}

/** Each target sheet's plan; on an update, with the values the user typed carried over. */
function sheetPlans(target: WorkbookBlueprint, reading: WorkbookReading, mode: RenderMode): { plans: SheetPlan[]; keptEditedCells: number } {
  let keptEditedCells = 0;
  const moves = mode === 'update' ? inputMoves(target.names, reading.existingNames) : new Map<string, SheetMoves>();
  const plans = target.sheets.map((sheet) => {
    const plan = planSheet(sheet);
    const earlier = reading.previous.get(sheet.name.toLowerCase());
    if (earlier?.used) keptEditedCells += carryOverEdits(sheet, plan, earlier.used, parseBaseline(earlier.baselineFormula), moves.get(sheet.name.toLowerCase()));
    return plan;
  });
  return { plans, keptEditedCells };
}

function skippedFeatures(features: OptionalFeatures, mode: RenderMode): string[] {
  const skipped: string[] = [];
  if (!features.excel19) skipped.push('Print setup (page headers and footers included), cell indents and screen-updating pause: they need Excel API 1.9.');
  if (!features.outline) skipped.push('Outlines of the unused custom-line slots: they need Excel API 1.10; the empty slots are shown instead.');
  if (!features.notes) skipped.push('Cell notes: they need Excel API 1.18; each input keeps its help as the data validation prompt.');
  if (mode === 'update') skipped.push('Cell notes are left as they were on updated sheets: Office.js cannot replace a note in place.');
  return skipped;
}

/** By cell (baselineKey): the earlier spellings a list cell accepts on update, e.g. a choice's code for its word. */
function listAliases(sheet: SheetBlueprint): Map<string, Readonly<Record<string, string>>> {
  const byCell = new Map<string, Readonly<Record<string, string>>>();
  for (const validation of sheet.validations) {
    if (validation.type !== 'list' || validation.aliases === undefined) continue;
    const { startRow, startCol, endRow, endCol } = validation.range;
    for (let row = startRow; row <= endRow; row++) for (let col = startCol; col <= endCol; col++) byCell.set(baselineKey(row, col), validation.aliases);
  }
  return byCell;
}

function aliasedValue<T>(current: T, aliases: Readonly<Record<string, string>> | undefined): T | string {
  return typeof current === 'string' && aliases !== undefined && Object.prototype.hasOwnProperty.call(aliases, current) ? aliases[current] : current;
}

const MONTH_TEXT = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A month typed as "YYYY-MM" text in a cell that now holds a date (the start month, text in files
 * of earlier versions) as the date of its first day; anything else as it is.
 */
export function asDateWhereMonthText(cell: CellBlueprint, current: Exclude<GridEntry, null>): Exclude<GridEntry, null> {
  const month = typeof current === 'string' && cell.numberFormat === DATE_FORMAT && typeof cell.value === 'number' ? MONTH_TEXT.exec(current.trim()) : null;
  return month === null ? current : serialOf({ year: Number(month[1]), month: Number(month[2]), day: 1 });
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
  const aliases = listAliases(sheet);
  for (const cell of sheet.cells) {
    if (!cell.editable) continue;
    const from = earlierPosition(cell.row, cell.col, moves);
    if (from === null) continue;
    const current = old.formulas[from.row - old.rowIndex]?.[from.col - old.columnIndex];
    if (current === undefined || current === null || current === '') continue;
    if (typeof current === 'string' && current.startsWith('=') && old.numberFormat[from.row - old.rowIndex]?.[from.col - old.columnIndex] !== TEXT_FORMAT) continue;
    if (!isUserEdit(current, baselineKey(from.row, from.col), baseline)) continue;
    const carried = asDateWhereMonthText(cell, aliasedValue(current, aliases.get(baselineKey(cell.row, cell.col))));
    if (carried !== plan.contents[cell.row][cell.col]) kept += 1;
    plan.contents[cell.row][cell.col] = carried;
    // Text the user typed stays text, whatever format the blueprint gives the cell.
    if (typeof carried === 'string') plan.numberFormats[cell.row][cell.col] = TEXT_FORMAT;
  }
  return kept;
}

/**
 * The earlier run's blueprint, rebuilt from the inputs it kept on its source sheet, matched to
 * each sheet being updated; or why it cannot be.
 */
export function restorableSheets(
  previous: ReadonlyMap<string, PreviousSheet>,
  blueprint: WorkbookBlueprint,
  rebuild: NonNullable<RenderOptions['rebuildEarlier']>,
): RestorableSheets {
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
export function notRestoredText(restorables: RestorableSheets): string | undefined {
  const lost = restorables.sheets.filter((sheet) => sheet.earlier === null).map((sheet) => sheet.previous.name);
  if (lost.length === 0 || restorables.reason === null) return undefined;
  return `the styles, charts, conditional formats, data validation and frozen panes of ${lost.join(', ')} could not be restored: ${restorables.reason}`;
}

/** The whole write pointed at scratch sheets, for the rehearsal of an update. */
export function rehearsalOf(plan: RenderPlan, existingSheets: readonly string[]): { blueprint: WorkbookBlueprint; plans: SheetPlan[] } {
  const renames: Renames = { sheets: scratchNames(plan.target, existingSheets), names: new Map() };
  return { blueprint: renameInBlueprint(plan.target, renames), plans: plan.plans.map((sheetPlan) => renamePlan(sheetPlan, renames)) };
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
