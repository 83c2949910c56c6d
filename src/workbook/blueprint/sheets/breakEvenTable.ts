import { BREAK_EVEN_DRIVERS, BreakEvenDriver, SensitivityDriverId, sensitivityDriverLabel } from '../../../core/model';
import { absRef, ref } from '../a1';
import { Formats } from '../formats';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { FlexCase } from '../sensitivityWorkings';
import { NameBlueprint } from '../types';

/** Columns of the break-even table; the last three hold the values the workings try (the base value where there is no number). */
export const BREAK_EVEN_COL = { driver: 0, base: 1, first: 2, second: 3, estimate: 4, beside: 5, refined: 6, value: 7, npv: 8, note: 9, estimateTried: 11, besideTried: 12, valueTried: 13 } as const;

/** The driver table's columns the break-even reads: the low value and its NPV, the accepted bounds. */
export interface DriverTableColumns {
  readonly base: number;
  readonly low: number;
  readonly npvLow: number;
  readonly high: number;
  readonly min: number;
  readonly max: number;
}

export interface BreakEvenLayout {
  /** driver -> row of the break-even table (columns: BREAK_EVEN_COL) */
  readonly rows: Readonly<Record<BreakEvenDriver, number>>;
}

const col = BREAK_EVEN_COL;

/**
 * The break-even table: for each main driver, the value at which the NPV is zero, the other inputs
 * as they are. The NPV is a straight line in these drivers except where a line changes sign (its
 * risk adjustment turns), so a first estimate is where the line through two points crosses zero
 * (the driver's low value, and its high value or, when the range has no width, its accepted
 * maximum), and the break-even is where the line through that estimate and a point beside it
 * crosses zero: exact on the straight piece the root lies on. Each NPV comes from a block of the
 * workings; the NPV at the break-even value is worked out again, and the note says when it is not 0.
 */
export function writeBreakEvenTable(sheet: SheetBuilder, driverRows: Readonly<Record<SensitivityDriverId, number>>, table: DriverTableColumns, firstRow: number, formats: Formats, driverFormat: (driver: SensitivityDriverId) => string): { layout: BreakEvenLayout; nextRow: number } {
  sheet.text(firstRow, 0, 'Break-even: where NPV = 0', 'sectionHeader');
  const headers: [number, string][] = [
    [col.driver, 'Driver'], [col.base, 'Base value'], [col.first, 'First point'], [col.second, 'Second point'], [col.estimate, 'First estimate'],
    [col.beside, 'Point beside it'], [col.refined, 'Second estimate'], [col.value, 'Break-even value'], [col.npv, 'NPV at the break-even value'], [col.note, 'Note'],
  ];
  for (const [column, text] of headers) sheet.text(firstRow + 1, column, text, 'tableHeader');
  sheet.text(firstRow, col.first, 'Each driver alone, the other inputs as they are; the NPV at each value tried is in the workings below the chart.', 'inlineNote');
  const rows = {} as Record<BreakEvenDriver, number>;
  BREAK_EVEN_DRIVERS.forEach((driver, index) => {
    rows[driver] = firstRow + 2 + index;
    writeBreakEvenRow(sheet, driver, rows[driver], driverRows[driver], table, driverFormat(driver));
  });
  return { layout: { rows }, nextRow: firstRow + 2 + BREAK_EVEN_DRIVERS.length };
}

/** The row's inputs to the workings: its two points, and each value tried, a number even where the estimate is n/a. */
function writeBreakEvenRow(sheet: SheetBuilder, driver: BreakEvenDriver, row: number, driverRow: number, table: DriverTableColumns, format: string): void {
  const fromTable = (column: number) => absRef(driverRow, column);
  const here = (column: number) => ref(row, column);
  const numberOr = (column: number, fallback: string) => `=IF(ISNUMBER(${here(column)}),${here(column)},${fallback})`;
  sheet.text(row, col.driver, sensitivityDriverLabel(driver), 'label');
  sheet.formula(row, col.base, `=${fromTable(table.base)}`, 'calculation', format);
  sheet.formula(row, col.first, `=${fromTable(table.low)}`, 'calculation', format);
  sheet.formula(row, col.second, `=IF(${fromTable(table.high)}>${fromTable(table.low)},${fromTable(table.high)},${fromTable(table.max)})`, 'calculation', format);
  sheet.formula(row, col.beside, `=IF(ISNUMBER(${here(col.estimate)}),${here(col.estimate)}+(${here(col.second)}-${here(col.first)})*sensitivity_range,"n/a")`, 'calculation', format);
  sheet.formula(row, col.estimateTried, numberOr(col.estimate, here(col.base)), 'note', format);
  sheet.formula(row, col.besideTried, numberOr(col.beside, here(col.second)), 'note', format);
  sheet.formula(row, col.valueTried, numberOr(col.value, here(col.base)), 'note', format);
  sheet.formula(row, col.note,
    `=IF(ISNUMBER(${here(col.value)}),IF(ROUND(${here(col.npv)},2)=0,"","Approximate (NPV bends here)"),"None in the accepted range")`, 'note');
}

