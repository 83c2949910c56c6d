import { roi } from '../formulas/roi';
import type { BusinessCaseInputs } from '../inputs/schema';
import { CatalogueLine, lineCatalogue } from '../model/lineCatalogue';
import { discountFactorOf } from '../model/monthlyModel';
import { fail, ok, Result } from '../result';
import { batchScope, InputBatch, inputLanes } from './batchScope';
import { applyFrom, type Lane } from './lane';
import { PaybackTracker } from './paybackTracker';
import { scaledOf } from './scaledProduct';
import { addSeparableSums, addSeparated, separableLine, SeparableLine, separate, SeparatedMonth } from './separableLines';
import { compileStaged, StagedNode, StagedScope } from './stagedExpression';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

export type { InputBatch } from './batchScope';

/**
 * The base case for many input sets at once, from the same line catalogue as the core model:
 * the inputs that vary are typed arrays (one entry per trial), everything else is the base
 * inputs'. Choices (pricing model, ramp shape, discounting), the horizon, risk overrides and
 * custom lines are the base's. Each trial's figures equal the core model's for that trial's
 * inputs: NPV, ROI over the horizon, year-1 ROI and payback as src/core/model/outputs.ts and
 * annualSummary.ts define them.
 */
export interface BatchResult {
  readonly trials: number;
  readonly horizonMonths: number;
  /** present value of the risk-adjusted benefits and costs, and their difference (the NPV), per trial */
  readonly pvBenefits: Float64Array;
  readonly pvCosts: Float64Array;
  readonly npv: Float64Array;
  /** risk-adjusted, undiscounted benefits and costs of months 0..12 (year 1 with the initial investment) */
  readonly year1Benefits: Float64Array;
  readonly year1Costs: Float64Array;
  /** (PV benefits − PV costs) / PV costs per trial; an error naming the first trial whose PV costs are 0 */
  readonly roi: Result<Float64Array>;
  /** year 1's (benefits − costs) / costs per trial; an error naming the first trial without year-1 costs */
  readonly year1Roi: Result<Float64Array>;
  /** simple payback in months per trial; notPaidBack(horizonMonths) = horizon + 1 when it never pays back */
  readonly paybackMonths: Float64Array;
  /** with InputBatch.withNetFlows: the risk-adjusted net flow of month m for trial t at [m * trials + t] */
  readonly net: Float64Array | null;
}

interface CompiledLine {
  readonly direction: 1 | -1;
  readonly month0: StagedNode | null;
  readonly running: StagedNode | null;
  readonly risk: Lane;
  /** the months taken as sums rather than added trial by trial (separableLines.ts), for month 0 and the running months */
  readonly separable: { readonly month0: SeparableLine; readonly running: SeparableLine };
}

/** The last month of year 1, which carries the initial investment of month 0. */
const YEAR_1_END = 12;

/** A line's effective risk: its override (the base's), else the default benefit or cost risk (which may vary). */
function lineRisk(line: CatalogueLine, base: BusinessCaseInputs, input: (key: 'benefit_risk' | 'cost_risk') => Lane): Lane {
  const override = 'customSlot' in line.risk ? (line.kind === 'benefit' ? base.custom_benefits : base.custom_costs)[line.risk.customSlot - 1].risk : base[line.risk.input];
  return override ?? input(line.kind === 'benefit' ? 'benefit_risk' : 'cost_risk');
}

function compileLine(line: CatalogueLine, base: BusinessCaseInputs, scope: StagedScope): CompiledLine {
  return {
    // riskAdjust: a benefit is lowered by |value|·risk, a cost raised; v + (−1)·|v|·r is v − |v|·r to the bit
    direction: line.kind === 'benefit' ? -1 : 1,
    month0: line.month0 === undefined ? null : compileStaged(line.month0, scope),
    running: line.running === undefined ? null : compileStaged(line.running, scope),
    risk: lineRisk(line, base, scope.input),
    separable: { month0: separableLine(), running: separableLine() },
  };
}

/** A month's lines of one kind: the total of those added trial by trial, and the parts of the separated ones. */
interface MonthLines {
  readonly total: Lane;
  readonly separated: readonly SeparatedMonth[];
}

/**
 * Σ risk-adjusted lines of one kind this month, in catalogue order: a number while every line
 * is one; from the first array on, one pass per array line (risk applied and added in the same
 * pass), and the lines that are one number added together at the end. A separable line (see
 * separableLines.ts) goes to its sums instead.
 */
