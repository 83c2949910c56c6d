import type { Layouts } from '../anchors';
import {
  AUTOMATION_UNIT_VALUE,
  ONE_TIME_COST_FIELDS,
  SENSITIVITY_DRIVERS,
  sensitivityDriverBounds,
  SensitivityDriverId,
  sensitivityDriverLabel,
} from '../../../core/model';
import { absRef, colRange, ref, rowRange } from '../a1';
import { Formats } from '../formats';
import { MAX_AHT_REDUCTION_NAME } from '../inputNames';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { PARAM_COL } from '../timeline';
import { printExpression } from '../printExpression';
import { ModelLayout } from './modelSheet';

function driverBase(driver: SensitivityDriverId): string {
  return driver === 'one_time_costs' ? ONE_TIME_COST_FIELDS.join('+') : driver;
}

/**
 * One formula that recomputes the base case's NPV with one driver replaced by another cell,
 * by array arithmetic over the Model's volume, adoption and month rows inside SUMPRODUCT (no IF
 * or MIN over arrays, which Excel 2016 would not evaluate element by element there). With no
 * override it equals the Model's NPV: the Checks sheet proves it.
 */
export function npvFormula(model: ModelLayout, overrides: Partial<Record<SensitivityDriverId, string>> = {}): string {
  const { timeline } = model;
  const modelRow = (row: number) => rowRange(row, timeline.firstCol, timeline.lastCol, SHEET.model);
  const risk = (id: string) => absRef([...model.benefitLines, ...model.costLines].find((line) => line.id === id)!.adjRow, PARAM_COL, SHEET.model);
  const value = (driver: SensitivityDriverId) => overrides[driver] ?? (driver === 'one_time_costs' ? `(${driverBase(driver)})` : driver);

  const volume = overrides.contacts_per_month === undefined
    ? modelRow(model.rows.volume)
    : `(${overrides.contacts_per_month}/contacts_per_month)*${modelRow(model.rows.volume)}`;
  const adoption = modelRow(model.rows.adoption);
  const month = modelRow(model.rows.month);
  const year = modelRow(model.rows.year);
  const d = `MIN(1,${value('deflection_rate')})`;
  const r = `MIN(${MAX_AHT_REDUCTION_NAME},${value('aht_reduction')})`;
  const k = value('containment_rate');
  const ch = value('human_cost_per_contact');
  const margin = value('revenue_margin');
  const aiUsage = absRef(model.costLines.find((line) => line.id === 'ai_usage')!.row, timeline.firstCol, SHEET.model);
  // Custom lines depend on no driver but the discount rate: their risk-adjusted Model rows enter as they are.
  const customLines = (kind: 'benefit' | 'cost') =>
    model[kind === 'benefit' ? 'benefitLines' : 'costLines'].filter((line) => line.id.startsWith(`custom_${kind}_`));
  const customRows = (kind: 'benefit' | 'cost') => customLines(kind).map((line) => modelRow(line.adjRow)).join('+');
  const customInitial = customLines('cost').map((line) => absRef(line.adjRow, timeline.month0Col, SHEET.model)).join('+');
  const aiContacts = `${volume}*${adoption}*${d}`;
  // Against the case (value − |value|·risk). Only automation and upsell can be negative, each a
  // non-negative month row times a scalar, so the scalar's SIGN gives the line's: ABS over an
  // array inside SUMPRODUCT is #VALUE! in Gnumeric.
  const unitValue = printExpression(AUTOMATION_UNIT_VALUE, {
    replace: (node) => (node.kind === 'input' && (SENSITIVITY_DRIVERS as readonly string[]).includes(node.key) ? value(node.key as SensitivityDriverId) : undefined),
    quantity: () => {
      throw new Error('the unit value reads inputs only');
    },
    custom: () => '',
  });
  const automation = `${aiContacts}*${unitValue}*(1-SIGN(${unitValue})*${risk('automation')})`;
  const upsellPerMonth = `upsell_eligible_contacts_per_month*(upsell_conversion_after-upsell_conversion_before)*upsell_order_value*${margin}`;
  const upsell = `${adoption}*${upsellPerMonth}*(1-SIGN(${upsellPerMonth})*${risk('upsell')})`;
  const flow =
    `${automation}` +
    `+(${volume}-${aiContacts}*${k})*${ch}*${r}*${adoption}*(1-${risk('assist')})` +
    `+${upsell}` +
    `+${adoption}*(customers*churn_reduction*revenue_per_customer_per_year*${margin}/12*(1-${risk('retention')})` +
    `+agents*agent_attrition_reduction*replacement_cost_per_agent/12*(1-${risk('attrition')}))+${customRows('benefit')}` +
    `-(${aiUsage}*(1+${risk('ai_usage')})+${value('platform_subscription_per_year')}/12*(1+${risk('subscription')})` +
    `+monitoring_per_year/12*(1+${risk('monitoring')}))-(${customRows('cost')})` +
    `-${aiContacts}*review_share*minutes_per_review/60*reviewer_hourly_cost*(1+${risk('review')})`;
  const flag = absRef(model.scalars.annualDiscounting, PARAM_COL, SHEET.model);
  const discount = `(1+${value('discount_rate')})^(-(${month}/12+${flag}*(${year}-${month}/12)))`;
  return `-${value('one_time_costs')}*(1+${risk('one_time')})-(${customInitial})+SUMPRODUCT(${discount},${flow})`;
}

