import { CashFlowRows, HEADLINE_IDS, HeadlineId } from './cashFlow';
import { SHEET } from './sheetNames';
import { AnnualLayout, AnnualRowId, OTHER_OUTPUT_IDS, OtherOutputId } from './sheets/annualSheet';
import { ChecksLayout } from './sheets/checksSheet';
import { ModelLayout } from './sheets/modelSheet';
import { ScenariosLayout } from './sheets/scenariosSheet';
import { ScorecardLayout, SCORECARD_GROUPS } from './sheets/scorecardSheet';
import { BREAK_EVEN_DRIVERS, BreakEvenDriver, CatalogueLine, SCENARIO_IDS, SENSITIVITY_DRIVERS, ScenarioId, SensitivityDriverId } from '../../core/model';
import { SensitivityLayout } from './sheets/sensitivitySheet';
import { RiskLayout } from './sheets/riskSheet';
import { RISK_CONVERGENCE, RISK_FIGURES, RISK_PROBABILITIES, RISK_STATISTICS, RiskConvergence, RiskFigure, RiskProbability, RiskStatistic } from './sheets/risk/riskResults';
import type { NumericInputKey } from '../../core/model';
import { BREAK_EVEN_COL } from './sheets/breakEvenTable';
import { TRACKED_METRICS, TrackedMetric, TrackingLayout } from './sheets/trackingSheet';
import { SummaryLayout } from './sheets/summarySheet';
import { CellAnchor } from './types';

export interface Layouts {
  readonly model: ModelLayout;
  readonly annual: AnnualLayout;
  readonly scenarios: ScenariosLayout;
  readonly sensitivity: SensitivityLayout;
  readonly risk: RiskLayout;
  readonly tracking: TrackingLayout;
  readonly scorecard: ScorecardLayout;
  readonly checks: ChecksLayout;
  readonly summary: SummaryLayout;
}

type LineKey = CatalogueLine['id'];
type ModelRowKey =
  | 'month' | 'date' | 'year' | 'volume' | 'ramp_linear' | 'adoption' | 'deflection' | 'ai_contacts' | 'human_contacts'
  | 'benefits' | 'benefits_adj' | 'costs' | 'costs_adj' | FlowRowKey
  | LineKey | `${LineKey}_adj`;
type FlowRowKey = keyof ReturnType<typeof flowRows>;
type AnnualRowKey = AnnualRowId | LineKey;
type SensitivityColumn = 'base' | 'low' | 'high' | 'npv_low' | 'npv_high' | 'swing' | 'rank';
type SortedColumn = 'driver' | 'npv_low' | 'npv_high' | 'swing';

/**
 * Where the key results live (all cells zero-based):
 * - `model.<row>`: month 1 of a Model timeline row; month m is at col + m − 1, month 0 at col − 1.
 *   `<line id>_adj` is a line's risk-adjusted row (its effective risk in column 2).
 * - `annual.<row>`: the Initial column of an Annual row; year y at col + y; `annual.<row>.total` the
 *   Total column (roi and the cumulative rows have none; roi's Initial cell is empty).
 * - `output.<id>`: a headline or other output; a number, or the text "n/a".
 * - `scenario.<scenario>.<headline id>` on the Scenarios sheet.
 * - `sensitivity.base_npv`; `sensitivity.<driver>.<column>`; `sensitivity.sorted.<n>.<column>` for
 *   n = 1.. in tornado order; `breakeven.<driver>.value|npv` (a number, or the text "n/a").
 * - `tracking.<metric>.plan|actual|variance` (month 1); `tracking.<metric>.latest`.
 * - `scorecard.overall`, `scorecard.<group>`, `scorecard.payback`; `checks.overall`, `summary.checks`,
 *   `summary.warning.<n>`; `summary.risk.<p10|p50|p90|prob_npv_negative>`.
 * - `risk.<npv|roi|year1_roi|payback_months>.<mean|sd|p5|p10|p50|p90|p95>` (a value, or the text
 *   "n/a"); `risk.<probability>`; `risk.convergence.<figure>`; `risk.trials|seed|sampling|simulated_on`;
 *   `risk.inputs_changed` (the count the Checks read); `risk.drivers|histogram|s_curve.first` (the
 *   first row of each table); `risk.audit.trial|npv|<input key>` (the audit table's first trial;
 *   trial t at row + t − 1); `risk.audit_sample.<statistic>` (the sample's own NPV statistics).
 */
