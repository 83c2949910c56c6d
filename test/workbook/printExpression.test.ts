import { acceptedMax, byPricing, difference, input, minimum, number, per, power, product, quantity, sum } from '../../src/core/model';
import { printExpression } from '../../src/workbook/blueprint/printExpression';

const scope = { quantity: (name: string) => (name === 'costMultiplier' ? null : `[${name}]`), custom: () => 'CUSTOM' };

describe('printing a catalogue expression as a formula', () => {
  test('sums and differences inside a product keep their parentheses; a lone factor needs none', () => {
    expect(printExpression(product(input('agents'), difference(input('upsell_conversion_after'), input('upsell_conversion_before')), per(number(12))), scope)).toBe(
      'agents*(upsell_conversion_after-upsell_conversion_before)/12',
    );
    expect(printExpression(product(sum(input('implementation_cost'), input('integration_cost')), quantity('costMultiplier')), scope)).toBe('implementation_cost+integration_cost');
    expect(printExpression(difference(input('agents'), sum(input('customers'), number(1))), scope)).toBe('agents-(customers+1)');
    expect(printExpression(product(per(product(input('agents'), input('customers')))), scope)).toBe('1/(agents*customers)');
  });

  test('pricing branches share a test when they share an amount, and the last amount is the else', () => {
    const cases = byPricing({ per_seat: input('ai_seats'), per_conversation: number(0), platform_fee: input('ai_seats'), per_resolution: number(0) });
    expect(printExpression(cases, scope)).toBe('IF(OR(ai_pricing_model_code="per_seat",ai_pricing_model_code="platform_fee"),ai_seats,0)');
    const three = byPricing({ per_conversation: number(1), per_resolution: number(2), per_seat: number(3), platform_fee: number(3) });
    expect(printExpression(three, scope)).toBe('IF(ai_pricing_model_code="per_conversation",1,IF(ai_pricing_model_code="per_resolution",2,3))');
  });

  test('a power wraps any operand that is not one name, cell or number; a cap prints as MIN with the named maximum', () => {
    const growth = power(sum(number(1), input('annual_volume_growth')), product(difference(quantity('month'), number(1)), per(number(12))));
    expect(printExpression(product(input('contacts_per_month'), growth), scope)).toBe('contacts_per_month*(1+annual_volume_growth)^(([month]-1)/12)');
    expect(printExpression(power(input('agents'), number(2)), scope)).toBe('agents^2');
    expect(printExpression(minimum(acceptedMax('aht_reduction'), product(input('aht_reduction'), quantity('costMultiplier'))), scope)).toBe('MIN(max_aht_reduction,aht_reduction)');
  });

  test('a replaced node prints as the given text, whatever it is', () => {
    const total = sum(input('implementation_cost'), input('integration_cost'));
    const replace = (node: unknown) => (node === total ? '$F$9' : undefined);
    expect(printExpression(product(total, input('agents')), { ...scope, replace })).toBe('$F$9*agents');
    expect(printExpression(product(input('customers'), input('agents')), { ...scope, replace: (node) => (node.kind === 'input' && node.key === 'agents' ? '$C$7' : undefined) })).toBe('customers*$C$7');
  });
});
