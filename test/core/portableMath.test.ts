import fc from 'fast-check';
import { asinSmall, exp, log, log1p, pow, powerOfTenAtMost, sinSmall } from '../../src/core/portableMath';

/**
 * The portable functions against the engine's Math (which is accurate but not the same bits in
 * every engine): within 4e-16 relative (two units in the last place) over each one's range, the
 * special values as Math gives them. That they are the same bits in Node and the browser is the
 * risk e2e tests' part.
 */
const ULPS = 4.5e-16;

function close(actual: number, expected: number, tolerance = ULPS): boolean {
  if (Object.is(actual, expected)) return true;
  return Math.abs(actual - expected) <= tolerance * Math.abs(expected);
}

const cases = (arb: fc.Arbitrary<number>, check: (x: number) => boolean) => fc.assert(fc.property(arb, check), { numRuns: 20000 });

describe('portable exp, log and pow', () => {
  test('exp over the whole finite range, and its overflow, underflow and NaN', () => {
    cases(fc.double({ min: -700, max: 700, noNaN: true }), (x) => close(exp(x), Math.exp(x)));
    expect([exp(0), exp(710), exp(-746), exp(Number.NaN)]).toEqual([1, Infinity, 0, Number.NaN]);
    expect(close(exp(-740), Math.exp(-740), 1e-6)).toBe(true);
  });

  test('log of normal and subnormal numbers, and of 0, negatives, Infinity and NaN', () => {
    cases(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => close(log(x), Math.log(x)) || Math.abs(log(x) - Math.log(x)) <= 1e-16);
    cases(fc.double({ min: 0.5, max: 2, noNaN: true }), (x) => Math.abs(log(x) - Math.log(x)) <= ULPS * Math.max(Math.abs(Math.log(x)), 1e-300) || Math.abs(log(x) - Math.log(x)) <= 2e-17);
    expect(close(log(5e-324), Math.log(5e-324))).toBe(true);
    expect([log(1), log(0), log(-1), log(Infinity), log(Number.NaN)]).toEqual([0, -Infinity, Number.NaN, Infinity, Number.NaN]);
  });

  test('log1p keeps small arguments exact to the ulp', () => {
    cases(fc.double({ min: -0.999, max: 1e6, noNaN: true }), (x) => close(log1p(x), Math.log1p(x), 1e-15) || Math.abs(log1p(x) - Math.log1p(x)) < 1e-300);
    expect(log1p(1e-20)).toBe(1e-20);
  });

  test("pow as the model (discount and growth factors) and the sampler (a draw's power) use it", () => {
    cases(fc.double({ min: 0.5, max: 3, noNaN: true }), (x) => close(pow(x, -x / 7), Math.pow(x, -x / 7), 1e-15));
    cases(fc.double({ min: 1e-12, max: 1, noNaN: true }), (u) => close(pow(u, 1 / 3.7), Math.pow(u, 1 / 3.7), 2e-15));
    expect([pow(2, 0), pow(1, 1e9), pow(0, 2), pow(0, -1), pow(-2, 0.5)]).toEqual([1, 1, 0, Infinity, Number.NaN]);
    expect([close(pow(-2, 3), -8), close(pow(-2, 2), 4)]).toEqual([true, true]);
  });
});

describe('portable sine, arcsine and powers of ten', () => {
  test('sin on |x| ≤ π/2 and asin on |x| ≤ 1/2, refusing arguments outside', () => {
    cases(fc.double({ min: -Math.PI / 2, max: Math.PI / 2, noNaN: true }), (x) => close(sinSmall(x), Math.sin(x)) || Math.abs(sinSmall(x) - Math.sin(x)) < 1e-300);
    cases(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (x) => close(asinSmall(x), Math.asin(x)) || Math.abs(asinSmall(x) - Math.asin(x)) < 1e-300);
    expect(() => sinSmall(2)).toThrow(RangeError);
    expect(() => asinSmall(0.6)).toThrow(RangeError);
  });

  test('the largest power of ten at most x, at and beside every power from 1e-9 to 1e15', () => {
    for (let k = -9; k <= 15; k++) {
      const power = Number(`1e${k}`);
      expect(powerOfTenAtMost(power)).toBe(power);
      expect(powerOfTenAtMost(power * 9.999)).toBe(power);
      expect(powerOfTenAtMost(power * 0.999)).toBe(Number(`1e${k - 1}`));
    }
  });
});
