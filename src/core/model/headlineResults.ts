import type { Result } from '../result';
import { caseNotes } from './summaryTable';
import { SCENARIO_IDS, ScenarioId } from './scenarios';
import type { BusinessCase, CaseOutputs } from './types';

/**
 * The headline results of a case, machine-readable: the keys of `--json` and, prefixed with
 * "result_", the workbook names of the base case's headline cells. Risk-adjusted; rates as
 * fractions; null where a figure has no number (the notes say why).
 */
export const HEADLINE_RESULT_KEYS = [
  'npv',
  'roi',
  'year1_roi',
  'irr',
  'mirr',
  'payback_months',
  'discounted_payback_months',
  'pv_benefits',
  'pv_costs',
  'benefit_cost_ratio',
] as const;
export type HeadlineResultKey = (typeof HEADLINE_RESULT_KEYS)[number];

const FROM_OUTPUTS: Readonly<Record<HeadlineResultKey, (outputs: CaseOutputs) => number | Result<number>>> = {
  npv: (o) => o.npv,
  roi: (o) => o.roiHorizon,
  year1_roi: (o) => o.year1Roi,
  irr: (o) => o.irr,
  mirr: (o) => o.mirr,
  payback_months: (o) => o.paybackMonths,
  discounted_payback_months: (o) => o.discountedPaybackMonths,
  pv_benefits: (o) => o.pvBenefits,
  pv_costs: (o) => o.pvCosts,
  benefit_cost_ratio: (o) => o.benefitCostRatio,
};

/** The workbook name of a headline cell, e.g. result_npv. */
export function resultName(key: HeadlineResultKey): string {
  return `result_${key}`;
}

/** A headline figure as a number, or null for n/a. */
export function headlineValue(outputs: CaseOutputs, key: HeadlineResultKey): number | null {
  const value = FROM_OUTPUTS[key](outputs);
  if (typeof value === 'number') return value;
  return value.ok ? value.value : null;
}

export type ScenarioResults = Record<HeadlineResultKey, number | null> & { readonly notes: readonly string[] };

/** `{"scenarios": {"base": {...}, …}}`: every scenario's headline figures and the reasons behind each n/a. */
export function headlineResults(businessCase: BusinessCase): { scenarios: Record<ScenarioId, ScenarioResults> } {
  const scenarios = {} as Record<ScenarioId, ScenarioResults>;
  for (const id of SCENARIO_IDS) {
    const outputs = businessCase.scenarios[id].outputs;
    const figures = Object.fromEntries(HEADLINE_RESULT_KEYS.map((key) => [key, headlineValue(outputs, key)]));
    scenarios[id] = { ...(figures as Record<HeadlineResultKey, number | null>), notes: caseNotes(outputs) };
  }
  return { scenarios };
}
