import type { Layouts } from '../anchors';
import { absRef, linkTarget, ref, rowRange } from '../a1';
import { HeadlineId, headlineFormat, HEADLINE_LABELS } from '../cashFlow';
import { Formats } from '../formats';
import { onePage } from '../printSetup';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET, SHEET_ORDER } from '../sheetNames';
import { COLORS } from '../styles';
import { PARAM_COL } from '../timeline';
import { ModelLayout } from './modelSheet';
import { AnnualLayout } from './annualSheet';
import { CHECK_ERROR, CHECK_OK } from './checksSheet';
import { SCENARIO_IDS, SCENARIO_LABELS } from '../../../core/model';

const SHEET_PURPOSE: Record<string, string> = {
  [SHEET.inputs]: 'Every assumption, named and validated: change them here',
  [SHEET.model]: 'The base case month by month, line by line',
  [SHEET.annual]: 'Per-year totals, ROI per year and the headline results',
  [SHEET.scenarios]: 'Conservative, base and optimistic cases side by side',
  [SHEET.sensitivity]: 'Each driver moved down and up: effect on NPV, tornado order',
  [SHEET.risk]: 'Monte Carlo simulation: P10/P50/P90 NPV, chance of a loss, drivers, audit trials',
  [SHEET.scorecard]: 'Pilot pass/pause signals against the thresholds',
  [SHEET.tracking]: 'Plan against actuals, month by month',
  [SHEET.checks]: 'Reconciliations that must be zero',
  [SHEET.sources]: 'The benchmarks behind the defaults, labelled as assumptions',
};

const UNQUANTIFIED_PROMPTS = [
  'Business intelligence from support data (product defects, feature requests, churn signals)',
  '24/7 coverage and elastic capacity for peaks, without overtime',
  'Brand and customer loyalty from faster, consistent answers',
  'Agent wellbeing: fewer repetitive contacts, more complex work',
  'Flexibility: options this platform opens later (new channels, languages, use cases)',
];
const EXTRA_BLANK_LINES = 2;

const HEADLINES: readonly HeadlineId[] = [
  'roi_horizon', 'npv', 'irr', 'mirr', 'payback_months', 'discounted_payback_months', 'bcr', 'pv_benefits', 'pv_costs',
  'year1_benefits', 'year1_costs', 'year1_roi',
];
const SCENARIO_ROWS: readonly HeadlineId[] = ['npv', 'roi_horizon', 'irr', 'mirr', 'payback_months', 'payback_relapse_month', 'year1_benefits', 'year1_roi'];
/** the last column of the tables: section bars run this far */
const LAST_TABLE_COL = 3;

export interface SummaryLayout {
  readonly checksRow: number;
  readonly headlineRows: Readonly<Partial<Record<HeadlineId, number>>>;
  /** the payback warnings (simple, discounted): empty text unless a cumulative flow falls below zero again */
  readonly warningRows: readonly number[];
  readonly unquantifiedRows: readonly number[];
  /** the risk figures read from the Risk sheet, value in column 1 */
  readonly riskRows: Readonly<Record<'p10' | 'p50' | 'p90' | 'prob_npv_negative', number>>;
}

/** What the Summary's steps share: the sheet, the formats and the next free row. */
interface SummaryWriter {
  readonly sheet: SheetBuilder;
  readonly formats: Formats;
  row: number;
}

type SummaryLayouts = Pick<Layouts, 'model' | 'annual' | 'scenarios' | 'checks' | 'scorecard'>;

/** What the Summary needs beyond the layouts: how many custom benefit lines the chart shows, and the generation stamp. */
interface SummaryExtras {
  readonly customBenefitCount: number;
  /** "Generated <date> by AI Service ROI <version>" (printSetup.ts), written as text */
  readonly stamp: string;
}

/** The stamp's row, between the subtitle and the first section. */
export const STAMP_ROW = 2;

