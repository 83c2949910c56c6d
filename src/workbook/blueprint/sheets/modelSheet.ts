import { absRef, ref, rowRange } from '../a1';
import { CashFlowRows, writeCashFlowRows } from '../cashFlow';
import { Formats } from '../formats';
import { CUSTOM_SLOTS, CustomKind, choiceCodeName, customLineName } from '../inputNames';
import { timelinePages } from '../printSetup';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { AI_COST_PER_AI_CONTACT, CatalogueLine, DefinedQuantity, Expr, QUANTITY_DEFINITIONS, Quantity, QuantityDefinition, isDefinedQuantity, isMonthly, lineCatalogue, readsThrough } from '../../../core/model';
import { printExpression } from '../printExpression';
import { COLORS } from '../styles';
import { LABEL_COL, MONTH_WIDTH, PARAM_COL, Timeline, TOTAL_COL, UNIT_COL } from '../timeline';
import { RowLocation, writeTimelineRow } from '../timelineRows';
import { lineAmountFormula, TimelineFlag } from '../timelineFlags';

export interface ModelLine {
  /** the catalogue's line id (automation, assist, …, custom_benefit_1) */
  readonly id: CatalogueLine['id'];
  /** a fixed title (custom lines: "Custom benefit 1"), for chart series and reports */
  readonly title: string;
  readonly row: number;
  /** the risk-adjusted row; its parameter column holds the line's effective risk */
  readonly adjRow: number;
  /** a custom line's slot (1..5): the inputs' line of that number, when the inputs have one */
  readonly customSlot?: number;
}

export interface ModelLayout {
  readonly timeline: Timeline;
  /** how many custom slots of each kind the inputs fill (the rest are outlined, collapsed) */
  readonly usedSlots: Readonly<Record<CustomKind, number>>;
  readonly rows: {
    readonly month: number;
    readonly date: number;
    readonly year: number;
    readonly monthsInYear: number;
    /** the timeline flags: month 0, operating, from go-live, in the horizon */
    readonly initial: number;
    readonly operating: number;
    readonly goLive: number;
    readonly inHorizon: number;
    readonly volume: number;
    readonly rampLinear: number;
    readonly adoption: number;
    readonly deflection: number;
    readonly aiContacts: number;
    readonly humanContacts: number;
    readonly benefits: number;
    readonly benefitsAdj: number;
    readonly costs: number;
    readonly costsAdj: number;
  };
  /** rows whose parameter column holds a scalar of the base case */
  readonly scalars: {
    readonly startDate: number;
    readonly deflectionFull: number;
    readonly ahtReduction: number;
    readonly automationUnitValue: number;
    readonly aiCostPerAiContact: number;
    /** 1 under end-of-year (TEI) discounting, 0 under monthly */
    readonly annualDiscounting: number;
    /** MIRR's finance and reinvestment rates per month: (1 + rate)^(1/12) − 1, each the discount rate unless given */
    readonly mirrFinanceRate: number;
    readonly mirrReinvestRate: number;
  };
  /** the row of each defined quantity: a timeline row when it is monthly, else its parameter-column cell */
  readonly quantities: Readonly<Record<DefinedQuantity, number>>;
  readonly benefitLines: readonly ModelLine[];
  readonly costLines: readonly ModelLine[];
  /** the line catalogue the rows were printed from, in row order */
  readonly catalogue: readonly CatalogueLine[];
  readonly flows: CashFlowRows;
}

interface LineSpec {
  readonly id: CatalogueLine['id'];
  readonly title: string;
  /** a formula label that follows the user's text (custom lines); the title otherwise */
  readonly label?: string;
  readonly unit: string;
  /** the named override input, or the custom line's risk name */
  readonly riskName: string;
  readonly formula: (col: number) => string;
  readonly customSlot?: number;
}

/** The effective risk of a line: its override, or the default when the override cell is blank. */
export function effectiveRiskFormula(riskName: string, kind: 'benefit' | 'cost'): string {
  const fallback = kind === 'benefit' ? 'benefit_risk' : 'cost_risk';
  return `=IF(ISBLANK(${riskName}),${fallback},${riskName})`;
}

/** A scalar of the inputs only (the pricing model's amounts): no quantity or custom line in it. */
function printScalar(expr: Expr): string {
  const none = () => {
    throw new Error('a scalar reads inputs only');
  };
  return `=${printExpression(expr, { quantity: none, custom: none })}`;
}

