import { ramp } from '../formulas/ramp';
import type { BusinessCaseInputs, CustomLine } from '../inputs/schema';
import type { NumericInputKey, Quantity } from '../model/expression';
import { CatalogueLine, lineCatalogue } from '../model/lineCatalogue';
import { QUANTITY_DEFINITIONS, isDefinedQuantity, isMonthly } from '../model/quantityCatalogue';
import type { LineKind } from '../model/lines';
import { discountFactorOf, timelineYear } from '../model/monthlyModel';
import { VectorExpression, VectorScope, compileVector } from './vectorExpression';

/**
 * The base case for many input sets at once, from the same line catalogue as the core model:
 * the inputs that vary are typed arrays (one entry per trial), everything else is the base
 * inputs'. Choices (pricing model, ramp shape, discounting), risk overrides and custom lines are
 * the base's. Each trial's figures equal the core model's for that trial's inputs.
 */
export interface InputBatch {
  readonly trials: number;
  readonly varying: Partial<Record<NumericInputKey, Float64Array>>;
}

export interface BatchResult {
  readonly trials: number;
  /** present value of the risk-adjusted benefits and costs, and their difference (the NPV), per trial */
  readonly pvBenefits: Float64Array;
  readonly pvCosts: Float64Array;
  readonly npv: Float64Array;
  /** risk-adjusted net flow of month m for trial t at [m * trials + t] */
  readonly net: Float64Array;
}

interface CompiledLine {
  readonly kind: LineKind;
  readonly month0: VectorExpression | null;
  readonly running: VectorExpression | null;
  readonly risk: Float64Array;
}

/** Each input as one value per trial: the varying ones as given, the rest filled once with the base value. */
function inputArrays(base: BusinessCaseInputs, batch: InputBatch): (key: NumericInputKey) => Float64Array {
  const filled = new Map<NumericInputKey, Float64Array>();
  return (key) => {
    const given = batch.varying[key];
    if (given !== undefined) return given;
    let array = filled.get(key);
    if (array === undefined) filled.set(key, (array = new Float64Array(batch.trials).fill(base[key] as number)));
    return array;
  };
}

/** A line's effective risk per trial: its override, else the default benefit or cost risk (which may vary). */
function lineRisk(line: CatalogueLine, base: BusinessCaseInputs, input: (key: NumericInputKey) => Float64Array, trials: number): Float64Array {
  const override = 'customSlot' in line.risk ? (line.kind === 'benefit' ? base.custom_benefits : base.custom_costs)[line.risk.customSlot - 1].risk : base[line.risk.input];
  return override === null ? input(line.kind === 'benefit' ? 'benefit_risk' : 'cost_risk') : new Float64Array(trials).fill(override);
}

/** The month's quantities per trial, each defined one compiled from its catalogue definition and run once a month. */
class MonthQuantities {
  private readonly compiled = new Map(QUANTITY_DEFINITIONS.map((definition) => [definition.name, compileVector(definition.value)]));
  private readonly known = new Map<Quantity, Float64Array>();
  private readonly month: Float64Array;
  private readonly adoption: Float64Array;
  private readonly one: Float64Array;
  private monthNumber = 0;
  scope!: VectorScope;

  constructor(private readonly base: BusinessCaseInputs, private readonly input: (key: NumericInputKey) => Float64Array, private readonly trials: number) {
    this.month = new Float64Array(trials);
    this.adoption = new Float64Array(trials);
    this.one = new Float64Array(trials).fill(1);
  }

  advance(month: number): void {
    this.monthNumber = month;
    for (const name of this.known.keys()) if (isMonthly(name)) this.known.delete(name);
    this.month.fill(month);
    if (month === 0) {
      this.adoption.fill(0);
      return;
    }
    const implementation = this.input('implementation_months');
    const rampMonths = this.input('ramp_months');
    for (let t = 0; t < this.trials; t++) this.adoption[t] = ramp(month, implementation[t] + 1, rampMonths[t], this.base.ramp_shape);
  }

