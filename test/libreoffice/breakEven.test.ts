import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { BusinessCaseInputs } from '../../src/core/inputs/schema';
import { BREAK_EVEN_DRIVERS, breakEven } from '../../src/core/model';
import { withDriver } from '../../src/core/model/sensitivity';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { CellAnchor } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { loadWorkbook } from '../xlsx/support/readBack';
import { withoutStoredValues } from '../xlsx/support/storedValues';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';
import { withTypedInputs } from './support/typedInputs';

/**
 * Break-even in a second engine: each driver's break-even value, typed into the Inputs sheet of
 * the generated file (for one-time costs, its four inputs scaled together) and recalculated by
 * LibreOffice from the formulas alone, gives an NPV of zero to the cent; and the workbook's own
 * live break-even table, recalculated there, gives the core's values.
 */
const availability = libreOfficeAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;
const CENT = 0.005;

/** The numeric inputs the break-even value changes, by workbook name (the input keys). */
function changedInputs(inputs: BusinessCaseInputs, at: BusinessCaseInputs): Record<string, number> {
  return Object.fromEntries(Object.entries(at).filter(([key, value]) => typeof value === 'number' && value !== inputs[key as keyof BusinessCaseInputs])) as Record<string, number>;
}

describeWithLibreOffice('break-even values recalculated by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-breakeven-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('mid-market: each break-even value typed into the Inputs gives NPV 0; the live table equals the core', async () => {
    const inputs = exampleInputs('mid-market');
    const book = buildBlueprint(inputs);
    const drivers = BREAK_EVEN_DRIVERS.map((driver) => ({ driver, value: breakEven(inputs, driver).value })).filter((found): found is { driver: (typeof BREAK_EVEN_DRIVERS)[number]; value: number } => found.value !== null);
    expect(drivers.length).toBeGreaterThanOrEqual(3);
    const blueprints = [book, ...drivers.map(({ driver, value }) => withTypedInputs(book, changedInputs(inputs, withDriver(inputs, driver, value))))];
    const files: string[] = [];
    for (const [i, blueprint] of blueprints.entries()) {
      const file = path.join(dir, `case-${i}.xlsx`);
      writeFileSync(file, await withoutStoredValues(await renderXlsx(blueprint)));
      files.push(file);
    }
    const outputs = await convertWithLibreOffice(path.join(dir, 'recalculated'), files, 'xlsx');
    const workbooks = await Promise.all(outputs.map(async (output) => loadWorkbook(readFileSync(output))));
    const read = (i: number, anchor: CellAnchor) => workbooks[i].getWorksheet(anchor.sheet)!.getCell(anchor.row + 1, anchor.col + 1).result;
    const npvAt = book.anchors['output.npv'];
    expect(Math.abs(read(0, npvAt) as number)).toBeGreaterThan(1000);
    drivers.forEach(({ driver, value }, k) => {
      expect({ driver, npv: Math.abs(read(k + 1, npvAt) as number) < CENT }).toEqual({ driver, npv: true });
      const live = read(0, book.anchors[`breakeven.${driver}.value`]) as number;
      expect({ driver, live: Math.abs(live - value) <= Math.abs(value) * 1e-9 + 1e-9 }).toEqual({ driver, live: true });
    });
  }, 300000);
});
