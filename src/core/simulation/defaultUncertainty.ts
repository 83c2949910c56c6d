import { fieldByKey } from '../inputs/fields';
import type { BusinessCaseInputs } from '../inputs/schema';
import type { NumericInputKey } from '../model/expression';
import { ONE_TIME_COST_FIELDS } from '../model/lineCatalogue';
import { RankCorrelation } from './uncertainCorrelations';
import { DEFAULT_SEED, DEFAULT_TRIALS, UncertainInput, UncertaintySpec } from './uncertainty';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * Every case's risk view without an `uncertainty` group: the scenarios' multipliers turned into
 * input-level PERTs, from the input × its conservative multiplier to the input × its optimistic
 * one, the base value most likely (the range widened to include it when both multipliers lie on
 * one side of 1), clamped to the field's accepted range.
 *
 * - deflection ×: deflection_rate (the model caps deflection at 100%, the field's maximum);
 * - handle-time reduction ×: aht_reduction (capped at 95% in the model and the field alike);
 * - revenue ×: revenue_margin. The multiplier scales the upsell and retention lines, and both
 *   are linear in the margin, so moving it moves them exactly as the multiplier does, except
 *   that a margin cannot pass 100%: a case at 100% margin gets no upside there.
 * - costs ×: every cost input the multiplier scales linearly: the four one-time costs, the
 *   platform subscription, monitoring, the reviewer's hourly cost (review line) and the AI seat
 *   price or platform fee of the pricing model. One multiplier moves all costs together, so
 *   these are drawn with rank correlation 1: one cost overrun, not independent ones that would
 *   average out. (Per-contact AI prices sit in the automation saving, which the multiplier does
 *   not scale; custom cost lines cannot vary in a simulation and stay at their base amounts.)
 *
 * An input whose range has no width (equal multipliers, a base of 0) or whose line is 0 in the
 * case stays fixed at its base value and is left out.
 */
interface Driver {
  readonly keys: readonly NumericInputKey[];
  readonly multipliers: readonly [number, number];
}

function costInputs(inputs: BusinessCaseInputs): NumericInputKey[] {
  const keys: NumericInputKey[] = [...ONE_TIME_COST_FIELDS, 'platform_subscription_per_year', 'monitoring_per_year'];
  if (inputs.review_share > 0 && inputs.minutes_per_review > 0) keys.push('reviewer_hourly_cost');
  if (inputs.ai_pricing_model === 'per_seat' && inputs.ai_seats > 0) keys.push('ai_price_per_seat_per_month');
  if (inputs.ai_pricing_model === 'platform_fee') keys.push('ai_platform_fee_per_month');
  return keys;
}

function revenueLinesGiven(inputs: BusinessCaseInputs): boolean {
  const upsell = inputs.upsell_eligible_contacts_per_month * (inputs.upsell_conversion_after - inputs.upsell_conversion_before) * inputs.upsell_order_value;
  return upsell !== 0 || inputs.customers * inputs.churn_reduction * inputs.revenue_per_customer_per_year !== 0;
}

function drivers(inputs: BusinessCaseInputs): Driver[] {
  return [
    { keys: ['deflection_rate'], multipliers: [inputs.conservative_deflection_multiplier, inputs.optimistic_deflection_multiplier] },
    { keys: ['aht_reduction'], multipliers: [inputs.conservative_assist_multiplier, inputs.optimistic_assist_multiplier] },
    { keys: revenueLinesGiven(inputs) ? ['revenue_margin'] : [], multipliers: [inputs.conservative_revenue_multiplier, inputs.optimistic_revenue_multiplier] },
    { keys: costInputs(inputs), multipliers: [inputs.conservative_cost_multiplier, inputs.optimistic_cost_multiplier] },
  ];
}

/** The input's PERT from base × one multiplier to base × the other, or null when it has no width. */
function scenarioPert(inputs: BusinessCaseInputs, key: NumericInputKey, [conservative, optimistic]: readonly [number, number]): UncertainInput | null {
  const field = fieldByKey(key) as { readonly min: number; readonly max: number };
  const base = inputs[key] as number;
  const clamp = (value: number) => math.min(field.max, math.max(field.min, value));
  const low = clamp(math.min(base, base * conservative, base * optimistic));
  const high = clamp(math.max(base, base * conservative, base * optimistic));
  return low === high ? null : { key, distribution: { kind: 'pert', low, mostLikely: base, high } };
}

/** Every pair of the inputs, rank-correlated 1. */
function movingTogether(keys: readonly NumericInputKey[]): RankCorrelation[] {
  return keys.flatMap((a, i) => keys.slice(i + 1).map((b): RankCorrelation => ({ between: [a, b], rankCorrelation: 1 })));
}

/**
 * The uncertainty a case gets without an `uncertainty` group: 10,000 Latin-hypercube trials,
 * seed 1, a PERT on each scenario driver (see above).
 *
 * @example
 * defaultUncertainty(midMarket).inputs[0]
 * // => { key: 'deflection_rate', distribution: { kind: 'pert', low: 0.2625, mostLikely: 0.35, high: 0.4025 } }
 */
export function defaultUncertainty(inputs: BusinessCaseInputs): UncertaintySpec {
  const uncertain: UncertainInput[] = [];
  const correlations: RankCorrelation[] = [];
  for (const driver of drivers(inputs)) {
    const perts = driver.keys.map((key) => scenarioPert(inputs, key, driver.multipliers)).filter((pert): pert is UncertainInput => pert !== null);
    uncertain.push(...perts);
    correlations.push(...movingTogether(perts.map((pert) => pert.key)));
  }
  return { trials: DEFAULT_TRIALS, seed: DEFAULT_SEED, sampling: 'latinHypercube', inputs: uncertain, correlations, repairCorrelations: false };
}
