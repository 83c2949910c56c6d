import { fieldByKey, NumberField } from '../inputs/fields';
import type { BusinessCaseInputs } from '../inputs/schema';
import { Expr, input } from './expression';
import { ONE_TIME_COST_FIELDS, ONE_TIME_COSTS_TOTAL } from './lineCatalogue';
import { buildMonthlyModel, oneTimeCostTotal } from './monthlyModel';
import { caseNpv } from './outputs';
import { BASE_MULTIPLIERS } from './scenarios';
import type { SensitivityAnalysis, SensitivityDriverResult } from './types';

/** The drivers of docs/business-case-model.md, in its order: ties in swing keep this order. */
export const SENSITIVITY_DRIVERS = [
  'contacts_per_month',
  'human_cost_per_contact',
  'deflection_rate',
  'containment_rate',
  'ai_cost_per_contact',
  'aht_reduction',
  'revenue_margin',
  'platform_subscription_per_year',
  'one_time_costs',
  'discount_rate',
] as const;
export type SensitivityDriverId = (typeof SENSITIVITY_DRIVERS)[number];
type FieldDriver = Exclude<SensitivityDriverId, 'one_time_costs'>;

const ONE_TIME_LABEL = 'One-time costs (all four together)';

function numberField(key: FieldDriver | (typeof ONE_TIME_COST_FIELDS)[number]): NumberField {
  return fieldByKey(key);
}

export function sensitivityDriverLabel(driver: SensitivityDriverId): string {
  return driver === 'one_time_costs' ? ONE_TIME_LABEL : numberField(driver).label;
}

/** The accepted range of a driver; one-time costs move as one sum, within the sum of their ranges. */
export function sensitivityDriverBounds(driver: SensitivityDriverId): readonly [number, number] {
  const fields = driver === 'one_time_costs' ? ONE_TIME_COST_FIELDS.map(numberField) : [numberField(driver)];
  return [fields.reduce((sum, f) => sum + f.min, 0), fields.reduce((sum, f) => sum + f.max, 0)];
}

/** The catalogue node a driver is: its input, or the one-time costs' total. */
export function sensitivityDriverNode(driver: SensitivityDriverId): Expr {
  return driver === 'one_time_costs' ? ONE_TIME_COSTS_TOTAL : input(driver);
}

/** Whether a node of an expression is the driver (inputs match by key; the one-time total is its own node). */
export function isSensitivityDriverNode(node: Expr, driver: SensitivityDriverId): boolean {
  return driver === 'one_time_costs' ? node === ONE_TIME_COSTS_TOTAL : node.kind === 'input' && node.key === driver;
}

export function driverValue(inputs: BusinessCaseInputs, driver: SensitivityDriverId): number {
  return driver === 'one_time_costs' ? oneTimeCostTotal(inputs) : inputs[driver];
}

/** The inputs with one driver set to a value; one-time costs keep their split (none yet: all on implementation). */
export function withDriver(inputs: BusinessCaseInputs, driver: SensitivityDriverId, value: number): BusinessCaseInputs {
  if (driver !== 'one_time_costs') return { ...inputs, [driver]: value };
  const total = oneTimeCostTotal(inputs);
  if (total === 0) return { ...inputs, implementation_cost: value };
  const scale = value / total;
  const scaled = { ...inputs };
  for (const key of ONE_TIME_COST_FIELDS) scaled[key] = inputs[key] * scale;
  return scaled;
}

export function baseNpv(inputs: BusinessCaseInputs): number {
  return caseNpv(inputs, buildMonthlyModel(inputs, BASE_MULTIPLIERS));
}

const toCents = (value: number) => Math.round(value * 100);

/**
 * Moves each driver down and up by sensitivity_range (clamped to its accepted range), recomputes
 * the base case's NPV at both ends and sorts by swing, largest first. Swings equal to the cent
 * count as ties and keep the driver order, so the ranking does not hinge on rounding noise.
 */
export function buildSensitivity(inputs: BusinessCaseInputs, npvOfBase: number = baseNpv(inputs)): SensitivityAnalysis {
  const range = inputs.sensitivity_range;
  const results = SENSITIVITY_DRIVERS.map((driver): SensitivityDriverResult => {
    const [min, max] = sensitivityDriverBounds(driver);
    const base = driverValue(inputs, driver);
    const low = Math.max(min, base * (1 - range));
    const high = Math.min(max, base * (1 + range));
    const npvLow = baseNpv(withDriver(inputs, driver, low));
    const npvHigh = baseNpv(withDriver(inputs, driver, high));
    return { driver, label: sensitivityDriverLabel(driver), base, low, high, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) };
  });
  const order = new Map(SENSITIVITY_DRIVERS.map((driver, index) => [driver, index]));
  const drivers = [...results].sort(
    (a, b) => toCents(b.swing) - toCents(a.swing) || (order.get(a.driver) ?? 0) - (order.get(b.driver) ?? 0),
  );
  return { range, baseNpv: npvOfBase, drivers };
}
