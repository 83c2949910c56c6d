import type { Layouts } from '../anchors';
import type { CatalogueLine } from '../../../core/model';
import { HEADLINE_RESULT_KEYS, HeadlineResultKey, resultName } from '../../../core/model/headlineResults';
import { absRef, ref, rowRange } from '../a1';
import { HEADLINE_IDS, HEADLINE_LABELS, HeadlineId, ratio, writeHeadlineColumn } from '../cashFlow';
import { Formats } from '../formats';
import { MAX_AHT_REDUCTION_NAME } from '../inputNames';
import { onePage } from '../printSetup';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { NameBlueprint } from '../types';
import { isUnusedSlot, type ModelLayout, type ModelLine } from './modelSheet';
import { PARAM_COL, LABEL_COL as MODEL_LABEL_COL } from '../timeline';

const LABEL_COL = 0;
const INITIAL_COL = 1;

export type AnnualRowId =
  | 'benefits_adj'
  | 'costs_adj'
  | 'net'
  | 'cumulative'
  | 'benefits'
  | 'costs'
  | 'net_unadjusted'
  | 'discounted_net'
  | 'roi'
  | 'cumulative_roi';

export const OTHER_OUTPUT_IDS = [
  'cost_per_contact_before',
  'cost_per_contact_after',
  'fte_before',
  'fte_after',
  'fte_freed',
] as const;
export type OtherOutputId = (typeof OTHER_OUTPUT_IDS)[number];

export interface AnnualLayout {
  readonly initialCol: number;
  readonly firstYearCol: number;
  readonly totalCol: number;
  /** the Present value column of each line and total */
  readonly pvCol: number;
  readonly years: number;
  /** the text headings ("Initial", "Year 1", …) */
  readonly headerRow: number;
  readonly rows: Readonly<Record<AnnualRowId, number>>;
  /** line id -> risk-adjusted row (benefit and cost lines) */
  readonly lineRows: Readonly<Partial<Record<CatalogueLine['id'], number>>>;
  readonly valueCol: number;
  readonly headlines: Readonly<Record<HeadlineId, number>>;
  readonly others: Readonly<Record<OtherOutputId, number>>;
}

/** What the Annual's steps share: the sheet, the Model it sums, its columns and the next free row. */
interface AnnualWriter {
  readonly sheet: SheetBuilder;
  readonly model: ModelLayout;
  readonly formats: Formats;
  readonly years: number;
  readonly totalCol: number;
  /** TEI's Present value column: Σ value · discount factor over the Model's months */
  readonly pvCol: number;
  /** the year numbers the SUMIFs match */
  readonly yearRow: number;
  row: number;
}

type RiskAdjustedRows = Pick<AnnualLayout['rows'], 'benefits_adj' | 'costs_adj' | 'net' | 'cumulative' | 'roi' | 'cumulative_roi' | 'discounted_net'>;
type UnadjustedRows = Pick<AnnualLayout['rows'], 'benefits' | 'costs' | 'net_unadjusted'>;

const HEADER_ROW = 3;

/**
 * The Annual sheet: the Initial column (month 0), one column per year and a total, each a SUMIF
 * of the Model's rows over its year row; ROI per year; then the headline outputs of the base case.
 */
export function buildAnnualSheet({ model }: Pick<Layouts, 'model'>, formats: Formats): { sheet: SheetBuilder; layout: AnnualLayout } {
  const years = model.timeline.years;
  const firstYearCol = INITIAL_COL + 1;
  const totalCol = firstYearCol + years;
  const writer: AnnualWriter = {
    sheet: new SheetBuilder(SHEET.annual, COLORS.tabReport), model, formats, years, totalCol, pvCol: totalCol + 1, yearRow: HEADER_ROW + 1, row: HEADER_ROW + 2,
  };
  writer.sheet.text(0, LABEL_COL, 'Annual summary and headline results (risk-adjusted)', 'title');
  writer.sheet.text(1, LABEL_COL, 'Initial = month 0 (one-time costs). Each year sums its months on the Model sheet. ROI per year uses that year\'s undiscounted flows.', 'subtitle');
  writeYearHeader(writer);
  const lineRows: Partial<Record<CatalogueLine['id'], number>> = {};
  const riskAdjusted = writeRiskAdjustedRows(writer, lineRows);
  const unadjusted = writeUnadjustedRows(writer);
  const headlines = writeHeadlines(writer);
  const others = writeUnitCostAndStaffing(writer);
  finishAnnualSheet(writer);
  const { benefits_adj, costs_adj, net, cumulative, discounted_net, roi, cumulative_roi } = riskAdjusted;
  return {
    sheet: writer.sheet,
    layout: {
      initialCol: INITIAL_COL,
      firstYearCol,
      totalCol,
      pvCol: writer.pvCol,
      years,
      headerRow: HEADER_ROW,
      rows: { benefits_adj, costs_adj, net, cumulative, benefits: unadjusted.benefits, costs: unadjusted.costs, net_unadjusted: unadjusted.net_unadjusted, discounted_net, roi, cumulative_roi },
      lineRows,
      valueCol: INITIAL_COL,
      headlines,
      others,
    },
  };
}

