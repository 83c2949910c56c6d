import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The raw XML of one part of the .xlsx, for what ExcelJS does not read back. */
export async function packagePart(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`The package has no part ${path}.`);
  return file.async('string');
}

export async function packageParts(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/** A zero-based cell, as the blueprint addresses it. */
export function cellAt(workbook: ExcelJS.Workbook, sheet: string, row: number, col: number): ExcelJS.Cell {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`The workbook has no sheet ${sheet}.`);
  return worksheet.getCell(row + 1, col + 1);
}

export function namesOf(workbook: ExcelJS.Workbook): Map<string, string[]> {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return new Map(model.map((name) => [name.name, name.ranges]));
}

/** ExcelJS reads these back but leaves them out of its types. */
export function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

export function validationsOf(worksheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (worksheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
}

export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined || typeof note === 'string') return note ?? '';
  return (note.texts ?? []).map((run) => run.text).join('');
}
