import { absRef, ref, rowRange } from './a1';
import { SheetBuilder, CellContent } from './sheetBuilder';
import { LABEL_COL, PARAM_COL, Timeline, TOTAL_COL, UNIT_COL } from './timeline';
import { StyleId } from './types';

export type Span = 'all' | 'months' | 'month0';

export interface TimelineRowSpec {
  /** text, or a formula (leading '=') for labels that follow an input such as a custom line's name */
  readonly label: string;
  readonly unit?: string;
  readonly span: Span;
  /** the formula of one column; it is called for every column so it has one shape across the row */
  readonly formula: (col: number) => string;
  /** month 0 formula when it differs from the other months (cumulative rows start from the net flow) */
  readonly month0Formula?: string;
  readonly style?: StyleId;
  readonly numberFormat?: string;
  /** a Total column of Σ months 0..H */
  readonly total?: boolean;
  /** a flag row of this sheet: the Total sums only the columns where it is 1 (rows that run past the horizon) */
  readonly totalOver?: number;
  /** what the parameter column holds: a line's risk, a scenario driver */
  readonly param?: CellContent;
}

/** Writes one timeline row: label, unit, parameter, optional total, then the same formula in each column. */
export function writeTimelineRow(sheet: SheetBuilder, timeline: Timeline, row: number, spec: TimelineRowSpec): void {
  const style = spec.style ?? 'calculation';
  const labelStyle = style === 'total' || style === 'timelineHeader' ? style : 'label';
  if (spec.label.startsWith('=')) sheet.formula(row, LABEL_COL, spec.label, labelStyle);
  else sheet.text(row, LABEL_COL, spec.label, labelStyle);
  if (spec.unit) sheet.text(row, UNIT_COL, spec.unit, style === 'timelineHeader' ? style : 'unit');
  if (spec.param) sheet.set(row, PARAM_COL, spec.param);
  const firstCol = spec.span === 'months' ? timeline.firstCol : timeline.month0Col;
  const lastCol = spec.span === 'month0' ? timeline.month0Col : timeline.lastCol;
  for (let col = firstCol; col <= lastCol; col++) {
    const formula = col === timeline.month0Col && spec.month0Formula !== undefined ? spec.month0Formula : spec.formula(col);
    sheet.formula(row, col, formula, style, spec.numberFormat);
  }
  if (spec.total) {
    const values = `${ref(row, timeline.month0Col)}:${ref(row, timeline.lastCol)}`;
    const total = spec.totalOver === undefined ? `=SUM(${values})` : `=SUMIF(${rowRange(spec.totalOver, timeline.month0Col, timeline.lastCol)},1,${values})`;
    sheet.formula(row, TOTAL_COL, total, style, spec.numberFormat);
  }
}

/** A row of another (or the same) sheet seen from a timeline column: same column, fixed row. */
export interface RowLocation {
  readonly sheet: string;
  readonly row: number;
}

const ABS_ROW = { absRow: true } as const;

export function at(location: RowLocation, col: number, fromSheet: string): string {
  return ref(location.row, col, location.sheet === fromSheet ? ABS_ROW : { absRow: true, sheet: location.sheet });
}

/** Months 1..H of a row, absolute. */
export function monthsRange(location: RowLocation, timeline: Timeline, fromSheet: string): string {
  return rowRange(location.row, timeline.firstCol, timeline.lastCol, location.sheet === fromSheet ? undefined : location.sheet);
}

/** Months 0..H of a row, absolute. */
export function allRange(location: RowLocation, timeline: Timeline, fromSheet: string): string {
  return rowRange(location.row, timeline.month0Col, timeline.lastCol, location.sheet === fromSheet ? undefined : location.sheet);
}

export function cellAt(location: RowLocation, col: number, fromSheet: string): string {
  return absRef(location.row, col, location.sheet === fromSheet ? undefined : location.sheet);
}