/** The column headings over the year numbers. */
function writeYearHeader({ sheet, model: { timeline }, years, totalCol, pvCol, yearRow }: AnnualWriter): void {
  // Text headings (chart categories read them as "Year 1", not 1) over the year numbers the SUMIFs match.
  sheet.text(HEADER_ROW, LABEL_COL, '', 'tableHeader');
  sheet.text(yearRow, LABEL_COL, 'Year number (each column sums the Model\'s months of this year)', 'unit');
  for (let y = 0; y <= years; y++) {
    const partial = y === years && timeline.months % 12 !== 0;
    sheet.text(HEADER_ROW, INITIAL_COL + y, y === 0 ? 'Initial' : partial ? `Year ${y} (partial: ${timeline.months % 12} months)` : `Year ${y}`, 'tableHeader');
    sheet.set(yearRow, INITIAL_COL + y, { value: y, style: 'unit', numberFormat: '0' });
  }
  sheet.text(HEADER_ROW, totalCol, 'Total', 'tableHeader');
  sheet.text(HEADER_ROW, pvCol, 'Present value', 'tableHeader');
}

/** One Model row summed per year (SUMIF over the year row), its total and its present value; returns the row. */
function sumifRow(writer: AnnualWriter, label: string, modelRow: number, style: 'calculation' | 'total', labelFormula?: string): number {
  const { sheet, model: { timeline }, formats, years, totalCol, pvCol, yearRow } = writer;
  const modelRange = (r: number) => rowRange(r, timeline.month0Col, timeline.lastCol, SHEET.model);
  const at = writer.row++;
  if (labelFormula) sheet.formula(at, LABEL_COL, labelFormula, style === 'total' ? 'total' : 'label');
  else sheet.text(at, LABEL_COL, label, style === 'total' ? 'total' : 'label');
  for (let y = 0; y <= years; y++) {
    const col = INITIAL_COL + y;
    sheet.formula(at, col, `=SUMIF(${modelRange(writer.model.rows.year)},${ref(yearRow, col, { absRow: true })},${modelRange(modelRow)})`, style, formats.money);
  }
  sheet.formula(at, totalCol, `=SUM(${ref(at, INITIAL_COL)}:${ref(at, totalCol - 1)})`, style, formats.money);
  sheet.formula(at, pvCol, `=SUMPRODUCT(${modelRange(modelRow)},${modelRange(writer.model.flows.discountFactor.row)})`, style, formats.money);
  return at;
}

/** A section of the Model's risk-adjusted lines, each labelled as the Model labels it, and their total. */
function writeLineSection(
  writer: AnnualWriter,
  heading: string,
  lines: readonly ModelLine[],
  total: { readonly label: string; readonly modelRow: number },
  lineRows: Partial<Record<CatalogueLine['id'], number>>,
  usedSlots: number,
): number {
  writer.sheet.text(writer.row++, LABEL_COL, heading, 'sectionHeader');
  for (const line of lines) lineRows[line.id] = sumifRow(writer, '', line.adjRow, 'calculation', `=${absRef(line.adjRow, MODEL_LABEL_COL, SHEET.model)}`);
  // As on the Model: the unused custom slots' rows of zeros outlined and collapsed.
  writer.sheet.outlineRows(lines.filter((line) => isUnusedSlot(line, usedSlots)).map((line) => lineRows[line.id]!));
  const totalRow = sumifRow(writer, total.label, total.modelRow, 'total');
  writer.row++;
  return totalRow;
}

