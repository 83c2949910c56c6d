import { CellValue, DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';

/**
 * Evaluates a workbook blueprint's own formulas with HyperFormula (GPL, tests only), configured
 * like Excel (docs/formula-engines.md lists where the engines differ and how the workbook copes).
 * Text values are written with a leading apostrophe, as a renderer writes text cells:
 * "=HYPERLINK(…)" typed as a name stays text.
 */
export const EXCEL_LIKE_CONFIG = {
  licenseKey: 'gpl-v3',
  useArrayArithmetic: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // Measured: with true, a workbook name that refers to an empty cell evaluates to 0 before
  // ISBLANK sees it (ISBLANK(name) = FALSE, name = "" FALSE), unlike Excel. With false, ISBLANK,
  // = "" and LEN on names behave as in Excel, and arithmetic on empty cells still gives 0.
  evaluateNullToZero: false,
  smartRounding: false,
  // Excel's DATEVALUE reads ISO dates in every locale; HyperFormula needs the format listed.
  dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY'],
} as const;

export type EngineValue = number | string | boolean | null | { readonly error: string };

export interface EvaluatedWorkbook {
  /** the computed value of a cell (zero-based row and column) */
  value(sheet: string, row: number, col: number): EngineValue;
  /** a numeric cell's value, failing loudly when the cell holds text or an error */
  number(sheet: string, row: number, col: number): number;
  /** replaces an input cell's content and recalculates */
  setCell(sheet: string, row: number, col: number, content: RawCellContent): void;
  /**
   * Writes the editable cells of another blueprint of the same layout (same inputs structure and
   * horizon) in one batch: one engine serves many input sets without being rebuilt.
   */
  loadInputs(blueprint: WorkbookBlueprint): void;
  destroy(): void;
}

function rawContent(cell: WorkbookBlueprint['sheets'][number]['cells'][number]): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.value === 'string') return `'${cell.value}`;
  return cell.value ?? null;
}

function toEngineValue(value: CellValue): EngineValue {
  if (value instanceof DetailedCellError) return { error: `${value.type}${value.message ? `: ${value.message}` : ''}` };
  return value as EngineValue;
}

export function evaluateBlueprint(blueprint: WorkbookBlueprint): EvaluatedWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of blueprint.sheets) {
    const grid: RawCellContent[][] = [];
    for (const cell of sheet.cells) {
      while (grid.length <= cell.row) grid.push([]);
      grid[cell.row][cell.col] = rawContent(cell);
    }
    sheets[sheet.name] = grid.map((line) => Array.from(line, (content) => content ?? null));
  }
  const namedExpressions = blueprint.names.map((name) => ({ name: name.name, expression: name.refersTo }));
  const engine = HyperFormula.buildFromSheets(sheets, { ...EXCEL_LIKE_CONFIG, dateFormats: [...EXCEL_LIKE_CONFIG.dateFormats] }, namedExpressions);
  const sheetId = (name: string) => {
    const id = engine.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named ${name}`);
    return id;
  };
  const value = (sheet: string, row: number, col: number) => toEngineValue(engine.getCellValue({ sheet: sheetId(sheet), row, col }));
  return {
    value,
    number(sheet, row, col) {
      const result = value(sheet, row, col);
      if (typeof result !== 'number') throw new Error(`${sheet}!R${row + 1}C${col + 1} is not a number: ${JSON.stringify(result)}`);
      return result;
    },
    setCell(sheet, row, col, content) {
      engine.setCellContents({ sheet: sheetId(sheet), row, col }, [[content]]);
    },
    loadInputs(other) {
      engine.batch(() => {
        for (const sheet of other.sheets) {
          for (const cell of sheet.cells.filter((c) => c.editable)) {
            engine.setCellContents({ sheet: sheetId(sheet.name), row: cell.row, col: cell.col }, [[rawContent(cell)]]);
          }
        }
      });
    },
    destroy() {
      engine.destroy();
    },
  };
}
