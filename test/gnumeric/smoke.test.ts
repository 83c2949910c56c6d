import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { INPUT_FIELDS, fieldByKey } from '../../src/core/inputs/fields';
import { BusinessCaseInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model/businessCase';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { CellBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { anchorValue, definedNameValues, loadRecalculatedWorkbook } from '../support/engineValues';
import { exampleInputs, writeExampleWorkbooks } from '../support/examples';
import { gnumericAvailability, recalculateWithGnumeric } from './support/gnumeric';

/**
 * Gnumeric as a third, independent engine, smoke test: the generated file (charts included)
 * goes through `ssconvert --recalc`, and what Gnumeric wrote back holds the inputs under their
 * names, passes its own checks and gives the core model's NPV.
 */
const EXAMPLES = ['seed-case', 'mid-market'] as const;
const availability = gnumericAvailability();
if (!availability.run) console.warn(availability.reason);
const describeWithGnumeric = availability.run ? describe : describe.skip;

const CENT = 0.005;

const inputsOf = exampleInputs;

/** The blueprint cell a name refers to ("='Inputs'!$B$6"). */
function namedCell(blueprint: WorkbookBlueprint, refersTo: string): CellBlueprint | undefined {
  const match = /^='?((?:[^']|'')+?)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo);
  if (!match) throw new Error(`A name refers to ${refersTo}, not to one cell.`);
  const [, sheet, letters, row] = match;
  const col = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return blueprint.sheets.find((s) => s.name === sheet.replace(/''/g, "'"))?.cells.find((c) => c.row === Number(row) - 1 && c.col === col);
}

/**
 * What each named cell holding a value (not a formula) should read back: an input field's own
 * value from the inputs (its key is its name), any other (custom-line slots, the model's
 * constants) the value the blueprint wrote; a blank as null.
 */
/** What an input's cell shows: its value, or for a choice the word of its code (the formulas read the code from <key>_code). */
function shownInput(key: string, value: unknown, inputs: BusinessCaseInputs): unknown {
  const field = fieldByKey(key);
  if (field?.type === 'choice') return field.choices.find((choice) => choice.value === value)?.label;
  // The start month is a date cell (read back as a Date); the built timeline's length is shown, not typed.
  if (key === 'start_month') {
    const [year, month] = String(value).split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, 1));
  }
  if (key === 'timeline_months') return inputs.timeline_months ?? inputs.horizon_months;
  return value;
}

function expectedNamedValues(inputs: BusinessCaseInputs): Record<string, unknown> {
  const blueprint = buildBlueprint(inputs);
  const fields = new Set<string>(INPUT_FIELDS.map((field) => field.key));
  const expected: Record<string, unknown> = {};
  // Rows of cells (a custom line's amounts per year) are read cell by cell elsewhere; here one cell per name.
  for (const { name, refersTo } of blueprint.names.filter((n) => !n.refersTo.includes(':'))) {
    const cell = namedCell(blueprint, refersTo);
    if (fields.has(name)) expected[name] = shownInput(name, (inputs as unknown as Record<string, unknown>)[name] ?? null, inputs);
    else if (cell?.formula === undefined) expected[name] = cell?.value ?? null;
  }
  return expected;
}

describeWithGnumeric('Gnumeric recalculates the generated workbook', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gnumeric-recalc-'));
  const recalculated: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    const files = await writeExampleWorkbooks(dir, EXAMPLES);
    const outputs = await recalculateWithGnumeric(path.join(dir, 'recalculated'), files);
    for (const [i, example] of EXAMPLES.entries()) recalculated[example] = await loadRecalculatedWorkbook(readFileSync(outputs[i]));
  }, 120000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(EXAMPLES)('%s: the named input cells hold the inputs', (example) => {
    const inputs = inputsOf(example);
    const expected = expectedNamedValues(inputs);
    // every input field has its named cell
    expect(INPUT_FIELDS.map((field) => field.key).filter((key) => !(key in expected))).toEqual([]);
    expect(definedNameValues(recalculated[example], Object.keys(expected))).toEqual(expected);
  });

  test.each(EXAMPLES)("%s: checks OK and the NPV equals the core model's to the cent", (example) => {
    const inputs = inputsOf(example);
    const anchors = buildBlueprint(inputs).anchors!;
    const workbook = recalculated[example];
    expect(anchorValue(workbook, anchors['checks.overall'])).toBe('OK');
    const npv = anchorValue(workbook, anchors['output.npv']);
    expect(typeof npv).toBe('number');
    expect(Math.abs((npv as number) - buildBusinessCase(inputs).base.outputs.npv)).toBeLessThanOrEqual(CENT);
  });

  test("MODEL.md's seed case: year-one ROI 3.2", () => {
    const anchors = buildBlueprint(inputsOf('seed-case')).anchors!;
    const roi = anchorValue(recalculated['seed-case'], anchors['output.year1_roi']);
    expect(typeof roi).toBe('number');
    expect(Math.abs((roi as number) - 3.2)).toBeLessThanOrEqual(1e-9);
  });
});