function customLabel(kind: CustomKind, slot: number): string {
  const unused = `Custom ${kind} ${slot} (unused slot)`;
  const name = customLineName(kind, slot, 'label');
  return `=IF(ISBLANK(${name}),"${unused}",${name})`;
}

/** What the Model's steps share: the sheet, its timeline and formats, and the next free row. */
interface ModelWriter {
  readonly sheet: SheetBuilder;
  readonly timeline: Timeline;
  readonly formats: Formats;
  row: number;
}

type HeaderRows = Pick<ModelLayout['rows'], 'month' | 'date' | 'year' | 'monthsInYear' | TimelineFlag>;
type VolumeRows = Pick<ModelLayout['rows'], 'volume' | 'rampLinear' | 'adoption' | 'deflection' | 'aiContacts' | 'humanContacts'>;

const at = (row: number, col: number) => ref(row, col);
const param = (row: number) => absRef(row, PARAM_COL);

/**
 * The Model sheet: the base case month by month. Month 0 holds one-time costs only; months 1..H
 * hold volume, adoption, each benefit and cost line before and after its risk, and the cash flow.
 * Every row has one formula copied across the timeline.
 */
export function buildModelSheet(
  timeline: Timeline,
  formats: Formats,
  catalogue: readonly CatalogueLine[] = lineCatalogue({ benefit: CUSTOM_SLOTS.length, cost: CUSTOM_SLOTS.length }),
  usedSlots: Readonly<Record<CustomKind, number>> = { benefit: CUSTOM_SLOTS.length, cost: CUSTOM_SLOTS.length },
): { sheet: SheetBuilder; layout: ModelLayout } {
  const writer: ModelWriter = { sheet: new SheetBuilder(SHEET.model, COLORS.tabCalc), timeline, formats, row: 3 };
  writer.sheet.text(0, LABEL_COL, 'Model: base case, month by month', 'title');
  // Two short lines rather than one that runs past the frozen columns and off the printed page.
  writer.sheet.text(1, LABEL_COL, 'One formula per row across the timeline; flags switch months on and off. Month 0: one-time costs (undiscounted).', 'subtitle');
  writer.sheet.text(2, LABEL_COL, 'Column C: each line\'s risk or the case\'s drivers. Total: months 0 to horizon_months.', 'subtitle');
  const rows = writeTimelineHeader(writer);
  const quantityRows: Partial<Record<DefinedQuantity, number>> = {};
  const otherScalars = writeDrivers(writer, rows, quantityRows);
  const ramp = writeVolumeRows(writer, rows, quantityRows);
  const quantities = quantityRows as Record<DefinedQuantity, number>;
  const scalars = { ...otherScalars, deflectionFull: quantities.deflectionFull, ahtReduction: quantities.ahtReduction, automationUnitValue: quantities.automationUnitValue };
  const volumeRows: VolumeRows = { ...ramp, volume: quantities.volume, deflection: quantities.deflection, aiContacts: quantities.aiContacts, humanContacts: quantities.humanContacts };
  const specOf = lineSpecOf(rows, volumeRows, modelQuantityCells(rows, () => ramp.adoption, quantities));
  const benefits = writeLines(writer, 'benefit', catalogue.filter((line) => line.kind === 'benefit').map(specOf));
  groupUnusedSlots(writer.sheet, benefits.lines, usedSlots.benefit);
  const costs = writeLines(writer, 'cost', catalogue.filter((line) => line.kind === 'cost').map(specOf));
  groupUnusedSlots(writer.sheet, costs.lines, usedSlots.cost);
  const { rows: flows, nextRow } = writeModelCashFlow(writer, rows, scalars, benefits.adjTotalRow, costs.adjTotalRow);
  finishModelSheet(writer, rows, nextRow);
  return {
    sheet: writer.sheet,
    layout: {
      timeline,
      rows: { ...rows, ...volumeRows, benefits: benefits.totalRow, benefitsAdj: benefits.adjTotalRow, costs: costs.totalRow, costsAdj: costs.adjTotalRow },
      scalars,
      quantities,
      benefitLines: benefits.lines,
      costLines: costs.lines,
      usedSlots,
      catalogue,
      flows,
    },
  };
}

