import fc from 'fast-check';
import { CUSTOM_LABEL_MAX_LENGTH, CUSTOM_LINE_LIMIT } from '../../src/core/inputs/fields';
import { groupInputs, parseInputs } from '../../src/core/inputs/schema';
import { blueprintSource, inputsFromSource } from '../../src/workbook/blueprint/blueprintSource';
import { MAX_FORMULA_LENGTH, parseTextConstant, textConstantFormula } from '../../src/workbook/office/textConstant';
import { exampleInputs } from '../support/examples';

describe('text kept in a hidden name', () => {
  test('any text comes back exactly, with no literal over 255 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), (text) => {
        const formula = textConstantFormula(text);
        if (formula === null) return;
        expect(parseTextConstant(formula)).toBe(text);
        for (const [, literal] of formula.matchAll(/"((?:[^"]|"")*)"/g)) expect(literal.replace(/""/g, '"').length).toBeLessThanOrEqual(255);
      }),
    );
  });

  test('quotes are doubled, and text too long for one formula is refused rather than cut', () => {
    expect(textConstantFormula('say "hi"')).toBe('="say ""hi"""');
    expect(textConstantFormula('x'.repeat(MAX_FORMULA_LENGTH))).toBeNull();
    expect(parseTextConstant('=A1&"x"')).toBeNull();
  });
});

describe("a blueprint's source", () => {
  test.each(['seed-case', 'mid-market', 'tei-study'])('%s: the inputs come back from the source text and fit in one name', (name) => {
    const inputs = exampleInputs(name);
    const text = blueprintSource(inputs);
    expect(inputsFromSource(text)).toEqual(inputs);
    expect(textConstantFormula(text)).not.toBeNull();
  });

  test('the largest ordinary case (every custom slot, long labels, ten years of large amounts) still fits in one name', () => {
    const line = (n: number, initial: number) => ({ label: `Line ${n} ${'x'.repeat(CUSTOM_LABEL_MAX_LENGTH - 8)}`, amount_per_month: 0, amounts_per_year: Array.from({ length: 10 }, (_, year) => 123_456_789.12 + year), initial, risk: 0.15 });
    const slots = (initial: number) => Array.from({ length: CUSTOM_LINE_LIMIT }, (_, index) => line(index + 1, initial));
    const parsed = parseInputs(groupInputs({ ...exampleInputs('mid-market'), horizon_months: 120, custom_benefits: slots(0), custom_costs: slots(9_876_543.21) }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const inputs = parsed.inputs;
    expect(inputsFromSource(blueprintSource(inputs))).toEqual(inputs);
    expect(textConstantFormula(blueprintSource(inputs))).not.toBeNull();
  });

  test('text that is not valid inputs gives no inputs', () => {
    expect(inputsFromSource('{')).toBeNull();
    expect(inputsFromSource('{"organisation": 1}')).toBeNull();
  });
});
