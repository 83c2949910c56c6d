import { ref } from '../blueprint/a1';
import { CellBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { scalarOf } from './coerce';
import { EvaluationContext, evaluateFormula } from './evaluate';
import { FormulaNode, parseFormula } from './parser';
import { CellValue, excelError, Scalar, Value } from './values';

/** Each formula cell's value by sheet name, then by cellKey(row, col) (zero-based). */
export type WorkbookValues = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

/**
 * The key of a cell in WorkbookValues.
 *
 * @example
 * cellKey(4, 2) // => '4,2'
 */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** Excel's widest sheet: a cell's number is row × this + column. */
const COLUMNS = 16384;

/** A failure already located at a cell, passed through the cells that depend on it unchanged. */
class LocatedError extends Error {}

function where(sheet: string, row: number, col: number): string {
  return ref(row, col, { sheet });
}

/** What a formula cell stores: Excel shows a blank result as 0, and has no −0, NaN or infinity. */
function storedValue(value: Value): CellValue {
  const single = scalarOf(value);
  if (single === null) return 0;
  if (typeof single === 'number') return Number.isFinite(single) ? single + 0 : excelError('#NUM!');
  return single;
}

interface SheetCells {
  readonly name: string;
  readonly cells: ReadonlyMap<number, CellBlueprint>;
  readonly results: Map<number, CellValue>;
  /** cells being calculated, to catch a formula that depends on itself */
  readonly pending: Set<number>;
}

class WorkbookEvaluator {
  private readonly sheets = new Map<string, SheetCells>();
  /** sheet names as formulas may spell them: Excel reads 'model'!A1 as 'Model'!A1 */
  private readonly sheetsByUpperName = new Map<string, SheetCells>();
  private readonly names = new Map<string, FormulaNode>();
  /** the chain of cells being calculated, for naming a circular reference */
  private readonly chain: string[] = [];

  constructor(blueprint: WorkbookBlueprint) {
    for (const sheet of blueprint.sheets) {
      const cells = new Map(sheet.cells.map((cell) => [cell.row * COLUMNS + cell.col, cell]));
      const cellsOfSheet: SheetCells = { name: sheet.name, cells, results: new Map(), pending: new Set() };
      this.sheets.set(sheet.name, cellsOfSheet);
      this.sheetsByUpperName.set(sheet.name.toUpperCase(), cellsOfSheet);
    }
    for (const name of blueprint.names) this.names.set(name.name.toUpperCase(), parseFormula(name.refersTo));
  }

  values(): WorkbookValues {
    const all = new Map<string, ReadonlyMap<string, CellValue>>();
    for (const sheet of this.sheets.values()) {
      const values = new Map<string, CellValue>();
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== undefined) values.set(cellKey(cell.row, cell.col), this.formulaValue(sheet, cell));
      }
      all.set(sheet.name, values);
    }
    return all;
  }

  private cell(sheetName: string, row: number, col: number): Scalar {
    const sheet = this.sheets.get(sheetName) ?? this.sheetsByUpperName.get(sheetName.toUpperCase());
    if (sheet === undefined) return excelError('#REF!');
    const cell = sheet.cells.get(row * COLUMNS + col);
    if (cell === undefined) return null;
    return cell.formula === undefined ? (cell.value ?? null) : this.formulaValue(sheet, cell);
  }

  private formulaValue(sheet: SheetCells, cell: CellBlueprint): CellValue {
    const key = cell.row * COLUMNS + cell.col;
    const known = sheet.results.get(key);
    if (known !== undefined) return known;
    if (sheet.pending.has(key)) throw new LocatedError(this.cycleMessage(where(sheet.name, cell.row, cell.col)));
    sheet.pending.add(key);
    this.chain.push(`${sheet.name}\u0000${key}`);
    try {
      const value = storedValue(evaluateFormula(parseFormula(cell.formula!), this.context(sheet.name)));
      sheet.results.set(key, value);
      return value;
    } catch (error) {
      if (error instanceof LocatedError) throw error;
      throw new LocatedError(`Cannot calculate ${where(sheet.name, cell.row, cell.col)} (${cell.formula}): ${(error as Error).message}`);
    } finally {
      sheet.pending.delete(key);
      this.chain.pop();
    }
  }

  private cycleMessage(here: string): string {
    const cells = this.chain.map((link) => {
      const [sheet, key] = link.split('\u0000');
      return where(sheet, Math.floor(Number(key) / COLUMNS), Number(key) % COLUMNS);
    });
    return `Circular reference at ${here}: ${[...cells.slice(cells.indexOf(here)), here].join(' → ')}.`;
  }

  private context(sheet: string): EvaluationContext {
    return {
      sheet,
      cell: (target, row, col) => this.cell(target, row, col),
      name: (name) => this.names.get(name.toUpperCase()),
    };
  }
}

/**
 * Calculates every formula cell of a blueprint as Excel will, so that a file can carry its
 * values for viewers that do not recalculate. Each cell is evaluated once (cells are memoised
 * across sheets); a circular reference, a formula it cannot read or a function it does not know
 * throws an error naming the cell.
 *
 * @example
 * computeValues(blueprint).get('Model')?.get(cellKey(4, 2)) // => 46388 (the model's start date)
 */
export function computeValues(blueprint: WorkbookBlueprint): WorkbookValues {
  return new WorkbookEvaluator(blueprint).values();
}