/** Benefit and cost lines after risk, the net flow, its running sum, ROI per year and the discounted net. */
function writeRiskAdjustedRows(writer: AnnualWriter, lineRows: Partial<Record<CatalogueLine['id'], number>>): RiskAdjustedRows {
  const { model } = writer;
  const benefitsAdj = writeLineSection(writer, 'Benefits, risk-adjusted', model.benefitLines, { label: 'Total benefits, risk-adjusted', modelRow: model.rows.benefitsAdj }, lineRows, model.usedSlots.benefit);
  const costsAdj = writeLineSection(writer, 'Costs, risk-adjusted', model.costLines, { label: 'Total costs, risk-adjusted', modelRow: model.rows.costsAdj }, lineRows, model.usedSlots.cost);
  const net = sumifRow(writer, 'Net cash flow, risk-adjusted', model.flows.net.row, 'total');
  const cumulative = writeCumulative(writer, net);
  const roiRows = writeRoiRows(writer, benefitsAdj, costsAdj);
  const discountedNet = sumifRow(writer, 'Discounted net cash flow', model.flows.discountedNet.row, 'calculation');
  writer.row++;
  return { benefits_adj: benefitsAdj, costs_adj: costsAdj, net, cumulative, ...roiRows, discounted_net: discountedNet };
}

function writeCumulative(writer: AnnualWriter, net: number): number {
  const { sheet, formats, years } = writer;
  const cumulative = writer.row++;
  sheet.text(cumulative, LABEL_COL, 'Cumulative net cash flow', 'label');
  for (let y = 0; y <= years; y++) {
    const col = INITIAL_COL + y;
    const formula = y === 0 ? `=${ref(net, col)}` : `=${ref(cumulative, col - 1)}+${ref(net, col)}`;
    sheet.formula(cumulative, col, formula, 'calculation', formats.money);
  }
  return cumulative;
}

/** ROI of each year and cumulative ROI to each year's end. */
function writeRoiRows(writer: AnnualWriter, benefitsAdj: number, costsAdj: number): Pick<RiskAdjustedRows, 'roi' | 'cumulative_roi'> {
  const { sheet, formats, years } = writer;
  // (benefits − costs)/costs over the columns from `from` to this year's.
  const roiSince = (from: (col: number) => string, col: number) => {
    const benefitsSum = `SUM(${from(benefitsAdj)}:${ref(benefitsAdj, col)})`;
    const costsSum = `SUM(${from(costsAdj)}:${ref(costsAdj, col)})`;
    return ratio(`(${benefitsSum}-${costsSum})`, costsSum);
  };
  const roi = writer.row++;
  sheet.text(roi, LABEL_COL, 'ROI of the year ((benefits − costs) / costs; year 1 includes the initial investment)', 'label');
  for (let y = 1; y <= years; y++) {
    const col = INITIAL_COL + y;
    // Year 1 starts at the Initial column: a first-year ROI without what was spent to get it would flatter the case.
    sheet.formula(roi, col, roiSince((r) => ref(r, y === 1 ? INITIAL_COL : col), col), 'output', formats.percent);
  }
  const cumulativeRoi = writer.row++;
  sheet.text(cumulativeRoi, LABEL_COL, 'Cumulative ROI to the end of the year (from the initial investment)', 'label');
  for (let y = 1; y <= years; y++) {
    const col = INITIAL_COL + y;
    sheet.formula(cumulativeRoi, col, roiSince((r) => ref(r, INITIAL_COL, { absCol: true }), col), 'calculation', formats.percent);
  }
  return { roi, cumulative_roi: cumulativeRoi };
}

/** Total benefits and costs before risk, and the net of the two. */
function writeUnadjustedRows(writer: AnnualWriter): UnadjustedRows {
  const { sheet, model, formats, totalCol } = writer;
  sheet.text(writer.row++, LABEL_COL, 'Before risk adjustment', 'sectionHeader');
  const benefits = sumifRow(writer, 'Total benefits before risk adjustment', model.rows.benefits, 'calculation');
  const costs = sumifRow(writer, 'Total costs before risk adjustment', model.rows.costs, 'calculation');
  const netUnadjusted = writer.row++;
  sheet.text(netUnadjusted, LABEL_COL, 'Net cash flow before risk adjustment', 'label');
  for (let col = INITIAL_COL; col <= totalCol; col++) {
    sheet.formula(netUnadjusted, col, `=${ref(benefits, col)}-${ref(costs, col)}`, 'calculation', formats.money);
  }
  writer.row++;
  return { benefits, costs, net_unadjusted: netUnadjusted };
}

