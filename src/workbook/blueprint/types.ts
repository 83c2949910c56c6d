import type { Anchors } from './anchors';
/**
 * A workbook described as plain data. The blueprint builder produces it from validated inputs;
 * the renderers (ExcelJS for .xlsx files, Office.js inside Excel) write it without making any
 * decision of their own, so both outputs are the same model.
 *
 * Addresses are zero-based (row 0, col 0 = A1). Formulas are native Excel formulas in English
 * with their leading "=", referring to workbook names and A1 references.
 */

export type StyleId =
  | 'title'
  | 'subtitle'
  | 'sectionHeader'
  | 'tableHeader'
  | 'label'
  | 'unit'
  | 'note'
  | 'inlineNote'
  | 'input'
  | 'calculation'
  | 'output'
  | 'total'
  | 'check'
  | 'link'
  | 'timelineHeader'
  | 'textInput';

export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** hex RGB without '#', e.g. '1F3864' */
  readonly fontColor?: string;
  readonly fillColor?: string;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  /** top keeps a label level with the first line of a wrapped note beside it (the default is the bottom) */
  readonly verticalAlignment?: 'top';
  readonly wrapText?: boolean;
  readonly indent?: number;
  /** thin border on all sides in this colour */
  readonly borderColor?: string;
  /** a heavier line on top, for totals */
  readonly topBorder?: 'thin' | 'double';
  readonly underline?: boolean;
}

/** What a cell holds. Exactly one of value or formula. Text values are always written as text. */
export interface CellBlueprint {
  readonly row: number;
  readonly col: number;
  readonly value?: string | number | boolean | null;
  readonly formula?: string;
  readonly style?: StyleId;
  /** Excel number format code, e.g. '#,##0.00' or '0.0%' */
  readonly numberFormat?: string;
  /** a cell the user is expected to edit (Inputs, Tracking actuals, thresholds, notes): update in place keeps its value */
  readonly editable?: boolean;
  /** a short note shown as the cell's comment/tooltip */
  readonly note?: string;
  /** an internal hyperlink target such as "'Inputs'!A1" */
  readonly link?: string;
}

