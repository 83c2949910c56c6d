import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { irr } from '../../src/core/finance/irr';
import { npv } from '../../src/core/finance/npv';
import { paybackPeriod } from '../../src/core/finance/payback';
import { periodRate } from '../../src/core/finance/periodRate';
import { columnLetters } from '../../src/workbook/blueprint/a1';

/** HyperFormula evaluating Excel's own NPV and IRR: an engine independent of our code. */
const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
const sheet = engine.getSheetId(engine.addSheet('Flows'))!;

function excel(formula: string, flows: readonly number[]): number {
  engine.setSheetContent(sheet, [[formula, ...flows]]);
  const value = engine.getCellValue({ sheet, row: 0, col: 0 });
  if (typeof value !== 'number') throw new Error(`engine returned ${JSON.stringify(value)} for ${formula}`);
  return value;
}

/** amounts in whole cents, as money is */
const money = fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100);

describe('NPV', () => {
  test('matches initial + Excel NPV at the equivalent monthly rate (HyperFormula), to the cent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.array(money, { minLength: 1, maxLength: 120 }),
        money,
        (annualRate, flows, initial) => {
          const p = periodRate(annualRate, 12);
          const expected = initial + excel(`=NPV(${p}, B1:${columnLetters(flows.length)}1)`, flows);
          expect(npv(annualRate, flows, initial, 12)).toBeCloseTo(expected, 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('at rate 0 equals the plain sum', () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 120 }), money, (flows, initial) => {
        const sum = flows.reduce((total, flow) => total + flow, initial);
        expect(npv(0, flows, initial)).toBeCloseTo(sum, 4);
      }),
    );
  });

  test('does not discount the initial amount, unlike Excel NPV', () => {
    expect(npv(0.1, [110], -100, 1)).toBeCloseTo(0, 10);
    expect(npv(0.1, [], -100)).toBe(-100);
  });

  test('12 monthly periods compound to the annual rate', () => {
    expect(npv(0.1, [...Array(11).fill(0), 110], 0, 12)).toBeCloseTo(100, 10);
  });
});

/** Descartes: one sign change in the flows means exactly one IRR. */
const signChanges = (flows: readonly number[]) =>
  flows.filter((f) => f !== 0).reduce((count, flow, index, nonZero) => count + (index > 0 && Math.sign(flow) !== Math.sign(nonZero[index - 1]) ? 1 : 0), 0);

