import fc from 'fast-check';
import { readFileSync } from 'fs';
import path from 'path';
import { INPUT_FIELDS, NumberField } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, defaultInputs, parseInputs, groupInputs } from '../../src/core/inputs/schema';
import { NumericInputKey, buildBusinessCase, buildMonthlyModel, caseNpv } from '../../src/core/model';
import { BASE_MULTIPLIERS } from '../../src/core/model/scenarios';
import { Result } from '../../src/core/result';
import { evaluateBatch } from '../../src/core/simulation/batchModel';
import { notPaidBack } from '../../src/core/simulation/paybackTracker';
import { arbitraryInputs } from '../support/arbitraryInputs';

/**
 * The batch evaluation against the core model: each trial of a batch is one random input set
 * (its numbers varying, the choices, horizon, risk overrides and custom lines the base's), and
 * its NPV, every month's net flow, ROI over the horizon, year-1 ROI and payback equal the core
 * model's (buildBusinessCase) for that input set: money to the cent, ratios to 1e-9 relative.
 */

/** Numeric inputs a batch can vary: every number field that is never blank, except the horizon (the timeline's length). */
const VARYING = INPUT_FIELDS.filter((field) => field.type === 'number' && !field.nullable && field.key !== 'horizon_months').map((field) => field.key as NumericInputKey);

function asTrialOf(base: BusinessCaseInputs, drawn: BusinessCaseInputs): BusinessCaseInputs | null {
  const merged = { ...base, ...Object.fromEntries(VARYING.map((key) => [key, drawn[key]])) };
  const parsed = parseInputs(groupInputs(merged));
  return parsed.ok ? parsed.inputs : null;
}

