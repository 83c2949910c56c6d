import { STYLES } from '../../../src/workbook/blueprint/styles';
import { CellBlueprint, WorkbookBlueprint } from '../../../src/workbook/blueprint/types';
import { CellValue } from '../../../src/workbook/values/values';
import { cellKey, computeValues } from '../../../src/workbook/values/workbookValues';

/** Cells by A1 address: a string starting with "=" is a formula, anything else a value. */
export type Cells = Record<string, string | number | boolean | null>;

function position(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const col = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

function cellOf(address: string, content: string | number | boolean | null): CellBlueprint {
  const at = position(address);
  return typeof content === 'string' && content.startsWith('=') ? { ...at, formula: content } : { ...at, value: content };
}

/** A hand-made blueprint of the given sheets and workbook names (name → "='Sheet'!$A$1"). */
export function blueprintOf(sheets: Record<string, Cells>, names: Record<string, string> = {}): WorkbookBlueprint {
  return {
    generator: { id: 'roi-ai-cx-business-case', version: 'test' },
    title: 'test',
    sheets: Object.entries(sheets).map(([name, cells]) => ({
      name,
      cells: Object.entries(cells).map(([address, content]) => cellOf(address, content)),
      columns: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      print: { orientation: 'portrait', fitToWidth: true },
      showGridlines: true,
    })),
    names: Object.entries(names).map(([name, refersTo]) => ({ name, refersTo })),
    styles: STYLES,
    activeSheet: Object.keys(sheets)[0],
  };
}

/** The calculated value of one formula cell. */
export function valueAt(blueprint: WorkbookBlueprint, sheet: string, address: string): CellValue | undefined {
  const { row, col } = position(address);
  return computeValues(blueprint).get(sheet)?.get(cellKey(row, col));
}

/** One formula evaluated in cell Z99 of a sheet 'S' that holds the given cells. */
export function calc(formula: string, cells: Cells = {}, names: Record<string, string> = {}): CellValue | undefined {
  return valueAt(blueprintOf({ S: { ...cells, Z99: formula } }, names), 'S', 'Z99');
}
