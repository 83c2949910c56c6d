import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { DEFAULT_MAX_REQUEST_BYTES, renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { FakeExcel, createFakeExcel } from '../support/fakeExcel';

/**
 * Excel on the web refuses a request over 5 MB. The fake sizes each sync's request from the
 * operations queued and the values they carry; the renderer must keep every one within its
 * budget (4 MB by default) for the largest case, and splitting must not change what is written.
 */

const fakes: FakeExcel[] = [];
afterEach(() => fakes.splice(0).forEach((fake) => fake.destroy()));

const line = (n: number, initial: number) => ({ label: `Custom line ${n} with a long descriptive label`, amount_per_month: 1_000 * n, amounts_per_year: null, initial, risk: 0.1 });
const largest: BusinessCaseInputs = {
  ...defaultInputs(),
  horizon_months: 120,
  custom_benefits: [1, 2, 3, 4, 5].map((n) => line(n, 0)),
  custom_costs: [1, 2, 3, 4, 5].map((n) => line(n, 5_000)),
};

function fake(): FakeExcel {
  const made = createFakeExcel(['Sheet1']);
  fakes.push(made);
  return made;
}

describe('request size', () => {
  test('120 months with every custom line: each request is within the default budget', async () => {
    const workbook = fake();
    expect((await renderIntoWorkbook(workbook.context, buildBlueprint(largest), { runId: 'a' })).kind).toBe('written');
    const update = await renderIntoWorkbook(workbook.context, buildBlueprint(largest), { runId: 'b', onConflict: 'update' });
    expect(update.kind).toBe('written');
    expect(Math.max(...workbook.core.requestBytes)).toBeLessThanOrEqual(DEFAULT_MAX_REQUEST_BYTES);
    expect(Math.max(...workbook.core.requestBytes)).toBeGreaterThan(1_000_000);
  });

  test.each([150_000, 400_000])('a budget of %d bytes splits cells and extras alike, and the workbook is the same', async (budget) => {
    const whole = fake();
    await renderIntoWorkbook(whole.context, buildBlueprint(largest), { runId: 'a' });
    const split = fake();
    const report = await renderIntoWorkbook(split.context, buildBlueprint(largest), { runId: 'a', maxRequestBytes: budget });
    expect(report.kind).toBe('written');
    expect(split.core.requestBytes.length).toBeGreaterThan(whole.core.requestBytes.length);
    expect(split.core.requestBytes.filter((bytes) => bytes > budget)).toEqual([]);
    expect(split.snapshot()).toEqual(whole.snapshot());
  });

  test('a failed update puts the earlier case back within the budget too', async () => {
    const budget = 400_000;
    const workbook = fake();
    await renderIntoWorkbook(workbook.context, buildBlueprint({ ...largest, horizon_months: 96 }), { runId: 'a', maxRequestBytes: budget });
    const before = workbook.snapshot();
    const syncsBefore = workbook.core.requestBytes.length;
    // The rehearsal places every chart once; fail the fourth of the real write.
    const charts = buildBlueprint(largest).sheets.reduce((total, sheet) => total + sheet.charts.length, 0);
    workbook.core.failOn('chart.setPosition', charts + 4);
    const report = await renderIntoWorkbook(workbook.context, buildBlueprint(largest), { runId: 'b', onConflict: 'update', maxRequestBytes: budget });
    expect(report).toMatchObject({ kind: 'failed', error: { step: 'writing the business case' } });
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.core.requestBytes.slice(syncsBefore).filter((bytes) => bytes > budget)).toEqual([]);
  });
});
