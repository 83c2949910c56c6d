import ExcelJS from 'exceljs';
import { HyperFormula, RawCellContent } from 'hyperformula';
import { EXCEL_LIKE_CONFIG } from '../../support/formulaEngine';

/**
 * Reads an .xlsx back and recalculates it with HyperFormula from the file's own formulas and
 * names, so a test checks what a user opening the downloaded file would see, not what the code
 * meant to write.
 */
export interface ReadBackWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** the computed value of a cell (zero-based row and column) */
  value(sheet: string, row: number, col: number): unknown;
  /** the formula of a cell as stored in the file, without "=", or undefined for a value */
  formula(sheet: string, row: number, col: number): string | undefined;
  /** the cell a workbook name points to */
  nameTarget(name: string): { sheet: string; row: number; col: number } | undefined;
  destroy(): void;
}

function cellContent(cell: ExcelJS.Cell): RawCellContent {
  if (cell.formula) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'object' && 'richText' in value) return `'${value.richText.map((run) => run.text).join('')}`;
  if (typeof value === 'object' && 'text' in value) return `'${String(value.text)}`;
  return null;
}

function parseRef(ref: string): { sheet: string; row: number; col: number } | undefined {
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) return undefined;
  const col = match[2].split('').reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { sheet: match[1].replace(/''/g, "'"), row: Number(match[3]) - 1, col };
}

export async function readBackXlsx(bytes: Buffer | Uint8Array): Promise<ReadBackWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((worksheet) => {
    const grid: RawCellContent[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        while (grid.length < rowNumber) grid.push([]);
        grid[rowNumber - 1][colNumber - 1] = cellContent(cell);
      });
    });
    sheets[worksheet.name] = grid.map((line) => Array.from(line, (content) => content ?? null));
  });
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).filter((name) => name.ranges.length === 1);
  const engine = HyperFormula.buildFromSheets(
    sheets,
    { ...EXCEL_LIKE_CONFIG, dateFormats: [...EXCEL_LIKE_CONFIG.dateFormats] },
    names.map((name) => ({ name: name.name, expression: `=${name.ranges[0]}` })),
  );
  const sheetId = (sheet: string) => {
    const id = engine.getSheetId(sheet);
    if (id === undefined) throw new Error(`The file has no sheet named ${sheet}.`);
    return id;
  };
  return {
    workbook,
    value: (sheet, row, col) => engine.getCellValue({ sheet: sheetId(sheet), row, col }),
    formula: (sheet, row, col) => workbook.getWorksheet(sheet)?.getCell(row + 1, col + 1).formula || undefined,
    nameTarget: (name) => {
      const found = names.find((candidate) => candidate.name === name);
      return found ? parseRef(found.ranges[0]) : undefined;
    },
    destroy: () => engine.destroy(),
  };
}
