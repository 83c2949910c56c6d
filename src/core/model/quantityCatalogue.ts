import { DefinedQuantity, Expr, PrimitiveQuantity, Quantity, acceptedMax, difference, input, minimum, number, per, power, product, quantity, someNode, sum } from './expression';
import { AUTOMATION_UNIT_VALUE } from './lineCatalogue';

/**
 * The quantities the lines read, each defined once over inputs and the timeline's primitives. The
 * core model evaluates them month by month, the Model sheet prints them as its driver and volume
 * rows, and a scenario or a sensitivity flex prints again only those that read what it changes.
 */
export interface QuantityDefinition {
  readonly name: DefinedQuantity;
  readonly label: string;
  readonly unit: string;
  /** how the value reads: a count of contacts, a share, or an amount per contact */
  readonly measure: 'contacts' | 'share' | 'moneyPerContact';
  readonly value: Expr;
}

/** In the order each may read the ones before it. */
export const QUANTITY_DEFINITIONS: readonly QuantityDefinition[] = [
  { name: 'deflectionFull', label: 'Deflection at full adoption (capped at 100%)', unit: '% of contacts', measure: 'share',
    value: minimum(number(1), product(input('deflection_rate'), quantity('deflectionMultiplier'))) },
  { name: 'ahtReduction', label: 'Handle-time reduction (capped)', unit: '% of AHT', measure: 'share',
    value: minimum(acceptedMax('aht_reduction'), product(input('aht_reduction'), quantity('assistMultiplier'))) },
  { name: 'automationUnitValue', label: 'Automation saving per AI-taken contact (pricing model)', unit: 'per AI contact', measure: 'moneyPerContact',
    value: AUTOMATION_UNIT_VALUE },
  { name: 'volume', label: 'Contacts', unit: 'contacts', measure: 'contacts',
    value: product(input('contacts_per_month'), power(sum(number(1), input('annual_volume_growth')), product(difference(quantity('month'), number(1)), per(number(12))))) },
  { name: 'deflection', label: 'Deflection this month', unit: '% of contacts', measure: 'share',
    value: product(quantity('deflectionFull'), quantity('adoption')) },
  { name: 'aiContacts', label: 'AI-taken contacts', unit: 'contacts', measure: 'contacts',
    value: product(quantity('volume'), quantity('deflection')) },
  { name: 'humanContacts', label: 'Contacts humans still handle (incl. failed containment)', unit: 'contacts', measure: 'contacts',
    value: difference(quantity('volume'), product(quantity('aiContacts'), input('containment_rate'))) },
];

const DEFINITIONS = new Map(QUANTITY_DEFINITIONS.map((definition) => [definition.name, definition]));

export function isDefinedQuantity(name: Quantity): name is DefinedQuantity {
  return DEFINITIONS.has(name as DefinedQuantity);
}

export function quantityDefinition(name: DefinedQuantity): QuantityDefinition {
  return DEFINITIONS.get(name)!;
}

/**
 * Whether an expression reaches a node that passes the test, directly or through the
 * definitions of the quantities it reads.
 *
 * @example
 * readsThrough(quantity('aiContacts'), (node) => node.kind === 'input' && node.key === 'deflection_rate') // true
 */
export function readsThrough(expr: Expr, test: (node: Expr) => boolean): boolean {
  return someNode(expr, (node) => test(node) || (node.kind === 'quantity' && isDefinedQuantity(node.name) && readsThrough(quantityDefinition(node.name).value, test)));
}

/** Whether a quantity changes from month to month (reads the month or adoption), or is one number for the case. */
export function isMonthly(name: Quantity): boolean {
  const timeline: ReadonlySet<PrimitiveQuantity> = new Set(['month', 'adoption']);
  return readsThrough(quantity(name), (node) => node.kind === 'quantity' && timeline.has(node.name as PrimitiveQuantity));
}
