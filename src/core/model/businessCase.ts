import type { BusinessCaseInputs } from '../inputs/schema';
import { buildAnnualSummary } from './annualSummary';
import { buildMonthlyModel } from './monthlyModel';
import { buildOutputs } from './outputs';
import { SCENARIO_IDS, SCENARIO_LABELS, ScenarioId, scenarioDrivers, scenarioMultipliers } from './scenarios';
import { buildSensitivity } from './sensitivity';
import type { BusinessCase, ScenarioCase } from './types';

export function buildScenarioCase(inputs: BusinessCaseInputs, id: ScenarioId): ScenarioCase {
  const multipliers = scenarioMultipliers(inputs, id);
  const drivers = scenarioDrivers(inputs, multipliers);
  const monthly = buildMonthlyModel(inputs, multipliers);
  const annual = buildAnnualSummary(monthly);
  return {
    id,
    label: SCENARIO_LABELS[id],
    multipliers,
    drivers,
    monthly,
    annual,
    outputs: buildOutputs(inputs, monthly, annual, drivers, multipliers),
  };
}

/**
 * The whole business case from validated inputs (parseInputs): the three scenarios month by
 * month, their annual summaries and headline figures, and the sensitivity of the base NPV.
 * Pure: the same inputs always give the same case.
 */
export function buildBusinessCase(inputs: BusinessCaseInputs): BusinessCase {
  const scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, buildScenarioCase(inputs, id)])) as Record<ScenarioId, ScenarioCase>;
  return {
    inputs,
    base: scenarios.base,
    scenarios,
    sensitivity: buildSensitivity(inputs, scenarios.base.outputs.npv),
  };
}
