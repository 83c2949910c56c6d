import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';

/**
 * A failed update puts the earlier business case back completely: values, formulas, number
 * formats, styles, validation, conditional formats, charts, column widths, panes, names and the
 * active sheet, compared as the fake's whole workbook state. Failures are injected at operations
 * spread over the whole real write (after a clean rehearsal), so every kind of step is covered.
 */

const fakes: FakeExcel[] = [];
afterEach(() => fakes.splice(0).forEach((fake) => fake.destroy()));

const earlierInputs: BusinessCaseInputs = {
  ...defaultInputs(),
  horizon_months: 12,
  custom_benefits: [{ label: 'Fewer refunds', amount_per_month: 1_000, amounts_per_year: null, initial: 0, risk: 0.1 }],
};
const laterInputs: BusinessCaseInputs = { ...defaultInputs(), horizon_months: 36, custom_costs: [{ label: 'Vendor audit', amount_per_month: 500, amounts_per_year: null, initial: 2_000, risk: 0 }] };

/** A generated business case beside a sheet of the user's, with a value typed into an input. */
async function generated(): Promise<FakeExcel> {
  const fake = createFakeExcel(['Notes']);
  fakes.push(fake);
  fake.state.sheets[0].cells.set('0,0', { value: 'mine', format: { 'font.bold': true } });
  expect((await renderIntoWorkbook(fake.context, buildBlueprint(earlierInputs), { runId: 'first' })).kind).toBe('written');
  const inputs = fake.state.sheets.find((sheet) => sheet.name === 'Inputs')!;
  const typed = [...inputs.cells.entries()].find(([, cell]) => typeof cell.value === 'number' && cell.value > 1);
  typed![1].value = 4242;
  fake.state.activeSheetId = fake.state.sheets[0].id;
  return fake;
}

/** The labels of the real write's operations, in order, with each one's occurrence since the update began. */
async function realWriteOperations(): Promise<Array<{ label: string; occurrence: number }>> {
  const fake = await generated();
  const start = fake.core.applied.length;
  let rehearsed = 0;
  const report = await renderIntoWorkbook(fake.context, buildBlueprint(laterInputs), {
    onConflict: 'update',
    runId: 'probe',
    onProgress: (message) => {
      if (message.startsWith('Writing')) rehearsed = fake.core.applied.length;
    },
  });
  expect(report.kind).toBe('written');
  const seen = new Map<string, number>();
  return fake.core.applied.slice(start).flatMap((label, index) => {
    const occurrence = (seen.get(label) ?? 0) + 1;
    seen.set(label, occurrence);
    return start + index >= rehearsed && label !== 'load' ? [{ label, occurrence }] : [];
  });
}

/** Every label's first and last operation, and an even spread of the rest. */
function sample<T extends { label: string }>(operations: readonly T[], spread: number): T[] {
  const picked = new Set<number>();
  const labels = new Set(operations.map((operation) => operation.label));
  for (const label of labels) {
    picked.add(operations.findIndex((operation) => operation.label === label));
    picked.add(operations.map((operation) => operation.label).lastIndexOf(label));
  }
  for (let index = 0; index < operations.length; index += Math.max(1, Math.floor(operations.length / spread))) picked.add(index);
  return [...picked].sort((a, b) => a - b).map((index) => operations[index]);
}

describe('a failed update after a clean rehearsal', () => {
  test('leaves the whole workbook as it was, wherever in the write it fails', async () => {
    const operations = await realWriteOperations();
    expect(operations.length).toBeGreaterThan(100);
    const picks = sample(operations, 40);
    for (const { label, occurrence } of picks) {
      const fake = await generated();
      const before = fake.snapshot();
      fake.core.failOn(label, occurrence);
      const report = await renderIntoWorkbook(fake.context, buildBlueprint(laterInputs), { onConflict: 'update', runId: 'second' });
      expect({ label, occurrence, kind: report.kind }).toEqual({ label, occurrence, kind: 'failed' });
      if (report.kind === 'failed') expect(report.error.message).toMatch(/^Nothing was changed: Excel stopped while writing the business case/);
      expect({ label, occurrence, state: fake.snapshot() }).toEqual({ label, occurrence, state: before });
      fake.destroy();
      fakes.splice(fakes.indexOf(fake), 1);
    }
  }, 600_000);

  test('when the earlier blueprint cannot be rebuilt, the report names what stays lost instead of saying nothing changed', async () => {
    const fake = await generated();
    const operations = await realWriteOperations();
    const chart = operations.find((operation) => operation.label === 'charts.add')!;
    fake.core.failOn(chart.label, chart.occurrence);
    const report = await renderIntoWorkbook(fake.context, buildBlueprint(laterInputs), { onConflict: 'update', runId: 'second', rebuildEarlier: () => null });
    expect(report.kind).toBe('failed');
    if (report.kind !== 'failed') return;
    expect(report.error.message).not.toMatch(/Nothing was changed/);
    expect(report.error.message).toMatch(/cells, number formats and names are back, but the styles, charts, conditional formats, data validation and frozen panes of Summary, Inputs, .* could not be restored: it was made by version 1\.0\.0/);
    expect(report.error.notRestored).toBeDefined();
  });
});
