import fc from 'fast-check';
import { BREAK_EVEN_DRIVERS, breakEven } from '../../src/core/model';
import { baseNpv, withDriver } from '../../src/core/model/sensitivity';
import { arbitraryInputs } from '../support/arbitraryInputs';

/**
 * Break-even over random cases: every driver's value, when there is one, gives an NPV of zero
 * to the cent; when there is none, the NPV keeps one sign over the driver's accepted range.
 */
describe('break-even on random cases', () => {
  test('a value gives NPV 0 to the cent; none comes with the reason', () => {
    fc.assert(
      fc.property(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), (inputs) => {
        for (const driver of BREAK_EVEN_DRIVERS) {
          const found = breakEven(inputs, driver);
          if (found.value === null) {
            expect(found.reason).toMatch(/^The NPV stays (above|below) zero/);
            continue;
          }
          expect({ driver, npv: Math.abs(baseNpv(withDriver(inputs, driver, found.value))) < 0.005 }).toEqual({ driver, npv: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