const COL = { driver: 0, base: 1, low: 2, high: 3, npvLow: 4, npvHigh: 5, swing: 6, swingCents: 7, rank: 8, min: 9, max: 10 } as const;
const SORTED = { driver: 0, order: 1, npvLow: 2, npvHigh: 3, swing: 4, changeLow: 5, changeHigh: 6 } as const;

export interface SensitivityLayout {
  readonly baseNpvRow: number;
  readonly baseNpvCol: number;
  /** driver -> row of the driver table (columns: COL) */
  readonly driverRows: Readonly<Record<SensitivityDriverId, number>>;
  readonly cols: typeof COL;
  /** first row of the table sorted by swing */
  readonly sortedFirstRow: number;
  readonly sortedCols: typeof SORTED;
}

const BASE_NPV_ROW = 3;
const DRIVER_HEADER_ROW = 5;

/** The rows of the driver table, first to last. */
interface DriverTable {
  readonly first: number;
  readonly last: number;
}

/**
 * The Sensitivity sheet: each driver moved down and up by sensitivity_range (clamped to its
 * accepted range), the NPV at each end, the swing, a rank (largest swing first, ties in driver
 * order) and the same table sorted by that rank with INDEX/MATCH, for the tornado chart.
 */
export function buildSensitivitySheet({ model, annual }: Pick<Layouts, 'model' | 'annual'>, formats: Formats): { sheet: SheetBuilder; layout: SensitivityLayout } {
  const sheet = new SheetBuilder(SHEET.sensitivity, COLORS.tabReport);
  sheet.text(0, 0, 'Sensitivity of NPV to each driver (base case)', 'title');
  sheet.text(1, 0, 'Each driver moved down and up by a share of its value, within its accepted range; NPV recomputed by one formula per cell.', 'subtitle');
  writeBaseNpv(sheet, model, annual, formats);
  const { driverRows, table } = writeDriverTable(sheet, model, formats);
  const sortedFirstRow = writeTornadoOrder(sheet, table, formats);
  const sortedLast = sortedFirstRow + SENSITIVITY_DRIVERS.length - 1;
  addTornadoChart(sheet, sortedFirstRow, sortedLast);
  sheet.width(0, 44);
  for (let col = 1; col <= COL.max; col++) sheet.width(col, 16);
  sheet.conditionalFormats.push({
    range: { startRow: BASE_NPV_ROW, startCol: 1, endRow: sortedLast, endCol: COL.max },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
  sheet.print = { orientation: 'landscape', fitToWidth: true };
  return { sheet, layout: { baseNpvRow: BASE_NPV_ROW, baseNpvCol: COL.base, driverRows, cols: COL, sortedFirstRow, sortedCols: SORTED } };
}

/** The range setting, and the base NPV recomputed here beside the Annual's, which it must equal. */
function writeBaseNpv(sheet: SheetBuilder, model: ModelLayout, annual: Layouts['annual'], formats: Formats): void {
  sheet.text(2, 0, 'Sensitivity range (± share of each driver)', 'label');
  sheet.formula(2, COL.base, '=sensitivity_range', 'calculation', formats.rate);
  sheet.text(BASE_NPV_ROW, COL.driver, 'NPV, base case, recomputed here', 'label');
  sheet.formula(BASE_NPV_ROW, COL.base, `=${npvFormula(model)}`, 'output', formats.money);
  sheet.formula(BASE_NPV_ROW, COL.low, `=${absRef(annual.headlines.npv, annual.valueCol, SHEET.annual)}`, 'calculation', formats.money);
  sheet.text(BASE_NPV_ROW, COL.high, '← NPV on the Annual sheet: the two must be equal', 'inlineNote');
}

/** One row per driver, in driver order, under the table's headings. */
function writeDriverTable(sheet: SheetBuilder, model: ModelLayout, formats: Formats): { driverRows: Record<SensitivityDriverId, number>; table: DriverTable } {
  const headers: [number, string][] = [
    [COL.driver, 'Driver'], [COL.base, 'Base value'], [COL.low, 'Low value'], [COL.high, 'High value'],
    [COL.npvLow, 'NPV at low'], [COL.npvHigh, 'NPV at high'], [COL.swing, 'Swing |high − low|'], [COL.swingCents, 'Swing to the cent (ranks ties)'], [COL.rank, 'Rank'],
    [COL.min, 'Accepted minimum'], [COL.max, 'Accepted maximum'],
  ];
  for (const [col, text] of headers) sheet.text(DRIVER_HEADER_ROW, col, text, 'tableHeader');
  const driverRows = {} as Record<SensitivityDriverId, number>;
  const first = DRIVER_HEADER_ROW + 1;
  const table = { first, last: first + SENSITIVITY_DRIVERS.length - 1 };
  SENSITIVITY_DRIVERS.forEach((driver, i) => {
    driverRows[driver] = first + i;
    writeDriverRow(sheet, model, formats, driver, first + i, table);
  });
  return { driverRows, table };
}

function driverFormat(driver: SensitivityDriverId, formats: Formats): string {
  return driver === 'contacts_per_month' ? formats.count
    : ['deflection_rate', 'containment_rate', 'aht_reduction', 'revenue_margin', 'discount_rate'].includes(driver) ? formats.rate
    : driver === 'human_cost_per_contact' || driver === 'ai_cost_per_contact' ? formats.moneyCents : formats.money;
}

/** A driver's base, low and high values, the NPV at each end, the swing, its rank and the accepted bounds. */
function writeDriverRow(sheet: SheetBuilder, model: ModelLayout, formats: Formats, driver: SensitivityDriverId, row: number, { first, last }: DriverTable): void {
  const format = driverFormat(driver, formats);
  const [min, max] = sensitivityDriverBounds(driver);
  sheet.text(row, COL.driver, sensitivityDriverLabel(driver), 'label');
  sheet.formula(row, COL.base, `=${driverBase(driver)}`, 'calculation', format);
  sheet.formula(row, COL.low, `=MAX(${ref(row, COL.min)},${ref(row, COL.base)}*(1-sensitivity_range))`, 'calculation', format);
  sheet.formula(row, COL.high, `=MIN(${ref(row, COL.max)},${ref(row, COL.base)}*(1+sensitivity_range))`, 'calculation', format);
  sheet.formula(row, COL.npvLow, `=${npvFormula(model, { [driver]: absRef(row, COL.low) })}`, 'calculation', formats.money);
  sheet.formula(row, COL.npvHigh, `=${npvFormula(model, { [driver]: absRef(row, COL.high) })}`, 'calculation', formats.money);
  sheet.formula(row, COL.swing, `=ABS(${ref(row, COL.npvHigh)}-${ref(row, COL.npvLow)})`, 'output', formats.money);
  // Swings equal to the cent are ties, kept in driver order, so rounding noise cannot reorder them.
  sheet.formula(row, COL.swingCents, `=ROUND(${ref(row, COL.swing)},2)`, 'calculation', formats.moneyCents);
  sheet.formula(row, COL.rank,
    `=SUMPRODUCT((${colRange(COL.swingCents, first, last)}>${ref(row, COL.swingCents)})*1)+SUMPRODUCT((${absRef(first, COL.swingCents)}:${ref(row, COL.swingCents)}=${ref(row, COL.swingCents)})*1)`,
    'calculation', '0');
  // Accepted maxima run to 10^12: in billions they fit the column instead of showing ###.
  const boundFormat = (bound: number) => (bound < 1e9 ? format : driver === 'contacts_per_month' ? formats.countBillions : formats.moneyBillions);
  sheet.set(row, COL.min, { value: min, style: 'note', numberFormat: boundFormat(min) });
  sheet.set(row, COL.max, { value: max, style: 'note', numberFormat: boundFormat(max) });
}

/** The driver table again, sorted by rank, with each end's change from the base NPV; returns its first row. */
function writeTornadoOrder(sheet: SheetBuilder, { first, last }: DriverTable, formats: Formats): number {
  const sortedHeader = last + 2;
  sheet.text(sortedHeader, 0, 'Tornado order (largest swing first)', 'sectionHeader');
  const sortedHeaders: [number, string][] = [
    [SORTED.driver, 'Driver'], [SORTED.order, 'Order'], [SORTED.npvLow, 'NPV at low'], [SORTED.npvHigh, 'NPV at high'],
    [SORTED.swing, 'Swing'], [SORTED.changeLow, 'Change at low'], [SORTED.changeHigh, 'Change at high'],
  ];
  for (const [col, text] of sortedHeaders) sheet.text(sortedHeader + 1, col, text, 'tableHeader');
  const sortedFirstRow = sortedHeader + 2;
  const ranks = colRange(COL.rank, first, last);
  const baseNpv = absRef(BASE_NPV_ROW, COL.base);
  SENSITIVITY_DRIVERS.forEach((_, i) => {
    const row = sortedFirstRow + i;
    const pick = (col: number) => `INDEX(${colRange(col, first, last)},MATCH(${ref(row, SORTED.order)},${ranks},0))`;
    sheet.set(row, SORTED.order, { value: i + 1, style: 'calculation', numberFormat: '0' });
    sheet.formula(row, SORTED.driver, `=${pick(COL.driver)}`, 'label');
    sheet.formula(row, SORTED.npvLow, `=${pick(COL.npvLow)}`, 'calculation', formats.money);
    sheet.formula(row, SORTED.npvHigh, `=${pick(COL.npvHigh)}`, 'calculation', formats.money);
    sheet.formula(row, SORTED.swing, `=${pick(COL.swing)}`, 'output', formats.money);
    sheet.formula(row, SORTED.changeLow, `=${ref(row, SORTED.npvLow)}-${baseNpv}`, 'calculation', formats.money);
    sheet.formula(row, SORTED.changeHigh, `=${ref(row, SORTED.npvHigh)}-${baseNpv}`, 'calculation', formats.money);
  });
  return sortedFirstRow;
}

/** The tornado chart under the sorted table. */
function addTornadoChart(sheet: SheetBuilder, sortedFirstRow: number, sortedLast: number): void {
  sheet.charts.push({
    id: 'sensitivity-tornado',
    type: 'barClustered',
    title: 'Change in NPV when each driver moves down or up (tornado)',
    series: [
      { name: 'Driver at low value', values: colRange(SORTED.changeLow, sortedFirstRow, sortedLast, SHEET.sensitivity), categories: colRange(SORTED.driver, sortedFirstRow, sortedLast, SHEET.sensitivity) },
      { name: 'Driver at high value', values: colRange(SORTED.changeHigh, sortedFirstRow, sortedLast, SHEET.sensitivity), categories: colRange(SORTED.driver, sortedFirstRow, sortedLast, SHEET.sensitivity) },
    ],
    anchor: { startRow: sortedLast + 2, startCol: 0, endRow: sortedLast + 24, endCol: 6 },
    valueAxisTitle: 'Change in NPV',
  });
}
