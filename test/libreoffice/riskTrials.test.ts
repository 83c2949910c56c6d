import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { SHEET } from '../../src/workbook/blueprint/sheetNames';
import { CellBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { loadWorkbook } from '../xlsx/support/readBack';
import { withoutStoredValues } from '../xlsx/support/storedValues';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';
import { withTypedInputs } from './support/typedInputs';

/**
 * The Risk sheet's audit trials in a second engine: three rows typed into the Inputs sheet of the
 * generated file, recalculated by LibreOffice from the formulas alone, give each row's NPV.
 */
const availability = libreOfficeAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;
const CENT = 0.005;
const TRIALS = [1, 2, 3];

function cellOf(book: WorkbookBlueprint, sheet: string, row: number, col: number): CellBlueprint {
  return book.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === row && c.col === col)!;
}

/** The blueprint with trial t's drawn inputs typed into their Inputs cells, and that trial's NPV. */
function withTrial(book: BlueprintWithAnchors, t: number): { blueprint: WorkbookBlueprint; npv: number } {
  const typed: Record<string, number> = {};
  for (const [key, anchor] of Object.entries(book.anchors)) {
    const input = /^risk\.audit\.(.+)$/.exec(key)?.[1];
    if (input === undefined || input === 'npv' || input === 'trial') continue;
    typed[input] = cellOf(book, SHEET.risk, anchor.row + t - 1, anchor.col).value as number;
  }
  const npvAnchor = book.anchors['risk.audit.npv'];
  return { blueprint: withTypedInputs(book, typed), npv: cellOf(book, SHEET.risk, npvAnchor.row + t - 1, npvAnchor.col).value as number };
}

describeWithLibreOffice('Risk audit trials recalculated by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-risk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('mid-market: trials 1 to 3 typed into the Inputs give their NPV to the cent', async () => {
    const book = buildBlueprint(exampleInputs('mid-market'));
    const trials = TRIALS.map((t) => withTrial(book, t));
    const files: string[] = [];
    for (const [i, { blueprint }] of trials.entries()) {
      const file = path.join(dir, `trial-${TRIALS[i]}.xlsx`);
      writeFileSync(file, await withoutStoredValues(await renderXlsx(blueprint)));
      files.push(file);
    }
    const outputs = await convertWithLibreOffice(path.join(dir, 'recalculated'), files, 'xlsx');
    const npvAt = book.anchors['output.npv'];
    for (const [i, output] of outputs.entries()) {
      const workbook = await loadWorkbook(readFileSync(output));
      const npv = workbook.getWorksheet(npvAt.sheet)!.getCell(npvAt.row + 1, npvAt.col + 1).result as number;
      expect(Math.abs(npv - trials[i].npv)).toBeLessThan(CENT);
      // a drawn trial, not a figure any input set gives: the comparison cannot pass by reading the base case
      expect(trials[i].npv).not.toBe(cellOf(book, SHEET.risk, book.anchors['risk.npv.mean'].row, book.anchors['risk.npv.mean'].col).value);
    }
  }, 300000);
});
