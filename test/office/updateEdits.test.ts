import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { SheetBlueprint } from '../../src/workbook/blueprint/types';
import { BASELINE_NAME, baselineFormula, fingerprint, isUserEdit, parseBaseline } from '../../src/workbook/office/editBaseline';
import { MARKER_NAME } from '../../src/workbook/office/marker';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';

const fakes: FakeExcel[] = [];
afterEach(() => fakes.splice(0).forEach((fake) => fake.destroy()));
function newFake(): FakeExcel {
  const fake = createFakeExcel();
  fakes.push(fake);
  return fake;
}

function blueprintWith(changes: Partial<BusinessCaseInputs> = {}): BlueprintWithAnchors {
  return buildBlueprint({ ...defaultInputs(), ...changes });
}

/** The Inputs cell a workbook name points at, from the blueprint (zero-based). */
function inputCell(book: BlueprintWithAnchors, name: string): { row: number; col: number } {
  const refersTo = book.names.find((item) => item.name === name)!.refersTo;
  const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  const col = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

function inputsValue(fake: FakeExcel, book: BlueprintWithAnchors, name: string): unknown {
  const { row, col } = inputCell(book, name);
  return fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${row},${col}`)?.value;
}

describe('update in place: the user\'s edits in the workbook stay, inputs changed in the task pane arrive', () => {
  test('an input changed in the pane replaces the value the generator wrote; an input typed on the sheet is kept', async () => {
    const fake = newFake();
    const first = blueprintWith();
    await renderIntoWorkbook(fake.context, first, { runId: 'first' });
    expect(defaultInputs().deflection_rate).not.toBe(0.5);
    expect(defaultInputs().horizon_months).toBe(36);
    // On the sheet the user types an AHT reduction of 25%; in the pane they move to a 24-month horizon and 50% deflection.
    const aht = inputCell(first, 'aht_reduction');
    fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${aht.row},${aht.col}`)!.value = 0.25;

    const second = blueprintWith({ horizon_months: 24, deflection_rate: 0.5 });
    const report = await renderIntoWorkbook(fake.context, second, { onConflict: 'update', runId: 'second' });
    expect(report).toMatchObject({ kind: 'written', mode: 'update', keptEditedCells: 1 });
    expect(inputsValue(fake, second, 'horizon_months')).toBe(24);
    expect(inputsValue(fake, second, 'deflection_rate')).toBe(0.5);
    expect(inputsValue(fake, second, 'aht_reduction')).toBe(0.25);
    // The horizon on Inputs matches the timeline the Model was laid out for, so the checks pass.
    expect(fake.value('Checks', second.anchors['checks.overall'].row, second.anchors['checks.overall'].col)).toBe('OK');

    // A second update from the pane still keeps the sheet edit: the baseline records the blueprint's value, not the kept one.
    const third = blueprintWith({ horizon_months: 24, deflection_rate: 0.45 });
    await renderIntoWorkbook(fake.context, third, { onConflict: 'update', runId: 'third' });
    expect(inputsValue(fake, third, 'aht_reduction')).toBe(0.25);
    expect(inputsValue(fake, third, 'deflection_rate')).toBe(0.45);
  });

  test('a sheet generated before baselines existed keeps every filled editable cell, as before', async () => {
    const fake = newFake();
    const first = blueprintWith();
    await renderIntoWorkbook(fake.context, first, { runId: 'first' });
    for (const sheet of fake.state.sheets) sheet.names = sheet.names.filter((name) => name.name !== BASELINE_NAME);
    await renderIntoWorkbook(fake.context, blueprintWith({ deflection_rate: 0.5 }), { onConflict: 'update', runId: 'second' });
    expect(inputsValue(fake, first, 'deflection_rate')).toBe(defaultInputs().deflection_rate);
  });

  test('a failed update puts the earlier marker and baseline back', async () => {
    const fake = newFake();
    await renderIntoWorkbook(fake.context, blueprintWith({ horizon_months: 12 }), { runId: 'first' });
    const namesOf = () => fake.state.sheets.map((sheet) => [sheet.name, [...sheet.names].sort((a, b) => a.name.localeCompare(b.name))]);
    const before = JSON.parse(JSON.stringify(namesOf()));
    fake.core.failOn('charts.add', 2);
    const report = await renderIntoWorkbook(fake.context, blueprintWith({ horizon_months: 24 }), { onConflict: 'update', runId: 'second' });
    expect(report).toMatchObject({ kind: 'failed' });
    expect(JSON.parse(JSON.stringify(namesOf()))).toEqual(before);
    expect(before.flatMap(([, names]: [string, Array<{ name: string }>]) => names.map((name) => name.name))).toContain(MARKER_NAME);
  });
});

describe('editBaseline', () => {
  const sheet = (cells: SheetBlueprint['cells']): SheetBlueprint => ({
    name: 'Inputs',
    cells,
    columns: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: 'portrait', fitToWidth: true },
    showGridlines: false,
  });

  test('records filled editable cells only, and reads back what it wrote', () => {
    const formula = baselineFormula(
      sheet([
        { row: 3, col: 2, value: 0.4, editable: true },
        { row: 4, col: 2, value: 'Acme', editable: true },
        { row: 5, col: 2, value: null, editable: true },
        { row: 6, col: 2, value: 7 },
      ]),
    );
    expect(parseBaseline(formula)).toEqual(new Map([['3.2', fingerprint(0.4)], ['4.2', fingerprint('Acme')]]));
    expect(baselineFormula(sheet([{ row: 0, col: 0, value: 'title' }]))).toBeNull();
  });

  test('long baselines are split into literals Excel accepts (at most 255 characters each)', () => {
    const cells = Array.from({ length: 300 }, (_, row) => ({ row, col: 3, value: row * 1.5, editable: true }));
    const formula = baselineFormula(sheet(cells))!;
    const literals = [...formula.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
    expect(literals.length).toBeGreaterThan(1);
    expect(Math.max(...literals.map((literal) => literal.length))).toBeLessThanOrEqual(255);
    expect(formula).toBe(`=${literals.map((literal) => `"${literal}"`).join('&')}`);
    expect(parseBaseline(formula)?.size).toBe(300);
  });

  test('a value is the user\'s when it differs from what was written, or when nothing was written', () => {
    const baseline = new Map([['1.1', fingerprint(0.4)]]);
    expect(isUserEdit(0.4, '1.1', baseline)).toBe(false);
    expect(isUserEdit(0.5, '1.1', baseline)).toBe(true);
    expect(isUserEdit('0.4', '1.1', baseline)).toBe(true);
    expect(isUserEdit(12, '9.9', baseline)).toBe(true);
    expect(isUserEdit(0.4, '1.1', null)).toBe(true);
    expect(parseBaseline('="not a baseline"')).toBeNull();
    expect(parseBaseline(undefined)).toBeNull();
  });
});