/** The base case's headline results, with notes on when IRR, MIRR and payback have a number. */
function writeHeadlines(writer: AnnualWriter): Record<HeadlineId, number> {
  const { sheet, model, formats } = writer;
  sheet.text(writer.row++, LABEL_COL, 'Headline results (base case, risk-adjusted)', 'sectionHeader');
  const headlineStart = writer.row;
  HEADLINE_IDS.forEach((id, i) => sheet.text(headlineStart + i, LABEL_COL, HEADLINE_LABELS[id], 'label'));
  const headlines = writeHeadlineColumn(sheet, model.timeline, headlineStart, INITIAL_COL, model.flows, formats);
  writer.row = headlineStart + HEADLINE_IDS.length;
  sheet.text(headlines.irr, notesCol(writer), 'n/a unless the net flows change sign exactly once (then they have exactly one IRR); the Model shows the search.', 'note');
  sheet.text(headlines.mirr, notesCol(writer), 'Defined for any flows with a negative and a positive amount: the return to quote when IRR is n/a.', 'note');
  sheet.text(headlines.payback_months, notesCol(writer), 'Months until the cumulative net flow turns ≥ 0, interpolated; n/a = not within the horizon; "immediate" when it is never negative.', 'note');
  writer.row++;
  return headlines;
}

/** Cost per contact before and with AI, and the staffing it needs. */
function writeUnitCostAndStaffing(writer: AnnualWriter): Record<OtherOutputId, number> {
  const { sheet } = writer;
  sheet.text(writer.row++, LABEL_COL, 'Unit cost and staffing (base case)', 'sectionHeader');
  const others = Object.fromEntries(OTHER_OUTPUT_IDS.map((id) => [id, writer.row++])) as Record<OtherOutputId, number>;
  const handlingRow = writer.row++;
  const otherSpecs = otherOutputSpecs(writer, others, handlingRow);
  const { d, r } = fullAdoptionDrivers(writer.model);
  sheet.text(handlingRow, LABEL_COL, 'of which handling: AI usage on AI contacts, people on the rest and on failed containment', 'label');
  sheet.formula(handlingRow, INITIAL_COL,
    `=${d}*${absRef(writer.model.scalars.aiCostPerAiContact, PARAM_COL, SHEET.model)}+(1-${d})*human_cost_per_contact*(1-${r})+${d}*(1-containment_rate)*human_cost_per_contact*(1-${r})`, 'calculation', writer.formats.moneyCents);
  for (const id of OTHER_OUTPUT_IDS) {
    const [label, formula, format] = otherSpecs[id];
    sheet.text(others[id], LABEL_COL, label, 'label');
    sheet.formula(others[id], INITIAL_COL, formula, id === 'fte_freed' || id === 'cost_per_contact_after' ? 'output' : 'calculation', format);
  }
  sheet.text(others.cost_per_contact_after, notesCol(writer),
    `Blended: AI usage on AI contacts, human cost (less handle-time reduction, capped at ${MAX_AHT_REDUCTION_NAME}) on the rest and on failed containment, plus every running cost per contact, your own cost lines included (at their last month).`, 'note');
  return others;
}

/** The base case's deflection and handle-time reduction at full adoption, as the Model keeps them. */
function fullAdoptionDrivers(model: AnnualWriter['model']): { d: string; r: string } {
  return { d: absRef(model.scalars.deflectionFull, PARAM_COL, SHEET.model), r: absRef(model.scalars.ahtReduction, PARAM_COL, SHEET.model) };
}

