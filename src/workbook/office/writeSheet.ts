import { ChartBlueprint, ColumnBlueprint, ConditionalFormatBlueprint, RangeRef, SheetBlueprint, StyleId, StyleSpec, ValidationBlueprint } from '../blueprint/types';
import { columnLetters } from '../blueprint/a1';
import { fitPages } from '../blueprint/printSetup';
import { OptionalFeatures } from './support';
import { GridEntry, SheetPlan, columnWidthPoints } from './sheetPlan';
import { dateOf } from '../values/serialDates';

/**
 * Queues (never syncs) everything one sheet needs, on an Office.js worksheet. The caller decides
 * when to sync, so the number of round trips does not depend on the sheet.
 */

export type RangeResolver = (sheetQualifiedRef: string) => Excel.Range;

function hex(color: string): string {
  return `#${color}`;
}

function rangeOf(sheet: Excel.Worksheet, rect: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(rect.startRow, rect.startCol, rect.endRow - rect.startRow + 1, rect.endCol - rect.startCol + 1);
}

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;
/** Excel.BorderIndex by its string values, which is how the getItem overloads take it. */
type Edge = `${Excel.BorderIndex}`;
const OUTER_EDGES: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

/**
 * Inside edges exist only between rows or columns: a one-row or one-column range is not asked for
 * them, so the write never depends on how an Excel build treats an edge that is not there.
 */
function edgesOf(rect: RangeRef): Edge[] {
  const edges: Edge[] = [...OUTER_EDGES];
  if (rect.endRow > rect.startRow) edges.push('InsideHorizontal');
  if (rect.endCol > rect.startCol) edges.push('InsideVertical');
  return edges;
}

export function applyStyle(sheet: Excel.Worksheet, rect: RangeRef, spec: StyleSpec, features: OptionalFeatures): void {
  const format = rangeOf(sheet, rect).format;
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  if (spec.italic !== undefined) format.font.italic = spec.italic;
  if (spec.fontSize !== undefined) format.font.size = spec.fontSize;
  if (spec.fontColor !== undefined) format.font.color = hex(spec.fontColor);
  if (spec.underline) format.font.underline = 'Single';
  if (spec.fillColor !== undefined) format.fill.color = hex(spec.fillColor);
  if (spec.horizontalAlignment !== undefined) format.horizontalAlignment = ALIGNMENT[spec.horizontalAlignment];
  if (spec.wrapText !== undefined) format.wrapText = spec.wrapText;
  if (spec.verticalAlignment !== undefined) format.verticalAlignment = 'Top';
  // indentLevel is ExcelApi 1.9: on 1.8 the write would fail, and an indent is only cosmetic.
  if (spec.indent !== undefined && features.excel19) format.indentLevel = spec.indent;
  if (spec.borderColor !== undefined) {
    for (const edge of edgesOf(rect)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = hex(spec.borderColor);
    }
  }
  if (spec.topBorder !== undefined) {
    const top = format.borders.getItem('EdgeTop');
    top.style = spec.topBorder === 'double' ? 'Double' : 'Continuous';
    top.color = '#000000';
  }
}

/** Writes the used block in row bands, one band per request when the sheet is too large for one. */
export function writeContents(sheet: Excel.Worksheet, plan: SheetPlan, firstRow: number, rowCount: number): void {
  if (rowCount === 0 || plan.cols === 0) return;
  const block = sheet.getRangeByIndexes(firstRow, 0, rowCount, plan.cols);
  // Formats first: the Text format must be in place before "=…" text arrives, or it becomes a formula.
  block.numberFormat = plan.numberFormats.slice(firstRow, firstRow + rowCount) as string[][];
  block.formulas = plan.contents.slice(firstRow, firstRow + rowCount) as Exclude<GridEntry, null>[][];
}

