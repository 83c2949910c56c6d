import { CashFlowRows, HEADLINE_IDS } from './cashFlow';
import { SHEET } from './sheetNames';
import { AnnualLayout, OTHER_OUTPUT_IDS } from './sheets/annualSheet';
import { ChecksLayout } from './sheets/checksSheet';
import { ModelLayout } from './sheets/modelSheet';
import { SCENARIOS, ScenariosLayout } from './sheets/scenariosSheet';
import { ScorecardLayout, SCORECARD_GROUPS } from './sheets/scorecardSheet';
import { SENSITIVITY_DRIVERS } from '../../core/model';
import { SensitivityLayout } from './sheets/sensitivitySheet';
import { TRACKED_METRICS, TrackingLayout } from './sheets/trackingSheet';
import { SummaryLayout } from './sheets/summarySheet';
import { CellAnchor } from './types';

export interface Layouts {
  readonly model: ModelLayout;
  readonly annual: AnnualLayout;
  readonly scenarios: ScenariosLayout;
  readonly sensitivity: SensitivityLayout;
  readonly tracking: TrackingLayout;
  readonly scorecard: ScorecardLayout;
  readonly checks: ChecksLayout;
  readonly summary: SummaryLayout;
}

/**
 * Anchor keys (all cells zero-based):
 * - `model.<row>`: month 1 of a Model timeline row; month m is at col + m − 1, month 0 at col − 1.
 *   Rows: month, date, year, volume, ramp_linear, adoption, deflection, ai_contacts, human_contacts,
 *   each line id (automation, assist, upsell, retention, attrition, custom_benefit_1..5, one_time,
 *   ai_usage, subscription, monitoring, review, custom_cost_1..5) and `<line id>_adj` (its risk-adjusted
 *   row; the line's effective risk is in column 2), benefits, benefits_adj, costs, costs_adj, net,
 *   cumulative, discount_factor, discounted_net, cumulative_discounted.
 * - `annual.<row>`: the Initial column of an Annual row; year y at col + y; `annual.<row>.total` the
 *   Total column. Rows: each line id (risk-adjusted), benefits_adj, costs_adj, net, cumulative, roi,
 *   discounted_net, benefits, costs, net_unadjusted (roi and cumulative have no Total; roi's Initial
 *   cell is empty: month 0 has no ROI of its own).
 * - `output.<id>`: pv_benefits, pv_costs, npv, roi_horizon, bcr, irr, payback_months,
 *   discounted_payback_months, year1_benefits, year1_costs, year1_roi, cost_per_contact_before,
 *   cost_per_contact_after, fte_before, fte_after, fte_freed. A number, or the text "n/a".
 * - `scenario.<conservative|base|optimistic>.<headline id>` on the Scenarios sheet.
 * - `sensitivity.base_npv`; `sensitivity.<driver>.<base|low|high|npv_low|npv_high|swing|rank>`;
 *   `sensitivity.sorted.<n>.<driver|npv_low|npv_high|swing>` for n = 1.. in tornado order.
 * - `tracking.<metric>.plan|actual|variance` (month 1); `tracking.<metric>.latest`.
 * - `scorecard.overall`, `scorecard.<financial|customer|operational|risk>` (group signals).
 * - `checks.overall`, `summary.checks`.
 */