/** The blocks of workings the table needs, per driver: the NPV at its second point, at each estimate, and at its break-even value. */
export function breakEvenCases(layout: BreakEvenLayout): FlexCase[] {
  const blocks = [['second', col.second, 'the second point'], ['estimate', col.estimateTried, 'the first estimate'], ['beside', col.besideTried, 'the point beside the first estimate'], ['breakeven', col.valueTried, 'the break-even value']] as const;
  return BREAK_EVEN_DRIVERS.flatMap((driver) => blocks.map(([key, column, what]) => {
    const value = absRef(layout.rows[driver], column);
    return { key: `${driver}.${key}`, driver, title: `${sensitivityDriverLabel(driver)} at ${what} of the break-even table (${value.replace(/\$/g, '')})`, value };
  }));
}

/** The table's cells that read the blocks: the two straight lines' zeros, within the accepted range, and the NPV at the break-even value. */
export function linkBreakEvenWorkings(
  sheet: SheetBuilder,
  { layout, driverRows, table, npvCells }: { layout: BreakEvenLayout; driverRows: Readonly<Record<SensitivityDriverId, number>>; table: DriverTableColumns; npvCells: ReadonlyMap<string, string> },
  formats: Formats,
  driverFormat: (driver: SensitivityDriverId) => string,
): void {
  for (const driver of BREAK_EVEN_DRIVERS) {
    const row = layout.rows[driver];
    const here = (column: number) => ref(row, column);
    const npv = (key: string) => npvCells.get(`${driver}.${key}`)!;
    const fromTable = (column: number) => absRef(driverRows[driver], column);
    const zeroOf = (x0: string, f0: string, x1: string, f1: string) => `${x0}-${f0}*(${x1}-${x0})/(${f1}-${f0})`;
    const format = driverFormat(driver);
    sheet.formula(row, col.estimate, `=IF(${npv('second')}=${fromTable(table.npvLow)},"n/a",${zeroOf(here(col.first), fromTable(table.npvLow), here(col.second), npv('second'))})`, 'calculation', format);
    sheet.formula(row, col.refined,
      `=IF(ISNUMBER(${here(col.estimate)}),IF(${npv('beside')}=${npv('estimate')},${here(col.estimate)},${zeroOf(here(col.estimate), npv('estimate'), here(col.beside), npv('beside'))}),"n/a")`, 'calculation', format);
    const refined = here(col.refined);
    sheet.formula(row, col.value, `=IF(ISNUMBER(${refined}),IF(AND(${refined}>=${fromTable(table.min)},${refined}<=${fromTable(table.max)}),${refined},"n/a"),"n/a")`, 'output', format);
    sheet.formula(row, col.npv, `=IF(ISNUMBER(${here(col.value)}),${npv('breakeven')},"n/a")`, 'calculation', formats.money);
  }
}

/** Workbook names on the break-even values: breakeven_deflection_rate, …, breakeven_one_time_costs. */
export function breakEvenNames(layout: BreakEvenLayout): NameBlueprint[] {
  return BREAK_EVEN_DRIVERS.map((driver) => ({
    name: `breakeven_${driver}`,
    refersTo: `=${absRef(layout.rows[driver], col.value, SHEET.sensitivity)}`,
    comment: `${sensitivityDriverLabel(driver)} at which the base case's NPV is zero (the text "n/a" when there is none in the accepted range)`,
  }));
}