/** A date serial as the ISO date a date rule takes, e.g. 46388 → "2027-01-01". */
function isoDateOf(serial: number): string {
  const { year, month, day } = dateOf(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addValidation(sheet: Excel.Worksheet, validation: ValidationBlueprint): void {
  const dv = rangeOf(sheet, validation.range).dataValidation;
  if (validation.type === 'list') {
    dv.rule = { list: { inCellDropDown: true, source: validation.values.join(',') } };
  } else {
    const bounds = { formula1: validation.min, formula2: validation.max, operator: 'Between' as const };
    if (validation.type === 'date') dv.rule = { date: { formula1: isoDateOf(validation.min), formula2: isoDateOf(validation.max), operator: 'Between' } };
    else dv.rule = validation.type === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
  }
  dv.ignoreBlanks = validation.allowBlank;
  dv.prompt = { showPrompt: true, message: validation.prompt, title: '' };
  dv.errorAlert = { showAlert: true, style: 'Stop', message: validation.error, title: 'Check this value' };
}

const OPERATORS = {
  lessThan: 'LessThan',
  greaterThan: 'GreaterThan',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  lessThanOrEqual: 'LessThanOrEqual',
  greaterThanOrEqual: 'GreaterThanOrEqual',
} as const;

function addConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormatBlueprint): void {
  const formats = rangeOf(sheet, rule.range).conditionalFormats;
  let format: Excel.ConditionalRangeFormat;
  if (rule.type === 'cellValue') {
    const added = formats.add('CellValue').cellValue;
    added.rule = { formula1: rule.formula, operator: OPERATORS[rule.operator] };
    format = added.format;
  } else {
    const added = formats.add('Custom').custom;
    added.rule.formula = rule.formula;
    format = added.format;
  }
  if (rule.fontColor !== undefined) format.font.color = hex(rule.fontColor);
  if (rule.fillColor !== undefined) format.fill.color = hex(rule.fillColor);
}

const CHART_TYPES = {
  line: 'Line',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  columnStacked: 'ColumnStacked',
} as const;

/** One series from the first range: a single column is read by columns, anything else by rows. */
function seriesBy(ref: string): 'Rows' | 'Columns' {
  const address = ref.slice(ref.lastIndexOf('!') + 1);
  const [start, end = start] = address.replace(/\$/g, '').split(':');
  const letters = (cell: string) => cell.replace(/\d+/g, '');
  return letters(start) === letters(end) && start !== end ? 'Columns' : 'Rows';
}

/**
 * Axis titles, where the category labels sit and how often, and the axes' number formats. The
 * labels' font stays Excel's default for a new chart, dark grey 9 pt, the one the .xlsx writes.
 */
function styleChartAxes(axes: Excel.ChartAxes, chart: ChartBlueprint): void {
  const { categoryAxis, valueAxis } = axes;
  if (chart.valueAxisTitle !== undefined) valueAxis.title.text = chart.valueAxisTitle;
  if (chart.categoryAxisTitle !== undefined) categoryAxis.title.text = chart.categoryAxisTitle;
  if (chart.categoryLabelPosition === 'low') categoryAxis.tickLabelPosition = 'Low';
  if (chart.categoryLabelInterval !== undefined) categoryAxis.tickLabelSpacing = chart.categoryLabelInterval;
  if (chart.categoryAxisNumberFormat !== undefined) categoryAxis.numberFormat = chart.categoryAxisNumberFormat;
  if (chart.valueAxisNumberFormat !== undefined) valueAxis.numberFormat = chart.valueAxisNumberFormat;
}

function addChart(sheet: Excel.Worksheet, chart: ChartBlueprint, resolve: RangeResolver): void {
  const [first, ...others] = chart.series;
  if (first === undefined) return;
  const added = sheet.charts.add(CHART_TYPES[chart.type], resolve(first.values), seriesBy(first.values));
  added.name = chart.id;
  added.title.text = chart.title;
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(resolve(first.categories));
  for (const series of others) {
    const next = added.series.add(series.name);
    next.setValues(resolve(series.values));
    next.setXAxisValues(resolve(series.categories));
  }
  added.legend.visible = chart.legend !== undefined;
  if (chart.legend === 'bottom') added.legend.position = 'Bottom';
  styleChartAxes(added.axes, chart);
  added.setPosition(
    sheet.getRangeByIndexes(chart.anchor.startRow, chart.anchor.startCol, 1, 1),
    sheet.getRangeByIndexes(chart.anchor.endRow, chart.anchor.endCol, 1, 1),
  );
}

/** Adjacent columns of the same width and visibility as one range: a 120-month timeline is one write, not 120. */
export function columnRuns(columns: readonly ColumnBlueprint[]): Array<{ first: number; count: number; width: number; hidden: boolean }> {
  const runs: Array<{ first: number; count: number; width: number; hidden: boolean }> = [];
  for (const column of [...columns].sort((a, b) => a.col - b.col)) {
    const hidden = column.hidden ?? false;
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === column.col && last.width === column.width && last.hidden === hidden) last.count += 1;
    else runs.push({ first: column.col, count: 1, width: column.width, hidden });
  }
  return runs;
}

