import {
  CellBlueprint,
  ChartBlueprint,
  ColumnBlueprint,
  ConditionalFormatBlueprint,
  PrintBlueprint,
  RangeRef,
  RowGroupBlueprint,
  SheetBlueprint,
  ValidationBlueprint,
} from './types';

export type CellContent = Omit<CellBlueprint, 'row' | 'col'>;

/**
 * Collects one sheet's cells and settings while a sheet module lays it out, then freezes them
 * into a SheetBlueprint. A cell written twice is a layout bug, so it throws at build time.
 */
export class SheetBuilder {
  /** cells by row, then column: reading them in index order gives the sorted list without a sort */
  private readonly rows: (CellBlueprint | undefined)[][] = [];
  private readonly columns = new Map<number, ColumnBlueprint>();
  readonly validations: ValidationBlueprint[] = [];
  readonly conditionalFormats: ConditionalFormatBlueprint[] = [];
  readonly charts: ChartBlueprint[] = [];
  readonly rowGroups: RowGroupBlueprint[] = [];
  frozen?: { rows: number; columns: number };
  print: PrintBlueprint = { orientation: 'landscape', fitToWidth: true };
  showGridlines = false;

  constructor(
    readonly name: string,
    readonly tabColor?: string,
  ) {}

  set(row: number, col: number, content: CellContent): void {
    this.put({ row, col, ...content });
  }

  /** A text value: always stored as a string, never interpreted as a formula. */
  text(row: number, col: number, value: string, style: CellContent['style'] = 'label', extra?: Partial<CellContent>): void {
    this.put(extra === undefined ? { row, col, value, style } : { row, col, value, style, ...extra });
  }

  formula(row: number, col: number, formula: string, style: CellContent['style'], numberFormat?: string): void {
    this.put(numberFormat === undefined ? { row, col, formula, style } : { row, col, formula, style, numberFormat });
  }

  /**
   * Outlines and collapses the rows (e.g. unused custom-line slots): one group per run of
   * adjacent rows, so a row between two of them stays in sight.
   */
  outlineRows(rows: readonly number[]): void {
    for (const row of [...rows].sort((a, b) => a - b)) {
      const last = this.rowGroups[this.rowGroups.length - 1];
      if (last !== undefined && last.last === row - 1) this.rowGroups[this.rowGroups.length - 1] = { ...last, last: row };
      else this.rowGroups.push({ first: row, last: row, collapsed: true });
    }
  }

  width(col: number, width: number): void {
    this.columns.set(col, { col, width });
  }

  private put(cell: CellBlueprint): void {
    const row = (this.rows[cell.row] ??= []);
    if (row[cell.col] !== undefined) throw new Error(`Blueprint layout bug: ${this.name} row ${cell.row} col ${cell.col} written twice.`);
    row[cell.col] = cell;
  }

  /** From A1 to the last row and column holding a cell or a chart: what printing "exactly the content" prints. */
  usedArea(): RangeRef {
    let endRow = 0;
    let endCol = 0;
    this.rows.forEach((row, index) => {
      if (row === undefined || row.length === 0) return;
      endRow = Math.max(endRow, index);
      endCol = Math.max(endCol, row.length - 1);
    });
    for (const { anchor } of this.charts) {
      endRow = Math.max(endRow, anchor.endRow);
      endCol = Math.max(endCol, anchor.endCol);
    }
    return { startRow: 0, startCol: 0, endRow, endCol };
  }

  build(): SheetBlueprint {
    const cells: CellBlueprint[] = [];
    for (const row of this.rows) {
      if (row === undefined) continue;
      for (const cell of row) if (cell !== undefined) cells.push(cell);
    }
    const columns = [...this.columns.values()].sort((a, b) => a.col - b.col);
    return {
      name: this.name,
      ...(this.tabColor === undefined ? {} : { tabColor: this.tabColor }),
      cells,
      columns,
      ...(this.frozen === undefined ? {} : { frozen: this.frozen }),
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      print: this.print,
      showGridlines: this.showGridlines,
      ...(this.rowGroups.length === 0 ? {} : { rowGroups: this.rowGroups }),
    };
  }
}
