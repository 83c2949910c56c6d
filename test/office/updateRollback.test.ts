import { defaultInputs } from '../../src/core/inputs/schema';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';

const fakes: FakeExcel[] = [];
afterEach(() => fakes.splice(0).forEach((fake) => fake.destroy()));

function blueprintFor(horizon: number): BlueprintWithAnchors {
  return buildBlueprint({ ...defaultInputs(), horizon_months: horizon });
}

/** A workbook holding a generated model and a sheet of the user's. */
async function generated(): Promise<FakeExcel> {
  const fake = createFakeExcel(['Notes']);
  fakes.push(fake);
  fake.state.sheets[0].cells.set('0,0', { value: 'mine', format: { 'font.bold': true } });
  expect((await renderIntoWorkbook(fake.context, blueprintFor(12), { runId: 'first' })).kind).toBe('written');
  return fake;
}

const chartCount = blueprintFor(24).sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0);

describe('a failed update', () => {
  test('refused while rehearsing on scratch sheets: the workbook is exactly as before (charts, rules, validations, panes included)', async () => {
    const fake = await generated();
    const before = fake.snapshot();
    fake.core.failOn('charts.add', 2);
    const report = await renderIntoWorkbook(fake.context, blueprintFor(24), { onConflict: 'update', runId: 'second' });
    expect(report).toMatchObject({ kind: 'failed', error: { kind: 'writeFailed', step: 'checking the update' } });
    if (report.kind === 'failed') expect(report.error.message).toMatch(/^Nothing was changed: .*Injected failure/);
    expect(fake.snapshot()).toEqual(before);
  });

  test('after a clean rehearsal the update takes a few syncs at 12 and at 120 months', async () => {
    for (const horizon of [12, 120]) {
      const fake = await generated();
      const start = fake.core.syncCount;
      const report = await renderIntoWorkbook(fake.context, blueprintFor(horizon), { onConflict: 'update', runId: 'second' });
      expect(report).toMatchObject({ kind: 'written', mode: 'update' });
      // The Risk sheet's 1,000-row audit table takes its own request within the budget.
      expect(fake.core.syncCount - start).toBeLessThanOrEqual(6);
      expect(fake.state.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith('_roi_check'))).toEqual([]);
    }
  });

  test('failing in the real write after a clean rehearsal: cells, names, marker and baseline are put back', async () => {
    const fake = await generated();
    type Snap = { sheets: Array<{ name: string; cells: Record<string, { formula?: string; value?: unknown }>; names: unknown }>; names: unknown };
    const before = fake.snapshot() as Snap;
    fake.core.failOn('charts.add', chartCount + 2);
    const report = await renderIntoWorkbook(fake.context, blueprintFor(24), { onConflict: 'update', runId: 'second' });
    expect(report).toMatchObject({ kind: 'failed', error: { kind: 'writeFailed', step: 'writing the business case' } });
    const after = fake.snapshot() as Snap;
    const contents = (snap: Snap) =>
      snap.sheets.map((sheet) => [
        sheet.name,
        sheet.names,
        Object.fromEntries(Object.entries(sheet.cells).filter(([, cell]) => cell.formula !== undefined || cell.value !== undefined).map(([key, cell]) => [key, cell.formula ?? cell.value])),
      ]);
    expect(contents(after)).toEqual(contents(before));
    expect(after.names).toEqual(before.names);
  });
});