export interface SheetExtrasContext {
  readonly styles: Readonly<Record<StyleId, StyleSpec>>;
  readonly features: OptionalFeatures;
  readonly resolve: RangeResolver;
  /** false on update: the cells keep the notes they already have (Office.js cannot add a second note to a cell) */
  readonly addNotes: boolean;
  /** false on update: the sheet keeps its outline (clearing a sheet leaves its groups, and grouping again would nest them) */
  readonly groupRows: boolean;
}

/**
 * Office.js sends each queued operation as a JSON action and object path before any value it
 * carries; this is a generous guess of that share, so the budget errs on the small side.
 */
export const BYTES_PER_OPERATION = 160;

/** Queued work and the size of the request it adds, so the caller can sync before a request gets too big. */
export interface QueuedPart {
  readonly bytes: number;
  readonly queue: () => void;
}

function textBytes(...texts: ReadonlyArray<string | undefined>): number {
  return texts.reduce((sum, text) => sum + (text === undefined ? 0 : JSON.stringify(text).length), 0);
}

function styleOperations(spec: StyleSpec, rect: RangeRef): number {
  const plain = [spec.bold, spec.italic, spec.fontSize, spec.fontColor, spec.underline, spec.fillColor, spec.horizontalAlignment, spec.verticalAlignment, spec.wrapText, spec.indent];
  return plain.filter((value) => value !== undefined).length + (spec.borderColor !== undefined ? 3 * edgesOf(rect).length : 0) + (spec.topBorder !== undefined ? 2 : 0);
}

function layoutPart(sheet: Excel.Worksheet, blueprint: SheetBlueprint): QueuedPart {
  const runs = columnRuns(blueprint.columns);
  return {
    bytes: BYTES_PER_OPERATION * (2 * runs.length + 4),
    queue: () => {
      for (const run of runs) {
        const entire = sheet.getRangeByIndexes(0, run.first, 1, run.count).getEntireColumn();
        entire.format.columnWidth = columnWidthPoints(run.width);
        if (run.hidden) entire.columnHidden = true;
      }
      if (blueprint.frozen) {
        const { rows, columns } = blueprint.frozen;
        if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
        else if (rows > 0) sheet.freezePanes.freezeRows(rows);
        else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
      }
      if (blueprint.tabColor !== undefined) sheet.tabColor = hex(blueprint.tabColor);
      sheet.showGridlines = blueprint.showGridlines;
    },
  };
}

function rulesParts(sheet: Excel.Worksheet, blueprint: SheetBlueprint): QueuedPart[] {
  const validations = blueprint.validations;
  const rules = blueprint.conditionalFormats;
  return [
    {
      bytes: validations.reduce((sum, v) => sum + 5 * BYTES_PER_OPERATION + textBytes(v.prompt, v.error, ...(v.type === 'list' ? v.values : [])), 0),
      queue: () => validations.forEach((validation) => addValidation(sheet, validation)),
    },
    { bytes: rules.reduce((sum, rule) => sum + 5 * BYTES_PER_OPERATION + textBytes(rule.formula), 0), queue: () => rules.forEach((rule) => addConditionalFormat(sheet, rule)) },
  ];
}

function linksPart(sheet: Excel.Worksheet, blueprint: SheetBlueprint): QueuedPart {
  const links = blueprint.cells.filter((cell) => cell.link !== undefined);
  return {
    bytes: links.reduce((sum, cell) => sum + BYTES_PER_OPERATION + textBytes(cell.link, String(cell.value ?? '')), 0),
    queue: () => {
      for (const cell of links) {
        const text = cell.value === undefined || cell.value === null ? undefined : String(cell.value);
        sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).hyperlink = text === undefined ? { documentReference: cell.link } : { documentReference: cell.link, textToDisplay: text };
      }
    },
  };
}

/** Row outlines: Range.group is ExcelApi 1.10, so the caller creates this part only when outlines are supported. */
function rowGroupsPart(sheet: Excel.Worksheet, groups: NonNullable<SheetBlueprint['rowGroups']>): QueuedPart {
  return {
    bytes: groups.length * 2 * BYTES_PER_OPERATION,
    queue: () => {
      for (const group of groups) {
        const rows = sheet.getRangeByIndexes(group.first, 0, group.last - group.first + 1, 1).getEntireRow();
        rows.group('ByRows');
        if (group.collapsed) rows.rowHidden = true;
      }
    },
  };
}