export type AnchorKey =
  | `model.${ModelRowKey}`
  | `annual.${AnnualRowKey}`
  | `annual.${AnnualRowKey}.total`
  | `output.${HeadlineId | OtherOutputId}`
  | `scenario.${ScenarioId}.${HeadlineId}`
  | 'sensitivity.base_npv'
  | `sensitivity.${SensitivityDriverId}.${SensitivityColumn}`
  | `sensitivity.sorted.${number}.${SortedColumn}`
  | `breakeven.${BreakEvenDriver}.${'value' | 'npv'}`
  | `tracking.${TrackedMetric}.${'plan' | 'actual' | 'variance' | 'latest'}`
  | 'scorecard.overall'
  | `scorecard.${(typeof SCORECARD_GROUPS)[number]}`
  | 'scorecard.payback'
  | 'checks.overall'
  | 'summary.checks'
  | `summary.warning.${number}`
  | `summary.risk.${SummaryRiskKey}`
  | `risk.${RiskFigure}.${RiskStatistic}`
  | `risk.${RiskProbability}`
  | `risk.convergence.${RiskConvergence}`
  | `risk.${'trials' | 'seed' | 'sampling' | 'simulated_on' | 'inputs_changed'}`
  | `risk.${'drivers' | 'histogram' | 's_curve'}.first`
  | `risk.audit.${'trial' | 'npv' | NumericInputKey}`
  | `risk.audit_sample.${RiskStatistic}`;

type SummaryRiskKey = 'p10' | 'p50' | 'p90' | 'prob_npv_negative';

export type Anchors = Readonly<Record<AnchorKey, CellAnchor>>;

type Put = (key: AnchorKey, sheet: string, row: number, col: number) => void;

export function collectAnchors(layouts: Layouts): Anchors {
  const anchors = {} as Record<AnchorKey, CellAnchor>;
  const put: Put = (key, sheet, row, col) => {
    anchors[key] = { sheet, row, col };
  };
  const month1 = layouts.model.timeline.firstCol;
  putModelAnchors(put, layouts.model);
  putAnnualAnchors(put, layouts.annual);
  for (const scenario of SCENARIO_IDS) {
    for (const id of HEADLINE_IDS) put(`scenario.${scenario}.${id}`, SHEET.scenarios, layouts.scenarios.headlineRows[id], layouts.scenarios.cols[scenario]);
  }
  putSensitivityAnchors(put, layouts.sensitivity);
  const { tracking, scorecard, checks, summary } = layouts;
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
  for (const [key, row] of Object.entries(summary.riskRows) as Array<[SummaryRiskKey, number]>) put(`summary.risk.${key}`, SHEET.summary, row, 1);
  putRiskAnchors(put, layouts.risk);
  return anchors;
}

