import { init, type Chart, type ChartType } from 'excelize-wasm';
import JSZip from 'jszip';
import { columnLetters } from '../../../src/workbook/blueprint/a1';
import { ChartBlueprint, SheetBlueprint, WorkbookBlueprint } from '../../../src/workbook/blueprint/types';

/**
 * How the command line drew charts until it wrote their parts itself (src/workbook/xlsx/chartParts.ts):
 * excelize-wasm opening the finished file, adding each chart and writing it again. Kept as the
 * reference the new parts are compared with (test/xlsx/chartParts.test.ts) and as the previous
 * path that `npm run bench` times beside the new one. Runs outside Jest (see addChartsInNode.ts).
 */
export type Excelize = Awaited<ReturnType<typeof init>>;

let loading: Promise<Excelize> | undefined;

/** Loads excelize-wasm from its package once per process: compiling the module takes seconds. */
export function loadExcelize(): Promise<Excelize> {
  loading ??= init(require.resolve('excelize-wasm/excelize.wasm.gz'));
  return loading;
}

/** Excel's default column width in pixels and row height in pixels (15 pt at 96 dpi). */
const DEFAULT_COLUMN_PX = 64;
const ROW_PX = 20;

function columnPixels(sheet: SheetBlueprint, col: number): number {
  const column = sheet.columns.find((candidate) => candidate.col === col);
  if (!column) return DEFAULT_COLUMN_PX;
  if (column.hidden) return 0;
  // Excel's conversion of a width in characters of the default font to pixels.
  return Math.trunc(column.width * 7 + 5);
}

function chartSize(sheet: SheetBlueprint, chart: ChartBlueprint): { Width: number; Height: number } {
  let width = 0;
  for (let col = chart.anchor.startCol; col <= chart.anchor.endCol; col += 1) width += columnPixels(sheet, col);
  return { Width: width, Height: (chart.anchor.endRow - chart.anchor.startRow + 1) * ROW_PX };
}

function chartType(excelize: Excelize, type: ChartBlueprint['type']): ChartType {
  switch (type) {
    case 'line':
      return excelize.Line;
    case 'columnClustered':
      return excelize.Col;
    case 'barClustered':
      return excelize.Bar;
    case 'columnStacked':
      return excelize.ColStacked;
  }
}

/** How many categories a one-row or one-column reference such as "'Model'!$E$4:$AO$4" spans. */
function categoryCount(reference: string): number {
  const match = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(reference);
  if (!match) return 1;
  const col = (letters: string) => letters.split('').reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return Math.max(col(match[3]) - col(match[1]), Number(match[4]) - Number(match[2])) + 1;
}

// A timeline of 36 to 120 months labels about a dozen ticks, not every month.
const MAX_CATEGORY_LABELS = 13;

function axisTitle(text: string | undefined) {
  return text === undefined ? {} : { Title: { Paragraph: [{ Text: text }] } };
}

const LABEL_FONT = { Color: '595959', Size: 9 };

function numberFormat(formatCode: string | undefined) {
  return formatCode === undefined ? {} : { NumFmt: { CustomNumFmt: formatCode, SourceLinked: false } };
}

/** The excelize description of a blueprint chart; exported for tests of the mapping. */
export function excelizeChart(excelize: Excelize, sheet: SheetBlueprint, chart: ChartBlueprint): Chart {
  return {
    Type: chartType(excelize, chart.type),
    Series: chart.series.map((series) => ({
      Name: series.name,
      Categories: series.categories,
      Values: series.values,
      // a line over many months reads as a line; a marker per month hides it
      ...(chart.type === 'line' ? { Marker: { Symbol: 'none' } } : {}),
    })),
    Title: { Paragraph: [{ Text: chart.title }] },
    Dimension: chartSize(sheet, chart),
    Format: { AltText: chart.title, Name: chart.id, PrintObject: true, LockAspectRatio: false },
    // one colour per series: a colour per bar would need a legend of the categories
    VaryColors: false,
    Legend: { Position: chart.legend ?? 'none' },
    // A bar chart lists categories bottom-up; reversed, it reads top-down like the table it plots.
    XAxis: {
      ...axisTitle(chart.categoryAxisTitle),
      ...(chart.type === 'barClustered' ? { ReverseOrder: true } : {}),
      ...(chart.categoryLabelPosition === 'low' ? { TickLabelPosition: excelize.ChartTickLabelLow } : {}),
      TickLabelSkip: chart.categoryLabelInterval ?? Math.max(1, Math.ceil(categoryCount(chart.series[0]?.categories ?? '') / MAX_CATEGORY_LABELS)),
      ...numberFormat(chart.categoryAxisNumberFormat),
      Font: LABEL_FONT,
    },
    // Without a format of its own, the plotted cells' format (e.g. "USD "#,##0) labels the value axis.
    YAxis: { ...axisTitle(chart.valueAxisTitle), MajorGridLines: true, NumFmt: { CustomNumFmt: chart.valueAxisNumberFormat ?? '', SourceLinked: chart.valueAxisNumberFormat === undefined }, Font: LABEL_FONT },
  };
}

const CHART_XML = /^xl\/charts\/chart\d+\.xml$/;
// excelize writes every series name as a cell reference; the blueprint's names are text, which a chart holds as a literal.
const SERIES_NAME_AS_REF = /<tx><strRef><f>([^<]*)<\/f><\/strRef><\/tx>/g;
const LITERAL_SERIES_NAME = '<tx><v>$1</v></tx>';
// excelize fixes tick labels at 0°; without a rotation LibreOffice may turn crowded category labels instead of wrapping their digits.
const FIXED_LABEL_ROTATION = /(<a:bodyPr anchor="ctr" anchorCtr="true") rot="0"( spcFirstLastPara="true" vert="horz")/g;

function check(result: { error: string | null }, doing: string): void {
  if (result.error) throw new Error(`Could not ${doing}: ${result.error}`);
}

/**
 * Adds the blueprint's charts to an .xlsx written by renderXlsx. A separate last step because
 * ExcelJS has no charts and drops any it reads; excelize keeps names, validations and formats.
 */
export async function addChartsToXlsx(bytes: Uint8Array, blueprint: WorkbookBlueprint, excelize: Excelize): Promise<Uint8Array> {
  const charted = blueprint.sheets.filter((sheet) => sheet.charts.length > 0);
  if (charted.length === 0) return bytes;
  const file = excelize.OpenReader(bytes);
  if (file.error) throw new Error(`Could not open the workbook to add charts: ${file.error}`);
  for (const sheet of charted) {
    for (const chart of sheet.charts) {
      const at = `${columnLetters(chart.anchor.startCol)}${chart.anchor.startRow + 1}`;
      check(file.AddChart(sheet.name, at, excelizeChart(excelize, sheet, chart)), `add the chart ${chart.id} to ${sheet.name}`);
    }
  }
  const written = file.WriteToBuffer();
  check(written, 'write the workbook with its charts');
  const withCharts = written.buffer instanceof Uint8Array ? written.buffer : new Uint8Array(written.buffer as ArrayBuffer);
  const zip = await JSZip.loadAsync(withCharts);
  for (const path of Object.keys(zip.files).filter((name) => CHART_XML.test(name))) {
    zip.file(path, (await zip.file(path)!.async('string')).replace(SERIES_NAME_AS_REF, LITERAL_SERIES_NAME).replace(FIXED_LABEL_ROTATION, '$1$2'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