/** Month, date and year rows, the timeline flags, and the months of each year in the horizon: the timeline every other row runs along. */
function writeTimelineHeader(writer: ModelWriter): HeaderRows {
  const { sheet, timeline, formats } = writer;
  const rows = {
    month: writer.row++, date: writer.row++, year: writer.row++,
    initial: writer.row++, operating: writer.row++, goLive: writer.row++, inHorizon: writer.row++, monthsInYear: writer.row++,
  };
  sheet.text(rows.month, PARAM_COL, 'Risk / driver', 'timelineHeader');
  sheet.text(rows.month, TOTAL_COL, 'Total', 'timelineHeader');
  const month = (col: number) => ref(rows.month, col, { absRow: true });
  const header = (row: number, label: string, unit: string, formula: (c: number) => string, numberFormat: string) =>
    writeTimelineRow(sheet, timeline, row, { label, unit, span: 'all', style: 'timelineHeader', numberFormat, formula });
  // The months to the left of the column: the Total heading is text, so month 0 counts none.
  header(rows.month, 'Month', 'month', (c) => `=COUNT(${ref(rows.month, TOTAL_COL, { absCol: true })}:${ref(rows.month, c - 1)})`, '0');
  // The first of the start month, whatever day was typed into start_month.
  sheet.formula(rows.date, PARAM_COL, '=DATE(YEAR(start_month),MONTH(start_month),1)', 'timelineHeader', formats.date);
  header(rows.date, 'Month starting', 'date', (c) => `=EDATE(${param(rows.date)},${month(c)}-1)`, formats.date);
  // ROUNDUP rather than INT((m−1)/12)+1: HyperFormula 3.5 truncates INT(−1/12) to 0 (Excel: −1).
  header(rows.year, 'Year (0 = initial)', 'year', (c) => `=ROUNDUP(${month(c)}/12,0)`, '0');
  writeFlagRows(writer, rows);
  const yearRange = rowRange(rows.year, timeline.month0Col, timeline.lastCol);
  const inHorizonRange = rowRange(rows.inHorizon, timeline.month0Col, timeline.lastCol);
  // At least 1: it divides a year's amount among its months, and a year past the horizon has none.
  header(rows.monthsInYear, 'Months of this year in the horizon (at least 1)', 'months',
    (c) => `=MAX(1,SUMIF(${yearRange},${ref(rows.year, c, { absRow: true })},${inHorizonRange}))`, '0');
  writer.row++;
  return rows;
}

/** The FAST flags along the timeline: month 0, operating months, months from go-live, months in the horizon. */
function writeFlagRows({ sheet, timeline }: ModelWriter, rows: HeaderRows): void {
  const month = (col: number) => ref(rows.month, col, { absRow: true });
  const flags: [number, string, (m: string) => string][] = [
    [rows.initial, 'Flag: month 0, the one-time amounts', (m) => `${m}=0`],
    [rows.operating, 'Flag: operating (month 1 on)', (m) => `${m}>=1`],
    [rows.goLive, 'Flag: from go-live (month implementation_months + 1 on)', (m) => `${m}>=implementation_months+1`],
    [rows.inHorizon, 'Flag: in the horizon (month ≤ horizon_months)', (m) => `${m}<=horizon_months`],
  ];
  for (const [row, label, test] of flags) {
    writeTimelineRow(sheet, timeline, row, { label, unit: 'flag', span: 'all', style: 'timelineHeader', numberFormat: '0', formula: (c) => `=IF(${test(month(c))},1,0)` });
  }
}

/** The number format of a quantity's measure. */
export function measureFormat(measure: QuantityDefinition['measure'], formats: Formats): string {
  return measure === 'contacts' ? formats.count : measure === 'share' ? formats.rate : formats.moneyCents;
}

/** Where the Model keeps each quantity in column c, as its own formulas read it; null for a multiplier (1 here). */
type QuantityCells = (c: number) => (name: Quantity) => string | null;

function modelQuantityCells(rows: HeaderRows, adoptionRow: () => number, quantityRows: Partial<Record<DefinedQuantity, number>>): QuantityCells {
  return (c) => (name) => {
    if (name === 'month') return ref(rows.month, c, { absRow: true });
    if (name === 'adoption') return at(adoptionRow(), c);
    if (!isDefinedQuantity(name)) return null;
    const row = quantityRows[name];
    if (row === undefined) throw new Error(`${name} is read before the Model defines it`);
    return isMonthly(name) ? at(row, c) : param(row);
  };
}

