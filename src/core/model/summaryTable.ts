import type { Result } from '../result';
import { SCENARIO_IDS, SCENARIO_LABELS } from './scenarios';
import type { BusinessCase, CaseOutputs } from './types';

const NOT_AVAILABLE = 'n/a';

function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function money(value: number, currency: string): string {
  return `${currency} ${grouped(value, 0)}`;
}

function percent(result: Result<number>): string {
  return result.ok ? `${grouped(result.value * 100, 1)}%` : NOT_AVAILABLE;
}

function months(result: Result<number>): string {
  return result.ok ? `${grouped(result.value, 1)} months` : NOT_AVAILABLE;
}

function ratio(result: Result<number>): string {
  return result.ok ? grouped(result.value, 2) : NOT_AVAILABLE;
}

type ResultFigure = 'roiHorizon' | 'year1Roi' | 'irr' | 'paybackMonths' | 'discountedPaybackMonths' | 'benefitCostRatio';
const RESULT_FIGURES: readonly [ResultFigure, string][] = [
  ['roiHorizon', 'ROI over the horizon'],
  ['year1Roi', 'Year-1 ROI'],
  ['irr', 'IRR'],
  ['paybackMonths', 'Simple payback'],
  ['discountedPaybackMonths', 'Discounted payback'],
  ['benefitCostRatio', 'Benefit/cost ratio'],
];

/**
 * Why each "n/a" of the summary table has no number, one line per figure and reason, naming the
 * scenarios it applies to: a reader should never have to guess.
 */
export function summaryNotes(businessCase: BusinessCase): string[] {
  const notes: string[] = [];
  for (const [figure, label] of RESULT_FIGURES) {
    const byReason = new Map<string, string[]>();
    for (const id of SCENARIO_IDS) {
      const result = businessCase.scenarios[id].outputs[figure];
      if (!result.ok) byReason.set(result.error.message, [...(byReason.get(result.error.message) ?? []), SCENARIO_LABELS[id]]);
    }
    for (const [reason, scenarios] of byReason) {
      const which = scenarios.length === SCENARIO_IDS.length ? 'all scenarios' : scenarios.join(', ');
      notes.push(`${label} n/a (${which}): ${reason}`);
    }
  }
  return notes;
}

/**
 * The headline figures of each scenario as text rows (a header row, then one row per figure),
 * for a command line or a plain-text report. Risk-adjusted; "n/a" where a figure has no number.
 */
export function summaryTable(businessCase: BusinessCase): string[][] {
  const currency = businessCase.inputs.currency;
  const rows: [string, (outputs: CaseOutputs) => string][] = [
    ['NPV', (o) => money(o.npv, currency)],
    ['ROI over the horizon (NPV / PV costs)', (o) => percent(o.roiHorizon)],
    ['Year-1 ROI', (o) => percent(o.year1Roi)],
    ['IRR', (o) => percent(o.irr)],
    ['Simple payback', (o) => months(o.paybackMonths)],
    ['Discounted payback', (o) => months(o.discountedPaybackMonths)],
    ['Benefit/cost ratio', (o) => ratio(o.benefitCostRatio)],
  ];
  return [
    ['', ...SCENARIO_IDS.map((id) => SCENARIO_LABELS[id])],
    ...rows.map(([label, format]) => [label, ...SCENARIO_IDS.map((id) => format(businessCase.scenarios[id].outputs))]),
  ];
}