  /** A quantity this month: a primitive (the batch is the base case: every multiplier is 1), or a defined one (month 0: monthly ones are 0, as nothing runs). */
  value(name: Quantity): Float64Array {
    if (name === 'month') return this.month;
    if (name === 'adoption') return this.adoption;
    if (!isDefinedQuantity(name)) return this.one;
    let values = this.known.get(name);
    if (values === undefined) {
      values = this.monthNumber === 0 && isMonthly(name) ? new Float64Array(this.trials) : this.compiled.get(name)!(this.scope);
      this.known.set(name, values);
    }
    return values;
  }

  /** A custom line's amount this month, the same for every trial (custom lines do not vary). */
  custom(kind: LineKind, slot: number, part: 'amount' | 'initial'): Float64Array {
    const line: CustomLine = (kind === 'benefit' ? this.base.custom_benefits : this.base.custom_costs)[slot - 1];
    const out = new Float64Array(this.trials);
    if (part === 'initial') return out.fill(line.initial);
    const year = timelineYear(this.monthNumber);
    const monthsInYear = Math.min(12, this.base.horizon_months - 12 * (year - 1));
    if (line.amounts_per_year !== null) return out.fill((line.amounts_per_year[year - 1] ?? 0) / monthsInYear);
    for (let t = 0; t < this.trials; t++) out[t] = (line.amount_per_month ?? 0) * (kind === 'benefit' ? this.adoption[t] : 1);
    return out;
  }
}

export function evaluateBatch(base: BusinessCaseInputs, batch: InputBatch, catalogue: readonly CatalogueLine[] = lineCatalogue({ benefit: base.custom_benefits.length, cost: base.custom_costs.length })): BatchResult {
  const { trials } = batch;
  const input = inputArrays(base, batch);
  const lines: CompiledLine[] = catalogue.map((line) => ({
    kind: line.kind,
    month0: line.month0 === undefined ? null : compileVector(line.month0),
    running: line.running === undefined ? null : compileVector(line.running),
    risk: lineRisk(line, base, input, trials),
  }));
  const quantities = new MonthQuantities(base, input, trials);
  const scope: VectorScope = { trials, pricing: base.ai_pricing_model, input, quantity: (name) => quantities.value(name), custom: (kind, slot, part) => quantities.custom(kind, slot, part) };
  quantities.scope = scope;
  const result: BatchResult = { trials, pvBenefits: new Float64Array(trials), pvCosts: new Float64Array(trials), npv: new Float64Array(trials), net: new Float64Array((base.horizon_months + 1) * trials) };
  const discountRate = input('discount_rate');
  for (let m = 0; m <= base.horizon_months; m++) {
    quantities.advance(m);
    addMonth(result, m, lines, scope, (t) => discountFactorOf(m, { discount_rate: discountRate[t], discounting: base.discounting }));
  }
  for (let t = 0; t < trials; t++) result.npv[t] = result.pvBenefits[t] - result.pvCosts[t];
  return result;
}

/** One month: each line risk-adjusted and summed by kind, as the core model sums them, into the net flow and the present values. */
function addMonth(result: BatchResult, month: number, lines: readonly CompiledLine[], scope: VectorScope, discountFactor: (trial: number) => number): void {
  const { trials } = result;
  const benefits = new Float64Array(trials);
  const costs = new Float64Array(trials);
  for (const line of lines) {
    const expression = month === 0 ? line.month0 : line.running;
    if (expression === null) continue;
    const values = expression(scope);
    const total = line.kind === 'benefit' ? benefits : costs;
    for (let t = 0; t < trials; t++) {
      const adjustment = Math.abs(values[t]) * line.risk[t];
      total[t] += line.kind === 'benefit' ? values[t] - adjustment : values[t] + adjustment;
    }
  }
  for (let t = 0; t < trials; t++) {
    const factor = discountFactor(t);
    result.net[month * trials + t] = benefits[t] - costs[t];
    result.pvBenefits[t] += benefits[t] * factor;
    result.pvCosts[t] += costs[t] * factor;
  }
}
