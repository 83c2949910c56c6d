import { Formats } from '../../formats';
import { SheetBuilder } from '../../sheetBuilder';

/** The last column of the Risk sheet's tables: section bars run this far. */
export const RISK_LAST_TABLE_COL = 8;

/** What the Risk sheet's sections share: the sheet, the formats and the next free row. */
export interface RiskWriter {
  readonly sheet: SheetBuilder;
  readonly formats: Formats;
  row: number;
}

export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/** A section's title bar across the tables' columns; moves past it. */
export function riskSection(writer: RiskWriter, title: string): void {
  writer.sheet.text(writer.row, 0, title, 'sectionHeader');
  for (let col = 1; col <= RISK_LAST_TABLE_COL; col++) writer.sheet.text(writer.row, col, '', 'sectionHeader');
  writer.row++;
}

/** A row of table headings from column 0; moves past it. */
export function riskHeaders(writer: RiskWriter, headings: readonly string[]): void {
  headings.forEach((text, col) => writer.sheet.text(writer.row, col, text, 'tableHeader'));
  writer.row++;
}

/** A stamped value: a number the simulation computed (not a formula), or "n/a" in text. */
export function stampedValue(writer: RiskWriter, row: number, col: number, value: number | null, numberFormat: string, style: 'calculation' | 'output' = 'calculation'): void {
  if (value === null) writer.sheet.text(row, col, 'n/a', style);
  else writer.sheet.set(row, col, { value, style, numberFormat });
}
