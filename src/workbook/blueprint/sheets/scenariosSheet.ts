import { absRef, ref } from '../a1';
import { CashFlowRows, HEADLINE_IDS, HEADLINE_LABELS, HeadlineId, headlineFormat, writeCashFlowRows, writeHeadlineColumn } from '../cashFlow';
import { Formats } from '../formats';
import { MAX_AHT_REDUCTION_NAME } from '../inputNames';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { LABEL_COL, MONTH_WIDTH, PARAM_COL, UNIT_COL } from '../timeline';
import { at, RowLocation, writeTimelineRow } from '../timelineRows';
import { AnnualLayout } from './annualSheet';
import { ModelLayout } from './modelSheet';

export const SCENARIOS = ['conservative', 'base', 'optimistic'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];
type OtherScenario = Exclude<ScenarioId, 'base'>;

const SCENARIO_TITLES: Record<ScenarioId, string> = { conservative: 'Conservative', base: 'Base', optimistic: 'Optimistic' };
const MULTIPLIERS = ['deflection', 'assist', 'revenue', 'cost'] as const;
const MULTIPLIER_LABELS: Record<(typeof MULTIPLIERS)[number], string> = {
  deflection: 'Deflection ×',
  assist: 'Handle-time reduction ×',
  revenue: 'Revenue benefits ×',
  cost: 'Costs ×',
};

export interface ScenariosLayout {
  /** column of each scenario in the comparison table */
  readonly cols: Readonly<Record<ScenarioId, number>>;
  /** comparison-table rows of the headline figures */
  readonly headlineRows: Readonly<Record<HeadlineId, number>>;
  readonly flows: Readonly<Record<OtherScenario, CashFlowRows>>;
}

function multiplierName(scenario: OtherScenario, multiplier: (typeof MULTIPLIERS)[number]): string {
  return `${scenario}_${multiplier}_multiplier`;
}

/**
 * The Scenarios sheet: conservative, base and optimistic side by side, then one compact monthly
 * block per non-base scenario. A block recomputes only what its multipliers change (deflection,
 * handle-time reduction, review cost) and takes the rest from the Model's rows, so the three
 * cases share one set of formulas.
 */
