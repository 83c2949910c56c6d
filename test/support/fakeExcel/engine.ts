import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { EXCEL_LIKE_CONFIG } from '../formulaEngine';
import { FakeRequestCore } from './context';
import { WorkbookState } from './state';

/**
 * Calculation for the fake: the formulas actually written into the fake workbook, with its
 * workbook-scoped names, evaluated by HyperFormula (configured like Excel). Rebuilt only after the
 * workbook changed.
 */
export class FakeEngine {
  private engine: HyperFormula | null = null;
  private builtAt = -1;

  constructor(private readonly state: WorkbookState, private readonly core: () => FakeRequestCore) {}

  private build(): HyperFormula {
    const version = this.core().version;
    if (this.engine && this.builtAt === version) return this.engine;
    this.engine?.destroy();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.state.sheets) {
      const grid: RawCellContent[][] = [];
      for (const [key, cell] of sheet.cells) {
        const [row, col] = key.split(',').map(Number);
        while (grid.length <= row) grid.push([]);
        grid[row][col] = cell.formula ?? (typeof cell.value === 'string' ? `'${cell.value}` : (cell.value ?? null));
      }
      sheets[sheet.name] = grid.map((line) => Array.from(line, (content) => content ?? null));
    }
    const names = this.state.names.filter((name) => !name.formula.includes('#REF!')).map((name) => ({ name: name.name, expression: name.formula }));
    this.engine = HyperFormula.buildFromSheets(sheets, { ...EXCEL_LIKE_CONFIG, dateFormats: [...EXCEL_LIKE_CONFIG.dateFormats] }, names);
    this.builtAt = version;
    return this.engine;
  }

  value(sheet: string, row: number, col: number): unknown {
    const engine = this.build();
    const id = engine.getSheetId(sheet);
    if (id === undefined) return '#REF!';
    const value = engine.getCellValue({ sheet: id, row, col });
    if (value instanceof DetailedCellError) return value.value;
    return value ?? '';
  }

  destroy(): void {
    this.engine?.destroy();
    this.engine = null;
  }
}