/** Cell notes: ExcelApi 1.18, so the caller creates this part only when notes are supported. */
function notesPart(sheet: Excel.Worksheet, blueprint: SheetBlueprint): QueuedPart {
  const notes = blueprint.cells.filter((cell) => cell.note !== undefined);
  return {
    bytes: notes.reduce((sum, cell) => sum + BYTES_PER_OPERATION + textBytes(cell.note), 0),
    queue: () => notes.forEach((cell) => sheet.notes.add(sheet.getRangeByIndexes(cell.row, cell.col, 1, 1), cell.note!)),
  };
}

/** Excel's fit-to-pages zoom, each direction only where the blueprint fits it (the other left automatic). */
function zoomOf(print: SheetBlueprint['print']): Excel.PageLayoutZoomOptions | null {
  const { wide, tall } = fitPages(print);
  if (wide === 0 && tall === 0) return null;
  return { ...(wide > 0 ? { horizontalFitToPages: wide } : {}), ...(tall > 0 ? { verticalFitToPages: tall } : {}) };
}

/** The header and footer on every page (the same on first, odd and even pages). */
function queueHeaderFooter(layout: Excel.PageLayout, print: SheetBlueprint['print']): void {
  const page = layout.headersFooters.defaultForAllPages;
  if (print.header) {
    page.leftHeader = print.header.left;
    page.centerHeader = print.header.center;
    page.rightHeader = print.header.right;
  }
  if (print.footer) {
    page.leftFooter = print.footer.left;
    page.centerFooter = print.footer.center;
    page.rightFooter = print.footer.right;
  }
}

function printPart(sheet: Excel.Worksheet, print: SheetBlueprint['print']): QueuedPart {
  const headerFooterText = [print.header, print.footer].flatMap((sections) => (sections ? [sections.left, sections.center, sections.right] : []));
  return {
    bytes: (6 + headerFooterText.length) * BYTES_PER_OPERATION + textBytes(...headerFooterText),
    queue: () => {
      const layout = sheet.pageLayout;
      layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      const zoom = zoomOf(print);
      if (zoom !== null) layout.zoom = zoom;
      queueHeaderFooter(layout, print);
      if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
      if (print.repeatColumns) layout.setPrintTitleColumns(`$${columnLetters(print.repeatColumns.first)}:$${columnLetters(print.repeatColumns.last)}`);
      if (print.area) layout.setPrintArea(rangeOf(sheet, print.area));
    },
  };
}

/**
 * Everything after the cell contents, in parts: styles, widths and panes, validation, rules,
 * links, notes, print setup, charts.
 */
export function sheetExtras(sheet: Excel.Worksheet, blueprint: SheetBlueprint, plan: SheetPlan, context: SheetExtrasContext): QueuedPart[] {
  const { styles, features } = context;
  const styled: QueuedPart = {
    bytes: plan.styleRects.reduce((sum, { style, rect }) => sum + BYTES_PER_OPERATION * (1 + styleOperations(styles[style], rect)), 0),
    queue: () => plan.styleRects.forEach(({ style, rect }) => applyStyle(sheet, rect, styles[style], features)),
  };
  const charted: QueuedPart = {
    // per chart: add, name, title, two axis titles, legend (2), label position and spacing, two formats, position
    bytes: blueprint.charts.reduce((sum, chart) => sum + BYTES_PER_OPERATION * (13 + 3 * chart.series.length) + textBytes(chart.title, chart.valueAxisNumberFormat, chart.categoryAxisNumberFormat, ...chart.series.flatMap((series) => [series.name, series.values, series.categories])), 0),
    queue: () => blueprint.charts.forEach((chart) => addChart(sheet, chart, context.resolve)),
  };
  return [
    styled,
    layoutPart(sheet, blueprint),
    ...rulesParts(sheet, blueprint),
    linksPart(sheet, blueprint),
    ...(features.notes && context.addNotes ? [notesPart(sheet, blueprint)] : []),
    ...(features.outline && context.groupRows && blueprint.rowGroups ? [rowGroupsPart(sheet, blueprint.rowGroups)] : []),
    ...(features.excel19 ? [printPart(sheet, blueprint.print)] : []),
    charted,
  ];
}

/** Queues all of a sheet's extras at once. */
export function writeSheetExtras(sheet: Excel.Worksheet, blueprint: SheetBlueprint, plan: SheetPlan, context: SheetExtrasContext): void {
  for (const part of sheetExtras(sheet, blueprint, plan, context)) part.queue();
}