/** Month 1 of every Model row: the timeline, volume, totals, cash flow and each line before and after risk. */
function putModelAnchors(put: Put, model: ModelLayout): void {
  const modelRows: Partial<Record<ModelRowKey, number>> = {
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
  for (const [key, row] of Object.entries(modelRows) as Array<[ModelRowKey, number]>) put(`model.${key}`, SHEET.model, row, model.timeline.firstCol);
}

/** The Initial and Total cells of the Annual rows, and the headline and other outputs. */
function putAnnualAnchors(put: Put, annual: AnnualLayout): void {
  const annualRows: Partial<Record<AnnualRowKey, number>> = { ...annual.lineRows, ...annual.rows };
  for (const [key, row] of Object.entries(annualRows) as Array<[AnnualRowKey, number]>) {
    put(`annual.${key}`, SHEET.annual, row, annual.initialCol);
    if (key !== 'roi' && key !== 'cumulative' && key !== 'cumulative_roi') put(`annual.${key}.total`, SHEET.annual, row, annual.totalCol);
  }
  for (const id of HEADLINE_IDS) put(`output.${id}`, SHEET.annual, annual.headlines[id], annual.valueCol);
  for (const id of OTHER_OUTPUT_IDS) put(`output.${id}`, SHEET.annual, annual.others[id], annual.valueCol);
}

/** The base NPV, each driver's row of the table, and each place of the tornado order. */
function putSensitivityAnchors(put: Put, sensitivity: SensitivityLayout): void {
  put('sensitivity.base_npv', SHEET.sensitivity, sensitivity.baseNpvRow, sensitivity.baseNpvCol);
  const sensitivityCols = {
    base: sensitivity.cols.base, low: sensitivity.cols.low, high: sensitivity.cols.high, npv_low: sensitivity.cols.npvLow,
    npv_high: sensitivity.cols.npvHigh, swing: sensitivity.cols.swing, rank: sensitivity.cols.rank,
  };
  const sortedCols = { driver: sensitivity.sortedCols.driver, npv_low: sensitivity.sortedCols.npvLow, npv_high: sensitivity.sortedCols.npvHigh, swing: sensitivity.sortedCols.swing };
  SENSITIVITY_DRIVERS.forEach((driver, i) => {
    for (const [key, col] of Object.entries(sensitivityCols) as Array<[SensitivityColumn, number]>) put(`sensitivity.${driver}.${key}`, SHEET.sensitivity, sensitivity.driverRows[driver], col);
    const sortedRow = sensitivity.sortedFirstRow + i;
    for (const [key, col] of Object.entries(sortedCols) as Array<[SortedColumn, number]>) put(`sensitivity.sorted.${i + 1}.${key}`, SHEET.sensitivity, sortedRow, col);
  });
  for (const driver of BREAK_EVEN_DRIVERS) {
    put(`breakeven.${driver}.value`, SHEET.sensitivity, sensitivity.breakEven.rows[driver], BREAK_EVEN_COL.value);
    put(`breakeven.${driver}.npv`, SHEET.sensitivity, sensitivity.breakEven.rows[driver], BREAK_EVEN_COL.npv);
  }
}

/** The stamped results, the tables' first rows, the inputs check and the audit table's first trial. */
function putRiskAnchors(put: Put, risk: RiskLayout): void {
  const { results, charts, inputsCheck, audit } = risk;
  const at = (key: AnchorKey, cell: { row: number; col: number }) => put(key, SHEET.risk, cell.row, cell.col);
  for (const figure of RISK_FIGURES) {
    RISK_STATISTICS.forEach((statistic, i) => put(`risk.${figure}.${statistic}`, SHEET.risk, results.figureRows[figure], results.statisticsCol + i));
  }
  for (const probability of RISK_PROBABILITIES) at(`risk.${probability}`, results.probabilities[probability]);
  for (const figure of RISK_CONVERGENCE) at(`risk.convergence.${figure}`, results.convergence[figure]);
  at('risk.trials', results.trials);
  at('risk.seed', results.seed);
  at('risk.sampling', results.sampling);
  at('risk.simulated_on', results.simulatedOn);
  at('risk.inputs_changed', inputsCheck.count);
  put('risk.drivers.first', SHEET.risk, charts.driversFirstRow, 0);
  put('risk.histogram.first', SHEET.risk, charts.histogramFirstRow, 0);
  put('risk.s_curve.first', SHEET.risk, charts.sCurveFirstRow, 0);
  put('risk.audit.trial', SHEET.risk, audit.firstRow, audit.trialCol);
  put('risk.audit.npv', SHEET.risk, audit.firstRow, audit.npvCol);
  for (const [key, col] of Object.entries(audit.inputCols) as Array<[NumericInputKey, number]>) put(`risk.audit.${key}`, SHEET.risk, audit.firstRow, col);
  RISK_STATISTICS.forEach((statistic, i) => put(`risk.audit_sample.${statistic}`, SHEET.risk, audit.statisticsNpvRow, 1 + i));
}

function flowRows(flows: CashFlowRows) {
  return {
    net: flows.net.row,
    cumulative: flows.cumulative.row,
    discount_factor: flows.discountFactor.row,
    discounted_net: flows.discountedNet.row,
    cumulative_discounted: flows.cumulativeDiscounted.row,
  };
}