/** The base case's scalars in the parameter column: the catalogue's scalar quantities, pricing amounts, discounting and MIRR rates. */
function writeDrivers(writer: ModelWriter, rows: HeaderRows, quantityRows: Partial<Record<DefinedQuantity, number>>): Omit<ModelLayout['scalars'], 'deflectionFull' | 'ahtReduction' | 'automationUnitValue'> {
  const { sheet, formats } = writer;
  sheet.text(writer.row++, LABEL_COL, 'Base-case drivers', 'sectionHeader');
  const scalarRow = (label: string, unit: string, formula: string, numberFormat: string) => {
    const row = writer.row++;
    sheet.text(row, LABEL_COL, label, 'label');
    sheet.text(row, UNIT_COL, unit, 'unit');
    sheet.formula(row, PARAM_COL, formula, 'calculation', numberFormat);
    return row;
  };
  const cells = modelQuantityCells(rows, () => {
    throw new Error('a scalar reads no adoption');
  }, quantityRows)(PARAM_COL);
  for (const definition of QUANTITY_DEFINITIONS.filter(({ name }) => !isMonthly(name))) {
    quantityRows[definition.name] = scalarRow(definition.label, definition.unit, `=${printExpression(definition.value, { quantity: cells, custom: noCustomLine })}`, measureFormat(definition.measure, formats));
  }
  const scalars = {
    startDate: rows.date,
    aiCostPerAiContact: scalarRow('AI usage cost per AI-taken contact (for cost per contact)', 'per AI contact', printScalar(AI_COST_PER_AI_CONTACT), formats.moneyCents),
    annualDiscounting: scalarRow('Discount at the end of each year (1 = yes, TEI)', 'flag', `=IF(${choiceCodeName('discounting')}="annual_end_of_year",1,0)`, '0'),
    mirrFinanceRate: scalarRow('MIRR finance rate per month (blank input = discount rate)', '% per month', '=(1+IF(ISBLANK(mirr_finance_rate),discount_rate,mirr_finance_rate))^(1/12)-1', formats.rate4),
    mirrReinvestRate: scalarRow('MIRR reinvestment rate per month (blank input = discount rate)', '% per month', '=(1+IF(ISBLANK(mirr_reinvest_rate),discount_rate,mirr_reinvest_rate))^(1/12)-1', formats.rate4),
  };
  writer.row++;
  return scalars;
}

const noCustomLine = (): string => {
  throw new Error('a quantity reads no custom line');
};

/** Contacts, the ramp, adoption, deflection and who handles the contacts, month by month: the catalogue's monthly quantities, the ramp where first read. */
function writeVolumeRows(writer: ModelWriter, rows: HeaderRows, quantityRows: Partial<Record<DefinedQuantity, number>>): Pick<VolumeRows, 'rampLinear' | 'adoption'> {
  const { sheet, formats } = writer;
  sheet.text(writer.row++, LABEL_COL, 'Volume and adoption', 'sectionHeader');
  let ramp: Pick<VolumeRows, 'rampLinear' | 'adoption'> | undefined;
  const cells = modelQuantityCells(rows, () => ramp!.adoption, quantityRows);
  const readsAdoption = (expr: Expr) => readsThrough(expr, (node) => node.kind === 'quantity' && node.name === 'adoption');
  for (const definition of QUANTITY_DEFINITIONS.filter(({ name }) => isMonthly(name))) {
    if (ramp === undefined && readsAdoption(definition.value)) ramp = writeRampRows(writer, rows);
    const row = writer.row++;
    quantityRows[definition.name] = row;
    writeTimelineRow(sheet, writer.timeline, row, {
      label: definition.label, unit: definition.unit, span: 'months', numberFormat: measureFormat(definition.measure, formats), total: definition.measure === 'contacts', totalOver: rows.inHorizon,
      formula: (c) => `=${printExpression(definition.value, { quantity: cells(c), custom: noCustomLine })}`,
    });
  }
  writer.row++;
  return ramp ?? writeRampRows(writer, rows);
}

