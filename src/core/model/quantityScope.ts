import type { BusinessCaseInputs } from '../inputs/schema';
import { PrimitiveQuantity, Quantity, Scope, evaluate } from './expression';
import { isDefinedQuantity, quantityDefinition } from './quantityCatalogue';
import type { ScenarioMultipliers } from './scenarios';

/** What the timeline and the scenario supply for one month (month 0 and the scalars: adoption 0). */
export interface MonthPrimitives {
  readonly month: number;
  readonly adoption: number;
  readonly multipliers: ScenarioMultipliers;
}

function primitiveValue(name: PrimitiveQuantity, primitives: MonthPrimitives): number {
  switch (name) {
    case 'month':
      return primitives.month;
    case 'adoption':
      return primitives.adoption;
    case 'deflectionMultiplier':
      return primitives.multipliers.deflection;
    case 'assistMultiplier':
      return primitives.multipliers.assist;
    case 'revenueMultiplier':
      return primitives.multipliers.revenue;
    case 'costMultiplier':
      return primitives.multipliers.cost;
  }
}

/**
 * Every quantity of one month, each defined quantity evaluated once from its catalogue
 * definition on first use.
 *
 * @example
 * monthQuantities(inputs, { month: 1, adoption: 0, multipliers: BASE_MULTIPLIERS })('volume') // contacts_per_month
 */
export function monthQuantities(inputs: BusinessCaseInputs, primitives: MonthPrimitives): (name: Quantity) => number {
  const known = new Map<Quantity, number>();
  const scope: Scope = {
    inputs,
    quantity: (name) => {
      let value = known.get(name);
      if (value === undefined) {
        value = isDefinedQuantity(name) ? evaluate(quantityDefinition(name).value, scope) : primitiveValue(name, primitives);
        known.set(name, value);
      }
      return value;
    },
    custom: () => {
      throw new Error('a quantity reads no custom line');
    },
  };
  return scope.quantity;
}