/** Label, formula and number format of each unit-cost and staffing output. */
function otherOutputSpecs({ model, formats }: AnnualWriter, others: Record<OtherOutputId, number>, handlingRow: number): Record<OtherOutputId, [string, string, string]> {
  const { timeline } = model;
  // The horizon's last month, wherever horizon_months puts it on the built timeline.
  const months = rowRange(model.rows.month, timeline.month0Col, timeline.lastCol, SHEET.model);
  const horizonColumn = `MATCH(horizon_months,${months},0)`;
  const lastMonth = (r: number) => `INDEX(${rowRange(r, timeline.month0Col, timeline.lastCol, SHEET.model)},1,${horizonColumn})`;
  const { d, r } = fullAdoptionDrivers(model);
  const aiUsage = absRef(model.costLines.find((line) => line.id === 'ai_usage')!.row, timeline.firstCol, SHEET.model);
  const fteHours = '(paid_hours_per_fte_per_month*occupancy*(1-shrinkage))';
  const customCostLines = model.costLines.filter((line) => line.id.startsWith('custom_cost_'));
  const customCostBlock = `'${SHEET.model}'!${absRef(customCostLines[0].row, timeline.month0Col)}:${absRef(customCostLines[customCostLines.length - 1].row, timeline.lastCol)}`;
  const customCosts = `SUMPRODUCT((${months}=horizon_months)*${customCostBlock})`;
  return {
    cost_per_contact_before: ['Cost per contact before AI', '=human_cost_per_contact', formats.moneyCents],
    cost_per_contact_after: [
      'Cost per contact with AI (full adoption, before risk adjustment)',
      `=${absRef(handlingRow, INITIAL_COL)}` +
        `+(platform_subscription_per_year/12+monitoring_per_year/12+${aiUsage}+contacts_per_month*${d}*review_share*minutes_per_review/60*reviewer_hourly_cost+${customCosts})/contacts_per_month`,
      formats.moneyCents,
    ],
    fte_before: ['FTE needed without AI (last month)', `=${lastMonth(model.rows.volume)}*handle_time_minutes/60/${fteHours}`, formats.decimal],
    fte_after: [
      'FTE needed with AI (last month)',
      `=${lastMonth(model.rows.humanContacts)}*handle_time_minutes*(1-${r}*${lastMonth(model.rows.adoption)})/60/${fteHours}`,
      formats.decimal,
    ],
    fte_freed: ['FTE freed', `=${ref(others.fte_before, INITIAL_COL)}-${ref(others.fte_after, INITIAL_COL)}`, formats.decimal],
  };
}

/**
 * The column of the notes on the headline and unit-cost figures, past the table: wide enough that
 * a note wraps to a few lines, where a year column would make its row as tall as a paragraph.
 */
function notesCol(writer: Pick<AnnualWriter, 'pvCol'>): number {
  return writer.pvCol + 1;
}
const NOTES_WIDTH = 80;

/** Widths, frozen header, print setup and the red-negatives rule. */
function finishAnnualSheet({ sheet, pvCol, yearRow, row }: AnnualWriter): void {
  sheet.width(LABEL_COL, 52);
  for (let col = INITIAL_COL; col <= pvCol; col++) sheet.width(col, 16);
  sheet.width(notesCol({ pvCol }), NOTES_WIDTH);
  sheet.text(HEADER_ROW, notesCol({ pvCol }), 'Notes', 'tableHeader');
  sheet.frozen = { rows: yearRow + 1, columns: 1 };
  sheet.print = onePage(sheet.usedArea());
  sheet.conditionalFormats.push({
    range: { startRow: yearRow + 1, startCol: INITIAL_COL, endRow: row, endCol: pvCol },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
}

/** The headline cell behind each machine-readable result (core/model/headlineResults.ts). */
const RESULT_CELLS: Readonly<Record<HeadlineResultKey, HeadlineId>> = {
  npv: 'npv',
  roi: 'roi_horizon',
  year1_roi: 'year1_roi',
  irr: 'irr',
  mirr: 'mirr',
  payback_months: 'payback_months',
  discounted_payback_months: 'discounted_payback_months',
  pv_benefits: 'pv_benefits',
  pv_costs: 'pv_costs',
  benefit_cost_ratio: 'bcr',
};

/** Workbook names (result_npv, …) on the base case's headline cells, for users who link to the model. */
export function resultNames(annual: AnnualLayout): NameBlueprint[] {
  return HEADLINE_RESULT_KEYS.map((key) => ({
    name: resultName(key),
    refersTo: `=${absRef(annual.headlines[RESULT_CELLS[key]], annual.valueCol, SHEET.annual)}`,
    comment: `${HEADLINE_LABELS[RESULT_CELLS[key]]}, base case (the text "n/a" when it has no number)`,
  }));
}
