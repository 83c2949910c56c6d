import type { Layouts } from '../anchors';
import { absRef, ref } from '../a1';
import { CashFlowRows, HEADLINE_IDS, HEADLINE_LABELS, HeadlineId, headlineFormat, writeCashFlowRows, writeHeadlineColumn } from '../cashFlow';
import { Formats } from '../formats';
import { onePage } from '../printSetup';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { LABEL_COL, MONTH_WIDTH, PARAM_COL, UNIT_COL } from '../timeline';
import { at, RowLocation, writeTimelineRow } from '../timelineRows';
import { ModelLayout } from './modelSheet';
import { CatalogueLine, Expr, Quantity, SCENARIO_IDS, SCENARIO_LABELS, ScenarioId, wholeFactors } from '../../../core/model';
import { Variant, VariantRows, writeVariantRows } from '../variantRows';

type OtherScenario = Exclude<ScenarioId, 'base'>;

/** The comparison's print area runs three month columns past the table: as wide as the subtitle's longer line. */
const COMPARISON_PRINT_LAST_COL = 6;

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
 * block per non-base scenario. A block prints again, from the line catalogue, only the lines that
 * read what its multipliers change (AI-taken and human-handled contacts, handle-time reduction);
 * every other line is the Model's risk-adjusted row times the multipliers the line has, so the
 * three cases share one definition.
 */
