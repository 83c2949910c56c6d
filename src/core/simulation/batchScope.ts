import { ramp } from '../formulas/ramp';
import type { BusinessCaseInputs, CustomLine } from '../inputs/schema';
import type { NumericInputKey, PrimitiveQuantity, Quantity } from '../model/expression';
import type { LineKind } from '../model/lines';
import { timelineYear } from '../model/monthlyModel';
import { isDefinedQuantity, isMonthly, quantityDefinition } from '../model/quantityCatalogue';
import type { Lane } from './lane';
import { scaledOf } from './scaledProduct';
import { BatchClock, compileStaged, StagedNode, StagedScope, stagedNode } from './stagedExpression';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * What a batch's expressions read: the inputs (those that vary as arrays, the rest as the
 * base's numbers), the timeline's primitives (the batch is the base case: every scenario
 * multiplier is 1), the defined quantities compiled once from the quantity catalogue (the
 * monthly ones 0 in month 0, as nothing runs yet), and the base's custom lines.
 */
export interface InputBatch {
  readonly trials: number;
  readonly varying: Partial<Record<NumericInputKey, Float64Array>>;
  /** keep every month's net flow per trial (BatchResult.net); off, the batch stores only per-trial figures */
  readonly withNetFlows?: boolean;
}

/** Each input as a lane: the varying ones as given, the rest the base's number. */
export function inputLanes(base: BusinessCaseInputs, batch: InputBatch): (key: NumericInputKey) => Lane {
  return (key) => batch.varying[key] ?? (base[key] as number);
}

/** Adoption this month: one number when the go-live and the ramp length are the base's, else per trial. */
function adoptionNode(base: BusinessCaseInputs, input: (key: NumericInputKey) => Lane, clock: BatchClock, trials: number): StagedNode {
  const implementation = input('implementation_months');
  const rampMonths = input('ramp_months');
  const own = new Float64Array(trials);
  return stagedNode(clock, true, () => {
    const month = clock.month;
    if (month === 0) return 0;
    if (typeof implementation === 'number' && typeof rampMonths === 'number') return ramp(month, implementation + 1, rampMonths, base.ramp_shape);
    for (let t = 0; t < trials; t++) {
      const goLive = (typeof implementation === 'number' ? implementation : implementation[t]) + 1;
      own[t] = ramp(month, goLive, typeof rampMonths === 'number' ? rampMonths : rampMonths[t], base.ramp_shape);
    }
    return own;
  });
}

function primitiveNode(name: PrimitiveQuantity, clock: BatchClock, adoption: StagedNode): StagedNode {
  if (name === 'month') return stagedNode(clock, true, () => clock.month);
  if (name === 'adoption') return adoption;
  return { monthly: false, value: () => 1 };
}

/** A custom line's amount this month, the same for every trial but for a benefit's ramp (custom lines do not vary). */
function customNode(base: BusinessCaseInputs, kind: LineKind, slot: number, part: 'amount' | 'initial', clock: BatchClock, adoption: StagedNode, trials: number): StagedNode {
  const line: CustomLine = (kind === 'benefit' ? base.custom_benefits : base.custom_costs)[slot - 1];
  if (part === 'initial') return { monthly: false, value: () => line.initial };
  const own = new Float64Array(trials);
  return stagedNode(clock, true, () => {
    const year = timelineYear(clock.month);
    if (line.amounts_per_year !== null) return (line.amounts_per_year[year - 1] ?? 0) / math.min(12, base.horizon_months - 12 * (year - 1));
    const amount = line.amount_per_month ?? 0;
    const scale = kind === 'benefit' ? adoption.value() : 1;
    if (typeof scale === 'number') return amount * scale;
    for (let t = 0; t < trials; t++) own[t] = amount * scale[t];
    return own;
  });
}

/**
 * The scope a batch's lines are compiled in.
 *
 * @example
 * batchScope(inputs, { trials: 3, varying: { deflection_rate: Float64Array.of(0.3, 0.4, 0.5) } }, clock).quantity('deflectionFull').value() // Float64Array [0.3, 0.4, 0.5]
 */
export function batchScope(base: BusinessCaseInputs, batch: InputBatch, clock: BatchClock): StagedScope {
  const { trials } = batch;
  const input = inputLanes(base, batch);
  const adoption = adoptionNode(base, input, clock, trials);
  const quantities = new Map<Quantity, StagedNode>();
  const scope: StagedScope = {
    trials,
    pricing: base.ai_pricing_model,
    clock,
    input,
    quantity(name) {
      let node = quantities.get(name);
      if (node === undefined) {
        node = isDefinedQuantity(name) ? definedNode(name, scope) : primitiveNode(name, clock, adoption);
        quantities.set(name, node);
      }
      return node;
    },
    custom: (kind, slot, part) => customNode(base, kind, slot, part, clock, adoption, trials),
  };
  return scope;
}

function definedNode(name: Quantity & Parameters<typeof quantityDefinition>[0], scope: StagedScope): StagedNode {
  const compiled = compileStaged(quantityDefinition(name).value, scope);
  if (!isMonthly(name)) return compiled;
  const nothingYet = { base: 0, by: 1, invariant: true };
  return {
    monthly: true,
    value: () => (scope.clock.month === 0 ? 0 : compiled.value()),
    scaled: () => (scope.clock.month === 0 ? nothingYet : scaledOf(compiled)),
  };
}
