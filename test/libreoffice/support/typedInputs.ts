import { BlueprintWithAnchors } from '../../../src/workbook/blueprint/buildBlueprint';
import { SHEET } from '../../../src/workbook/blueprint/sheetNames';
import { WorkbookBlueprint } from '../../../src/workbook/blueprint/types';

/** Row and column (0-based) of the Inputs cell a workbook name refers to. */
export function inputCellOf(book: WorkbookBlueprint, name: string): { row: number; col: number } {
  const refersTo = book.names.find((n) => n.name === name)?.refersTo;
  if (refersTo === undefined) throw new Error(`no workbook name ${name}`);
  const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return { row: Number(digits) - 1, col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/**
 * The blueprint with numbers typed into named Inputs cells, as a user types them into the file:
 * nothing else changes, so only the workbook's own formulas can carry them to the results.
 */
export function withTypedInputs(book: BlueprintWithAnchors, typed: Readonly<Record<string, number>>): WorkbookBlueprint {
  const byCell = new Map(Object.entries(typed).map(([name, value]) => {
    const { row, col } = inputCellOf(book, name);
    return [`${row},${col}`, value] as const;
  }));
  const sheets = book.sheets.map((sheet) => (sheet.name !== SHEET.inputs ? sheet : {
    ...sheet,
    cells: sheet.cells.map((cell) => (byCell.has(`${cell.row},${cell.col}`) ? { ...cell, value: byCell.get(`${cell.row},${cell.col}`)! } : cell)),
  }));
  return { ...book, sheets };
}
