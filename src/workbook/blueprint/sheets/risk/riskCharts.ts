import { fieldByKey } from '../../../../core/inputs/fields';
import type { RiskResult } from '../../../../core/simulation/simulate';
import { colRange } from '../../a1';
import { SHEET } from '../../sheetNames';
import { riskHeaders, riskSection, RiskWriter } from './riskWriter';

/** Charts sit right of their tables, from this column. */
const CHART_COL = 5;
const CHART_ROWS = 18;
/** The S-curve table prints every fifth of the engine's 101 points: 0%, 5%, …, 100%. */
const S_CURVE_STEP = 5;

export interface RiskChartRows {
  readonly driversFirstRow: number;
  readonly histogramFirstRow: number;
  readonly sCurveFirstRow: number;
}

/** Moves past a table and the chart beside it, whichever is longer. */
function pastChart(writer: RiskWriter, chartTop: number): void {
  writer.row = Math.max(writer.row, chartTop + CHART_ROWS) + 1;
}

/** Each uncertain input's rank correlation with NPV and share of NPV's variance, largest first, with its bar chart. */
function writeDrivers(writer: RiskWriter, result: RiskResult): number {
  const { sheet, formats } = writer;
  riskSection(writer, 'Stochastic tornado: what drives the spread of NPV');
  const chartTop = writer.row;
  riskHeaders(writer, ['Input', 'Key', 'Rank correlation with NPV', 'Share of NPV variance']);
  const first = writer.row;
  for (const driver of result.drivers) {
    const row = writer.row++;
    sheet.text(row, 0, fieldByKey(driver.input)?.label ?? driver.input, 'label');
    sheet.text(row, 1, driver.input, 'calculation');
    sheet.set(row, 2, { value: driver.rankCorrelation, style: 'calculation', numberFormat: formats.decimal });
    sheet.set(row, 3, { value: driver.varianceShare, style: 'output', numberFormat: formats.rate });
  }
  const last = Math.max(first, writer.row - 1);
  sheet.charts.push({
    id: 'risk-tornado',
    type: 'barClustered',
    title: 'Rank correlation of each input with NPV (stochastic tornado)',
    series: [{ name: 'Rank correlation with NPV', values: colRange(2, first, last, SHEET.risk), categories: colRange(0, first, last, SHEET.risk) }],
    anchor: { startRow: chartTop, startCol: CHART_COL, endRow: chartTop + CHART_ROWS, endCol: CHART_COL + 4 },
    valueAxisTitle: 'Rank correlation',
    // left of the plot: negative correlations would put the names under their bars at zero
    categoryLabelPosition: 'low',
  });
  pastChart(writer, chartTop);
  return first;
}

/** Trials per NPV bin and the column chart of them. */
function writeHistogram(writer: RiskWriter, result: RiskResult): number {
  const { sheet, formats } = writer;
  riskSection(writer, 'Distribution of NPV (histogram of all trials)');
  const chartTop = writer.row;
  riskHeaders(writer, ['Bin centre', 'From', 'To', 'Trials', 'Share']);
  const first = writer.row;
  const { edges, counts } = result.npvHistogram;
  counts.forEach((count, i) => {
    const row = writer.row++;
    sheet.set(row, 0, { value: (edges[i] + edges[i + 1]) / 2, style: 'label', numberFormat: formats.money });
    sheet.set(row, 1, { value: edges[i], style: 'calculation', numberFormat: formats.money });
    sheet.set(row, 2, { value: edges[i + 1], style: 'calculation', numberFormat: formats.money });
    sheet.set(row, 3, { value: count, style: 'calculation', numberFormat: formats.count });
    sheet.set(row, 4, { value: count / result.trials, style: 'calculation', numberFormat: formats.rate });
  });
  const last = writer.row - 1;
  sheet.charts.push({
    id: 'risk-npv-histogram',
    type: 'columnClustered',
    title: 'NPV: trials per bin',
    series: [{ name: 'Trials', values: colRange(3, first, last, SHEET.risk), categories: colRange(0, first, last, SHEET.risk) }],
    anchor: { startRow: chartTop, startCol: CHART_COL, endRow: chartTop + CHART_ROWS, endCol: CHART_COL + 4 },
    valueAxisTitle: 'Trials',
    categoryAxisTitle: `NPV, bin centre (${formats.currency})`,
    categoryAxisNumberFormat: formats.chartThousands,
  });
  pastChart(writer, chartTop);
  return first;
}

/** NPV at each cumulative probability (PERCENTILE.INC of all trials) and its line chart. */
function writeSCurve(writer: RiskWriter, result: RiskResult): number {
  const { sheet, formats } = writer;
  riskSection(writer, 'S-curve: NPV at each cumulative probability');
  const chartTop = writer.row;
  riskHeaders(writer, ['Probability NPV is at most', 'NPV']);
  const first = writer.row;
  const { probabilities, values } = result.npvSCurve;
  for (let i = 0; i < probabilities.length; i += S_CURVE_STEP) {
    const row = writer.row++;
    sheet.set(row, 0, { value: probabilities[i], style: 'label', numberFormat: '0%' });
    sheet.set(row, 1, { value: values[i], style: 'calculation', numberFormat: formats.money });
  }
  const last = writer.row - 1;
  sheet.charts.push({
    id: 'risk-npv-s-curve',
    type: 'line',
    title: 'S-curve: NPV by cumulative probability (read P10, P50, P90 off it)',
    series: [{ name: 'NPV', values: colRange(1, first, last, SHEET.risk), categories: colRange(0, first, last, SHEET.risk) }],
    anchor: { startRow: chartTop, startCol: CHART_COL, endRow: chartTop + CHART_ROWS, endCol: CHART_COL + 4 },
    valueAxisTitle: `NPV (${formats.currency})`,
    categoryAxisTitle: 'Cumulative probability',
    categoryLabelPosition: 'low',
    categoryAxisNumberFormat: '0%',
    valueAxisNumberFormat: formats.chartThousands,
  });
  pastChart(writer, chartTop);
  return first;
}

/** The tornado, the histogram and the S-curve, each a table of values with its chart beside it. */
export function writeRiskCharts(writer: RiskWriter, result: RiskResult): RiskChartRows {
  const driversFirstRow = writeDrivers(writer, result);
  const histogramFirstRow = writeHistogram(writer, result);
  const sCurveFirstRow = writeSCurve(writer, result);
  return { driversFirstRow, histogramFirstRow, sCurveFirstRow };
}