function monthLines(lines: readonly CompiledLine[], month: number, own: Float64Array, factor: Lane): MonthLines {
  let shared = 0;
  let later = 0;
  let out: Float64Array | null = null;
  const separated: SeparatedMonth[] = [];
  for (const line of lines) {
    const node = month === 0 ? line.month0 : line.running;
    if (node === null) continue;
    const scaled = scaledOf(node);
    const { base, by } = scaled;
    const { risk, direction } = line;
    if (typeof base === 'number' && typeof risk === 'number') {
      const value = base * by;
      const adjusted = value + direction * math.abs(value) * risk;
      if (out === null) shared += adjusted;
      else later += adjusted;
      continue;
    }
    const part = separate(month === 0 ? line.separable.month0 : line.separable.running, scaled, risk, direction, factor, month <= YEAR_1_END);
    if (part !== null) {
      separated.push(part);
      continue;
    }
    if (out === null) out = own.fill(shared);
    if (typeof base === 'number') addAdjustedShared(out, base * by, risk as Float64Array, direction);
    else addAdjusted(out, base, by, risk, direction);
  }
  if (out === null) return { total: shared + later, separated };
  if (later !== 0) for (let t = 0; t < out.length; t++) out[t] += later;
  return { total: out, separated };
}

/** out[t] += v + direction·|v|·risk with v = base[t]·by: riskAdjust's benefit lowered, cost raised. */
function addAdjusted(out: Float64Array, base: Float64Array, by: number, risk: Lane, direction: number): void {
  const n = out.length;
  if (typeof risk === 'number') {
    for (let t = 0; t < n; t++) {
      const value = base[t] * by;
      out[t] += value + direction * math.abs(value) * risk;
    }
    return;
  }
  for (let t = 0; t < n; t++) {
    const value = base[t] * by;
    out[t] += value + direction * math.abs(value) * risk[t];
  }
}

function addAdjustedShared(out: Float64Array, value: number, risk: Float64Array, direction: number): void {
  const n = out.length;
  for (let t = 0; t < n; t++) out[t] += value + direction * math.abs(value) * risk[t];
}

/** Discount factors of a month: one number unless the discount rate varies (then the core's discountFactorOf per trial). */
function discountFactors(base: BusinessCaseInputs, rate: Lane, month: number, own: Float64Array): Lane {
  if (typeof rate === 'number') return discountFactorOf(month, { discount_rate: rate, discounting: base.discounting });
  const trial = { discount_rate: 0, discounting: base.discounting };
  for (let t = 0; t < own.length; t++) {
    trial.discount_rate = rate[t];
    own[t] = discountFactorOf(month, trial);
  }
  return own;
}

/** Per-trial (benefits − costs) / costs, or the first trial where it has no number, named. */
function perTrialRatio(benefits: Float64Array, costs: Float64Array, what: string, costsName: string): Result<Float64Array> {
  const out = new Float64Array(benefits.length);
  for (let t = 0; t < out.length; t++) {
    if (!(costs[t] > 0)) return fail('divideByZero', `${what} is not defined in trial ${t + 1}: ${costsName} is 0 (it needs costs above 0).`);
    out[t] = roi(benefits[t], costs[t]);
    if (!Number.isFinite(out[t])) return fail('overflow', `${what} is too large to compute in trial ${t + 1}: check for a divisor close to zero.`);
  }
  return ok(out);
}

/**
 * One kind's (benefits' or costs') present value and year-1 amount per trial. The months when
 * the kind's total and the discount factor are each one number for every trial are summed
 * apart, as numbers, and added once at the end: after the ramp and the payback, a month then
 * costs no pass over the trials at all.
 */
interface KindSums {
  readonly pv: Float64Array;
  readonly year1: Float64Array;
  sharedPv: number;
  sharedYear1: number;
}

interface Accumulators {
  readonly trials: number;
  readonly benefits: KindSums;
  readonly costs: KindSums;
  /** every month's net flows when they are kept (InputBatch.withNetFlows), else null */
  readonly kept: Float64Array | null;
  readonly payback: PaybackTracker;
  /** buffers of the month: the lines' totals, the discount factors, the net flow */
  readonly benefitTotal: Float64Array;
  readonly costTotal: Float64Array;
  readonly factors: Float64Array;
  readonly net: Float64Array;
}

function accumulators(base: BusinessCaseInputs, batch: InputBatch): Accumulators {
  const { trials } = batch;
  const perTrial = () => new Float64Array(trials);
  const kindSums = (): KindSums => ({ pv: perTrial(), year1: perTrial(), sharedPv: 0, sharedYear1: 0 });
  return {
    trials,
    benefits: kindSums(),
    costs: kindSums(),
    kept: batch.withNetFlows === true ? new Float64Array((base.horizon_months + 1) * trials) : null,
    payback: new PaybackTracker(trials),
    benefitTotal: perTrial(),
    costTotal: perTrial(),
    factors: perTrial(),
    net: perTrial(),
  };
}