export function collectAnchors(layouts: Layouts): Record<string, CellAnchor> {
  const anchors: Record<string, CellAnchor> = {};
  const put = (key: string, sheet: string, row: number, col: number) => {
    anchors[key] = { sheet, row, col };
  };
  const { model, annual } = layouts;
  const month1 = model.timeline.firstCol;
  const modelRows: Record<string, number> = {
    month: model.rows.month,
    date: model.rows.date,
    year: model.rows.year,
    volume: model.rows.volume,
    ramp_linear: model.rows.rampLinear,
    adoption: model.rows.adoption,
    deflection: model.rows.deflection,
    ai_contacts: model.rows.aiContacts,
    human_contacts: model.rows.humanContacts,
    benefits: model.rows.benefits,
    benefits_adj: model.rows.benefitsAdj,
    costs: model.rows.costs,
    costs_adj: model.rows.costsAdj,
    ...flowRows(model.flows),
  };
  for (const line of [...model.benefitLines, ...model.costLines]) {
    modelRows[line.id] = line.row;
    modelRows[`${line.id}_adj`] = line.adjRow;
  }
  for (const [key, row] of Object.entries(modelRows)) put(`model.${key}`, SHEET.model, row, month1);

  const annualRows: Record<string, number> = { ...annual.lineRows, ...annual.rows };
  for (const [key, row] of Object.entries(annualRows)) {
    put(`annual.${key}`, SHEET.annual, row, annual.initialCol);
    if (key !== 'roi' && key !== 'cumulative' && key !== 'cumulative_roi') put(`annual.${key}.total`, SHEET.annual, row, annual.totalCol);
  }
  for (const id of HEADLINE_IDS) put(`output.${id}`, SHEET.annual, annual.headlines[id], annual.valueCol);
  for (const id of OTHER_OUTPUT_IDS) put(`output.${id}`, SHEET.annual, annual.others[id], annual.valueCol);

  const { scenarios, sensitivity, tracking, scorecard, checks, summary } = layouts;
  for (const scenario of SCENARIOS) {
    for (const id of HEADLINE_IDS) put(`scenario.${scenario}.${id}`, SHEET.scenarios, scenarios.headlineRows[id], scenarios.cols[scenario]);
  }
  put('sensitivity.base_npv', SHEET.sensitivity, sensitivity.baseNpvRow, sensitivity.baseNpvCol);
  const sensitivityCols = {
    base: sensitivity.cols.base, low: sensitivity.cols.low, high: sensitivity.cols.high, npv_low: sensitivity.cols.npvLow,
    npv_high: sensitivity.cols.npvHigh, swing: sensitivity.cols.swing, rank: sensitivity.cols.rank,
  };
  SENSITIVITY_DRIVERS.forEach((driver, i) => {
    for (const [key, col] of Object.entries(sensitivityCols)) put(`sensitivity.${driver}.${key}`, SHEET.sensitivity, sensitivity.driverRows[driver], col);
    const sortedRow = sensitivity.sortedFirstRow + i;
    const sortedCols = { driver: sensitivity.sortedCols.driver, npv_low: sensitivity.sortedCols.npvLow, npv_high: sensitivity.sortedCols.npvHigh, swing: sensitivity.sortedCols.swing };
    for (const [key, col] of Object.entries(sortedCols)) put(`sensitivity.sorted.${i + 1}.${key}`, SHEET.sensitivity, sortedRow, col);
  });
  for (const metric of TRACKED_METRICS) {
    const rows = tracking.metricRows[metric];
    put(`tracking.${metric}.plan`, SHEET.tracking, rows.plan, month1);
    put(`tracking.${metric}.actual`, SHEET.tracking, rows.actual, month1);
    put(`tracking.${metric}.variance`, SHEET.tracking, rows.variance, month1);
    put(`tracking.${metric}.latest`, SHEET.tracking, rows.actual, tracking.latestCol);
  }
  put('scorecard.overall', SHEET.scorecard, scorecard.overallRow, scorecard.overallCol);
  for (const group of SCORECARD_GROUPS) put(`scorecard.${group}`, SHEET.scorecard, scorecard.groupRows[group], scorecard.cols.signal);
  put('scorecard.payback', SHEET.scorecard, scorecard.paybackRow, scorecard.cols.signal);
  put('checks.overall', SHEET.checks, checks.overallRow, checks.overallCol);
  put('summary.checks', SHEET.summary, summary.checksRow, 1);
  summary.warningRows.forEach((row, i) => put(`summary.warning.${i + 1}`, SHEET.summary, row, 0));
  return anchors;
}

function flowRows(flows: CashFlowRows): Record<string, number> {
  return {
    net: flows.net.row,
    cumulative: flows.cumulative.row,
    discount_factor: flows.discountFactor.row,
    discounted_net: flows.discountedNet.row,
    cumulative_discounted: flows.cumulativeDiscounted.row,
  };
}
