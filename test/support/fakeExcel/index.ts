import { FakeRequestCore } from './context';
import { FakeEngine } from './engine';
import { FakeWorkbook } from './objects';
import { WorkbookState, newSheet, snapshot } from './state';

/**
 * A faithful-enough fake of the Excel JavaScript API for the renderer's tests: queued operations
 * applied at sync, PropertyNotLoaded before a load, null objects, dimension checks, Excel's
 * Text-format rule, and formulas calculated by HyperFormula.
 */
export interface FakeExcel {
  /** pass to code that wants an Excel.RequestContext */
  readonly context: Excel.RequestContext;
  readonly core: FakeRequestCore;
  readonly state: WorkbookState;
  readonly workbook: FakeWorkbook;
  /** deep copy of everything in the workbook, for before/after equality */
  snapshot(): unknown;
  /** the calculated value of a cell, by sheet name and zero-based position */
  value(sheet: string, row: number, col: number): unknown;
  destroy(): void;
}

export function createFakeExcel(sheetNames: readonly string[] = ['Sheet1']): FakeExcel {
  const state: WorkbookState = { sheets: [], names: [], activeSheetId: '', nextId: 1 };
  for (const name of sheetNames) state.sheets.push(newSheet(`sheet-${state.nextId++}`, name));
  state.activeSheetId = state.sheets[0]?.id ?? '';
  const core = new FakeRequestCore(state);
  const engine = new FakeEngine(state, () => core);
  const workbook = new FakeWorkbook(core, engine);
  const context = { workbook, sync: () => core.sync() };
  return {
    context: context as unknown as Excel.RequestContext,
    core,
    state,
    workbook,
    snapshot: () => snapshot(state),
    value: (sheet, row, col) => engine.value(sheet, row, col),
    destroy: () => engine.destroy(),
  };
}

export { FakeOfficeError } from './errors';
