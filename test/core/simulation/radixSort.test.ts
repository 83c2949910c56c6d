import fc from 'fast-check';
import { ascendingOrder, orderOfKeys, sortedAscending } from '../../../src/core/simulation/radixSort';

/** The order a comparison sort gives: by value, equal values by trial. */
function comparisonOrder(values: ArrayLike<number>): number[] {
  return Array.from(values, (_, t) => t).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : Object.is(values[a], -0) && !Object.is(values[b], -0) ? -1 : a - b));
}

const doubles = fc.double({ noNaN: true });
const samples = fc.oneof(
  fc.array(doubles, { maxLength: 300 }),
  // few distinct values: ties everywhere, and the passes whose digits are all one are skipped
  fc.array(fc.constantFrom(-0, 0, 1, -1, 1e-310, -1e300, Number.MAX_VALUE, -Infinity, Infinity, 0.1 + 0.2), { maxLength: 300 }),
);

describe('radix sorts', () => {
  test('a sorted copy is exactly the typed-array sort, −0 below +0, infinities and subnormals in place', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const sample = Float64Array.from(values);
        const sorted = sortedAscending(sample);
        const expected = Float64Array.from(values).sort();
        expect(Array.from(sorted, (v) => Object.is(v, -0) ? '-0' : v)).toEqual(Array.from(expected, (v) => Object.is(v, -0) ? '-0' : v));
        expect(Array.from(sample)).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });

  test('the ascending order is the stable comparison order: equal values in trial order', () => {
    fc.assert(
      fc.property(samples, (values) => {
        expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(comparisonOrder(values));
      }),
      { numRuns: 300 },
    );
  });

  test('the order of 32-bit keys is the stable comparison order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }), (keys) => {
        expect(Array.from(orderOfKeys(Uint32Array.from(keys)))).toEqual(comparisonOrder(keys));
      }),
      { numRuns: 300 },
    );
  });

  test('a sample of 100,000 sorts as the native sort does', () => {
    const values = new Float64Array(100_000);
    for (let t = 0; t < values.length; t++) values[t] = Math.sin(t * 12.9898) * 43758.5453 * (t % 7 === 0 ? -1 : 1);
    expect(sortedAscending(values)).toEqual(Float64Array.from(values).sort());
    const order = ascendingOrder(values);
    let outOfOrder = 0;
    for (let r = 1; r < order.length; r++) if (!(values[order[r - 1]] < values[order[r]] || (values[order[r - 1]] === values[order[r]] && order[r - 1] < order[r]))) outOfOrder++;
    expect(outOfOrder).toBe(0);
    expect(new Set(order).size).toBe(values.length);
  });
});
