import type { Layouts } from '../anchors';
import { SENSITIVITY_DRIVERS, sensitivityDriverBounds, SensitivityDriverId, sensitivityDriverLabel, sensitivityDriverNode } from '../../../core/model';
import { absRef, colRange, ref } from '../a1';
import { Formats } from '../formats';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { MONTH_WIDTH } from '../timeline';
import { printExpression } from '../printExpression';
import { FlexCase, writeFlexBlocks, writeWorkingsHeading } from '../sensitivityWorkings';
import { ModelLayout } from './modelSheet';
import { BreakEvenLayout, breakEvenCases, linkBreakEvenWorkings, writeBreakEvenTable } from './breakEvenTable';

/** The driver's base value as the Inputs hold it: its name, or the one-time costs' sum. */
function driverBase(driver: SensitivityDriverId): string {
  return printExpression(sensitivityDriverNode(driver), { quantity: () => null, custom: () => '' });
}

const COL = { driver: 0, base: 1, low: 2, high: 3, npvLow: 4, npvHigh: 5, swing: 6, swingCents: 7, rank: 8, min: 9, max: 10 } as const;
const SORTED = { driver: 0, order: 1, npvLow: 2, npvHigh: 3, swing: 4, changeLow: 5, changeHigh: 6 } as const;

export interface SensitivityLayout {
  /** the base case's NPV (the Annual's), which the tornado's changes are measured from */
  readonly baseNpvRow: number;
  readonly baseNpvCol: number;
  /** driver -> row of the driver table (columns: COL) */
  readonly driverRows: Readonly<Record<SensitivityDriverId, number>>;
  readonly cols: typeof COL;
  /** first row of the table sorted by swing */
  readonly sortedFirstRow: number;
  readonly sortedCols: typeof SORTED;
  /** the first row of the workings: each driver's low and high variant, month by month */
  readonly workingsFirstRow: number;
  readonly breakEven: BreakEvenLayout;
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
  sheet.text(1, 0, 'Each driver moved down and up by a share of its value, within its accepted range. The workings under the chart print again only the rows that read the driver; every other row is the Model\'s.', 'subtitle');
  writeBaseNpv(sheet, annual, formats);
  const { driverRows, table } = writeDriverTable(sheet, formats);
  const breakEven = writeBreakEvenTable(sheet, driverRows, COL, table.last + 2, formats, (driver) => driverFormat(driver, formats));
  const sortedFirstRow = writeTornadoOrder(sheet, table, breakEven.nextRow + 1, formats);
  const sortedLast = sortedFirstRow + SENSITIVITY_DRIVERS.length - 1;
  const chartLastRow = addTornadoChart(sheet, sortedFirstRow, sortedLast, formats);
  const workingsFirstRow = chartLastRow + 2;
  const lastRow = writeSensitivityWorkings(sheet, model, driverRows, breakEven.layout, workingsFirstRow, formats);
  finishSensitivitySheet(sheet, model, sortedLast, chartLastRow, lastRow);
  return { sheet, layout: { baseNpvRow: BASE_NPV_ROW, baseNpvCol: COL.base, driverRows, cols: COL, sortedFirstRow, sortedCols: SORTED, workingsFirstRow, breakEven: breakEven.layout } };
}

/** The workings of every driver at its low and high value, and the table's NPV cells that read them; returns the last row. */
function writeSensitivityWorkings(sheet: SheetBuilder, model: ModelLayout, driverRows: Readonly<Record<SensitivityDriverId, number>>, breakEven: BreakEvenLayout, startRow: number, formats: Formats): number {
  const ends = [['low', COL.low, COL.npvLow], ['high', COL.high, COL.npvHigh]] as const;
  const cases: FlexCase[] = SENSITIVITY_DRIVERS.flatMap((driver) => ends.map(([end, col]) => {
    const value = absRef(driverRows[driver], col);
    return { key: `${driver}.${end}`, driver, title: `${sensitivityDriverLabel(driver)} at its ${end} value (${value.replace(/\$/g, '')})`, value };
  }));
  const all = [...cases, ...breakEvenCases(breakEven)];
  const { npvCells, nextRow } = writeFlexBlocks(sheet, model, all, absRef(BASE_NPV_ROW, COL.base), writeWorkingsHeading(sheet, startRow), formats);
  for (const driver of SENSITIVITY_DRIVERS) {
    for (const [end, , npvCol] of ends) sheet.formula(driverRows[driver], npvCol, `=${npvCells.get(`${driver}.${end}`)}`, 'calculation', formats.money);
  }
  linkBreakEvenWorkings(sheet, { layout: breakEven, driverRows, table: COL, npvCells }, formats, (driver) => driverFormat(driver, formats));
  return nextRow - 1;
}

