import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { RangeRef, SheetBlueprint } from '../../src/workbook/blueprint/types';
import { BASELINE_NAME, baselineFormula, fingerprint, isUserEdit, parseBaseline } from '../../src/workbook/office/editBaseline';
import { parseCellRef } from '../../src/workbook/office/inputMoves';
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
    // The horizon on Inputs matches the timeline the Model was laid out for, so every check passes but one:
    // the AHT reduction typed on the sheet is not the one the Risk sheet's simulation drew around.
    const { overallRow, overallCol } = { overallRow: second.anchors['checks.overall'].row, overallCol: second.anchors['checks.overall'].col };
    const checks = second.sheets.find((sheet) => sheet.name === 'Checks')!.cells.filter((cell) => cell.col === 0 && cell.row > overallRow && typeof cell.value === 'string' && fake.value('Checks', cell.row, overallCol) !== undefined);
    const failing = checks.filter((cell) => fake.value('Checks', cell.row, overallCol) === 'ERROR').map((cell) => cell.value);
    expect(failing).toEqual(['Risk: inputs changed since the simulation (count; simulate again)']);

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

/**
 * The same model as a later generator version might lay it out: one more row on Inputs above the
 * deflection rate, so it and every input below it sit one row lower (names and rules follow).
 */
function withInsertedInputRow(book: BlueprintWithAnchors, atRow: number): BlueprintWithAnchors {
  const down = (row: number) => (row >= atRow ? row + 1 : row);
  const shiftRange = <T extends { range: RangeRef }>(item: T): T => ({ ...item, range: { ...item.range, startRow: down(item.range.startRow), endRow: down(item.range.endRow) } });
  const sheets = book.sheets.map((sheet) =>
    sheet.name !== 'Inputs'
      ? sheet
      : {
          ...sheet,
          cells: sheet.cells.map((cell) => ({ ...cell, row: down(cell.row) })),
          validations: sheet.validations.map(shiftRange),
          conditionalFormats: sheet.conditionalFormats.map(shiftRange),
        },
  );
  const names = book.names.map((name) => ({ ...name, refersTo: name.refersTo.replace(/\$(\d+)(?=:|$)/g, (_, digits: string) => `$${down(Number(digits) - 1) + 1}`) }));
  return { ...book, sheets, names };
}

test('a newer layout that moves the inputs keeps each edit with its input, found by its name', async () => {
  const fake = newFake();
  const first = blueprintWith();
  await renderIntoWorkbook(fake.context, first, { runId: 'first' });
  const deflection = inputCell(first, 'deflection_rate');
  fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${deflection.row},${deflection.col}`)!.value = 0.5;

  const moved = withInsertedInputRow(blueprintWith(), deflection.row);
  expect(inputCell(moved, 'deflection_rate').row).toBe(deflection.row + 1);
  const report = await renderIntoWorkbook(fake.context, moved, { onConflict: 'update', runId: 'second' });
  expect(report).toMatchObject({ kind: 'written', keptEditedCells: 1 });
  expect(inputsValue(fake, moved, 'deflection_rate')).toBe(0.5);
  // Nothing of the edit leaks into the cell the deflection rate used to occupy.
  const inputs = fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!;
  expect(inputs.cells.get(`${deflection.row},${deflection.col}`)?.value ?? null).toBeNull();
  // 50% deflection: 50,000 contacts at 3.50 saved = 175,000 a month, 2.1 million in year one.
  const benefits = moved.anchors['output.year1_benefits'];
  expect(fake.value(benefits.sheet, benefits.row, benefits.col)).toBeCloseTo(2100000, 2);
});

test('text kept in an editable cell stays text even where the blueprint gives a number format', async () => {
  const fake = newFake();
  const first = blueprintWith();
  await renderIntoWorkbook(fake.context, first, { runId: 'first' });
  const aht = inputCell(first, 'aht_reduction');
  const cellNow = () => fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${aht.row},${aht.col}`)!;
  Object.assign(cellNow(), { value: '=ask finance', numberFormat: '@' });
  await renderIntoWorkbook(fake.context, blueprintWith(), { onConflict: 'update', runId: 'second' });
  expect(cellNow()).toMatchObject({ value: '=ask finance', numberFormat: '@' });
  expect(cellNow().formula).toBeUndefined();
});