export function buildScenariosSheet(
  model: ModelLayout,
  annual: AnnualLayout,
  formats: Formats,
): { sheet: SheetBuilder; layout: ScenariosLayout } {
  const sheet = new SheetBuilder(SHEET.scenarios, COLORS.tabReport);
  const { timeline } = model;
  const cols: Record<ScenarioId, number> = { conservative: 1, base: 2, optimistic: 3 };

  sheet.text(0, LABEL_COL, 'Scenarios: conservative, base and optimistic', 'title');
  sheet.text(1, LABEL_COL, 'The same model with the scenario multipliers of the Inputs sheet (base = 1). Deflection is capped at 100% and handle-time reduction at its maximum after the multiplier; the cost multiplier scales every cost line.', 'subtitle');
  const headerRow = 3;
  sheet.text(headerRow, LABEL_COL, '', 'tableHeader');
  for (const scenario of SCENARIOS) sheet.text(headerRow, cols[scenario], SCENARIO_TITLES[scenario], 'tableHeader');

  let row = headerRow + 1;
  const multiplierRows = Object.fromEntries(MULTIPLIERS.map((m) => [m, row++])) as Record<(typeof MULTIPLIERS)[number], number>;
  for (const multiplier of MULTIPLIERS) {
    sheet.text(multiplierRows[multiplier], LABEL_COL, MULTIPLIER_LABELS[multiplier], 'label');
    sheet.text(multiplierRows[multiplier], cols.base, '× 1 (as entered)', 'inlineNote');
    for (const scenario of ['conservative', 'optimistic'] as const) {
      sheet.formula(multiplierRows[multiplier], cols[scenario], `=${multiplierName(scenario, multiplier)}`, 'calculation', formats.multiplier);
    }
  }
  const deflectionRow = row++;
  const ahtRow = row++;
  sheet.text(deflectionRow, LABEL_COL, 'Deflection at full adoption', 'label');
  sheet.text(ahtRow, LABEL_COL, 'Handle-time reduction', 'label');
  sheet.formula(deflectionRow, cols.base, `=${absRef(model.scalars.deflectionFull, PARAM_COL, SHEET.model)}`, 'calculation', formats.rate);
  sheet.formula(ahtRow, cols.base, `=${absRef(model.scalars.ahtReduction, PARAM_COL, SHEET.model)}`, 'calculation', formats.rate);

  const headlineStart = row;
  HEADLINE_IDS.forEach((id, i) => sheet.text(headlineStart + i, LABEL_COL, HEADLINE_LABELS[id], 'label'));
  for (const id of HEADLINE_IDS) {
    sheet.formula(headlineStart + HEADLINE_IDS.indexOf(id), cols.base, `=${absRef(annual.headlines[id], annual.valueCol, SHEET.annual)}`,
      id === 'npv' || id === 'roi_horizon' ? 'output' : 'calculation', headlineFormat(id, formats));
  }
  row = headlineStart + HEADLINE_IDS.length + 1;

  const flows = {} as Record<OtherScenario, CashFlowRows>;
  let headlineRows = {} as Record<HeadlineId, number>;
  for (const scenario of ['conservative', 'optimistic'] as const) {
    const block = writeScenarioBlock(sheet, model, scenario, row, formats);
    flows[scenario] = block.flows;
    row = block.nextRow + 1;
    sheet.formula(deflectionRow, cols[scenario], `=${absRef(block.deflectionFullRow, PARAM_COL)}`, 'calculation', formats.rate);
    sheet.formula(ahtRow, cols[scenario], `=${absRef(block.ahtRow, PARAM_COL)}`, 'calculation', formats.rate);
    headlineRows = writeHeadlineColumn(sheet, timeline, headlineStart, cols[scenario], block.flows, formats);
  }

  sheet.width(LABEL_COL, 52);
  for (const col of [UNIT_COL, PARAM_COL, 3]) sheet.width(col, 16);
  for (let col = timeline.month0Col; col <= timeline.lastCol; col++) sheet.width(col, MONTH_WIDTH);
  sheet.frozen = { rows: headerRow + 1, columns: 1 };
  sheet.print = { orientation: 'landscape', fitToWidth: false, fitToHeightPages: 1, repeatColumns: { first: LABEL_COL, last: LABEL_COL } };
  sheet.conditionalFormats.push({
    range: { startRow: headerRow + 1, startCol: 1, endRow: row, endCol: timeline.lastCol },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
  return { sheet, layout: { cols, headlineRows, flows } };
}

function writeScenarioBlock(
  sheet: SheetBuilder,
  model: ModelLayout,
  scenario: OtherScenario,
  startRow: number,
  formats: Formats,
): { flows: CashFlowRows; deflectionFullRow: number; ahtRow: number; nextRow: number } {
  const { timeline } = model;
  const fromModel = (r: number): RowLocation => ({ sheet: SHEET.model, row: r });
  const m = (r: number, c: number) => at(fromModel(r), c, sheet.name);
  const modelParam = (r: number) => absRef(r, PARAM_COL, SHEET.model);
  const lines = new Map([...model.benefitLines, ...model.costLines].map((l) => [l.id, l]));
  const line = (id: string) => lines.get(id)!;
  const customAdj = (prefix: string) => model[prefix === 'custom_benefit_' ? 'benefitLines' : 'costLines'].filter((l) => l.id.startsWith(prefix));
  const here = (r: number, c: number) => ref(r, c);
  const title = SCENARIO_TITLES[scenario];

  let row = startRow;
  sheet.text(row++, LABEL_COL, `${title} case, month by month`, 'sectionHeader');
  const monthRow = row++;
  writeTimelineRow(sheet, timeline, monthRow, { label: 'Month', span: 'all', style: 'timelineHeader', numberFormat: '0', formula: (c) => `=${m(model.rows.month, c)}` });
  const param = (label: string, unit: string, formula: string) => {
    const r = row++;
    sheet.text(r, LABEL_COL, label, 'label');
    sheet.text(r, UNIT_COL, unit, 'unit');
    sheet.formula(r, PARAM_COL, formula, 'calculation', formats.rate);
    return r;
  };
  const deflectionFullRow = param(`${title}: deflection at full adoption`, '% of contacts', `=MIN(1,deflection_rate*${multiplierName(scenario, 'deflection')})`);
  const ahtRow = param(`${title}: handle-time reduction`, '% of AHT', `=MIN(${MAX_AHT_REDUCTION_NAME},aht_reduction*${multiplierName(scenario, 'assist')})`);
  const rows = { deflection: row++, aiContacts: row++, automation: row++, assist: row++, review: row++, benefitsAdj: row++, costsAdj: row++ };
  const adoption = (c: number) => m(model.rows.adoption, c);
  const volume = (c: number) => m(model.rows.volume, c);
  writeTimelineRow(sheet, timeline, rows.deflection, {
    label: 'Deflection this month', unit: '% of contacts', span: 'months', numberFormat: formats.rate,
    formula: (c) => `=${absRef(deflectionFullRow, PARAM_COL)}*${adoption(c)}`,
  });
  writeTimelineRow(sheet, timeline, rows.aiContacts, {
    label: 'AI-taken contacts', unit: 'contacts', span: 'months', numberFormat: formats.count,
    formula: (c) => `=${volume(c)}*${here(rows.deflection, c)}`,
  });
  writeTimelineRow(sheet, timeline, rows.automation, {
    label: 'Automation savings', unit: 'per month', span: 'months', numberFormat: formats.money,
    formula: (c) => `=${here(rows.aiContacts, c)}*${modelParam(model.scalars.automationUnitValue)}`,
  });
  writeTimelineRow(sheet, timeline, rows.assist, {
    label: 'Agent assist', unit: 'per month', span: 'months', numberFormat: formats.money,
    formula: (c) => `=(${volume(c)}-${here(rows.aiContacts, c)}*containment_rate)*human_cost_per_contact*${absRef(ahtRow, PARAM_COL)}*${adoption(c)}`,
  });
  writeTimelineRow(sheet, timeline, rows.review, {
    label: 'Human review of AI answers', unit: 'per month', span: 'months', numberFormat: formats.money,
    formula: (c) => `=${here(rows.aiContacts, c)}*review_share*minutes_per_review/60*reviewer_hourly_cost`,
  });
  const adjRow = (id: string) => line(id).adjRow;
  const customBenefits = customAdj('custom_benefit_');
  const customCosts = customAdj('custom_cost_');
  // Everything that does not depend on the column is built once, outside the per-month formulas.
  const automationRisk = modelParam(adjRow('automation'));
  const assistRisk = modelParam(adjRow('assist'));
  const revenueMultiplier = multiplierName(scenario, 'revenue');
  const costMultiplier = multiplierName(scenario, 'cost');
  const reviewRisk = modelParam(adjRow('review'));
  const runningCostRows = ['one_time', 'ai_usage', 'subscription', 'monitoring'].map(adjRow);
  writeTimelineRow(sheet, timeline, rows.benefitsAdj, {
    label: 'Total benefits, risk-adjusted', unit: 'per month', span: 'all', style: 'total', numberFormat: formats.money, total: true,
    formula: (c) =>
      `=${here(rows.automation, c)}-ABS(${here(rows.automation, c)})*${automationRisk}+${here(rows.assist, c)}-ABS(${here(rows.assist, c)})*${assistRisk}` +
      `+${revenueMultiplier}*(${m(adjRow('upsell'), c)}+${m(adjRow('retention'), c)})` +
      `+${m(adjRow('attrition'), c)}+SUM(${m(customBenefits[0].adjRow, c)}:${m(customBenefits[customBenefits.length - 1].adjRow, c)})`,
  });
  writeTimelineRow(sheet, timeline, rows.costsAdj, {
    label: 'Total costs, risk-adjusted', unit: 'per month', span: 'all', style: 'total', numberFormat: formats.money, total: true,
    formula: (c) =>
      `=${costMultiplier}*(${runningCostRows.map((r) => m(r, c)).join('+')}` +
      `+${here(rows.review, c)}+ABS(${here(rows.review, c)})*${reviewRisk}` +
      `+SUM(${m(customCosts[0].adjRow, c)}:${m(customCosts[customCosts.length - 1].adjRow, c)}))`,
  });
  const location = (r: number): RowLocation => ({ sheet: sheet.name, row: r });
  const { rows: flows, nextRow } = writeCashFlowRows(sheet, timeline, row, {
    benefitsAdj: location(rows.benefitsAdj),
    costsAdj: location(rows.costsAdj),
    month: fromModel(model.rows.month),
    year: fromModel(model.rows.year),
    discountFactor: fromModel(model.flows.discountFactor.row),
    annualDiscounting: model.flows.annualDiscounting,
    mirrRates: model.flows.mirrRates,
  }, formats);
  return { flows, deflectionFullRow, ahtRow, nextRow };
}
