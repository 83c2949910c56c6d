import { absRef, ref, rowRange } from './a1';
import { discountFactorFormula } from './cashFlow';
import { Formats } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { SHEET } from './sheetNames';
import { LABEL_COL, PARAM_COL } from './timeline';
import { at, Span, writeTimelineRow } from './timelineRows';
import { Variant, VariantRows, writeVariantRows } from './variantRows';
import type { ModelLayout } from './sheets/modelSheet';
import { SensitivityDriverId, isSensitivityDriverNode } from '../../core/model';

/** One driver at one value: a block of the workings, found again by its key. */
export interface FlexCase {
  readonly key: string;
  readonly driver: SensitivityDriverId;
  /** the block's heading, e.g. "Deflection rate at its low value (C9)" */
  readonly title: string;
  /** the cell holding the driver's value for this block */
  readonly value: string;
}

/** The driver at one value as a variant of the base case: the driver's node replaced by the value's cell. */
function flexVariant(driver: SensitivityDriverId, value: string): Variant {
  return {
    changes: (node) => isSensitivityDriverNode(node, driver),
    replace: (node) => (isSensitivityDriverNode(node, driver) ? value : undefined),
    primitive: () => null,
    labelPrefix: '',
  };
}

/** The heading of the workings, under the tornado; returns the first free row. */
export function writeWorkingsHeading(sheet: SheetBuilder, row: number): number {
  sheet.text(row, LABEL_COL, 'Workings: each driver at the values above, month by month', 'sectionHeader');
  sheet.text(row + 1, LABEL_COL, 'Only the rows that read the driver are printed again; every other row is the Model’s. Each block ends with the NPV at that value (column C).', 'note');
  return row + 2;
}

/**
 * One block per case: the quantities and lines that read the driver printed again from the
 * catalogues with the case's value, then the change in the risk-adjusted net flow against the
 * Model; the NPV at that value is the base NPV plus the change discounted with the Model's
 * factors. The discount rate changes no line: its blocks discount the Model's net flow with
 * factors at the case's rate. Returns each case's NPV cell by key.
 */
export function writeFlexBlocks(
  sheet: SheetBuilder,
  model: ModelLayout,
  cases: readonly FlexCase[],
  baseNpv: string,
  startRow: number,
  formats: Formats,
): { npvCells: ReadonlyMap<string, string>; nextRow: number } {
  let row = startRow;
  const npvCells = new Map<string, string>();
  for (const flex of cases) {
    sheet.text(row, LABEL_COL, flex.title, 'label');
    const block = writeFlexBlock(sheet, model, flex.driver, flex.value, baseNpv, row + 1, formats);
    npvCells.set(flex.key, block.npvCell);
    row = block.nextRow + 1;
  }
  return { npvCells, nextRow: row };
}

/** One driver at one end: its printed rows, the change in net flow, and the NPV at that value in the parameter column. */
function writeFlexBlock(sheet: SheetBuilder, model: ModelLayout, driver: SensitivityDriverId, value: string, baseNpv: string, startRow: number, formats: Formats): { npvCell: string; nextRow: number } {
  const printed = writeVariantRows(sheet, model, flexVariant(driver, value), startRow, formats);
  const row = printed.nextRow;
  const { timeline } = model;
  const modelRange = (modelRow: number, span: Span) => rowRange(modelRow, span === 'months' ? timeline.firstCol : timeline.month0Col, span === 'month0' ? timeline.month0Col : timeline.lastCol, SHEET.model);
  const ownRange = (ownRow: number, span: Span) => rowRange(ownRow, span === 'months' ? timeline.firstCol : timeline.month0Col, span === 'month0' ? timeline.month0Col : timeline.lastCol);
  if (printed.lines.length === 0) {
    writeTimelineRow(sheet, timeline, row, {
      label: 'Discount factor at this rate', span: 'all', numberFormat: formats.factor,
      formula: (c) => `=${discountFactorFormula(value, modelCell(sheet, model.rows.month, c), modelCell(sheet, model.rows.year, c), absRef(model.scalars.annualDiscounting, PARAM_COL, SHEET.model))}`,
    });
    return writeNpvCell(sheet, row, `=SUMPRODUCT(${modelRange(model.flows.net.row, 'all')},${ownRange(row, 'all')})`, formats);
  }
  // Every printed line runs along the whole timeline (its flags zero the months it has no amount in).
  const span = 'all';
  writeTimelineRow(sheet, timeline, row, {
    label: 'Change in risk-adjusted net cash flow', unit: 'per month (month 0: one-time)', span, style: 'total', numberFormat: formats.money,
    formula: (c) => `=${netChange(sheet, printed, c)}`,
  });
  return writeNpvCell(sheet, row, `=${baseNpv}+SUMPRODUCT(${ownRange(row, span)},${modelRange(model.flows.discountFactor.row, span)})`, formats);
}

function modelCell(sheet: SheetBuilder, modelRow: number, c: number): string {
  return at({ sheet: SHEET.model, row: modelRow }, c, sheet.name);
}

/** The NPV at this end, on the row under the block's last (whose row number is given). */
function writeNpvCell(sheet: SheetBuilder, lastRow: number, formula: string, formats: Formats): { npvCell: string; nextRow: number } {
  const row = lastRow + 1;
  sheet.text(row, LABEL_COL, 'NPV at this value', 'total');
  sheet.formula(row, PARAM_COL, formula, 'output', formats.money);
  return { npvCell: absRef(row, PARAM_COL), nextRow: row + 1 };
}

/** Σ of each printed line risk-adjusted with the Model's risk, less the Model's risk-adjusted row; costs subtract. */
function netChange(sheet: SheetBuilder, printed: VariantRows, c: number): string {
  return printed.lines
    .map(({ line, row, modelLine }, index) => {
      const value = ref(row, c);
      const risk = absRef(modelLine.adjRow, PARAM_COL, SHEET.model);
      const adjusted = line.kind === 'benefit' ? `${value}-ABS(${value})*${risk}` : `${value}+ABS(${value})*${risk}`;
      const sign = line.kind === 'benefit' ? (index === 0 ? '' : '+') : '-';
      return `${sign}(${adjusted}-${modelCell(sheet, modelLine.adjRow, c)})`;
    })
    .join('');
}
