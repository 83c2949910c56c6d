import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { mirr } from '../../src/core/finance/mirr';
import { columnLetters } from '../../src/workbook/blueprint/a1';

/** HyperFormula evaluating Excel's own MIRR: an engine independent of our code. */
const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
const sheet = engine.getSheetId(engine.addSheet('Flows'))!;

/** =MIRR(D1:…, B1, C1): the rates sit in cells so no number is ever printed into the formula. */
function excelMirr(flows: readonly number[], financeRate: number, reinvestRate: number): number {
  engine.setSheetContent(sheet, [[`=MIRR(D1:${columnLetters(flows.length + 3)}1, B1, C1)`, financeRate, reinvestRate, ...flows]]);
  const value = engine.getCellValue({ sheet, row: 0, col: 0 });
  if (typeof value !== 'number') throw new Error(`engine returned ${JSON.stringify(value)} for MIRR`);
  return value;
}

const money = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100);
/** at least one negative and one positive amount, in any order: MIRR has exactly one value */
const mixedFlows = fc
  .array(money, { minLength: 2, maxLength: 120 })
  .filter((flows) => flows.some((flow) => flow > 0) && flows.some((flow) => flow < 0));
const annualRate = fc.double({ min: -0.5, max: 1, noNaN: true });
const relativeError = (ours: number, expected: number) => Math.abs(ours - expected) / Math.max(1, Math.abs(expected));

describe('MIRR', () => {
  test('with one period a year it is Excel MIRR (HyperFormula) on random flows, to 1e-9', () => {
    fc.assert(
      fc.property(mixedFlows, annualRate, annualRate, (flows, financeRate, reinvestRate) => {
        const ours = mirr(flows, financeRate, reinvestRate, 1);
        expect(ours.ok).toBe(true);
        if (ours.ok) expect(relativeError(ours.value, excelMirr(flows, financeRate, reinvestRate))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  test('monthly: (1 + Excel MIRR at the monthly equivalent of 10%)^12 − 1, to 1e-9', () => {
    const p = 1.1 ** (1 / 12) - 1;
    fc.assert(
      fc.property(mixedFlows, (flows) => {
        const ours = mirr(flows, 0.1, 0.1, 12);
        expect(ours.ok).toBe(true);
        if (ours.ok) expect(relativeError(ours.value, (1 + excelMirr(flows, p, p)) ** 12 - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  test('worked by hand: -1000, 600, 600 at 10% is √((600·1.1 + 600)/1000) − 1', () => {
    const result = mirr([-1000, 600, 600], 0.1, 0.1, 1);
    expect(result.ok && result.value).toBeCloseTo(Math.sqrt(1.26) - 1, 14);
  });

  test('published figures: the examples of Excel\'s MIRR help page (shown there as whole percents)', () => {
    // support.microsoft.com, "MIRR function": 13% after five years, -5% after three, 13% at a 14% reinvest rate
    const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
    const percent = (result: ReturnType<typeof mirr>) => (result.ok ? Math.round(result.value * 100) : NaN);
    expect(percent(mirr(flows, 0.1, 0.12, 1))).toBe(13);
    expect(percent(mirr(flows.slice(0, 4), 0.1, 0.12, 1))).toBe(-5);
    expect(percent(mirr(flows, 0.1, 0.14, 1))).toBe(13);
  });

  test('flows with several sign changes still have one value (where IRR may have several)', () => {
    // -1000, 2300, -1320 has IRRs of 10% and 20%; MIRR at 15% falls between them
    const result = mirr([-1000, 2300, -1320], 0.15, 0.15, 1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(excelMirr([-1000, 2300, -1320], 0.15, 0.15), 12);
  });

  test('200,000 monthly flows do not overflow (the compounded amounts pass 1e308)', () => {
    const flows = Array.from({ length: 200000 }, (_, t) => (t === 0 ? -1e6 : 100));
    const result = mirr(flows, 0.1, 0.1, 12);
    expect(result.ok).toBe(true);
    // the returns compound at the reinvest rate for ~16,667 years: MIRR tends to it from below
    if (result.ok) expect(result.value).toBeCloseTo(0.1, 2);
  });

  test('without both a negative and a positive amount it is #DIV/0!, like Excel', () => {
    for (const flows of [[100, 200, 300], [-100, 0, -5], [0, 0]]) {
      expect(mirr(flows, 0.1, 0.1)).toEqual({
        ok: false,
        error: { kind: 'divideByZero', param: 'cash_flows_with_t0', message: expect.stringMatching(/^MIRR needs cash_flows_with_t0 with at least one negative and one positive amount/) },
      });
    }
  });

  test('a rate at or below −100% is invalid, not NaN', () => {
    expect(mirr([-100, 200], -1, 0.1)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', param: 'finance_rate' }) });
    expect(mirr([-100, 200], 0.1, -2)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', param: 'reinvest_rate' }) });
  });
});
