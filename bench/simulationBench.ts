import { readFileSync } from 'fs';
import path from 'path';
import { BusinessCaseInputs, parseInputs } from '../src/core/inputs/schema';
import { BASE_MULTIPLIERS, buildMonthlyModel, caseNpv } from '../src/core/model';
import { evaluateBatch } from '../src/core/simulation/batchModel';
import { drawInputs } from '../src/core/simulation/riskSampling';
import { simulateRisk } from '../src/core/simulation/simulate';
import { UncertaintySpec } from '../src/core/simulation/uncertainty';
import { formatRow, medianMilliseconds } from './measure';
import { buildBlueprint } from '../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint } from '../test/support/formulaEngine';

/**
 * The risk simulation end to end: 100,000 trials of the mid-market case at 120 months with 10
 * uncertain inputs and three rank correlations, sampling and statistics included, beside the
 * core's per-trial object model (buildMonthlyModel + NPV, 2,000 trials timed and extrapolated)
 * and the generated workbook recalculated by HyperFormula once per trial.
 */

const TRIALS = 100_000;
const OBJECT_MODEL_TRIALS = 2_000;

function midMarketAt120(): BusinessCaseInputs {
  const raw = JSON.parse(readFileSync(path.join(__dirname, '../examples/mid-market.json'), 'utf8'));
  raw.organisation.horizon_months = 120;
  const parsed = parseInputs(raw);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.inputs;
}

const pert = (low: number, mostLikely: number, high: number) => ({ kind: 'pert' as const, low, mostLikely, high });

function benchSpec(): UncertaintySpec {
  return {
    trials: TRIALS,
    seed: 1,
    sampling: 'latinHypercube',
    inputs: [
      { key: 'deflection_rate', distribution: pert(0.25, 0.35, 0.45) },
      { key: 'containment_rate', distribution: pert(0.75, 0.85, 0.92) },
      { key: 'aht_reduction', distribution: pert(0.08, 0.15, 0.22) },
      { key: 'human_cost_per_contact', distribution: { kind: 'triangular', low: 5.5, mode: 6.5, high: 8 } },
      { key: 'contacts_per_month', distribution: { kind: 'normal', mean: 60000, sd: 5000 } },
      { key: 'ai_cost_per_contact', distribution: { kind: 'uniform', low: 0.7, high: 1.2 } },
      { key: 'implementation_cost', distribution: pert(120000, 150000, 250000) },
      { key: 'platform_subscription_per_year', distribution: pert(160000, 180000, 220000) },
      { key: 'upsell_conversion_after', distribution: { kind: 'triangular', low: 0.035, mode: 0.045, high: 0.06 } },
      { key: 'revenue_margin', distribution: { kind: 'lognormal', mean: 0.3, sd: 0.05 } },
    ],
    correlations: [
      { between: ['deflection_rate', 'containment_rate'], rankCorrelation: 0.6 },
      { between: ['deflection_rate', 'aht_reduction'], rankCorrelation: -0.3 },
      { between: ['implementation_cost', 'platform_subscription_per_year'], rankCorrelation: 0.5 },
    ],
    repairCorrelations: false,
  };
}

function objectModelTrialsPerSecond(inputs: BusinessCaseInputs): number {
  const run = () => {
    for (let t = 0; t < OBJECT_MODEL_TRIALS; t++) {
      const trial = { ...inputs, deflection_rate: 0.25 + (0.2 * t) / OBJECT_MODEL_TRIALS };
      caseNpv(trial, buildMonthlyModel(trial, BASE_MULTIPLIERS));
    }
  };
  return OBJECT_MODEL_TRIALS / (medianMilliseconds(run, 3) / 1000);
}

/** The batch evaluation alone over already drawn inputs, in the simulation's chunks. */
function evaluationMilliseconds(inputs: BusinessCaseInputs, spec: UncertaintySpec): number {
  const drawn = drawInputs(spec);
  if (!drawn.ok) throw new Error(drawn.error.message);
  return medianMilliseconds(() => {
    for (let start = 0; start < TRIALS; start += 10_000) {
      const varying = Object.fromEntries(drawn.value.columns.map(({ key, values }) => [key, values.subarray(start, start + 10_000)]));
      evaluateBatch(inputs, { trials: Math.min(10_000, TRIALS - start), varying });
    }
  }, 5);
}

const WORKBOOK_TRIALS = 3;

/** Trials per second of the other way: the generated workbook recalculated by a formula engine (HyperFormula) once per trial. */
function workbookTrialsPerSecond(inputs: BusinessCaseInputs, spec: UncertaintySpec): number {
  const book = buildBlueprint(inputs, { uncertainty: { ...spec, trials: 100 } });
  const engine = evaluateBlueprint(book);
  const refersTo = book.names.find((name) => name.name === 'deflection_rate')!.refersTo;
  const [, sheet, column, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  const col = column.split('').reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const npv = book.anchors['output.npv'];
  const started = performance.now();
  for (let t = 0; t < WORKBOOK_TRIALS; t++) {
    engine.setCell(sheet, Number(row) - 1, col, 0.25 + t / 100);
    engine.number(npv.sheet, npv.row, npv.col);
  }
  const seconds = (performance.now() - started) / 1000;
  engine.destroy();
  return WORKBOOK_TRIALS / seconds;
}

export function runSimulationBench(): void {
  const inputs = midMarketAt120();
  const spec = benchSpec();
  console.log(`\nRisk simulation: ${TRIALS.toLocaleString('en-US')} trials × 120 months, ${spec.inputs.length} uncertain inputs, ${spec.correlations.length} correlations (median ms)`);
  const widths = [46, 12];
  const simulate = () => {
    const result = simulateRisk(inputs, spec);
    if (!result.ok) throw new Error(result.error.message);
  };
  // The first run compiles the code (as a user's first Simulate does); the figures after it are the steady state.
  const cold = medianMilliseconds(simulate, 1);
  simulate();
  const total = medianMilliseconds(simulate, 7);
  const sampling = medianMilliseconds(() => drawInputs(spec), 7);
  const evaluation = evaluationMilliseconds(inputs, spec);
  const objectRate = objectModelTrialsPerSecond(inputs);
  const objectMs = (TRIALS / objectRate) * 1000;
  console.log(formatRow(['simulateRisk, first run in this process', cold], widths));
  console.log(formatRow(['simulateRisk (sampling, model, statistics)', total], widths));
  console.log(formatRow(['  target', 500], widths));
  console.log(formatRow(['  of which sampling (drawInputs)', sampling], widths));
  console.log(formatRow(['  of which batch model (10 chunks of 10,000)', evaluation], widths));
  console.log(formatRow(['  of which statistics (the rest)', total - sampling - evaluation], widths));
  console.log(formatRow([`per-trial object model, ${OBJECT_MODEL_TRIALS.toLocaleString('en-US')} timed, extrapolated`, objectMs], widths));
  console.log(formatRow(['object model trials per second', Math.round(objectRate)], widths));
  console.log(formatRow(['simulation trials per second', Math.round(TRIALS / (total / 1000))], widths));
  console.log(formatRow(['ratio (object model ms / simulateRisk ms)', objectMs / total], widths));
  const workbookRate = workbookTrialsPerSecond(inputs, spec);
  console.log(formatRow([`workbook recalculated per trial (HyperFormula, ${WORKBOOK_TRIALS} trials) per second`, Math.round(workbookRate * 100) / 100], widths));
  console.log(formatRow(['ratio per trial (simulation / workbook recalculation)', Math.round(TRIALS / (total / 1000) / workbookRate)], widths));
}
