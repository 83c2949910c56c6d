import fc from 'fast-check';
import { paramName } from '../../src/core/roiFunctions/params';
import { evaluateRoiFunction } from '../../src/core/roiFunctions/evaluate';
import { ROI_FUNCTIONS, RoiFunctionSpec } from '../../src/core/roiFunctions/specs';

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const amount = fc.integer({ min: 0, max: 1e9 }).map((cents) => cents / 100);
const contacts = fc.integer({ min: 0, max: 1e7 });

const numberOf = (name: Parameters<typeof evaluateRoiFunction>[0], args: unknown[]) => {
  const result = evaluateRoiFunction(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('identities and monotonicity', () => {
  test('CONTAINED_SAVINGS equals DEFLECTION_SAVINGS at k = 1', () => {
    fc.assert(
      fc.property(contacts, amount, rate, amount, (v, ch, d, ca) => {
        expect(numberOf('CONTAINED_SAVINGS', [v, ch, d, ca, 1])).toBeCloseTo(numberOf('DEFLECTION_SAVINGS', [v, ch, d, ca]), 2);
      }),
    );
  });

  test('savings grow with deflection when Ch > Ca', () => {
    fc.assert(
      fc.property(contacts.filter((v) => v > 0), amount, amount, rate, rate, (v, a, b, d1, d2) => {
        fc.pre(Math.abs(a - b) > 0.01 && Math.abs(d1 - d2) > 1e-9);
        const [ca, ch] = a < b ? [a, b] : [b, a];
        const [low, high] = d1 < d2 ? [d1, d2] : [d2, d1];
        expect(numberOf('DEFLECTION_SAVINGS', [v, ch, high, ca])).toBeGreaterThan(numberOf('DEFLECTION_SAVINGS', [v, ch, low, ca]));
      }),
    );
  });

  test('COST_PER_CONTACT equals total cost of the seed\'s before/after arithmetic divided by volume', () => {
    fc.assert(
      fc.property(contacts.filter((v) => v > 0), amount, amount, rate, rate, (v, ch, ca, d, k) => {
        const total = v * d * ca + v * (1 - d) * ch + v * d * (1 - k) * ch;
        const ours = numberOf('COST_PER_CONTACT', [ch, ca, d, k]) * v;
        expect(Math.abs(ours - total)).toBeLessThanOrEqual(Math.max(0.005, 1e-12 * Math.abs(total)));
      }),
    );
  });

  test('risk adjustment never makes a benefit larger or a cost smaller', () => {
    fc.assert(
      fc.property(amount, rate, (value, risk) => {
        expect(numberOf('RISK_ADJUST', [value, risk, 'benefit'])).toBeLessThanOrEqual(value);
        expect(numberOf('RISK_ADJUST', [value, risk, 'cost'])).toBeGreaterThanOrEqual(value);
      }),
    );
  });

  test('RAMP never decreases and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 36 }), fc.constantFrom('linear', 's_curve'), (goLive, months, shape) => {
        let previous = 0;
        for (let month = 0; month <= 60; month++) {
          const adoption = numberOf('RAMP', [month, goLive, months, shape]);
          expect(adoption).toBeGreaterThanOrEqual(previous);
          expect(adoption).toBeLessThanOrEqual(1);
          previous = adoption;
        }
        expect(previous).toBe(1);
      }),
    );
  });
});

/** Any value a parameter's own spec accepts, including its edges. */
function validArgument(spec: RoiFunctionSpec['params'][number]): fc.Arbitrary<unknown> {
  if (spec.kind === 'choice') return fc.constantFrom(...spec.choices, null);
  if (spec.kind === 'flows') {
    const cell = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100), fc.constant(null), fc.constant(''));
    return fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: spec.minCount, maxLength: 40 });
  }
  const { min, max, integer } = spec.spec;
  const low = Math.max(min, -1e12);
  const high = Math.min(max, 1e12);
  const inner = integer
    ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) })
    : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  const edges = fc.constantFrom(low, high, 0, 1).filter((edge) => edge >= low && edge <= high);
  return fc.oneof(inner, edges);
}

describe('no output is NaN or Infinity for any valid input', () => {
  test.each(ROI_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s', (_, spec) => {
    fc.assert(
      fc.property(fc.tuple(...spec.params.map(validArgument)), (args) => {
        const result = evaluateRoiFunction(spec.name, args);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
        } else {
          // errors are allowed only as documented kinds with a message naming a parameter
          expect(['divideByZero', 'noSolution', 'neverPaysBack', 'invalid', 'overflow']).toContain(result.error.kind);
          expect(result.error.message.length).toBeGreaterThan(10);
          if (result.error.kind === 'invalid') {
            expect(spec.params.map(paramName)).toContain(result.error.param);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
