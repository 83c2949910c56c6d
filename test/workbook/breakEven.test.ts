import { readFileSync } from 'fs';
import { join } from 'path';
import { BusinessCaseInputs, parseInputs } from '../../src/core/inputs/schema';
import { BREAK_EVEN_DRIVERS, BreakEvenDriver, breakEven } from '../../src/core/model';
import { baseNpv, withDriver } from '../../src/core/model/sensitivity';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint } from '../support/formulaEngine';

function example(name: string, change: Partial<BusinessCaseInputs> = {}): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(join(__dirname, '../../examples', name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));
  return { ...parsed.inputs, ...change };
}

const CASES: Array<[string, BusinessCaseInputs]> = [
  ['seed case', example('seed-case.json')],
  ['mid-market', example('mid-market.json')],
  ['TEI study (no one-time costs: the range gives no width)', example('tei-study.json')],
  ['seed case priced per seat, losing money', example('seed-case.json', { ai_pricing_model: 'per_seat', ai_seats: 400, ai_price_per_seat_per_month: 600 })],
];

describe('break-even: the value of each driver at which the NPV is zero', () => {
  test.each(CASES)('%s: the core\'s value gives an NPV of 0 to the cent, or says why there is none', (_name, inputs) => {
    for (const driver of BREAK_EVEN_DRIVERS) {
      const result = breakEven(inputs, driver);
      if (result.value === null) {
        expect(result.reason).toMatch(/^The NPV stays (above|below) zero/);
        continue;
      }
      expect(Math.abs(baseNpv(withDriver(inputs, driver, result.value)))).toBeLessThan(0.005);
    }
  });

  test.each(CASES)('%s: the workbook\'s live break-even equals the core\'s, and its own NPV there is 0', (_name, inputs) => {
    const book = buildBlueprint(inputs);
    const evaluated = evaluateBlueprint(book);
    try {
      const read = (driver: BreakEvenDriver, what: 'value' | 'npv') => {
        const anchor = book.anchors[`breakeven.${driver}.${what}`];
        return evaluated.value(anchor.sheet, anchor.row, anchor.col);
      };
      for (const driver of BREAK_EVEN_DRIVERS) {
        const core = breakEven(inputs, driver).value;
        const workbook = read(driver, 'value');
        if (core === null) {
          expect([driver, workbook]).toEqual([driver, 'n/a']);
          continue;
        }
        expect(typeof workbook).toBe('number');
        expect(Math.abs((workbook as number) - core)).toBeLessThanOrEqual(Math.abs(core) * 1e-9 + 1e-9);
        expect(Math.abs(read(driver, 'npv') as number)).toBeLessThan(0.005);
      }
      expect(book.names.filter((name) => name.name.startsWith('breakeven_')).map((name) => name.name)).toEqual(BREAK_EVEN_DRIVERS.map((driver) => `breakeven_${driver}`));
    } finally {
      evaluated.destroy();
    }
  });
});
