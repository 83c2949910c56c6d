import {
  CellBlueprint,
  ChartBlueprint,
  ColumnBlueprint,
  ConditionalFormatBlueprint,
  PrintBlueprint,
  SheetBlueprint,
  ValidationBlueprint,
} from './types';

export type CellContent = Omit<CellBlueprint, 'row' | 'col'>;

/**
 * Collects one sheet's cells and settings while a sheet module lays it out, then freezes them
 * into a SheetBlueprint. A cell written twice is a layout bug, so it throws at build time.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, CellBlueprint>();
  private readonly columns = new Map<number, ColumnBlueprint>();
  readonly validations: ValidationBlueprint[] = [];
  readonly conditionalFormats: ConditionalFormatBlueprint[] = [];
  readonly charts: ChartBlueprint[] = [];
  frozen?: { rows: number; columns: number };
  print: PrintBlueprint = { orientation: 'landscape', fitToWidth: true };
  showGridlines = false;

  constructor(
    readonly name: string,
    readonly tabColor?: string,
  ) {}

  set(row: number, col: number, content: CellContent): void {
    const key = `${row}:${col}`;
    if (this.cells.has(key)) throw new Error(`Blueprint layout bug: ${this.name} row ${row} col ${col} written twice.`);
    this.cells.set(key, { row, col, ...content });
  }

  /** A text value: always stored as a string, never interpreted as a formula. */
  text(row: number, col: number, value: string, style: CellContent['style'] = 'label', extra: Partial<CellContent> = {}): void {
    this.set(row, col, { value, style, ...extra });
  }

  formula(row: number, col: number, formula: string, style: CellContent['style'], numberFormat?: string): void {
    this.set(row, col, numberFormat === undefined ? { formula, style } : { formula, style, numberFormat });
  }

  width(col: number, width: number): void {
    this.columns.set(col, { col, width });
  }

  build(): SheetBlueprint {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
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
    };
  }
}