/** Where the scenario table's headings and NPV row are: the NPV chart reads them. */
interface ScenarioTable {
  readonly headerRow: number;
  readonly npvRow: number;
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date cell as "Jan 2027" (formula text). Not TEXT(date, "mmm yyyy"): Excel reads TEXT's format
 * codes in its own language (a German Excel wants "MMM JJJJ"), and HyperFormula has no "mmm".
 */
export function monthAndYear(dateCell: string): string {
  return `CHOOSE(MONTH(${dateCell}),${MONTH_ABBREVIATIONS.map((name) => `"${name}"`).join(',')})&" "&YEAR(${dateCell})`;
}

/**
 * The Summary: the headline results with the checks flag, a scenario comparison, links to every
 * sheet, editable notes on unquantified benefits (as TEI reports list them) and three charts.
 * The benefits chart shows the standard lines and the custom benefit lines the inputs define.
 */
export function buildSummarySheet(layouts: SummaryLayouts, formats: Formats, { customBenefitCount, stamp }: SummaryExtras): { sheet: SheetBuilder; layout: SummaryLayout } {
  const writer: SummaryWriter = { sheet: new SheetBuilder(SHEET.summary, COLORS.tabReport), formats, row: 3 };
  writer.sheet.formula(0, 0, '=organisation_name&": AI in customer service, business case"', 'title');
  writer.sheet.formula(1, 0, `="Risk-adjusted figures in "&currency&" over "&horizon_months&" months from "&${monthAndYear('start_month')}&" (month 0 = one-time costs)."`, 'subtitle');
  writer.sheet.text(STAMP_ROW, 0, stamp, 'note');
  const { checksRow, headlineRows, warningRows } = writeHeadlineSection(writer, layouts);
  const riskRows = writeRiskFigures(writer);
  const scenarioTable = writeScenarioComparison(writer, layouts.scenarios);
  const tei = writeFinancialSummary(writer.sheet, writer.row, layouts.annual, formats);
  writer.row = tei.nextRow + 1;
  writeSheetLinks(writer);
  const unquantifiedRows = writeUnquantifiedNotes(writer);
  addSummaryCharts(writer.sheet, layouts, formats, customBenefitCount, Math.max(5, tei.lastCol + 2), scenarioTable);
  finishSummarySheet(writer.sheet, checksRow, tei);
  return { sheet: writer.sheet, layout: { checksRow, headlineRows, warningRows, unquantifiedRows, riskRows } };
}

/** A section's title bar across the tables' columns. */
function sectionBar(sheet: SheetBuilder, at: number, title: string): void {
  sheet.text(at, 0, title, 'sectionHeader');
  for (let col = 1; col <= LAST_TABLE_COL; col++) sheet.text(at, col, '', 'sectionHeader');
}

function annualValue(annual: AnnualLayout, row: number): string {
  return `=${absRef(row, annual.valueCol, SHEET.annual)}`;
}

/** The checks flag, the headline figures, the payback warnings, unit cost, FTE and the scorecard's verdict. */
function writeHeadlineSection(writer: SummaryWriter, { model, annual, checks, scorecard }: SummaryLayouts): Pick<SummaryLayout, 'checksRow' | 'headlineRows' | 'warningRows'> {
  const { sheet } = writer;
  sectionBar(sheet, writer.row++, 'Headline results (base case, risk-adjusted)');
  const checksRow = writer.row++;
  sheet.text(checksRow, 0, 'Checks (all reconciliations)', 'label');
  sheet.formula(checksRow, 1, `=${absRef(checks.overallRow, checks.overallCol, SHEET.checks)}`, 'check');
  sheet.text(checksRow, 2, 'If ERROR: see the Checks sheet before trusting any figure', 'inlineNote', { link: linkTarget(SHEET.checks) });
  const headlineRows = writeHeadlineFigures(writer, model, annual);
  const warningRows = writePaybackWarnings(writer, model);
  writeUnitCostAndStaffing(writer, annual);
  const scorecardRow = writer.row++;
  sheet.text(scorecardRow, 0, 'Pilot scorecard', 'label');
  sheet.formula(scorecardRow, 1, `=${absRef(scorecard.overallRow, scorecard.overallCol, SHEET.scorecard)}`, 'check');
  writer.row++;
  return { checksRow, headlineRows, warningRows };
}

/** Each headline figure, with the reason beside it while it reads n/a. */
function writeHeadlineFigures(writer: SummaryWriter, model: ModelLayout, annual: AnnualLayout): Partial<Record<HeadlineId, number>> {
  const { sheet, formats } = writer;
  const notApplicable = notApplicableReasons(model);
  const headlineRows: Partial<Record<HeadlineId, number>> = {};
  for (const id of HEADLINES) {
    const row = writer.row++;
    headlineRows[id] = row;
    sheet.text(row, 0, HEADLINE_LABELS[id], 'label');
    sheet.formula(row, 1, annualValue(annual, annual.headlines[id]), id === 'npv' || id === 'roi_horizon' ? 'output' : 'calculation', headlineFormat(id, formats));
    const reason = notApplicable[id];
    if (reason !== undefined) sheet.formula(row, 2, `=IF(ISNUMBER(${ref(row, 1)}),"",${reason})`, 'inlineNote');
  }
  return headlineRows;
}

/** The simple and discounted payback warnings: empty text unless the cumulative flow falls below zero again. */
function writePaybackWarnings(writer: SummaryWriter, model: ModelLayout): number[] {
  const warningRows: number[] = [];
  for (const [relapse, what] of [[model.flows.relapse, 'cumulative'], [model.flows.discountedRelapse, 'cumulative discounted']] as const) {
    const months = rowRange(relapse.row, model.timeline.firstCol, model.timeline.lastCol, SHEET.model);
    warningRows.push(writer.row);
    writer.sheet.formula(writer.row++, 0,
      `=IF(COUNT(${months})=0,"","Warning: the ${what} cash flow falls below zero again in month "&MIN(${months})&", after payback.")`, 'inlineNote');
  }
  return warningRows;
}

function writeUnitCostAndStaffing(writer: SummaryWriter, annual: AnnualLayout): void {
  const { sheet, formats } = writer;
  const perContactRow = writer.row++;
  sheet.text(perContactRow, 0, 'Cost per contact before → with AI (all running costs)', 'label');
  sheet.formula(perContactRow, 1, annualValue(annual, annual.others.cost_per_contact_before), 'calculation', formats.moneyCents);
  sheet.formula(perContactRow, 2, annualValue(annual, annual.others.cost_per_contact_after), 'output', formats.moneyCents);
  const fteRow = writer.row++;
  sheet.text(fteRow, 0, 'FTE freed (last month of the horizon)', 'label');
  sheet.formula(fteRow, 1, annualValue(annual, annual.others.fte_freed), 'output', formats.decimal);
}

/** P10, P50 and P90 NPV and the chance of a loss, read from the Risk sheet's stamped results. */
function writeRiskFigures(writer: SummaryWriter): SummaryLayout['riskRows'] {
  const { sheet, formats } = writer;
  sectionBar(sheet, writer.row++, 'Risk (Monte Carlo simulation of the base case)');
  const lines: ['p10' | 'p50' | 'p90' | 'prob_npv_negative', string, string, string][] = [
    ['p10', 'NPV, P10 (10% of trials at or below)', 'risk_npv_p10', formats.money],
    ['p50', 'NPV, P50 (median)', 'risk_npv_p50', formats.money],
    ['p90', 'NPV, P90 (90% of trials at or below)', 'risk_npv_p90', formats.money],
    ['prob_npv_negative', 'P(NPV < 0): chance the case loses money', 'risk_prob_npv_negative', formats.rate],
  ];
  const rows = {} as Record<'p10' | 'p50' | 'p90' | 'prob_npv_negative', number>;
  for (const [id, label, name, format] of lines) {
    const row = (rows[id] = writer.row++);
    sheet.text(row, 0, label, 'label');
    sheet.formula(row, 1, `=${name}`, id === 'p50' || id === 'prob_npv_negative' ? 'output' : 'calculation', format);
  }
  sheet.formula(writer.row++, 0, '="From "&risk_trials&" trials, seed "&risk_seed&": values of the simulation; if the Checks read ERROR, the inputs changed since: simulate again."', 'inlineNote');
  writer.row++;
  return rows;
}

/** The three cases side by side, with a note on why a figure reads n/a when one does. */
function writeScenarioComparison(writer: SummaryWriter, scenarios: SummaryLayouts['scenarios']): ScenarioTable {
  const { sheet, formats } = writer;
  sectionBar(sheet, writer.row, 'Scenarios');
  const headerRow = writer.row + 1;
  sheet.text(headerRow, 0, '', 'tableHeader');
  SCENARIO_IDS.forEach((scenario, i) => sheet.text(headerRow, 1 + i, SCENARIO_LABELS[scenario], 'tableHeader'));
  writer.row = headerRow + 1;
  let npvRow = writer.row;
  for (const id of SCENARIO_ROWS) {
    const row = writer.row++;
    if (id === 'npv') npvRow = row;
    sheet.text(row, 0, HEADLINE_LABELS[id], 'label');
    SCENARIO_IDS.forEach((scenario, i) => {
      sheet.formula(row, 1 + i, `=${absRef(scenarios.headlineRows[id], scenarios.cols[scenario], SHEET.scenarios)}`, 'calculation', headlineFormat(id, formats));
    });
  }
  const scenarioTable = `${ref(headerRow + 1, 1)}:${ref(writer.row - 1, SCENARIO_IDS.length)}`;
  sheet.formula(writer.row++, 0,
    `=IF(COUNTIF(${scenarioTable},"n/a")=0,"","Where a figure reads n/a: IRR needs net flows that change sign exactly once; MIRR a negative and a positive net flow; payback is not reached within the horizon; ROI has no costs to divide by. Each case's reasons: Scenarios sheet.")`,
    'inlineNote');
  writer.row++;
  return { headerRow, npvRow };
}

/** A link to every other sheet, with what it is for. */
function writeSheetLinks(writer: SummaryWriter): void {
  const { sheet } = writer;
  sectionBar(sheet, writer.row++, 'Sheets in this workbook');
  for (const name of SHEET_ORDER.filter((n) => n !== SHEET.summary)) {
    sheet.text(writer.row, 0, name, 'link', { link: linkTarget(name) });
    sheet.text(writer.row, 1, SHEET_PURPOSE[name], 'inlineNote');
    writer.row++;
  }
  writer.row++;
}

/** Editable prompts for what the numbers leave out, and a few blank lines for the user's own. */
function writeUnquantifiedNotes(writer: SummaryWriter): number[] {
  const { sheet } = writer;
  sectionBar(sheet, writer.row++, 'Unquantified benefits and flexibility');
  sheet.text(writer.row++, 0, 'What the numbers leave out, as TEI studies report it. Edit these notes; they are not in any formula.', 'note');
  const unquantifiedRows: number[] = [];
  for (const text of [...UNQUANTIFIED_PROMPTS, ...Array<string | null>(EXTRA_BLANK_LINES).fill(null)]) {
    sheet.set(writer.row, 0, { value: text, style: 'textInput', editable: true });
    unquantifiedRows.push(writer.row++);
  }
  return unquantifiedRows;
}

/** Months on the cumulative chart are labelled once a year: 0, 12, 24, … */
const MONTHS_PER_LABEL = 12;

/** The cumulative cash flow, benefits by line per year and NPV by scenario, stacked right of the tables; amounts in thousands. */
function addSummaryCharts(sheet: SheetBuilder, { model, annual }: SummaryLayouts, formats: Formats, customBenefitCount: number, chartCol: number, scenarioTable: ScenarioTable): void {
  const { timeline } = model;
  const benefitSeries = model.benefitLines.filter((line) => (line.customSlot ?? 0) <= customBenefitCount).map(({ id, title }) => ({
    name: title,
    values: rowRange(annual.lineRows[id]!, annual.firstYearCol, annual.totalCol - 1, SHEET.annual),
    categories: rowRange(annual.headerRow, annual.firstYearCol, annual.totalCol - 1, SHEET.annual),
  }));
  sheet.charts.push(
    {
      id: 'summary-cumulative-net',
      type: 'line',
      title: 'Cumulative net cash flow (risk-adjusted)',
      series: [
        { name: 'Cumulative net cash flow', values: rowRange(model.flows.cumulative.row, timeline.month0Col, timeline.lastCol, SHEET.model), categories: rowRange(model.rows.month, timeline.month0Col, timeline.lastCol, SHEET.model) },
        { name: 'Cumulative discounted', values: rowRange(model.flows.cumulativeDiscounted.row, timeline.month0Col, timeline.lastCol, SHEET.model), categories: rowRange(model.rows.month, timeline.month0Col, timeline.lastCol, SHEET.model) },
      ],
      anchor: { startRow: 3, startCol: chartCol, endRow: 22, endCol: chartCol + 8 },
      valueAxisTitle: `Cumulative cash flow (${formats.currency})`,
      categoryAxisTitle: 'Month',
      legend: 'bottom',
      // the flow starts below zero: labels at zero would run through the lines
      categoryLabelPosition: 'low',
      categoryLabelInterval: MONTHS_PER_LABEL,
      valueAxisNumberFormat: formats.chartThousands,
    },
    {
      id: 'summary-benefits-by-line',
      type: 'columnStacked',
      title: 'Risk-adjusted benefits by line, per year',
      series: benefitSeries,
      anchor: { startRow: 24, startCol: chartCol, endRow: 46, endCol: chartCol + 8 },
      valueAxisTitle: `Benefits (${formats.currency})`,
      ...(benefitSeries.length > 1 ? { legend: 'bottom' as const } : {}),
      categoryLabelPosition: 'low',
      valueAxisNumberFormat: formats.chartThousands,
    },
    {
      id: 'summary-scenarios',
      type: 'columnClustered',
      title: 'NPV by scenario',
      series: [{ name: 'NPV', values: rowRange(scenarioTable.npvRow, 1, 3, SHEET.summary), categories: rowRange(scenarioTable.headerRow, 1, 3, SHEET.summary) }],
      anchor: { startRow: 48, startCol: chartCol, endRow: 67, endCol: chartCol + 8 },
      valueAxisTitle: `NPV (${formats.currency})`,
      categoryLabelPosition: 'low',
      valueAxisNumberFormat: formats.chartThousands,
    },
  );
}

/** The checks flag's colours, red negatives, widths and print setup. */
function finishSummarySheet(sheet: SheetBuilder, checksRow: number, tei: { nextRow: number; lastCol: number }): void {
  sheet.conditionalFormats.push(
    { range: { startRow: checksRow, startCol: 1, endRow: checksRow, endCol: 1 }, type: 'cellValue', operator: 'equal', formula: `="${CHECK_ERROR}"`, fontColor: COLORS.errorFont, fillColor: COLORS.errorFill },
    { range: { startRow: checksRow, startCol: 1, endRow: checksRow, endCol: 1 }, type: 'cellValue', operator: 'equal', formula: `="${CHECK_OK}"`, fontColor: COLORS.okFont, fillColor: COLORS.okFill },
    { range: { startRow: checksRow + 1, startCol: 1, endRow: tei.nextRow, endCol: tei.lastCol }, type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative },
  );
  sheet.width(0, 50);
  sheet.width(1, 18);
  sheet.width(2, 18);
  sheet.width(3, 18);
  for (let col = 4; col <= tei.lastCol; col++) sheet.width(col, 15);
  sheet.print = onePage(sheet.usedArea());
}

/** Why a figure reads "n/a", from the same conditions as its formula; empty while it is a number. */
function notApplicableReasons(model: ModelLayout): Partial<Record<HeadlineId, string>> {
  const param = (location: { row: number }) => absRef(location.row, PARAM_COL, SHEET.model);
  return {
    roi_horizon: '"no PV of costs to divide by"',
    bcr: '"no PV of costs to divide by"',
    irr: param(model.flows.irrReason),
    mirr: '"MIRR needs net flows with a negative and a positive amount"',
    payback_months: '"not reached within the horizon"',
    discounted_payback_months: '"not reached within the horizon"',
    year1_roi: '"no costs in months 0 to 12 to divide by"',
  };
}

/**
 * The financial summary as a Forrester TEI study prints it: total costs, total benefits and
 * net benefits (risk-adjusted) by Initial, each year, Total and Present value, then ROI, NPV
 * and payback, so a published study's table can be laid beside this one.
 */
function writeFinancialSummary(sheet: SheetBuilder, startRow: number, annual: AnnualLayout, formats: Formats): { nextRow: number; lastCol: number } {
  let row = startRow;
  const lastCol = 1 + (annual.pvCol - annual.initialCol);
  sheet.text(row, 0, 'Financial summary (risk-adjusted, as TEI studies print it)', 'sectionHeader');
  for (let col = 1; col <= lastCol; col++) sheet.text(row, col, '', 'sectionHeader');
  row++;
  sheet.text(row, 0, '', 'tableHeader');
  for (let col = annual.initialCol; col <= annual.pvCol; col++) {
    sheet.formula(row, 1 + col - annual.initialCol, `=${absRef(annual.headerRow, col, SHEET.annual)}`, 'tableHeader');
  }
  row++;
  const lines: [string, number][] = [['Total costs', annual.rows.costs_adj], ['Total benefits', annual.rows.benefits_adj], ['Net benefits', annual.rows.net]];
  for (const [label, annualRow] of lines) {
    sheet.text(row, 0, label, label === 'Net benefits' ? 'total' : 'label');
    for (let col = annual.initialCol; col <= annual.pvCol; col++) {
      sheet.formula(row, 1 + col - annual.initialCol, `=${absRef(annualRow, col, SHEET.annual)}`, label === 'Net benefits' ? 'total' : 'calculation', formats.money);
    }
    row++;
  }
  const figures: HeadlineId[] = ['roi_horizon', 'npv', 'payback_months'];
  for (const id of figures) {
    sheet.text(row, 0, HEADLINE_LABELS[id], 'label');
    sheet.formula(row, 1, `=${absRef(annual.headlines[id], annual.valueCol, SHEET.annual)}`, 'calculation', headlineFormat(id, formats));
    row++;
  }
  return { nextRow: row, lastCol };
}
