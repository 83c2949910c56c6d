import fc from 'fast-check';
import { countSignChanges, SIGN_CHANGE_ZERO } from '../../src/core/finance/signChanges';

describe('countSignChanges', () => {
  test('counts flips between consecutive non-zero flows, skipping zeros', () => {
    expect(countSignChanges([])).toBe(0);
    expect(countSignChanges([100, 200])).toBe(0);
    expect(countSignChanges([-1000, 0, 0, 600, 600])).toBe(1);
    expect(countSignChanges([-1000, 2300, -1320])).toBe(2);
    expect(countSignChanges([0, 5, 0, -5, 0, 5, 0])).toBe(2);
  });

  test('floating-point noise below half a cent is not a sign change', () => {
    expect(countSignChanges([-1000, 1e-10, -5, 1100])).toBe(1);
    expect(countSignChanges([100, -0.0049, 100])).toBe(0);
    expect(countSignChanges([100, -SIGN_CHANGE_ZERO, 100])).toBe(2);
    expect(countSignChanges([100, -0.01, 100])).toBe(2);
  });

  test('agrees with a count over the signs of whole-cent amounts (where no threshold applies)', () => {
    const cents = fc.array(fc.integer({ min: -5, max: 5 }).map((c) => c / 100), { maxLength: 40 });
    fc.assert(
      fc.property(cents, (flows) => {
        const signs = flows.map(Math.sign).filter((sign) => sign !== 0);
        const expected = signs.filter((sign, index) => index > 0 && sign !== signs[index - 1]).length;
        expect(countSignChanges(flows)).toBe(expected);
      }),
    );
  });

  test('a long series is counted in one pass', () => {
    const flows = Array.from({ length: 200000 }, (_, index) => (index % 2 === 0 ? -1 : 1));
    expect(countSignChanges(flows)).toBe(199999);
  });
});
