/**
 * What the fake workbook holds: the truth that queued operations change at sync time and tests
 * compare before and after.
 */

export interface CellState {
  /** a formula with its leading '=' */
  formula?: string;
  /** a constant; text typed into a Text-formatted cell stays text even when it starts with '=' */
  value?: string | number | boolean;
  numberFormat?: string;
  /** formatting keys such as 'font.bold', 'fill.color', 'borders.EdgeTop.style' */
  format: Record<string, unknown>;
  hyperlink?: unknown;
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/** What the renderer sets on a chart axis; a new chart's are Excel's defaults (newChartAxis). */
export interface ChartAxisState {
  title: string;
  tickLabelPosition: 'NextToAxis' | 'High' | 'Low' | 'None';
  /** categories between labels; null: automatic */
  tickLabelSpacing: number | null;
  /** 'General' unless set; Excel links it to the source cells until a format is given */
  numberFormat: string;
}

export function newChartAxis(): ChartAxisState {
  return { title: '', tickLabelPosition: 'NextToAxis', tickLabelSpacing: null, numberFormat: 'General' };
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  /** Excel's charts.add shows a legend, at the right in the fake, until told otherwise */
  legend: { visible: boolean; position: 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom' };
  categoryAxis: ChartAxisState;
  valueAxis: ChartAxisState;
  series: Array<{ name: string; values: string; xValues: string }>;
  position: { start: string; end: string } | null;
}

export interface SheetState {
  id: string;
  name: string;
  tabColor: string;
  showGridlines: boolean;
  cells: Map<string, CellState>;
  columns: Map<number, { width?: number; hidden?: boolean }>;
  /** rows Office.js has touched: their outline level (Range.group) and hidden flag */
  rows: Map<number, { outlineLevel?: number; hidden?: boolean }>;
  frozen: { rows: number; columns: number } | null;
  names: NameState[];
  validations: Array<{ address: string; settings: Record<string, unknown> }>;
  conditionalFormats: Array<{ address: string; type: string; settings: Record<string, unknown> }>;
  charts: ChartState[];
  notes: Array<{ address: string; content: string }>;
  pageLayout: Record<string, unknown>;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  activeSheetId: string;
  nextId: number;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    tabColor: '',
    showGridlines: true,
    cells: new Map(),
    columns: new Map(),
    rows: new Map(),
    frozen: null,
    names: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    notes: [],
    pageLayout: {},
  };
}

function sortedObject<K, V>(map: Map<K, V>): Record<string, V> {
  return Object.fromEntries([...map.entries()].map(([key, value]) => [String(key), value]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A deep, plain copy for before/after equality: every sheet, cell, format, rule, chart and name. */
export function snapshot(state: WorkbookState): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: state.sheets.map((sheet) => ({ ...sheet, cells: sortedObject(sheet.cells), columns: sortedObject(sheet.columns) })),
      names: state.names,
      activeSheetId: state.activeSheetId,
    }),
  );
}