export interface ColumnBlueprint {
  readonly col: number;
  /** width in Excel character units */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface RangeRef {
  readonly startRow: number;
  readonly startCol: number;
  readonly endRow: number;
  readonly endCol: number;
}

export type ValidationBlueprint =
  | {
      readonly range: RangeRef;
      /** date: min and max are date serials */
      readonly type: 'decimal' | 'whole' | 'date';
      readonly min: number;
      readonly max: number;
      readonly allowBlank: boolean;
      readonly prompt: string;
      readonly error: string;
    }
  | {
      readonly range: RangeRef;
      readonly type: 'list';
      readonly values: readonly string[];
      /** earlier spellings an update reads in these cells, and the value each stands for now (a code -> its word); not rendered */
      readonly aliases?: Readonly<Record<string, string>>;
      readonly allowBlank: boolean;
      readonly prompt: string;
      readonly error: string;
    };

export type ConditionalFormatBlueprint =
  | {
      readonly range: RangeRef;
      readonly type: 'cellValue';
      readonly operator: 'lessThan' | 'greaterThan' | 'equal' | 'notEqual' | 'lessThanOrEqual' | 'greaterThanOrEqual';
      /** a formula or constant without '=' prefix issues: always given with its leading '=' */
      readonly formula: string;
      readonly fontColor?: string;
      readonly fillColor?: string;
    }
  | {
      readonly range: RangeRef;
      readonly type: 'expression';
      /** relative to the top-left cell of range, with its leading '=' */
      readonly formula: string;
      readonly fontColor?: string;
      readonly fillColor?: string;
    };

export interface ChartSeriesBlueprint {
  readonly name: string;
  /** sheet-qualified absolute reference, e.g. "'Annual'!$C$5:$E$5" */
  readonly values: string;
  readonly categories: string;
}

export interface ChartBlueprint {
  /** unique within the workbook, stable across runs: renderers use it to find their own chart */
  readonly id: string;
  readonly type: 'line' | 'columnClustered' | 'barClustered' | 'columnStacked';
  readonly title: string;
  readonly series: readonly ChartSeriesBlueprint[];
  /** top-left and bottom-right cells the chart covers */
  readonly anchor: RangeRef;
  readonly valueAxisTitle?: string;
  readonly categoryAxisTitle?: string;
  /** a legend under the plot, for a chart of more than one series; absent: none (a single series is named by the title) */
  readonly legend?: 'bottom';
  /**
   * 'low': the category labels at the low end of the value axis (under a column or line chart's
   * plot, left of a bar chart's) instead of where the axes cross, which is inside the plot, over
   * the bars or lines, when values go negative. Absent: next to the axis.
   */
  readonly categoryLabelPosition?: 'low';
  /** a category label every this many categories (12: one a year on a timeline of months); absent: about a dozen labels */
  readonly categoryLabelInterval?: number;
  /** the value axis labels' Excel number format, e.g. thousands; absent: the plotted cells' own */
  readonly valueAxisNumberFormat?: string;
  /** the category labels' Excel number format where the categories are numbers, e.g. a histogram's bin centres; absent: General */
  readonly categoryAxisNumberFormat?: string;
}

/**
 * Text printed at the top or bottom of every page, in Excel's header and footer code language
 * (&P page, &N pages, &A sheet name; a literal '&' written '&&'), which both renderers pass on.
 */
export interface HeaderFooterSections {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

export interface PrintBlueprint {
  readonly orientation: 'portrait' | 'landscape';
  /** scaled to one page wide */
  readonly fitToWidth: boolean;
  /** with fitToWidth false: scaled to this many pages wide (absent: no width fitting) */
  readonly fitToWidthPages?: number;
  /** scaled to this many pages tall as well (absent: as many pages tall as the rows need) */
  readonly fitToHeightPages?: number;
  /** rows repeated at the top of every printed page, e.g. the timeline header */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** columns repeated at the left of every printed page, e.g. a timeline's labels */
  readonly repeatColumns?: { readonly first: number; readonly last: number };
  readonly area?: RangeRef;
  readonly header?: HeaderFooterSections;
  readonly footer?: HeaderFooterSections;
}

/** Rows outlined as one group (level 1), collapsed (hidden) until the user expands them: e.g. unused custom-line slots. */
export interface RowGroupBlueprint {
  readonly first: number;
  readonly last: number;
  readonly collapsed: boolean;
}

export interface SheetBlueprint {
  readonly name: string;
  /** hex RGB without '#' */
  readonly tabColor?: string;
  readonly cells: readonly CellBlueprint[];
  readonly columns: readonly ColumnBlueprint[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ValidationBlueprint[];
  readonly conditionalFormats: readonly ConditionalFormatBlueprint[];
  readonly charts: readonly ChartBlueprint[];
  readonly print: PrintBlueprint;
  readonly showGridlines: boolean;
  /** outlined row groups, not overlapping, in row order */
  readonly rowGroups?: readonly RowGroupBlueprint[];
}

export interface NameBlueprint {
  /** a workbook-scoped name: the input key, e.g. 'deflection_rate' */
  readonly name: string;
  /** sheet-qualified absolute reference with '=', e.g. "='Inputs'!$D$12" */
  readonly refersTo: string;
  readonly comment?: string;
}

/** A cell of the workbook that other code reads or updates (zero-based, like every address here). */
export interface CellAnchor {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface WorkbookBlueprint {
  /** identifies the generator and version; renderers write it as the generated-by marker */
  readonly generator: { readonly id: 'roi-ai-cx-business-case'; readonly version: string };
  readonly title: string;
  /** sheets in reading order */
  readonly sheets: readonly SheetBlueprint[];
  readonly names: readonly NameBlueprint[];
  readonly styles: Readonly<Record<StyleId, StyleSpec>>;
  /** the sheet to show first */
  readonly activeSheet: string;
  /** Where the key results live, by key: 'output.npv', 'model.net' (month 1 of a timeline row), … (AnchorKey in anchors.ts). */
  readonly anchors?: Anchors;
  /**
   * What the blueprint was built from (see blueprintSource.ts), kept by the Office renderer on the
   * named sheet so that a failed update can rebuild and restore the earlier business case.
   */
  readonly source?: { readonly sheet: string; readonly text: string };
}
