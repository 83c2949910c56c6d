import type { BusinessCaseInputs } from '../inputs/schema';
import { monthQuantities } from './quantityScope';

export const SCENARIO_IDS = ['conservative', 'base', 'optimistic'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const SCENARIO_LABELS: Readonly<Record<ScenarioId, string>> = {
  conservative: 'Conservative',
  base: 'Base',
  optimistic: 'Optimistic',
};

/** What turns the base case into another scenario; the base case multiplies by 1. */
export interface ScenarioMultipliers {
  readonly deflection: number;
  readonly assist: number;
  /** upsell and retention only */
  readonly revenue: number;
  /** every cost line, one-time costs included */
  readonly cost: number;
}

export const BASE_MULTIPLIERS: ScenarioMultipliers = { deflection: 1, assist: 1, revenue: 1, cost: 1 };

export function scenarioMultipliers(inputs: BusinessCaseInputs, scenario: ScenarioId): ScenarioMultipliers {
  switch (scenario) {
    case 'base':
      return BASE_MULTIPLIERS;
    case 'conservative':
      return {
        deflection: inputs.conservative_deflection_multiplier,
        assist: inputs.conservative_assist_multiplier,
        revenue: inputs.conservative_revenue_multiplier,
        cost: inputs.conservative_cost_multiplier,
      };
    case 'optimistic':
      return {
        deflection: inputs.optimistic_deflection_multiplier,
        assist: inputs.optimistic_assist_multiplier,
        revenue: inputs.optimistic_revenue_multiplier,
        cost: inputs.optimistic_cost_multiplier,
      };
  }
}

/** Deflection at full adoption (d_s) and handle-time reduction (r_s) of a scenario, capped. */
export interface ScenarioDrivers {
  readonly deflection: number;
  readonly ahtReduction: number;
}

/** The scenario's capped drivers, from their definitions in the quantity catalogue. */
export function scenarioDrivers(inputs: BusinessCaseInputs, multipliers: ScenarioMultipliers): ScenarioDrivers {
  const quantity = monthQuantities(inputs, { month: 0, adoption: 0, multipliers });
  return { deflection: quantity('deflectionFull'), ahtReduction: quantity('ahtReduction') };
}