/** Widths, the red-negatives rule and a print area of the tables and the chart (the workings are for review on screen). */
function finishSensitivitySheet(sheet: SheetBuilder, model: ModelLayout, sortedLast: number, chartLastRow: number, lastRow: number): void {
  sheet.width(0, 44);
  for (let col = 1; col <= COL.max; col++) sheet.width(col, 16);
  for (let col = COL.max + 1; col <= model.timeline.lastCol; col++) sheet.width(col, MONTH_WIDTH);
  sheet.conditionalFormats.push({
    range: { startRow: BASE_NPV_ROW, startCol: 1, endRow: lastRow, endCol: Math.max(COL.max, model.timeline.lastCol) },
    type: 'cellValue', operator: 'lessThan', formula: '=0', fontColor: COLORS.negative,
  });
  sheet.print = { orientation: 'landscape', fitToWidth: true, fitToHeightPages: 1, area: { startRow: 0, startCol: 0, endRow: Math.max(sortedLast, chartLastRow), endCol: COL.max } };
}

/** The range setting, and the base NPV the changes are measured from. */
function writeBaseNpv(sheet: SheetBuilder, annual: Layouts['annual'], formats: Formats): void {
  sheet.text(2, 0, 'Sensitivity range (± share of each driver)', 'label');
  sheet.formula(2, COL.base, '=sensitivity_range', 'calculation', formats.rate);
  sheet.text(BASE_NPV_ROW, COL.driver, 'NPV, base case (Annual sheet)', 'label');
  sheet.formula(BASE_NPV_ROW, COL.base, `=${absRef(annual.headlines.npv, annual.valueCol, SHEET.annual)}`, 'output', formats.money);
}

/** One row per driver, in driver order, under the table's headings. */
function writeDriverTable(sheet: SheetBuilder, formats: Formats): { driverRows: Record<SensitivityDriverId, number>; table: DriverTable } {
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
    writeDriverRow(sheet, formats, driver, first + i, table);
  });
  return { driverRows, table };
}

function driverFormat(driver: SensitivityDriverId, formats: Formats): string {
  return driver === 'contacts_per_month' ? formats.count
    : ['deflection_rate', 'containment_rate', 'aht_reduction', 'revenue_margin', 'discount_rate'].includes(driver) ? formats.rate
    : driver === 'human_cost_per_contact' || driver === 'ai_cost_per_contact' ? formats.moneyCents : formats.money;
}

/** A driver's base, low and high values, the NPV at each end, the swing, its rank and the accepted bounds. */
function writeDriverRow(sheet: SheetBuilder, formats: Formats, driver: SensitivityDriverId, row: number, { first, last }: DriverTable): void {
  const format = driverFormat(driver, formats);
  const [min, max] = sensitivityDriverBounds(driver);
  sheet.text(row, COL.driver, sensitivityDriverLabel(driver), 'label');
  sheet.formula(row, COL.base, `=${driverBase(driver)}`, 'calculation', format);
  sheet.formula(row, COL.low, `=MAX(${ref(row, COL.min)},${ref(row, COL.base)}*(1-sensitivity_range))`, 'calculation', format);
  sheet.formula(row, COL.high, `=MIN(${ref(row, COL.max)},${ref(row, COL.base)}*(1+sensitivity_range))`, 'calculation', format);
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
function writeTornadoOrder(sheet: SheetBuilder, { first, last }: DriverTable, sortedHeader: number, formats: Formats): number {
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

/** The tornado chart under the sorted table, changes in thousands; returns its last row. */
function addTornadoChart(sheet: SheetBuilder, sortedFirstRow: number, sortedLast: number, formats: Formats): number {
  sheet.charts.push({
    id: 'sensitivity-tornado',
    type: 'barClustered',
    title: 'Change in NPV when each driver moves down or up (tornado)',
    series: [
      { name: 'Driver at low value', values: colRange(SORTED.changeLow, sortedFirstRow, sortedLast, SHEET.sensitivity), categories: colRange(SORTED.driver, sortedFirstRow, sortedLast, SHEET.sensitivity) },
      { name: 'Driver at high value', values: colRange(SORTED.changeHigh, sortedFirstRow, sortedLast, SHEET.sensitivity), categories: colRange(SORTED.driver, sortedFirstRow, sortedLast, SHEET.sensitivity) },
    ],
    anchor: { startRow: sortedLast + 2, startCol: 0, endRow: sortedLast + 24, endCol: 6 },
    valueAxisTitle: `Change in NPV (${formats.currency})`,
    legend: 'bottom',
    // left of the plot: where the axes cross (zero) the driver names would sit under the bars
    categoryLabelPosition: 'low',
    valueAxisNumberFormat: formats.chartThousands,
  });
  return sortedLast + 24;
}