/** A kind's total this month into its present value (discounted by the month's factor) and, in year 1, its year-1 amount. */
function addTotal(sums: KindSums, total: Lane, factor: Lane, inYear1: boolean): void {
  const { pv, year1 } = sums;
  const n = pv.length;
  if (typeof total === 'number') {
    if (typeof factor === 'number') sums.sharedPv += total * factor;
    else for (let t = 0; t < n; t++) pv[t] += total * factor[t];
    if (inYear1) sums.sharedYear1 += total;
    return;
  }
  if (typeof factor === 'number') for (let t = 0; t < n; t++) pv[t] += total[t] * factor;
  else for (let t = 0; t < n; t++) pv[t] += total[t] * factor[t];
  if (inYear1) for (let t = 0; t < n; t++) year1[t] += total[t];
}

/**
 * One month's totals into the present values and year 1's sums, and, while the payback still
 * needs them (or they are kept), the net flows with the separated lines' parts.
 */
function addMonth(acc: Accumulators, month: number, benefitLines: MonthLines, costLines: MonthLines, factor: Lane): void {
  const inYear1 = month <= YEAR_1_END;
  addTotal(acc.benefits, benefitLines.total, factor, inYear1);
  addTotal(acc.costs, costLines.total, factor, inYear1);
  const { kept, payback, trials } = acc;
  if (kept === null && !payback.pending) return;
  const flows = kept === null ? acc.net : kept.subarray(month * trials, (month + 1) * trials);
  // The lines added trial by trial first, the separated lines' parts after.
  applyFrom('minus', flows, benefitLines.total, costLines.total);
  addSeparated(flows, benefitLines.separated, 1);
  addSeparated(flows, costLines.separated, -1);
  payback.addMonth(month, flows);
}

/** A kind's sums after the last month: the shared months' numbers added to every trial, then the separated lines'. */
function finishKind(sums: KindSums, separable: readonly SeparableLine[]): void {
  const { pv, year1, sharedPv, sharedYear1 } = sums;
  for (let t = 0; t < pv.length; t++) {
    pv[t] += sharedPv;
    year1[t] += sharedYear1;
  }
  addSeparableSums(separable, pv, year1);
}

/**
 * Evaluates the base case for every trial of the batch over typed arrays (no object per trial).
 *
 * @example
 * evaluateBatch(inputs, { trials: 3, varying: { deflection_rate: Float64Array.of(0.3, 0.4, 0.5) } })
 * // => { npv: Float64Array [npv at 30 %, at 40 %, at 50 %], roi: ok(…), paybackMonths: …, … }
 */
export function evaluateBatch(base: BusinessCaseInputs, batch: InputBatch, catalogue: readonly CatalogueLine[] = lineCatalogue({ benefit: base.custom_benefits.length, cost: base.custom_costs.length })): BatchResult {
  const { trials } = batch;
  const scope = batchScope(base, batch, { month: 0 });
  const lines = catalogue.map((line) => compileLine(line, base, scope));
  const benefitLines = lines.filter((line) => line.direction === -1);
  const costLines = lines.filter((line) => line.direction === 1);
  const acc = accumulators(base, batch);
  const rate = inputLanes(base, batch)('discount_rate');
  for (let m = 0; m <= base.horizon_months; m++) {
    scope.clock.month = m;
    const factor = discountFactors(base, rate, m, acc.factors);
    addMonth(acc, m, monthLines(benefitLines, m, acc.benefitTotal, factor), monthLines(costLines, m, acc.costTotal, factor), factor);
  }
  const separable = (kind: readonly CompiledLine[]) => kind.flatMap((line) => [line.separable.month0, line.separable.running]);
  finishKind(acc.benefits, separable(benefitLines));
  finishKind(acc.costs, separable(costLines));
  const [pvBenefits, pvCosts] = [acc.benefits.pv, acc.costs.pv];
  const npv = new Float64Array(trials);
  for (let t = 0; t < trials; t++) npv[t] = pvBenefits[t] - pvCosts[t];
  return {
    trials,
    pvBenefits,
    pvCosts,
    year1Benefits: acc.benefits.year1,
    year1Costs: acc.costs.year1,
    net: acc.kept,
    horizonMonths: base.horizon_months,
    npv,
    roi: perTrialRatio(pvBenefits, pvCosts, 'ROI over the horizon', 'the present value of costs'),
    year1Roi: perTrialRatio(acc.benefits.year1, acc.costs.year1, 'ROI of year 1 (with the initial investment)', 'year 1’s cost'),
    paybackMonths: acc.payback.finish(base.horizon_months),
  };
}
