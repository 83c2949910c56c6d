import { SHEET_ORDER } from '../../src/workbook/blueprint/sheetNames';
import { defaultInputs } from '../../src/core/inputs/schema';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { MARKER_NAME } from '../../src/workbook/office/marker';
import { RenderReport, renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { checkExcelSupport } from '../../src/workbook/office/support';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';

const fakes: FakeExcel[] = [];
function fakeWith(sheets?: string[]): FakeExcel {
  const fake = createFakeExcel(sheets);
  fakes.push(fake);
  return fake;
}
afterEach(() => fakes.splice(0).forEach((fake) => fake.destroy()));

function blueprintFor(horizon = 36): BlueprintWithAnchors {
  return buildBlueprint({ ...defaultInputs(), horizon_months: horizon });
}

function written(report: RenderReport) {
  if (report.kind !== 'written') throw new Error(`expected a write, got ${JSON.stringify(report)}`);
  return report;
}

function anchorValue(fake: FakeExcel, book: BlueprintWithAnchors, key: string, sheetName = (name: string) => name) {
  const anchor = book.anchors[key];
  return fake.value(sheetName(anchor.sheet), anchor.row, anchor.col);
}

/** A user's own sheet called "Summary", with a formula, a format and a name of theirs. */
function seedUserContent(fake: FakeExcel): void {
  const summary = fake.state.sheets[0];
  summary.cells.set('0,0', { value: 'My own summary', format: { 'font.bold': true } });
  summary.cells.set('1,0', { value: 12, numberFormat: '0.0', format: {} });
  summary.cells.set('1,1', { formula: '=A2*2', format: {} });
  fake.state.names.push({ name: 'discount_rate', formula: '=Summary!$A$2', comment: 'mine', visible: true });
}

describe('renderIntoWorkbook on the Excel fake', () => {
  test('a new workbook: every sheet, the seed case\'s year-one benefits 1,680,000 and ROI 3.2 calculated from the written formulas, Summary active', async () => {
    const fake = fakeWith();
    const book = blueprintFor();
    const report = written(await renderIntoWorkbook(fake.context, book, { runId: 'run-1' }));
    expect(report.mode).toBe('new');
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', ...book.sheets.map((sheet) => sheet.name)]);
    expect(anchorValue(fake, book, 'output.year1_benefits')).toBeCloseTo(1680000, 2);
    expect(anchorValue(fake, book, 'output.year1_roi')).toBeCloseTo(3.2, 10);
    expect(anchorValue(fake, book, 'checks.overall')).toBe('OK');
    const active = fake.state.sheets.find((sheet) => sheet.id === fake.state.activeSheetId)!;
    expect(active.name).toBe('Summary');
    // Every generated sheet carries the hidden marker; workbook names as the blueprint says.
    for (const sheet of fake.state.sheets.slice(1)) {
      expect(sheet.names).toContainEqual(expect.objectContaining({ name: MARKER_NAME, formula: '="roi-ai-cx-business-case|1.0.0|run-1"', visible: false }));
      expect(sheet.names.every((name) => !name.visible)).toBe(true);
    }
    expect(fake.state.names.map((name) => name.name)).toEqual(book.names.map((name) => name.name));
    // Formats, widths, panes, rules and charts arrived.
    const inputs = fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!;
    expect(inputs.validations.length).toBe(book.sheets[1].validations.length);
    expect(inputs.frozen).toEqual(book.sheets[1].frozen);
    expect(inputs.columns.get(0)?.width).toBeGreaterThan(0);
    const summary = fake.state.sheets.find((sheet) => sheet.name === 'Summary')!;
    expect(summary.charts.map((chart) => chart.name)).toEqual(book.sheets[0].charts.map((chart) => chart.id));
    expect(summary.charts[0].series[0].values).toBe(book.sheets[0].charts[0].series[0].values.replace("'Model'", 'Model'));
    const inputCell = book.sheets[1].cells.find((cell) => cell.style === 'input')!;
    expect(inputs.cells.get(`${inputCell.row},${inputCell.col}`)?.format['fill.color']).toBe('#FFF2CC');
  });

  test('at most 6 syncs at 12 and 120 months, with calculation suspended', async () => {
    const counts: number[] = [];
    for (const horizon of [12, 120]) {
      const fake = fakeWith();
      const report = written(await renderIntoWorkbook(fake.context, blueprintFor(horizon)));
      expect(report.syncCount).toBe(fake.core.syncCount);
      counts.push(fake.core.syncCount);
      expect(fake.core.applied).toContain('application.suspendApiCalculationUntilNextSync');
      expect(fake.core.applied).toContain('application.suspendScreenUpdatingUntilNextSync');
      // a contents write per sheet (two for the Risk sheet's audit table under the request budget), not per cell
      const writes = fake.core.applied.filter((label) => label === 'range.formulas').length;
      expect(writes).toBeGreaterThanOrEqual(SHEET_ORDER.length);
      expect(writes).toBeLessThanOrEqual(SHEET_ORDER.length + 2);
    }
    // The request budget, not the horizon, decides how many writes the larger sheets take.
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
  });

  test('a request budget smaller than the workbook splits the write into bands, and the result is the same', async () => {
    const fake = fakeWith();
    const book = blueprintFor(120);
    const report = written(await renderIntoWorkbook(fake.context, book, { maxRequestBytes: 200_000 }));
    expect(report.syncCount).toBeGreaterThan(2);
    expect(anchorValue(fake, book, 'output.year1_roi')).toBeCloseTo(3.2, 10);
  });

  test('text starting with =, +, - or @ stays text', async () => {
    const fake = fakeWith();
    const texts = ['=HYPERLINK("http://x")', '+44 20 7946 0000', '-draft', '@team', '2027-01'];
    const book: WorkbookBlueprint = {
      ...blueprintFor(12),
      sheets: [{ ...blueprintFor(12).sheets[9], name: 'Sources', cells: texts.map((value, row) => ({ row, col: 0, value })) }],
      names: [],
      activeSheet: 'Sources',
    };
    written(await renderIntoWorkbook(fake.context, book));
    const sheet = fake.state.sheets.find((s) => s.name === 'Sources')!;
    texts.forEach((text, row) => {
      expect(sheet.cells.get(`${row},0`)).toMatchObject({ value: text, numberFormat: '@' });
      expect(sheet.cells.get(`${row},0`)?.formula).toBeUndefined();
      expect(fake.value('Sources', row, 0)).toBe(text);
    });
  });

  test('a user sheet named like a generated one: "ask" writes nothing and reports it; "suffix" writes beside it and changes nothing of the user\'s', async () => {
    const fake = fakeWith(['Summary']);
    seedUserContent(fake);
    const before = fake.snapshot();
    const book = blueprintFor();
    const asked = await renderIntoWorkbook(fake.context, book);
    expect(asked).toEqual({ kind: 'conflict', sheets: [{ name: 'Summary', generated: false }], canUpdate: false });
    expect(fake.snapshot()).toEqual(before);
    const refused = await renderIntoWorkbook(fake.context, book, { onConflict: 'update' });
    expect(refused).toMatchObject({ kind: 'failed', error: { kind: 'notGenerated' } });
    expect(fake.snapshot()).toEqual(before);

    const report = written(await renderIntoWorkbook(fake.context, book, { onConflict: 'suffix' }));
    expect(report.sheets[0]).toBe('Summary (2)');
    expect(report.renamedNames).toEqual({ discount_rate: 'discount_rate_2' });
    const after = fake.snapshot() as { sheets: unknown[]; names: unknown[] };
    const original = before as { sheets: unknown[]; names: unknown[] };
    expect(after.sheets[0]).toEqual(original.sheets[0]);
    expect(after.names).toContainEqual(original.names[0]);
    // The suffixed model calculates on its own sheets and its renamed name.
    expect(anchorValue(fake, book, 'output.year1_roi', (name) => `${name} (2)`)).toBeCloseTo(3.2, 10);
    expect(fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)!.name).toBe('Summary (2)');
  });

  test('update in place keeps the values typed into editable cells and the user\'s other sheets', async () => {
    const fake = fakeWith(['Notes']);
    const book = blueprintFor();
    written(await renderIntoWorkbook(fake.context, book, { runId: 'first' }));
    const asked = await renderIntoWorkbook(fake.context, book);
    expect(asked).toMatchObject({ kind: 'conflict', canUpdate: true });
    // The user types a 50% deflection rate on Inputs and an actual on Tracking.
    const deflection = book.names.find((name) => name.name === 'deflection_rate')!;
    const [, address] = deflection.refersTo.split('!');
    const row = Number(address.replace(/\D+/g, '')) - 1;
    const inputs = fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!;
    const col = book.sheets[1].cells.find((cell) => cell.row === row && cell.editable)!.col;
    inputs.cells.get(`${row},${col}`)!.value = 0.5;
    const trackingActual = book.sheets.find((sheet) => sheet.name === 'Tracking')!.cells.find((cell) => cell.editable && cell.value == null)!;
    const tracking = fake.state.sheets.find((sheet) => sheet.name === 'Tracking')!;
    tracking.cells.set(`${trackingActual.row},${trackingActual.col}`, { value: 123, format: {} });
    const sheetCount = fake.state.sheets.length;

    const report = written(await renderIntoWorkbook(fake.context, blueprintFor(), { onConflict: 'update', runId: 'second' }));
    expect(report.mode).toBe('update');
    expect(report.keptEditedCells).toBe(2);
    expect(fake.state.sheets).toHaveLength(sheetCount);
    expect(inputs.cells.get(`${row},${col}`)?.value).toBe(0.5);
    expect(tracking.cells.get(`${trackingActual.row},${trackingActual.col}`)?.value).toBe(123);
    expect(inputs.names[0].formula).toContain('second');
    expect(fake.state.names.map((name) => name.name)).toEqual(book.names.map((name) => name.name));
    // 50% deflection: 50,000 contacts at 3.50 saved = 175,000 a month, 2.1 million in year one.
    expect(anchorValue(fake, book, 'output.year1_benefits')).toBeCloseTo(2100000, 2);
  });

  test.each(['charts.add', 'names.add', 'range.formulas'])('a failure injected mid-way (%s) leaves the workbook exactly as before and says what failed', async (label) => {
    const fake = fakeWith(['Summary']);
    seedUserContent(fake);
    const before = fake.snapshot();
    fake.core.failOn(label, 2);
    const report = await renderIntoWorkbook(fake.context, blueprintFor(), { onConflict: 'suffix' });
    expect(report).toMatchObject({ kind: 'failed', error: { kind: 'writeFailed', step: 'writing the business case' } });
    if (report.kind === 'failed') expect(report.error.message).toMatch(/^Nothing was changed: .*Injected failure/);
    expect(fake.snapshot()).toEqual(before);
  });

  test('a failed update puts the earlier cells and names back', async () => {
    const fake = fakeWith();
    written(await renderIntoWorkbook(fake.context, blueprintFor(12), { runId: 'first' }));
    const before = fake.snapshot() as { sheets: Array<{ name: string; cells: Record<string, { formula?: string; value?: unknown }> }>; names: unknown };
    fake.core.failOn('charts.add', 2);
    const report = await renderIntoWorkbook(fake.context, blueprintFor(24), { onConflict: 'update', runId: 'second' });
    expect(report).toMatchObject({ kind: 'failed', error: { kind: 'writeFailed' } });
    const after = fake.snapshot() as typeof before;
    expect(after.names).toEqual(before.names);
    const contents = (snap: typeof before) =>
      snap.sheets.map((sheet) => [sheet.name, Object.fromEntries(Object.entries(sheet.cells).filter(([, cell]) => cell.formula !== undefined || cell.value !== undefined).map(([key, cell]) => [key, cell.formula ?? cell.value]))]);
    expect(contents(after)).toEqual(contents(before));
  });
});

describe('checkExcelSupport', () => {
  test('an Excel without ExcelApi 1.8 gets a clear message, not a stack trace', () => {
    const result = checkExcelSupport((name, version) => name === 'ExcelApi' && Number(version) <= 1.7);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('too old') });
    if (!result.ok) expect(result.message).toMatch(/Excel 2019 or later.*Download \.xlsx/);
  });

  test('ExcelApi 1.8 is enough; 1.9, 1.10 and 1.18 switch on the extras', () => {
    expect(checkExcelSupport((_, version) => ['1.1', '1.4', '1.7', '1.8'].includes(version))).toEqual({ ok: true, features: { excel19: false, notes: false, outline: false } });
    expect(checkExcelSupport((_, version) => ['1.8', '1.9', '1.10'].includes(version))).toEqual({ ok: true, features: { excel19: true, notes: false, outline: true } });
    expect(checkExcelSupport(() => true)).toEqual({ ok: true, features: { excel19: true, notes: true, outline: true } });
  });

  test('a check that throws counts as unsupported', () => {
    expect(checkExcelSupport(() => { throw new Error('no Office'); }).ok).toBe(false);
  });
});
