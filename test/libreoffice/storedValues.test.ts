import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { CellBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { loadWorkbook } from '../xlsx/support/readBack';
import { Stored, storedFormulaValues, withoutStoredValues } from '../xlsx/support/storedValues';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';

/**
 * The values the generated file stores (read from its sheet XML, as a viewer that does not
 * recalculate shows them) against LibreOffice's own calculation of the same formulas. LibreOffice
 * is given a copy with the stored results taken out, so nothing it reports is an echo of ours.
 */
const availability = libreOfficeAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;

const CENT = 0.005;
const RELATIVE = 1e-9;

function isMoney(cell: CellBlueprint): boolean {
  return /"[A-Z]{3} "/.test(cell.numberFormat ?? '');
}

const DAY_MS = 86400000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * LibreOffice's result for a formula cell (cell.result: ExcelJS leaves a result of 0 out of the
 * value object), a date-formatted one as the serial ExcelJS turned into a Date.
 */
function recalculatedAt(workbook: ExcelJS.Workbook, sheet: string, cell: CellBlueprint): unknown {
  const target = workbook.getWorksheet(sheet)!.getCell(cell.row + 1, cell.col + 1);
  const result = target.formula ? (target.result ?? 0) : target.value;
  return result instanceof Date ? (result.getTime() - SERIAL_EPOCH_MS) / DAY_MS : result;
}

function agrees(stored: Stored, recalculated: unknown, money: boolean): boolean {
  if (typeof stored === 'number' && typeof recalculated === 'number') {
    return Math.abs(stored - recalculated) <= (money ? CENT : RELATIVE * Math.max(1, Math.abs(recalculated)));
  }
  if (typeof stored === 'object' && typeof recalculated === 'object' && recalculated !== null) {
    return stored.error === (recalculated as { error?: string }).error;
  }
  // LibreOffice writes an empty text result back as no value
  return stored === recalculated || (stored === '' && recalculated === 0);
}

describeWithLibreOffice('the stored values equal LibreOffice\'s recalculation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-stored-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('mid-market: every formula cell, money to the cent, other numbers to 1e-9, text exactly', async () => {
    const blueprint = buildBlueprint(exampleInputs('mid-market'));
    const bytes = await renderXlsx(blueprint);
    const stored = await storedFormulaValues(bytes);
    const file = path.join(dir, 'mid-market.xlsx');
    writeFileSync(file, await withoutStoredValues(bytes));
    const [output] = await convertWithLibreOffice(path.join(dir, 'recalculated'), [file], 'xlsx');
    const recalculated = await loadWorkbook(readFileSync(output));
    const mismatches: string[] = [];
    let compared = 0;
    for (const sheet of blueprint.sheets) {
      for (const cell of sheet.cells.filter((c) => c.formula !== undefined)) {
        const ours = stored.get(sheet.name)?.get(`${cell.row},${cell.col}`);
        const theirs = recalculatedAt(recalculated, sheet.name, cell);
        compared += 1;
        if (!agrees(ours, theirs, isMoney(cell))) {
          mismatches.push(`${sheet.name}!R${cell.row + 1}C${cell.col + 1}: stored ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirs)} (${cell.formula})`);
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
    expect(mismatches).toEqual([]);
  }, 300000);
});
