import { SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { BASELINE_NAME } from './editBaseline';
import { MARKER_NAME, parseMarker } from './marker';
import { ConflictPolicy, SheetConflict } from './renderReport';
import { ColumnBefore, SOURCE_NAME, UsedBlock, touchedColumns } from './restoreEarlier';
import { RunSync } from './runSteps';

/** What the open workbook holds before a run, as read back: the facts the plan is made from. */

export interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

export interface PreviousSheet {
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
export interface Restorable {
  readonly previous: PreviousSheet;
  readonly earlier: SheetBlueprint | null;
}


export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Queues the reads an update needs to put a generated sheet back if the update fails. */
export function loadEarlierState(sheet: Excel.Worksheet, blueprintSheet: SheetBlueprint | undefined) {
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

export function earlierState(name: string, markerFormula: string, markerVersion: string | null, reads: ReturnType<typeof loadEarlierState>): PreviousSheet {
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


export interface WorkbookReading {
  readonly existingSheets: readonly string[];
  readonly existingNames: readonly ExistingName[];
  readonly activeSheet: string;
  /** the blueprint's sheet names already taken, as the workbook spells them */
  readonly taken: readonly string[];
  readonly conflicts: readonly SheetConflict[];
  /** for an update: what each taken sheet of ours holds now, by lower-case name */
  readonly previous: ReadonlyMap<string, PreviousSheet>;
}

/**
 * Reads what a plan needs: the sheet and workbook names, then, only when a blueprint sheet name
 * is taken, those sheets' markers and (for an update) everything needed to rewrite or restore them.
 */
export async function readWorkbook(context: Excel.RequestContext, blueprint: WorkbookBlueprint, policy: ConflictPolicy, sync: RunSync): Promise<WorkbookReading> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await sync('reading the workbook');
  const existingSheets = worksheets.items.map((sheet) => sheet.name);
  const existingNames = names.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
  const taken = blueprint.sheets.map((sheet) => existingSheets.find((name) => sameName(name, sheet.name))).filter((name): name is string => name !== undefined);
  const reading = { existingSheets, existingNames, activeSheet: active.name, taken };
  if (taken.length === 0) return { ...reading, conflicts: [], previous: new Map() };
  const markers = taken.map((name) => {
    const sheet = worksheets.getItem(name);
    const marker = sheet.names.getItemOrNullObject(MARKER_NAME);
    marker.load('formula,value');
    const earlier = policy === 'update' ? loadEarlierState(sheet, blueprint.sheets.find((candidate) => sameName(candidate.name, name))) : null;
    return { name, marker, earlier };
  });
  await sync('checking which sheets an earlier business case created');
  const markerOf = (marker: Excel.NamedItem) =>
    marker.isNullObject ? null : (parseMarker(marker.value, blueprint.generator.id) ?? parseMarker(marker.formula, blueprint.generator.id));
  const previous = new Map<string, PreviousSheet>();
  for (const { name, marker, earlier } of markers) {
    if (earlier !== null && !marker.isNullObject) previous.set(name.toLowerCase(), earlierState(name, marker.formula, markerOf(marker)?.version ?? null, earlier));
  }
  return { ...reading, conflicts: markers.map(({ name, marker }) => ({ name, generated: markerOf(marker) !== null })), previous };
}
