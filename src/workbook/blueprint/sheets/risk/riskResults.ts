import type { Result } from '../../../../core/result';
import type { PaybackSummary } from '../../../../core/simulation/riskStatistics';
import type { RiskResult } from '../../../../core/simulation/simulate';
import type { SampleSummary } from '../../../../core/simulation/stats';
import { CellAt, riskHeaders, riskSection, RiskWriter, stampedValue } from './riskWriter';

export const RISK_FIGURES = ['npv', 'roi', 'year1_roi', 'payback_months'] as const;
export type RiskFigure = (typeof RISK_FIGURES)[number];
export const RISK_STATISTICS = ['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95'] as const;
export type RiskStatistic = (typeof RISK_STATISTICS)[number];
export const RISK_PROBABILITIES = ['prob_npv_negative', 'prob_payback_within_threshold', 'prob_roi_above_threshold', 'prob_not_paid_back'] as const;
export type RiskProbability = (typeof RISK_PROBABILITIES)[number];
export const RISK_CONVERGENCE = ['se_mean', 'se_p50', 'trials_for_one_percent'] as const;
export type RiskConvergence = (typeof RISK_CONVERGENCE)[number];

/** Where the stamped results are: the stamp, every statistic, every probability, convergence. */
export interface RiskResultCells {
  readonly trials: CellAt;
  readonly seed: CellAt;
  readonly sampling: CellAt;
  readonly simulatedOn: CellAt;
  /** the first column of the statistics, in RISK_STATISTICS order */
  readonly statisticsCol: number;
  readonly figureRows: Readonly<Record<RiskFigure, number>>;
  readonly probabilities: Readonly<Record<RiskProbability, CellAt>>;
  readonly convergence: Readonly<Record<RiskConvergence, CellAt>>;
}

export interface RiskStamp {
  readonly result: RiskResult;
  /** 'YYYY-MM-DD', or '' when the caller did not give the date */
  readonly simulatedOn: string;
}

const FIGURE_LABELS: Readonly<Record<RiskFigure, string>> = {
  npv: 'NPV',
  roi: 'ROI over the horizon',
  year1_roi: 'Year-1 ROI',
  payback_months: 'Payback (months)',
};

/** Trials, seed, sampling and date: what reproduces these results. */
function writeStamp(writer: RiskWriter, { result, simulatedOn }: RiskStamp): Pick<RiskResultCells, 'trials' | 'seed' | 'sampling' | 'simulatedOn'> {
  const { sheet, formats } = writer;
  riskSection(writer, 'Simulation (the same trials, seed and sampling give the same results)');
  const at = (label: string, write: (row: number) => void): CellAt => {
    const row = writer.row++;
    sheet.text(row, 0, label, 'label');
    write(row);
    return { row, col: 1 };
  };
  const trials = at('Trials', (row) => sheet.set(row, 1, { value: result.trials, style: 'output', numberFormat: formats.count }));
  const seed = at('Seed', (row) => sheet.set(row, 1, { value: result.seed, style: 'output', numberFormat: '0' }));
  const sampling = at('Sampling', (row) => sheet.text(row, 1, result.sampling === 'latinHypercube' ? 'Latin hypercube' : 'random', 'calculation'));
  const simulatedOnCell = at('Simulated on', (row) => sheet.text(row, 1, simulatedOn === '' ? 'date not given' : simulatedOn, 'calculation'));
  at('Horizon (months)', (row) => sheet.set(row, 1, { value: result.horizonMonths, style: 'calculation', numberFormat: '0' }));
  writer.row++;
  return { trials, seed, sampling, simulatedOn: simulatedOnCell };
}

function paybackReason(result: RiskResult): string {
  const share = result.paybackMonths.probNotPaidBack;
  if (share === 0) return '';
  return `${(share * 100).toFixed(1)}% of trials do not pay back within the ${result.horizonMonths}-month horizon: no mean or SD, and a percentile that reaches them reads n/a.`;
}

type Summary = SampleSummary | PaybackSummary;

function figureOf(result: RiskResult, figure: RiskFigure): { summary: Summary | null; reason: string } {
  const fromResult = (value: Result<SampleSummary>) => (value.ok ? { summary: value.value, reason: '' } : { summary: null, reason: value.error.message });
  if (figure === 'npv') return { summary: result.npv, reason: '' };
  if (figure === 'roi') return fromResult(result.roi);
  if (figure === 'year1_roi') return fromResult(result.year1Roi);
  return { summary: result.paybackMonths, reason: paybackReason(result) };
}