test('a source note typed beside an input (the assumptions log) is written as text and kept by an update from the pane', async () => {
  const fake = newFake();
  const first = blueprintWith();
  await renderIntoWorkbook(fake.context, first, { runId: 'first' });
  const deflection = inputCell(first, 'deflection_rate');
  const note = { row: deflection.row, col: 4 };
  expect(first.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.find((cell) => cell.row === note.row && cell.col === note.col)).toMatchObject({ editable: true, value: null });
  const noteNow = () => fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${note.row},${note.col}`)!;
  expect(noteNow().numberFormat).toBe('@');
  Object.assign(noteNow(), { value: '=vendor quote, J. Ortiz, May 2026: medium confidence' });
  const report = await renderIntoWorkbook(fake.context, blueprintWith({ deflection_rate: 0.5 }), { onConflict: 'update', runId: 'second' });
  expect(report).toMatchObject({ kind: 'written', keptEditedCells: 1 });
  expect(inputsValue(fake, first, 'deflection_rate')).toBe(0.5);
  expect(noteNow()).toMatchObject({ value: '=vendor quote, J. Ortiz, May 2026: medium confidence', numberFormat: '@' });
  expect(noteNow().formula).toBeUndefined();
});

test('unused custom-line slots are outlined and collapsed when the sheet is written, and an update leaves the outline one level deep', async () => {
  const fake = newFake();
  const line = { label: 'Fewer refunds', amount_per_month: 5000, risk: null, amounts_per_year: null, initial: 0 };
  const first = blueprintWith({ custom_benefits: [line] });
  const groups = first.sheets.find((sheet) => sheet.name === 'Inputs')!.rowGroups!;
  const label = (slot: number) => inputCell(first, `custom_benefit_${slot}_label`).row;
  expect(groups[0]).toEqual({ first: label(2), last: label(5), collapsed: true });
  expect(groups).toHaveLength(2);
  await renderIntoWorkbook(fake.context, first, { runId: 'first' });
  const rows = () => fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.rows;
  const outline = () => [label(1), label(2), label(5)].map((row) => rows().get(row) ?? {});
  expect(outline()).toEqual([{}, { outlineLevel: 1, hidden: true }, { outlineLevel: 1, hidden: true }]);
  await renderIntoWorkbook(fake.context, first, { onConflict: 'update', runId: 'second' });
  expect(outline()).toEqual([{}, { outlineLevel: 1, hidden: true }, { outlineLevel: 1, hidden: true }]);
});

test('the start month stays a date on update: a date typed there is kept, and "YYYY-MM" text (earlier versions wrote text) becomes its first day', async () => {
  const fake = newFake();
  const first = blueprintWith();
  await renderIntoWorkbook(fake.context, first, { runId: 'first' });
  const start = inputCell(first, 'start_month');
  const cellNow = () => fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!.cells.get(`${start.row},${start.col}`)!;
  // 15 July 2027, as Excel stores a date typed into the cell.
  cellNow().value = 46583;
  await renderIntoWorkbook(fake.context, blueprintWith({ deflection_rate: 0.5 }), { onConflict: 'update', runId: 'second' });
  expect(cellNow()).toMatchObject({ value: 46583, numberFormat: 'mmm yyyy' });
  Object.assign(cellNow(), { value: '2027-03', numberFormat: '@' });
  await renderIntoWorkbook(fake.context, blueprintWith({ deflection_rate: 0.45 }), { onConflict: 'update', runId: 'third' });
  // 1 March 2027.
  expect(cellNow()).toMatchObject({ value: 46447, numberFormat: 'mmm yyyy' });
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

describe('parseCellRef', () => {
  test('reads the single-cell references names hold, quoted or not, and nothing else', () => {
    expect(parseCellRef("='Inputs'!$B$12")).toEqual({ sheet: 'Inputs', row: 11, col: 1 });
    expect(parseCellRef("='Bob''s (2)'!$AA$3")).toEqual({ sheet: "Bob's (2)", row: 2, col: 26 });
    expect(parseCellRef('=Inputs!C4')).toEqual({ sheet: 'Inputs', row: 3, col: 2 });
    expect(parseCellRef("='Inputs'!$B$12:$B$14")).toBeNull();
    expect(parseCellRef('="text"')).toBeNull();
    expect(parseCellRef('=#REF!')).toBeNull();
  });
});