/** Adoption month by month: the linear ramp from go-live, then its shape (a timeline primitive of the core's ramp function). */
function writeRampRows(writer: ModelWriter, rows: HeaderRows): Pick<VolumeRows, 'rampLinear' | 'adoption'> {
  const { sheet, timeline, formats } = writer;
  const ramp = { rampLinear: writer.row++, adoption: writer.row++ };
  const month = (col: number) => ref(rows.month, col, { absRow: true });
  writeTimelineRow(sheet, timeline, ramp.rampLinear, {
    label: 'Ramp, linear (0 before go-live)', unit: '%', span: 'months', numberFormat: formats.rate,
    formula: (c) => `=${ref(rows.goLive, c, { absRow: true })}*MIN(1,(${month(c)}-implementation_months)/ramp_months)`,
  });
  writeTimelineRow(sheet, timeline, ramp.adoption, {
    label: 'Adoption (ramp shape applied)', unit: '%', span: 'months', numberFormat: formats.rate,
    formula: (c) => `=IF(${choiceCodeName('ramp_shape')}="s_curve",${at(ramp.rampLinear, c)}^2*(3-2*${at(ramp.rampLinear, c)}),${at(ramp.rampLinear, c)})`,
  });
  return ramp;
}

/** A line's unit: one-time amounts sit in month 0, running ones in each month. */
export function lineUnit(line: Pick<CatalogueLine, 'month0' | 'running'>): string {
  if (line.running === undefined) return 'one-time, month 0';
  return line.month0 === undefined ? 'per month' : 'month 0, then per month';
}

/** How a catalogue line becomes a row: its expressions printed with this sheet's cells for the quantities, switched on by the timeline flags. */
function lineSpecOf(rows: HeaderRows, volumeRows: VolumeRows, quantityAt: QuantityCells): (line: CatalogueLine) => LineSpec {
  // Per-year amounts, when the slot has any, replace the monthly amount: spread evenly over the year's months, no ramp.
  const customAt = (c: number) => (kind: CustomKind, slot: number, part: 'amount' | 'initial') => {
    // SUM of the one cell: blank (no initial amount) reads 0 in every engine; N() of a blank name is #NUM! in Gnumeric.
    if (part === 'initial') return `SUM(${customLineName(kind, slot, 'initial')})`;
    const years = customLineName(kind, slot, 'years');
    const monthly = `${customLineName(kind, slot, 'amount')}${kind === 'benefit' ? `*${at(volumeRows.adoption, c)}` : ''}`;
    // Year 1 at least: month 0 (year 0) multiplies the amount by a 0 flag, but INDEX of column 0 is the whole row.
    return `IF(COUNT(${years})>0,INDEX(${years},1,MAX(1,${at(rows.year, c)}))/${at(rows.monthsInYear, c)},${monthly})`;
  };
  const print = (expr: Expr | undefined, c: number) => (expr === undefined ? undefined : printExpression(expr, { quantity: quantityAt(c), custom: customAt(c) }));
  const flag = (c: number) => (name: TimelineFlag) => ref(rows[name], c, { absRow: true });
  return (line) => {
    const slot = 'customSlot' in line.risk ? line.risk.customSlot : undefined;
    return {
      id: line.id,
      title: line.label,
      unit: lineUnit(line),
      riskName: slot === undefined ? ('input' in line.risk ? line.risk.input : '') : customLineName(line.kind, slot, 'risk'),
      formula: (c) => lineAmountFormula({ month0: print(line.month0, c), running: print(line.running, c) }, flag(c)),
      ...(slot === undefined ? {} : { customSlot: slot, label: customLabel(line.kind, slot) }),
    };
  };
}

/**
 * The rows of custom slots the inputs leave unused (the last ones: lines fill the first slots),
 * before and after risk, outlined and collapsed: zeros until a slot is filled on Inputs, then a
 * click away.
 */
function groupUnusedSlots(sheet: SheetBuilder, lines: readonly ModelLine[], used: number): void {
  const unused = lines.filter((line) => isUnusedSlot(line, used));
  sheet.outlineRows(unused.map((line) => line.row));
  sheet.outlineRows(unused.map((line) => line.adjRow));
}

/** Whether a line is a custom slot past the inputs' lines of its kind. */
export function isUnusedSlot(line: ModelLine, used: number): boolean {
  return line.customSlot !== undefined && line.customSlot > used;
}

