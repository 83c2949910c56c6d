import fc from 'fast-check';
import { INPUT_FIELDS } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, parseInputs, groupInputs } from '../../src/core/inputs/schema';
import { NumericInputKey, buildMonthlyModel, caseNpv } from '../../src/core/model';
import { BASE_MULTIPLIERS } from '../../src/core/model/scenarios';
import { evaluateBatch } from '../../src/core/simulation/batchModel';
import { arbitraryInputs } from '../support/arbitraryInputs';

/**
 * The batch evaluation against the core model: each trial of a batch is one random input set
 * (its numbers varying, the choices, horizon, risk overrides and custom lines the base's), and
 * its NPV and every month's net flow equal the core model's for that input set, to the cent.
 */

/** Numeric inputs a batch can vary: every number field that is never blank, except the horizon (the timeline's length). */
const VARYING = INPUT_FIELDS.filter((field) => field.type === 'number' && !field.nullable && field.key !== 'horizon_months').map((field) => field.key as NumericInputKey);

function asTrialOf(base: BusinessCaseInputs, drawn: BusinessCaseInputs): BusinessCaseInputs | null {
  const merged = { ...base, ...Object.fromEntries(VARYING.map((key) => [key, drawn[key]])) };
  const parsed = parseInputs(groupInputs(merged));
  return parsed.ok ? parsed.inputs : null;
}

describe('batch evaluation', () => {
  test('200 random input sets in batches: NPV and net flows equal the core model to the cent', () => {
    const bases = fc.sample(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), { numRuns: 4, seed: 11 });
    const draws = fc.sample(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), { numRuns: 50 * bases.length, seed: 12 });
    let compared = 0;
    bases.forEach((base, b) => {
      const trials = draws.slice(50 * b, 50 * b + 50).map((drawn) => asTrialOf(base, drawn)).filter((trial): trial is BusinessCaseInputs => trial !== null);
      const varying = Object.fromEntries(VARYING.map((key) => [key, Float64Array.from(trials, (trial) => trial[key] as number)]));
      const batch = evaluateBatch(base, { trials: trials.length, varying });
      trials.forEach((trial, t) => {
        const monthly = buildMonthlyModel(trial, BASE_MULTIPLIERS);
        expect(Math.abs(batch.npv[t] - caseNpv(trial, monthly))).toBeLessThan(0.005);
        for (let m = 0; m <= trial.horizon_months; m++) expect(Math.abs(batch.net[m * trials.length + t] - monthly.net[m])).toBeLessThan(0.005);
        compared += 1;
      });
    });
    expect(compared).toBeGreaterThanOrEqual(150);
  });
});
