import { INPUT_FIELDS, fieldByKey } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';

/**
 * The inputs type is derived from the fields table: these lines only compile when a choice field
 * types its value as its choices, a blank-allowed number as number | null, and a known key gives
 * its own field (ts-jest type-checks this file, and an unused @ts-expect-error fails it).
 */
describe('the inputs type comes from the fields table', () => {
  test('keys, choices and blank-allowed numbers', () => {
    const pricing: BusinessCaseInputs['ai_pricing_model'] = 'per_seat';
    // @ts-expect-error: not one of the field's choices
    const wrongPricing: BusinessCaseInputs['ai_pricing_model'] = 'per_minute';
    const blankRisk: BusinessCaseInputs['risk_upsell'] = null;
    // @ts-expect-error: a number field that does not allow blank
    const blankVolume: BusinessCaseInputs['contacts_per_month'] = null;
    const max: number = fieldByKey('aht_reduction').max;
    expect([pricing, wrongPricing, blankRisk, blankVolume]).toEqual(['per_seat', 'per_minute', null, null]);
    expect(max).toBe(0.95);
  });

  test('every field of the table is a key of the defaults, and nothing else is', () => {
    const keys = Object.keys(defaultInputs()).filter((key) => !key.startsWith('custom_'));
    expect(keys.sort()).toEqual(INPUT_FIELDS.map((field) => field.key).sort());
  });
});