/** One kind's lines before risk, their total, then each risk-adjusted and that total. */
function writeLines(writer: ModelWriter, kind: 'benefit' | 'cost', specs: readonly LineSpec[]): { lines: ModelLine[]; totalRow: number; adjTotalRow: number } {
  const { sheet, timeline, formats } = writer;
  const plural = kind === 'benefit' ? 'Benefits' : 'Costs';
  sheet.text(writer.row++, LABEL_COL, `${plural} before risk adjustment`, 'sectionHeader');
  const lineRows = specs.map(() => writer.row++);
  const totalRow = writer.row++;
  writer.row++;
  sheet.text(writer.row++, LABEL_COL, `${plural}, risk-adjusted (${kind === 'benefit' ? 'value − |value| × risk' : 'value + |value| × risk'})`, 'sectionHeader');
  const adjRows = specs.map(() => writer.row++);
  const adjTotalRow = writer.row++;
  writer.row++;
  specs.forEach((spec, i) => {
    writeTimelineRow(sheet, timeline, lineRows[i], {
      label: spec.label ?? spec.title, unit: spec.unit, span: 'all', numberFormat: formats.money, total: true, formula: spec.formula,
    });
    writeTimelineRow(sheet, timeline, adjRows[i], {
      label: spec.label ?? spec.title, unit: spec.unit, span: 'all', numberFormat: formats.money, total: true,
      param: { formula: effectiveRiskFormula(spec.riskName, kind), style: 'calculation', numberFormat: formats.rate },
      formula: (c) => `=${at(lineRows[i], c)}${kind === 'benefit' ? '-' : '+'}ABS(${at(lineRows[i], c)})*${param(adjRows[i])}`,
    });
  });
  const sumRows = (first: number, last: number) => (c: number) => `=SUM(${at(first, c)}:${at(last, c)})`;
  writeTimelineRow(sheet, timeline, totalRow, {
    label: `Total ${plural.toLowerCase()} before risk adjustment`, unit: 'per month (month 0: one-time)', span: 'all', style: 'total',
    numberFormat: formats.money, total: true, formula: sumRows(lineRows[0], lineRows[lineRows.length - 1]),
  });
  writeTimelineRow(sheet, timeline, adjTotalRow, {
    label: `Total ${plural.toLowerCase()}, risk-adjusted`, unit: 'per month (month 0: one-time)', span: 'all', style: 'total',
    numberFormat: formats.money, total: true, formula: sumRows(adjRows[0], adjRows[adjRows.length - 1]),
  });
  const lines = specs.map((spec, i): ModelLine => ({
    id: spec.id, title: spec.title, row: lineRows[i], adjRow: adjRows[i], ...(spec.customSlot === undefined ? {} : { customSlot: spec.customSlot }),
  }));
  return { lines, totalRow, adjTotalRow };
}

function writeModelCashFlow(writer: ModelWriter, rows: HeaderRows, scalars: ModelLayout['scalars'], benefitsAdj: number, costsAdj: number) {
  writer.sheet.text(writer.row++, LABEL_COL, 'Cash flow (risk-adjusted)', 'sectionHeader');
  const location = (r: number): RowLocation => ({ sheet: SHEET.model, row: r });
  return writeCashFlowRows(writer.sheet, writer.timeline, writer.row, {
    benefitsAdj: location(benefitsAdj),
    costsAdj: location(costsAdj),
    month: location(rows.month),
    operating: location(rows.operating),
    year: location(rows.year),
    annualDiscounting: { sheet: SHEET.model, row: scalars.annualDiscounting, col: PARAM_COL },
    mirrRates: {
      finance: { sheet: SHEET.model, row: scalars.mirrFinanceRate, col: PARAM_COL },
      reinvest: { sheet: SHEET.model, row: scalars.mirrReinvestRate, col: PARAM_COL },
    },
  }, writer.formats);
}

/** Widths, frozen header, print setup and the red-negatives rule. */
function finishModelSheet({ sheet, timeline }: ModelWriter, rows: HeaderRows, lastRow: number): void {
  // Wide enough for the longest label (the one-time costs line, 70 characters) beside its unit.
  sheet.width(LABEL_COL, 66);
  sheet.width(UNIT_COL, 22);
  sheet.width(PARAM_COL, 13);
  sheet.width(TOTAL_COL, 15);
  for (let col = timeline.month0Col; col <= timeline.lastCol; col++) sheet.width(col, MONTH_WIDTH);
  sheet.frozen = { rows: rows.year + 1, columns: timeline.month0Col };
  // A year of months per page width, labels and timeline header on each page: one page wide shrinks 36+ months to illegible.
  sheet.print = timelinePages(timeline.months, { first: rows.month, last: rows.year }, LABEL_COL);
  sheet.conditionalFormats.push({
    range: { startRow: rows.year + 1, startCol: TOTAL_COL, endRow: lastRow, endCol: timeline.lastCol },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
}
