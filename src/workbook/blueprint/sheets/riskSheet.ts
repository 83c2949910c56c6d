import type { BusinessCaseInputs } from '../../../core/inputs/schema';
import type { UncertaintySpec } from '../../../core/simulation/uncertainty';
import { absRef } from '../a1';
import { Formats } from '../formats';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { NameBlueprint } from '../types';
import { AuditLayout, writeAuditTable } from './risk/riskAudit';
import { RiskChartRows, writeRiskCharts } from './risk/riskCharts';
import { InputsCheckCells, writeInputsCheck } from './risk/riskInputsCheck';
import { RISK_STATISTICS, RiskResultCells, RiskStamp, RiskStatistic, writeRiskResults } from './risk/riskResults';
import { writeSpecTables } from './risk/riskSpecTables';
import { RISK_LAST_TABLE_COL, RiskWriter } from './risk/riskWriter';

export interface RiskLayout {
  readonly results: RiskResultCells;
  readonly charts: RiskChartRows;
  readonly inputsCheck: InputsCheckCells;
  readonly audit: AuditLayout;
}

/** The workbook names of the headline risk figures: the Summary and other workbooks read them. */
export const RISK_NAMES = ['risk_npv_mean', 'risk_npv_p10', 'risk_npv_p50', 'risk_npv_p90', 'risk_prob_npv_negative', 'risk_trials', 'risk_seed'] as const;
export type RiskName = (typeof RISK_NAMES)[number];

/** The cell each risk name refers to. */
export function riskNameCells({ results }: RiskLayout): Readonly<Record<RiskName, { row: number; col: number }>> {
  const npv = (statistic: RiskStatistic) => ({ row: results.figureRows.npv, col: results.statisticsCol + RISK_STATISTICS.indexOf(statistic) });
  return {
    risk_npv_mean: npv('mean'),
    risk_npv_p10: npv('p10'),
    risk_npv_p50: npv('p50'),
    risk_npv_p90: npv('p90'),
    risk_prob_npv_negative: results.probabilities.prob_npv_negative,
    risk_trials: results.trials,
    risk_seed: results.seed,
  };
}

const NAME_COMMENTS: Readonly<Record<RiskName, string>> = {
  risk_npv_mean: 'Mean NPV over the simulated trials (a value stamped by the simulation)',
  risk_npv_p10: 'P10 NPV: 10% of trials are at or below it',
  risk_npv_p50: 'P50 (median) NPV over the simulated trials',
  risk_npv_p90: 'P90 NPV: 90% of trials are at or below it',
  risk_prob_npv_negative: 'Share of simulated trials whose NPV is below 0',
  risk_trials: 'Trials the risk results were simulated with',
  risk_seed: 'Seed the risk results were simulated with',
};

export function riskNames(layout: RiskLayout): NameBlueprint[] {
  const cells = riskNameCells(layout);
  return RISK_NAMES.map((name) => ({ name, refersTo: `=${absRef(cells[name].row, cells[name].col, SHEET.risk)}`, comment: NAME_COMMENTS[name] }));
}

export interface RiskSheetSource {
  readonly inputs: BusinessCaseInputs;
  readonly spec: UncertaintySpec;
  readonly stamp: RiskStamp;
  /** the Inputs sheet's workbook names: the inputs check finds the custom-line cells by them */
  readonly inputNames: readonly NameBlueprint[];
}

/**
 * The Risk sheet: a Monte Carlo simulation of the base case written as values stamped with
 * trials, seed, sampling and date (a workbook cannot re-run it: the add-in or the CLI does);
 * the distributions it drew from, styled as inputs; the statistics and chances; the stochastic
 * tornado, histogram and S-curve with their charts; convergence; each input then and now,
 * which the Checks turn into an ERROR when they differ; and an audit table of the first
 * trials, each reproducible on the Inputs sheet, with its own statistics as formulas.
 */
export function buildRiskSheet({ inputs, spec, stamp, inputNames }: RiskSheetSource, formats: Formats): { sheet: SheetBuilder; layout: RiskLayout } {
  const writer: RiskWriter = { sheet: new SheetBuilder(SHEET.risk, COLORS.tabReport), formats, row: 3 };
  writer.sheet.text(0, 0, 'Risk: Monte Carlo simulation of the base case', 'title');
  writer.sheet.text(1, 0, 'The base case with its uncertain inputs drawn at random many times: how likely the case is to lose money, and its P10, P50 and P90.', 'subtitle');
  const results = writeRiskResults(writer, stamp, { paybackMonths: inputs.threshold_max_payback_months, roi: inputs.threshold_min_roi });
  const charts = writeRiskCharts(writer, stamp.result);
  writeSpecTables(writer, spec);
  const printLast = writer.row - 1;
  const inputsCheck = writeInputsCheck(writer, inputs, inputNames);
  // The audit table runs as wide as the uncertain inputs: below the inputs check, beside it on the right.
  writer.row = Math.max(writer.row, inputsCheck.lastRow + 2);
  const audit = writeAuditTable(writer, stamp.result.audit);
  finishRiskSheet(writer.sheet, printLast);
  return { sheet: writer.sheet, layout: { results, charts, inputsCheck, audit } };
}

function finishRiskSheet(sheet: SheetBuilder, printLast: number): void {
  sheet.width(0, 48);
  for (let col = 1; col <= RISK_LAST_TABLE_COL; col++) sheet.width(col, 16);
  // Column B holds the input keys of the tables (the longest, ai_price_per_seat_per_month, 27 characters).
  sheet.width(1, 30);
  sheet.width(RISK_LAST_TABLE_COL + 1, 4);
  sheet.width(RISK_LAST_TABLE_COL + 2, 40);
  sheet.width(RISK_LAST_TABLE_COL + 3, 30);
  // The charts run a column past the tables: the area holds them whole.
  const printLastCol = Math.max(RISK_LAST_TABLE_COL, ...sheet.charts.map((chart) => chart.anchor.endCol));
  sheet.print = { orientation: 'portrait', fitToWidth: true, fitToHeightPages: 1, area: { startRow: 0, startCol: 0, endRow: printLast, endCol: printLastCol } };
}
