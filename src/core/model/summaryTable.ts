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

/**
 * Rates above 1,000% say only that: their digits would suggest a precision nobody can defend.
 * (IRR and MIRR cannot fall below −100%; an ROI that far below zero is shown as it is.)
 */
export const PERCENT_DISPLAY_LIMIT = 10;

function percent(result: Result<number>): string {
  if (!result.ok) return NOT_AVAILABLE;
  if (result.value > PERCENT_DISPLAY_LIMIT) return '> 1,000%';
  return `${grouped(result.value * 100, 1)}%`;
}

export const IMMEDIATE_PAYBACK = 'immediate (no initial investment)';

/** In a table column, "immediate" alone; the notes say "(no initial investment)". */
function months(result: Result<number>): string {
  if (!result.ok) return NOT_AVAILABLE;
  return result.value === 0 ? 'immediate' : `${grouped(result.value, 1)} months`;
}

function ratio(result: Result<number>): string {
  return result.ok ? grouped(result.value, 2) : NOT_AVAILABLE;
}

type ResultFigure = 'roiHorizon' | 'year1Roi' | 'irr' | 'mirr' | 'paybackMonths' | 'discountedPaybackMonths' | 'benefitCostRatio';
const RESULT_FIGURES: readonly [ResultFigure, string][] = [
  ['roiHorizon', 'ROI over the horizon'],
  ['year1Roi', 'Year-1 ROI'],
  ['irr', 'IRR'],
  ['mirr', 'MIRR'],
  ['paybackMonths', 'Simple payback'],
  ['discountedPaybackMonths', 'Discounted payback'],
  ['benefitCostRatio', 'Benefit/cost ratio'],
];

/** One scenario's reasons and warnings, each a sentence: why a figure is n/a, where payback does not last. */
export function caseNotes(outputs: CaseOutputs): string[] {
  const reasons = RESULT_FIGURES.flatMap(([figure, label]) => {
    const result = outputs[figure];
    return result.ok ? [] : [`${label} n/a: ${result.error.message}`];
  });
  const immediate = PAYBACK_FIGURES.filter(([figure]) => {
    const payback = outputs[figure];
    return payback.ok && payback.value === 0;
  }).map(([, label]) => `${label} is immediate: no initial investment, the cumulative net flow is never negative.`);
  return [...reasons, ...immediate, ...outputs.paybackWarnings.map((warning) => `Warning: ${warning}`)];
}

const PAYBACK_FIGURES: readonly ['paybackMonths' | 'discountedPaybackMonths', string][] = [
  ['paybackMonths', 'Simple payback'],
  ['discountedPaybackMonths', 'Discounted payback'],
];

/**
 * Why each "n/a" of the summary table has no number, one line per figure and reason, naming the
 * scenarios it applies to: a reader should never have to guess.
 */
export function summaryNotes(businessCase: BusinessCase): string[] {
  const scenariosOf = new Map<string, string[]>();
  for (const id of SCENARIO_IDS) {
    for (const note of caseNotes(businessCase.scenarios[id].outputs)) scenariosOf.set(note, [...(scenariosOf.get(note) ?? []), SCENARIO_LABELS[id]]);
  }
  return [...scenariosOf].map(([note, scenarios]) => {
    const colon = note.indexOf(': ');
    return `${note.slice(0, colon)} (${which(scenarios)})${note.slice(colon)}`;
  });
}

function which(scenarios: readonly string[]): string {
  return scenarios.length === SCENARIO_IDS.length ? 'all scenarios' : scenarios.join(', ');
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
    ['Year-1 ROI, including the initial investment', (o) => percent(o.year1Roi)],
    ['IRR', (o) => percent(o.irr)],
    ['MIRR (at the discount rate unless set)', (o) => percent(o.mirr)],
    ['Simple payback', (o) => months(o.paybackMonths)],
    ['Discounted payback', (o) => months(o.discountedPaybackMonths)],
    ['Benefit/cost ratio', (o) => ratio(o.benefitCostRatio)],
  ];
  return [
    ['', ...SCENARIO_IDS.map((id) => SCENARIO_LABELS[id])],
    ...rows.map(([label, format]) => [label, ...SCENARIO_IDS.map((id) => format(businessCase.scenarios[id].outputs))]),
  ];
}