export function buildScenariosSheet(
  { model, annual }: Pick<Layouts, 'model' | 'annual'>,
  formats: Formats,
): { sheet: SheetBuilder; layout: ScenariosLayout } {
  const sheet = new SheetBuilder(SHEET.scenarios, COLORS.tabReport);
  const { timeline } = model;
  const cols: Record<ScenarioId, number> = { conservative: 1, base: 2, optimistic: 3 };

  sheet.text(0, LABEL_COL, 'Scenarios: conservative, base and optimistic', 'title');
  // Two lines, so that the subtitle prints within the comparison table's page.
  sheet.text(1, LABEL_COL, 'The same model with the scenario multipliers of the Inputs sheet (base = 1).', 'subtitle');
  sheet.text(2, LABEL_COL, 'Deflection is capped at 100% and handle-time reduction at its maximum after the multiplier; the cost multiplier scales every cost line.', 'subtitle');
  const headerRow = 3;
  sheet.text(headerRow, LABEL_COL, '', 'tableHeader');
  for (const scenario of SCENARIO_IDS) sheet.text(headerRow, cols[scenario], SCENARIO_LABELS[scenario], 'tableHeader');

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

  // As wide as the Model's: a scenario's label adds its name before the Model's.
  sheet.width(LABEL_COL, 70);
  for (const col of [UNIT_COL, PARAM_COL, 3]) sheet.width(col, 16);
  for (let col = timeline.month0Col; col <= timeline.lastCol; col++) sheet.width(col, MONTH_WIDTH);
  sheet.frozen = { rows: headerRow + 1, columns: 1 };
  // The comparison prints, on one page; the blocks below it are the Model's months again, read on screen.
  sheet.print = onePage({ startRow: 0, startCol: LABEL_COL, endRow: headlineStart + HEADLINE_IDS.length - 1, endCol: COMPARISON_PRINT_LAST_COL });
  sheet.conditionalFormats.push({
    range: { startRow: headerRow + 1, startCol: 1, endRow: row, endCol: timeline.lastCol },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
  return { sheet, layout: { cols, headlineRows, flows } };
}

/** Multipliers that scale whole lines: a line that reads no other change is the Model's row times them. */
const SCALING_MULTIPLIERS: ReadonlySet<Quantity> = new Set(['revenueMultiplier', 'costMultiplier']);

/** A term of a scenario's risk-adjusted total: a line printed in the block, or a Model row scaled by the multipliers the line has. */
type TotalTerm = { readonly printed: number; readonly riskRow: number } | { readonly modelRow: number; readonly scale: string };

/** What a scenario block's steps share: the sheet, the Model it varies, the scenario, the formats and the next free row. */
interface ScenarioBlockWriter {
  readonly sheet: SheetBuilder;
  readonly model: ModelLayout;
  readonly scenario: OtherScenario;
  readonly formats: Formats;
  row: number;
}

const fromModel = (r: number): RowLocation => ({ sheet: SHEET.model, row: r });

/** A cell of the Model's row r in column c, as this block's formulas read it. */
function modelCell(writer: ScenarioBlockWriter, r: number, c: number): string {
  return at(fromModel(r), c, writer.sheet.name);
}

/** The scenario as a variant of the base case: its deflection and assist multipliers change the quantities that read them. */
function scenarioVariant(scenario: OtherScenario): Variant {
  const names = { deflectionMultiplier: 'deflection', assistMultiplier: 'assist', revenueMultiplier: 'revenue', costMultiplier: 'cost' } as const;
  return {
    changes: (node) => node.kind === 'quantity' && (node.name === 'deflectionMultiplier' || node.name === 'assistMultiplier'),
    primitive: (name) => multiplierName(scenario, names[name]),
    labelPrefix: `${SCENARIO_LABELS[scenario]}: `,
  };
}

function writeScenarioBlock(
  sheet: SheetBuilder,
  model: ModelLayout,
  scenario: OtherScenario,
  startRow: number,
  formats: Formats,
): { flows: CashFlowRows; deflectionFullRow: number; ahtRow: number; nextRow: number } {
  const writer: ScenarioBlockWriter = { sheet, model, scenario, formats, row: startRow };
  sheet.text(writer.row++, LABEL_COL, `${SCENARIO_LABELS[scenario]} case, month by month`, 'sectionHeader');
  const monthRow = writer.row++;
  writeTimelineRow(sheet, model.timeline, monthRow, { label: 'Month', span: 'all', style: 'timelineHeader', numberFormat: '0', formula: (c) => `=${modelCell(writer, model.rows.month, c)}` });
  const variant = scenarioVariant(scenario);
  const printed = writeVariantRows(sheet, model, variant, writer.row, formats);
  writer.row = printed.nextRow;
  const terms = scenarioTerms(writer, variant, printed);
  const { flows, nextRow } = writeScenarioTotalsAndFlows(writer, terms);
  return { flows, deflectionFullRow: printed.quantities.deflectionFull!, ahtRow: printed.quantities.ahtReduction!, nextRow };
}

/** Every line's term of its kind's total: the printed lines with the Model's risk, the others the Model's row scaled. */
function scenarioTerms(writer: ScenarioBlockWriter, variant: Variant, printed: VariantRows): Record<'benefit' | 'cost', TotalTerm[]> {
  const { model } = writer;
  const modelRows = new Map([...model.benefitLines, ...model.costLines].map((line) => [line.id, line]));
  const rowOf = new Map(printed.lines.map(({ line, row }) => [line.id, row]));
  const terms: Record<'benefit' | 'cost', TotalTerm[]> = { benefit: [], cost: [] };
  for (const line of model.catalogue) {
    const { adjRow } = modelRows.get(line.id)!;
    const row = rowOf.get(line.id);
    const expressions = [line.month0, line.running].filter((expr): expr is Expr => expr !== undefined);
    terms[line.kind].push(row !== undefined ? { printed: row, riskRow: adjRow } : { modelRow: adjRow, scale: scaleOf(line, expressions, variant) });
  }
  return terms;
}

/** The scenario's risk-adjusted totals and, under them, its cash flow (discounted with the Model's factors). */
function writeScenarioTotalsAndFlows(writer: ScenarioBlockWriter, terms: Record<'benefit' | 'cost', TotalTerm[]>): { flows: CashFlowRows; nextRow: number } {
  const { sheet, model, formats } = writer;
  const { timeline } = model;
  const totals = { benefitsAdj: writer.row++, costsAdj: writer.row++ };
  for (const kind of ['benefit', 'cost'] as const) {
    const parts = totalParts(terms[kind]);
    writeTimelineRow(sheet, timeline, kind === 'benefit' ? totals.benefitsAdj : totals.costsAdj, {
      label: `Total ${kind === 'benefit' ? 'benefits' : 'costs'}, risk-adjusted`, unit: 'per month', span: 'all', style: 'total', numberFormat: formats.money, total: true,
      formula: (c) => `=${totalFormula(parts, kind, c, (r, col) => modelCell(writer, r, col))}`,
    });
  }
  const location = (r: number): RowLocation => ({ sheet: sheet.name, row: r });
  const { rows: flows, nextRow } = writeCashFlowRows(sheet, timeline, writer.row, {
    benefitsAdj: location(totals.benefitsAdj),
    costsAdj: location(totals.costsAdj),
    month: fromModel(model.rows.month),
    operating: fromModel(model.rows.operating),
    year: fromModel(model.rows.year),
    discountFactor: fromModel(model.flows.discountFactor.row),
    annualDiscounting: model.flows.annualDiscounting,
    mirrRates: model.flows.mirrRates,
  }, formats);
  return { flows, nextRow };
}

/** The multipliers a line that the scenario does not otherwise change is scaled by, e.g. "optimistic_revenue_multiplier*". */
function scaleOf(line: CatalogueLine, expressions: readonly Expr[], variant: Variant): string {
  const factors = expressions.map((expr) => wholeFactors(expr, SCALING_MULTIPLIERS));
  if (factors.some((names) => names === null) || new Set(factors.map((names) => names!.join())).size > 1) {
    throw new Error(`${line.id}: a scenario multiplier must be a whole factor of every amount of the line`);
  }
  return (factors[0] ?? []).map((name) => `${variant.primitive(name as 'revenueMultiplier' | 'costMultiplier')}*`).join('');
}

/** A run of Model rows that share one scale, summed as one range. */
type TotalPart = Extract<TotalTerm, { readonly printed: number }> | { readonly scale: string; readonly first: number; readonly last: number };

/** The terms with each run of adjacent Model rows of one scale merged: the same for every month. */
function totalParts(terms: readonly TotalTerm[]): TotalPart[] {
  const parts: TotalPart[] = [];
  for (const term of terms) {
    const previous = parts[parts.length - 1];
    if ('printed' in term) parts.push(term);
    else if (previous && 'scale' in previous && previous.scale === term.scale && previous.last + 1 === term.modelRow) parts[parts.length - 1] = { ...previous, last: term.modelRow };
    else parts.push({ scale: term.scale, first: term.modelRow, last: term.modelRow });
  }
  return parts;
}

/** Σ of the parts in one month: printed lines risk-adjusted with the Model's risk, runs of Model rows as one SUM. */
function totalFormula(parts: readonly TotalPart[], kind: 'benefit' | 'cost', c: number, m: (r: number, c: number) => string): string {
  return parts
    .map((part) => {
      if ('printed' in part) {
        const value = ref(part.printed, c);
        return `${value}${kind === 'benefit' ? '-' : '+'}ABS(${value})*${absRef(part.riskRow, PARAM_COL, SHEET.model)}`;
      }
      return `${part.scale}${part.first === part.last ? m(part.first, c) : `SUM(${m(part.first, c)}:${m(part.last, c)})`}`;
    })
    .join('+');
}
