import fc from 'fast-check';
import { CUSTOM_LABEL_MAX_LENGTH, CUSTOM_LINE_LIMIT, INPUT_FIELDS, NumberField } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, CustomLine, defaultInputs } from '../../src/core/inputs/schema';

export interface ArbitraryInputsOptions {
  /**
   * 'full' draws every number from its whole accepted range (up to 1e12, down to the smallest
   * double above an exclusive 0), to hunt NaN/Infinity; 'realistic' keeps magnitudes to those of
   * a real contact centre, for tests that evaluate workbooks or compare amounts to the cent.
   */
  readonly scale?: 'full' | 'realistic';
  /** longest horizon drawn (12..120); shorter keeps workbook evaluation fast */
  readonly maxHorizonMonths?: number;
}

/** Upper bounds of a realistic contact centre, where the field table accepts far more. */
const REALISTIC_MAX: Readonly<Record<string, number>> = {
  contacts_per_month: 2e6,
  human_cost_per_contact: 30,
  handle_time_minutes: 40,
  ai_cost_per_contact: 3,
  ai_seats: 500,
  ai_price_per_seat_per_month: 200,
  ai_platform_fee_per_month: 200000,
  implementation_months: 12,
  ramp_months: 18,
  upsell_eligible_contacts_per_month: 200000,
  upsell_order_value: 500,
  customers: 1e6,
  revenue_per_customer_per_year: 2000,
  agents: 2000,
  replacement_cost_per_agent: 30000,
  implementation_cost: 3e6,
  integration_cost: 1e6,
  training_change_cost: 1e6,
  knowledge_base_cost: 5e5,
  platform_subscription_per_year: 3e6,
  monitoring_per_year: 1e6,
  minutes_per_review: 20,
  reviewer_hourly_cost: 100,
  baseline_first_response_hours: 48,
  threshold_min_roi: 5,
};

/** Lower bounds of a realistic contact centre: staffing ratios far from a vanishing divisor. */
const REALISTIC_MIN: Readonly<Record<string, number>> = {
  contacts_per_month: 100,
  occupancy: 0.5,
  paid_hours_per_fte_per_month: 80,
};

function numberArbitrary(field: NumberField, options: Required<ArbitraryInputsOptions>): fc.Arbitrary<number | null> {
  const realistic = options.scale === 'realistic';
  const max = field.key === 'horizon_months' ? options.maxHorizonMonths : realistic ? Math.min(field.max, REALISTIC_MAX[field.key] ?? field.max) : field.max;
  const min = realistic ? Math.max(field.min, REALISTIC_MIN[field.key] ?? field.min) : field.min;
  const value = field.integer
    ? fc.integer({ min, max })
    : fc.double({
        min,
        max,
        noNaN: true,
        noDefaultInfinity: true,
        minExcluded: field.minExclusive === true && min === field.min,
        maxExcluded: field.maxExclusive === true,
      }).map((drawn) => (Object.is(drawn, -0) ? 0 : drawn)); // JSON (an inputs file) cannot hold −0
  return field.nullable ? fc.option(value, { nil: null }) : value;
}

/** Labels as parseInputs returns them: trimmed, 1..60 characters, formula-looking text included. */
const customLabel = fc.oneof(
  fc.constantFrom('Fewer refunds', 'QA tooling', '=SUM(A1:A3)', 'Self-service portal'),
  fc
    .string({ minLength: 1, maxLength: CUSTOM_LABEL_MAX_LENGTH })
    .map((text) => text.trim())
    .filter((text) => text.length > 0),
);

/**
 * Custom lines in both forms: per month, or (when perYear) ten yearly amounts, cut to the
 * horizon's years once the horizon is drawn; cost lines with an initial amount.
 */
function customLines(options: Required<ArbitraryInputsOptions>, kind: 'benefit' | 'cost'): fc.Arbitrary<CustomLine[]> {
  const amount = (max: number) => fc.double({ min: 0, max: options.scale === 'realistic' ? max : 1e12, noNaN: true, noDefaultInfinity: true });
  const line = fc.record({
    label: customLabel,
    perYear: fc.boolean(),
    amount_per_month: amount(50000),
    amounts_per_year: fc.array(amount(600000), { minLength: 10, maxLength: 10 }),
    initial: kind === 'cost' ? fc.oneof(fc.constant(0), amount(500000)) : fc.constant(0),
    risk: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  }).map(({ perYear, ...l }): CustomLine => ({ ...l, amount_per_month: perYear ? null : l.amount_per_month, amounts_per_year: perYear ? l.amounts_per_year : null }));
  return fc.array(line, { maxLength: CUSTOM_LINE_LIMIT });
}

/** Per-year amounts cut to the horizon's years; end-of-year discounting on whole years only. */
function consistent(inputs: BusinessCaseInputs): BusinessCaseInputs {
  const horizon = inputs.discounting === 'annual_end_of_year' ? Math.max(12, Math.round(inputs.horizon_months / 12) * 12) : inputs.horizon_months;
  const years = Math.ceil(horizon / 12);
  const cut = (line: CustomLine): CustomLine => (line.amounts_per_year === null ? line : { ...line, amounts_per_year: line.amounts_per_year.slice(0, years) });
  // The timeline as long as the horizon: a timeline_months below it is refused, and one layout per horizon keeps engines reusable.
  return { ...inputs, horizon_months: horizon, timeline_months: null, custom_benefits: inputs.custom_benefits.map(cut), custom_costs: inputs.custom_costs.map(cut) };
}

/**
 * Valid business-case inputs (what parseInputs returns), drawn from the field table in
 * src/core/inputs/fields.ts: every number within its accepted range, every choice, nullable
 * risk overrides blank or set, 0..5 custom lines of each kind.
 */
export function arbitraryInputs(options: ArbitraryInputsOptions = {}): fc.Arbitrary<BusinessCaseInputs> {
  const settings: Required<ArbitraryInputsOptions> = { scale: options.scale ?? 'full', maxHorizonMonths: options.maxHorizonMonths ?? 120 };
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of INPUT_FIELDS) {
    if (field.type === 'number') parts[field.key] = numberArbitrary(field, settings);
    else if (field.type === 'choice') parts[field.key] = fc.constantFrom(...field.choices.map((choice) => choice.value));
  }
  parts.custom_benefits = customLines(settings, 'benefit');
  parts.custom_costs = customLines(settings, 'cost');
  return fc.record(parts).map((drawn) => consistent({ ...defaultInputs(), ...drawn } as BusinessCaseInputs));
}

/** One reproducible set of valid inputs, e.g. for a benchmark. */
export function randomValidInputs(seed: number, options: ArbitraryInputsOptions = {}): BusinessCaseInputs {
  return fc.sample(arbitraryInputs(options), { seed, numRuns: 1 })[0];
}
