import fc from 'fast-check';
import { CUSTOM_LINE_LIMIT, INPUT_FIELDS, NumberField } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, CustomLine, defaultInputs } from '../../src/core/inputs/schema';

/**
 * Valid business-case inputs for parity tests, drawn from the field table. Values lie on a grid of
 * 10,000 steps between each field's bounds (cents and basis points, as people type them, not
 * subnormal doubles), magnitudes are those of a real contact centre (the table accepts up to
 * 1e12) and horizons are 12 to 36 months in steps of 6, so a few evaluated workbooks serve 200
 * cases; every choice and nullable override is drawn.
 */
export const PARITY_HORIZONS = [12, 18, 24, 30, 36] as const;
const STEPS = 10000;

const REALISTIC_RANGE: Record<string, [number, number]> = {
  contacts_per_month: [1000, 2e6],
  human_cost_per_contact: [1, 30],
  handle_time_minutes: [1, 40],
  ai_cost_per_contact: [0, 3],
  ai_seats: [0, 500],
  ai_price_per_seat_per_month: [0, 200],
  ai_platform_fee_per_month: [0, 200000],
  implementation_months: [0, 9],
  ramp_months: [1, 18],
  upsell_eligible_contacts_per_month: [0, 200000],
  upsell_order_value: [0, 500],
  customers: [0, 1e6],
  revenue_per_customer_per_year: [0, 2000],
  agents: [0, 2000],
  replacement_cost_per_agent: [0, 30000],
  paid_hours_per_fte_per_month: [120, 180],
  occupancy: [0.5, 1],
  shrinkage: [0, 0.5],
  implementation_cost: [0, 3e6],
  integration_cost: [0, 1e6],
  training_change_cost: [0, 1e6],
  knowledge_base_cost: [0, 5e5],
  platform_subscription_per_year: [0, 3e6],
  monitoring_per_year: [0, 1e6],
  minutes_per_review: [0, 20],
  reviewer_hourly_cost: [0, 100],
  baseline_first_response_hours: [0, 48],
  threshold_min_roi: [-1, 5],
  discount_rate: [0, 0.3],
};

function numberArbitrary(field: NumberField): fc.Arbitrary<number | null> {
  const [min, max] = REALISTIC_RANGE[field.key] ?? [field.min, field.max];
  const value = field.integer
    ? fc.integer({ min, max })
    : fc.integer({ min: 0, max: STEPS }).map((step) => Number((min + ((max - min) * step) / STEPS).toPrecision(10)));
  return field.nullable ? fc.option(value, { nil: null }) : value;
}

const customLine = fc.record({
  label: fc.constantFrom('Fewer refunds', 'QA tooling', 'Self-service portal'),
  amount_per_month: fc.integer({ min: 0, max: 5000000 }).map((cents) => cents / 100),
  risk: fc.option(fc.integer({ min: 0, max: 100 }).map((points) => points / 100), { nil: null }),
}) as fc.Arbitrary<CustomLine>;

export function arbitraryInputs(): fc.Arbitrary<BusinessCaseInputs> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of INPUT_FIELDS) {
    if (field.type === 'number') parts[field.key] = numberArbitrary(field);
    else if (field.type === 'choice') parts[field.key] = fc.constantFrom(...field.choices.map((choice) => choice.value));
  }
  parts.horizon_months = fc.constantFrom(...PARITY_HORIZONS);
  parts.custom_benefits = fc.array(customLine, { maxLength: CUSTOM_LINE_LIMIT });
  parts.custom_costs = fc.array(customLine, { maxLength: CUSTOM_LINE_LIMIT });
  return fc.record(parts).map((drawn) => ({ ...defaultInputs(), ...drawn }) as BusinessCaseInputs);
}
