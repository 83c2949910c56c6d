import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { loadWorkbook } from '../xlsx/support/readBack';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';

/**
 * LibreOffice, an engine independent of the generator's own evaluator, recalculates a workbook
 * whose inputs were typed into the file after it was written: a horizon raised within the built
 * timeline, and a real date in the start cell.
 */
const availability = libreOfficeAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;

/** A workbook name's cell: sheet and one-based row and column, as ExcelJS addresses it. */
function namedCell(book: WorkbookBlueprint, name: string): { sheet: string; row: number; col: number } {
  const refersTo = book.names.find((n) => n.name === name)!.refersTo;
  const [, sheet, col, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return { sheet, row: Number(row), col: [...col].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) };
}

function resultOf(workbook: ExcelJS.Workbook, book: WorkbookBlueprint, name: string): unknown {
  const { sheet, row, col } = namedCell(book, name);
  const cell = workbook.getWorksheet(sheet)!.getCell(row, col);
  return cell.formula ? cell.result : cell.value;
}

/** Every formula cell whose result is an error value, as "Sheet!A1: #VALUE!". */
function errorCells(workbook: ExcelJS.Workbook): string[] {
  const errors: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    const result = cell.formula ? cell.result : undefined;
    if (result !== null && typeof result === 'object' && 'error' in result) errors.push(`${sheet.name}!${cell.address}: ${String(result.error)}`);
  })));
  return errors;
}

describeWithLibreOffice('LibreOffice: inputs typed into a generated file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-timeline-'));
  const mid = exampleInputs('mid-market');
  const long = buildBlueprint({ ...mid, horizon_months: 36, timeline_months: 60 });
  const exact = buildBlueprint({ ...mid, horizon_months: 48 });
  const recalculated: ExcelJS.Workbook[] = [];

  beforeAll(async () => {
    // The user's edit: the file written for horizon 36 on a 60-month timeline, then 48 and a mid-month date typed in.
    const edited = await loadWorkbook(await renderXlsx(long));
    const horizon = namedCell(long, 'horizon_months');
    edited.getWorksheet(horizon.sheet)!.getCell(horizon.row, horizon.col).value = 48;
    const start = namedCell(long, 'start_month');
    edited.getWorksheet(start.sheet)!.getCell(start.row, start.col).value = new Date(Date.UTC(2027, 6, 15));
    const files = [path.join(dir, 'edited.xlsx'), path.join(dir, 'exact.xlsx')];
    writeFileSync(files[0], new Uint8Array(await edited.xlsx.writeBuffer()));
    writeFileSync(files[1], await renderXlsx(exact));
    for (const output of await convertWithLibreOffice(path.join(dir, 'recalculated'), files, 'xlsx')) recalculated.push(await loadWorkbook(readFileSync(output)));
  }, 300000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('horizon 48 typed into the 60-month workbook gives the NPV of the workbook generated for 48 months, to the cent, with no error cell', () => {
    const [edited, reference] = recalculated;
    const npv = resultOf(edited, long, 'result_npv') as number;
    expect(typeof npv).toBe('number');
    expect(Math.round(npv * 100)).toBe(Math.round((resultOf(reference, exact, 'result_npv') as number) * 100));
    expect(resultOf(edited, long, 'result_irr')).toBeCloseTo(resultOf(reference, exact, 'result_irr') as number, 9);
    expect(resultOf(edited, long, 'result_mirr')).toBeCloseTo(resultOf(reference, exact, 'result_mirr') as number, 9);
    expect(errorCells(edited)).toEqual([]);
    expect(String(edited.getWorksheet('Summary')!.getCell(2, 1).result)).toContain('over 48 months from Jul 2027 ');
  });
});