function closeRelative(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** The batch's per-trial ratio against the core's Result: both a number and equal, or both none. */
function expectSameRatio(batch: Result<Float64Array>, t: number, core: Result<number>): void {
  if (!core.ok) {
    expect(batch.ok).toBe(false);
    return;
  }
  expect(batch.ok).toBe(true);
  if (batch.ok) expect(closeRelative(batch.value[t], core.value)).toBe(true);
}

/** A value moved into its field's accepted range (whole when the field takes whole numbers only). */
function withinField(key: NumericInputKey, value: number): number {
  const field = INPUT_FIELDS.find((candidate) => candidate.key === key) as NumberField;
  const whole = field.integer === true ? Math.round(value) : value;
  return Math.min(field.maxExclusive === true ? field.max * (1 - 1e-9) : field.max, Math.max(field.minExclusive === true ? field.min + 1e-9 : field.min, whole));
}

/** A bundled example with a 120-month horizon and the given choices. */
function exampleAt120(name: string, choices: Partial<BusinessCaseInputs>): BusinessCaseInputs {
  const raw = JSON.parse(readFileSync(path.join(__dirname, `../../examples/${name}.json`), 'utf8'));
  raw.organisation.horizon_months = 120;
  raw.organisation.timeline_months = null;
  const example = parseInputs(raw);
  if (!example.ok) throw new Error(example.issues.map((issue) => issue.message).join('; '));
  const parsed = parseInputs(groupInputs({ ...example.inputs, ...choices }));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.inputs;
}

function batchOf(base: BusinessCaseInputs, trials: BusinessCaseInputs[]) {
  const varying = Object.fromEntries(VARYING.map((key) => [key, Float64Array.from(trials, (trial) => trial[key] as number)]));
  return evaluateBatch(base, { trials: trials.length, varying, withNetFlows: true });
}

describe('batch evaluation', () => {
  test('200 random input sets in batches: NPV, net flows, ROI, year-1 ROI and payback equal the core model', () => {
    const bases = fc.sample(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), { numRuns: 4, seed: 11 });
    const draws = fc.sample(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), { numRuns: 50 * bases.length, seed: 12 });
    let compared = 0;
    let neverPaidBack = 0;
    bases.forEach((base, b) => {
      const trials = draws.slice(50 * b, 50 * b + 50).map((drawn) => asTrialOf(base, drawn)).filter((trial): trial is BusinessCaseInputs => trial !== null);
      const batch = batchOf(base, trials);
      trials.forEach((trial, t) => {
        const monthly = buildMonthlyModel(trial, BASE_MULTIPLIERS);
        const outputs = buildBusinessCase(trial).base.outputs;
        expect(Math.abs(batch.npv[t] - caseNpv(trial, monthly))).toBeLessThan(0.005);
        expect(Math.abs(batch.npv[t] - outputs.npv)).toBeLessThan(0.005);
        for (let m = 0; m <= trial.horizon_months; m++) expect(Math.abs(batch.net![m * trials.length + t] - monthly.net[m])).toBeLessThan(0.005);
        expectSameRatio(batch.roi, t, outputs.roiHorizon);
        expectSameRatio(batch.year1Roi, t, outputs.year1Roi);
        if (outputs.paybackMonths.ok) expect(closeRelative(batch.paybackMonths[t], outputs.paybackMonths.value)).toBe(true);
        else {
          expect(outputs.paybackMonths.error.kind).toBe('neverPaysBack');
          expect(batch.paybackMonths[t]).toBe(notPaidBack(trial.horizon_months));
          neverPaidBack += 1;
        }
        compared += 1;
      });
    });
    expect(compared).toBeGreaterThanOrEqual(150);
    // random inputs give both kinds of trial, so both branches are compared
    expect(neverPaidBack).toBeGreaterThan(0);
    expect(neverPaidBack).toBeLessThan(compared);
  });

  test('the examples at 120 months under every pricing model and ramp shape, their drivers moved ±30% (timing, growth, discount rate and risks the base’s): each trial equals the core model', () => {
    // Holding the discount rate, go-live, ramp, growth and risks fixed takes the paths a simulation of
    // the scenario drivers takes: lines kept as a fixed base times a number of the month (human
    // contacts so only after the ramp), and whole months summed as one number.
    const fixed = new Set<NumericInputKey>(['discount_rate', 'implementation_months', 'ramp_months', 'annual_volume_growth', 'benefit_risk', 'cost_risk', 'horizon_months']);
    const drivers = VARYING.filter((key) => !fixed.has(key));
    const random = fc.sample(fc.double({ min: 0.7, max: 1.3, noNaN: true }), { numRuns: 20 * drivers.length, seed: 31 });
    let compared = 0;
    for (const example of ['mid-market', 'seed-case']) {
      for (const pricing of ['per_conversation', 'per_resolution', 'per_seat', 'platform_fee'] as const) {
        for (const shape of ['linear', 's_curve'] as const) {
          const base = exampleAt120(example, { ai_pricing_model: pricing, ramp_shape: shape });
          const trials = Array.from({ length: 20 }, (_, t) => asTrialOf(base, { ...base, ...Object.fromEntries(drivers.map((key, k) => [key, withinField(key, (base[key] as number) * random[t * drivers.length + k])])) }))
            .filter((trial): trial is BusinessCaseInputs => trial !== null);
          const varying = Object.fromEntries(drivers.map((key) => [key, Float64Array.from(trials, (trial) => trial[key] as number)]));
          const batch = evaluateBatch(base, { trials: trials.length, varying });
          trials.forEach((trial, t) => {
            const outputs = buildBusinessCase(trial).base.outputs;
            expect(Math.abs(batch.npv[t] - outputs.npv)).toBeLessThan(0.005);
            expectSameRatio(batch.roi, t, outputs.roiHorizon);
            expectSameRatio(batch.year1Roi, t, outputs.year1Roi);
            if (outputs.paybackMonths.ok) expect(closeRelative(batch.paybackMonths[t], outputs.paybackMonths.value)).toBe(true);
            else expect(batch.paybackMonths[t]).toBe(notPaidBack(trial.horizon_months));
            compared += 1;
          });
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(300);
  });

  test('payback: 0 when never below zero, interpolated inside the month that turns, horizon + 1 when never turning', () => {
    // the seed defaults save about 140,000 a month against a 33,000 subscription from month 1
    const base = defaultInputs();
    const oneTime = Float64Array.of(0, 600000, 600000);
    const platform = Float64Array.of(400000, 400000, 1e9);
    const batch = evaluateBatch(base, { trials: 3, varying: { implementation_cost: oneTime, platform_subscription_per_year: platform } });
    const core = [0, 1, 2].map((t) => buildBusinessCase({ ...base, implementation_cost: oneTime[t], platform_subscription_per_year: platform[t] }).base.outputs.paybackMonths);
    expect(core[0]).toEqual({ ok: true, value: 0 });
    expect(batch.paybackMonths[0]).toBe(0);
    expect(core[1].ok).toBe(true);
    // 600,000 / (140,000 − 33,333) pays back inside month 6, not on a month's end
    expect(batch.paybackMonths[1]).toBeGreaterThan(5);
    expect(batch.paybackMonths[1]).toBeLessThan(6);
    expect(batch.paybackMonths[1]).toBeCloseTo(core[1].ok ? core[1].value : Number.NaN, 9);
    expect(core[2].ok).toBe(false);
    expect(batch.paybackMonths[2]).toBe(base.horizon_months + 1);
  });

  test('ROI with no costs has no number, and says which trial', () => {
    const base: BusinessCaseInputs = { ...defaultInputs(), platform_subscription_per_year: 0, ai_cost_per_contact: 0 };
    const batch = evaluateBatch(base, { trials: 2, varying: { platform_subscription_per_year: Float64Array.of(120000, 0) } });
    expect(batch.roi.ok).toBe(false);
    if (!batch.roi.ok) expect(batch.roi.error.message).toMatch(/trial 2/);
    expect(buildBusinessCase(base).base.outputs.roiHorizon.ok).toBe(false);
  });
});