/** NPV, ROI, year-1 ROI and payback: mean, SD and percentiles, "n/a" with the reason where a figure has none. */
function writeStatistics(writer: RiskWriter, result: RiskResult): Readonly<Record<RiskFigure, number>> {
  const { sheet, formats } = writer;
  riskSection(writer, 'Results (values from the simulation, not formulas)');
  riskHeaders(writer, ['Figure', 'Mean', 'SD', 'P5', 'P10', 'P50', 'P90', 'P95', 'Why n/a']);
  const format: Record<RiskFigure, string> = { npv: formats.money, roi: formats.percent, year1_roi: formats.percent, payback_months: formats.months };
  const rows = {} as Record<RiskFigure, number>;
  for (const figure of RISK_FIGURES) {
    const row = (rows[figure] = writer.row++);
    const { summary, reason } = figureOf(result, figure);
    sheet.text(row, 0, FIGURE_LABELS[figure], 'label');
    RISK_STATISTICS.forEach((statistic, i) => stampedValue(writer, row, 1 + i, summary === null ? null : summary[statistic], format[figure], figure === 'npv' ? 'output' : 'calculation'));
    if (reason !== '') sheet.text(row, 1 + RISK_STATISTICS.length, reason, 'inlineNote');
  }
  writer.row++;
  return rows;
}

/** The chances a CFO asks for, each against the Scorecard's threshold it names. */
function writeProbabilities(writer: RiskWriter, result: RiskResult, thresholds: { paybackMonths: number; roi: number }): Record<RiskProbability, CellAt> {
  const { sheet, formats } = writer;
  const roi = result.probRoiAboveThreshold;
  const lines: [RiskProbability, string, number | null, string][] = [
    ['prob_npv_negative', 'P(NPV < 0): chance the case loses money', result.probNpvNegative, ''],
    ['prob_payback_within_threshold', `P(payback ≤ ${thresholds.paybackMonths} months, the Scorecard's threshold)`, result.probPaybackWithinThreshold, 'Trials that do not pay back within the horizon count as not within.'],
    ['prob_roi_above_threshold', `P(ROI ≥ ${(thresholds.roi * 100).toFixed(1)}%, the Scorecard's threshold)`, roi.ok ? roi.value : null, roi.ok ? '' : roi.error.message],
    ['prob_not_paid_back', `Share of trials not paid back within the ${result.horizonMonths}-month horizon`, result.paybackMonths.probNotPaidBack, ''],
  ];
  const cells = {} as Record<RiskProbability, CellAt>;
  for (const [id, label, value, note] of lines) {
    const row = writer.row++;
    sheet.text(row, 0, label, 'label');
    stampedValue(writer, row, 1, value, formats.rate, id === 'prob_npv_negative' ? 'output' : 'calculation');
    if (note !== '') sheet.text(row, 2, note, 'inlineNote');
    cells[id] = { row, col: 1 };
  }
  writer.row++;
  return cells;
}

/** How settled the results are: standard errors of mean and median NPV, trials for ±1% at 95%. */
function writeConvergence(writer: RiskWriter, result: RiskResult): Record<RiskConvergence, CellAt> {
  const { sheet, formats } = writer;
  riskSection(writer, 'Convergence');
  const { standardErrorOfMean, standardErrorOfP50, trialsForOnePercent } = result.convergence;
  const lines: [RiskConvergence, string, number | null, string][] = [
    ['se_mean', 'Standard error of mean NPV (SD / √trials)', standardErrorOfMean, formats.money],
    ['se_p50', 'Standard error of P50 NPV', standardErrorOfP50, formats.money],
    ['trials_for_one_percent', 'Trials for mean NPV within ±1% at 95% confidence', trialsForOnePercent, formats.count],
  ];
  const cells = {} as Record<RiskConvergence, CellAt>;
  for (const [id, label, value, format] of lines) {
    const row = writer.row++;
    sheet.text(row, 0, label, 'label');
    stampedValue(writer, row, 1, value, format);
    if (value === null) sheet.text(row, 2, 'The mean NPV is 0: ±1% of it has no width.', 'inlineNote');
    cells[id] = { row, col: 1 };
  }
  if (result.correlationRepair !== null) sheet.text(writer.row++, 0, result.correlationRepair, 'inlineNote');
  writer.row++;
  return cells;
}

/** The stamp, the statistics, the probabilities and convergence, all values. */
export function writeRiskResults(writer: RiskWriter, stamp: RiskStamp, thresholds: { paybackMonths: number; roi: number }): RiskResultCells {
  const stampCells = writeStamp(writer, stamp);
  const figureRows = writeStatistics(writer, stamp.result);
  const probabilities = writeProbabilities(writer, stamp.result, thresholds);
  const convergence = writeConvergence(writer, stamp.result);
  return { ...stampCells, statisticsCol: 1, figureRows, probabilities, convergence };
}