describe('IRR', () => {
  const investment = fc.tuple(
    fc.integer({ min: 1000, max: 1e6 }),
    fc.array(fc.integer({ min: -2e4, max: 1e5 }), { minLength: 2, maxLength: 120 }),
  ).filter(([outlay, returns]) => returns.reduce((a, b) => a + b, 0) > 0.5 * outlay);

  test('matches Excel IRR (HyperFormula) annualised, when the engine converges', () => {
    let compared = 0;
    fc.assert(
      fc.property(investment, ([outlay, returns]) => {
        const flows = [-outlay, ...returns];
        const ours = irr(flows, 12);
        let reference: number;
        try {
          reference = excel(`=IRR(B1:${columnLetters(flows.length)}1)`, flows);
        } catch {
          return; // Excel's IRR may fail to converge from its default guess; ours brackets instead
        }
        expect(ours.ok).toBe(true);
        if (!ours.ok) return;
        if (signChanges(flows) === 1) {
          compared++;
          const expected = (1 + reference) ** 12 - 1;
          expect(Math.abs(ours.value - expected) / Math.max(1, Math.abs(expected))).toBeLessThan(1e-8);
        } else {
          // several roots may exist: ours must be one of them, not necessarily the engine's
          expect(Math.abs(npv(ours.value, returns, -outlay, 12))).toBeLessThan(1e-4 * outlay);
        }
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(20);
  });

  test('NPV at the IRR is ~0; with one sign change an IRR always exists', () => {
    fc.assert(
      fc.property(investment, ([outlay, returns]) => {
        const result = irr([-outlay, ...returns], 12);
        if (signChanges([-outlay, ...returns]) === 1) expect(result.ok).toBe(true);
        if (result.ok) expect(Math.abs(npv(result.value, returns, -outlay, 12))).toBeLessThan(1e-4 * outlay);
      }),
      { numRuns: 300 },
    );
  });

  test('a worked annual case: -1000 then 1100 is 10%', () => {
    const result = irr([-1000, 1100], 1);
    expect(result.ok && result.value).toBeCloseTo(0.1, 12);
  });

  test('finds a root far from the 1% guess (bracketing fallback)', () => {
    const result = irr([-100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e6], 12);
    expect(result.ok).toBe(true);
    if (result.ok) expect(npv(result.value, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e6], -100, 12)).toBeCloseTo(0, 4);
  });

  /** -1000, 2300, -1320: (1 + r)² = 2.3(1 + r) − 1.32 has the two roots 10% and 20% per period */
  const twoRoots = [-1000, 2300, -1320];

  test('with several sign changes the guess picks the root, as Excel IRR(values, guess) does (HyperFormula)', () => {
    for (const [guess, root] of [[0.05, 0.1], [0.12, 0.1], [0.18, 0.2], [0.25, 0.2], [3, 0.2]]) {
      const result = irr(twoRoots, 1, guess);
      expect(result.ok && result.value).toBeCloseTo(root, 10);
      expect(result.ok && result.value).toBeCloseTo(excel(`=IRR(B1:D1, ${guess})`, twoRoots), 10);
    }
  });

  test('the guess is an annual rate: monthly, it starts Newton from its monthly equivalent', () => {
    // per-period roots 10% and 20% are 1.1^12 − 1 ≈ 214% and 1.2^12 − 1 ≈ 792% a year
    for (const [annualGuess, root] of [[2, 1.1 ** 12 - 1], [8, 1.2 ** 12 - 1]]) {
      const result = irr(twoRoots, 12, annualGuess);
      const engine = excel(`=IRR(B1:D1, ${periodRate(annualGuess, 12)})`, twoRoots);
      expect(result.ok && result.value).toBeCloseTo(root, 8);
      expect(result.ok && result.value).toBeCloseTo((1 + engine) ** 12 - 1, 8);
    }
  });

  test('without a guess, flows with two roots give the one nearest a plausible rate', () => {
    const result = irr(twoRoots, 1);
    expect(result.ok && result.value).toBeCloseTo(0.1, 10);
  });

  test('with one sign change the guess does not matter: there is exactly one IRR (Descartes)', () => {
    let checked = 0;
    fc.assert(
      fc.property(investment, fc.double({ min: -0.99, max: 1000, noNaN: true }), ([outlay, returns], guess) => {
        const flows = [-outlay, ...returns];
        fc.pre(signChanges(flows) === 1);
        const without = irr(flows, 12);
        const withGuess = irr(flows, 12, guess);
        checked++;
        expect(withGuess.ok).toBe(without.ok);
        if (without.ok && withGuess.ok) {
          expect(Math.abs(withGuess.value - without.value) / Math.max(1, Math.abs(without.value))).toBeLessThan(1e-8);
        }
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  test('200,000 flows: no call-stack overflow from spreading them into Math.max', () => {
    const returns = Array.from({ length: 199999 }, () => 100);
    const result = irr([-1e6, ...returns], 12);
    expect(result.ok).toBe(true);
    // an annuity of 100 against 1e6 over ~16,667 years: about 0.01% a month
    if (result.ok) {
      expect(Math.abs(npv(result.value, returns, -1e6, 12))).toBeLessThan(1e-4);
      expect(periodRate(result.value, 12)).toBeCloseTo(1e-4, 8);
    }
  });

  test('no sign change is a noSolution error with a message', () => {
    expect(irr([100, 200, 300])).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'noSolution', message: expect.stringContaining('sign change') }),
    });
    expect(irr([-100, -200])).toEqual({ ok: false, error: expect.objectContaining({ kind: 'noSolution' }) });
  });
});

describe('payback period', () => {
  test('interpolates inside the crossing month: -120 then 50 a month = 2.4', () => {
    expect(paybackPeriod([50, 50, 50], -120)).toEqual({ ok: true, value: 2.4 });
  });

  test('is 0 when the cumulative flow is never negative', () => {
    expect(paybackPeriod([10, 20], 0)).toEqual({ ok: true, value: 0 });
  });

  test('never paying back is an error, not a huge number', () => {
    expect(paybackPeriod([10, 10], -100)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'neverPaysBack' }) });
  });

  test('agrees with the cumulative sum: negative just before, non-negative at the crossing', () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 1, maxLength: 60 }), fc.integer({ min: -1e8, max: 0 }).map((cents) => cents / 100), (flows, initial) => {
        const result = paybackPeriod(flows, initial);
        const cumulative = flows.reduce<number[]>((acc, flow) => [...acc, acc[acc.length - 1] + flow], [initial]);
        if (!result.ok) {
          expect(cumulative[cumulative.length - 1]).toBeLessThan(0);
          return;
        }
        if (result.value === 0) {
          expect(cumulative.every((c) => c >= 0)).toBe(true);
          return;
        }
        const month = Math.ceil(result.value);
        expect(cumulative[month - 1]).toBeLessThan(0);
        expect(cumulative[month]).toBeGreaterThanOrEqual(0);
                const interpolated = cumulative[month - 1] + (result.value - (month - 1)) * flows[month - 1];
        expect(interpolated).toBeCloseTo(0, 4);
      }),
      { numRuns: 300 },
    );
  });
});

test('payback of flows that sum past the largest number says so instead of "ends at -Infinity"', () => {
  const result = paybackPeriod([-1.5e308, -1.5e308], -1);
  expect(result).toEqual({ ok: false, error: { kind: 'overflow', message: 'The cumulative net cash flow is too large to compute: check the size of the flows.', param: 'cash_flows' } });
});
