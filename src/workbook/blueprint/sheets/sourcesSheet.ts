import { fieldByKey, InputKey } from '../../../core/inputs/fields';
import { Formats, inputFormat } from '../formats';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { Benchmark, BENCHMARKS, PUBLISHED_SOURCES } from '../sources';
import { COLORS } from '../styles';

/**
 * Both tables share the columns, so each wide column holds a long text in both: a title or an
 * assumption, an address or a benchmark range, what a source is used for or how an input uses it.
 */
const COL = { ref: 0, first: 1, second: 2, short: 3, wide: 5, last: 6 } as const;
// Every cell wraps (the note style), which also aligns it to the top of its row beside the long texts.
/** a narrow gap after the short column keeps its right-aligned defaults off the texts beside them */
const WIDTHS = [8, 30, 32, 14, 2, 46, 50] as const;

/**
 * The Sources sheet: the articles and methods the defaults come from (title, author or
 * publisher, date, address), then each benchmark with the sources it cites by reference and the
 * inputs it bears on, each with its default as the Inputs sheet shows it. Every benchmark is an
 * assumption to replace with the organisation's own data.
 */
export function buildSourcesSheet(formats: Formats): SheetBuilder {
  const sheet = new SheetBuilder(SHEET.sources, COLORS.tabReport);
  sheet.text(0, 0, 'Sources and benchmark assumptions', 'title');
  sheet.text(1, 0, 'Every benchmark below is an assumption from published articles, not a measurement of your operation. Replace the inputs with your own baseline data (3–6 months of history) before deciding.', 'subtitle');
  const benchmarksRow = writeSourcesTable(sheet, 3) + 1;
  writeBenchmarksTable(sheet, benchmarksRow, formats);
  WIDTHS.forEach((width, col) => sheet.width(col, width));
  sheet.print = { orientation: 'landscape', fitToWidth: true };
  return sheet;
}

function sectionHeader(sheet: SheetBuilder, row: number, title: string): void {
  sheet.text(row, COL.ref, title, 'sectionHeader');
  for (let col = COL.first; col <= COL.last; col++) sheet.text(row, col, '', 'sectionHeader');
}

function tableHeader(sheet: SheetBuilder, row: number, headings: readonly [string, string, string, string, string, string]): void {
  const [ref, first, second, short, wide, last] = headings;
  sheet.text(row, COL.ref, ref, 'tableHeader');
  sheet.text(row, COL.first, first, 'tableHeader');
  sheet.text(row, COL.second, second, 'tableHeader');
  sheet.text(row, COL.short, short, 'tableHeader');
  sheet.text(row, COL.short + 1, '', 'tableHeader');
  sheet.text(row, COL.wide, wide, 'tableHeader');
  sheet.text(row, COL.last, last, 'tableHeader');
}

/** One row per article or method; returns the row after the table. */
function writeSourcesTable(sheet: SheetBuilder, startRow: number): number {
  sectionHeader(sheet, startRow, 'Sources');
  tableHeader(sheet, startRow + 1, ['Ref', 'Source (title)', 'Author / publisher', 'Date', 'Address', 'Used for']);
  let row = startRow + 2;
  for (const source of PUBLISHED_SOURCES) {
    sheet.text(row, COL.ref, source.ref, 'note');
    sheet.text(row, COL.first, source.title, 'note');
    sheet.text(row, COL.second, source.authorPublisher, 'note');
    sheet.text(row, COL.short, source.date, 'note');
    sheet.text(row, COL.wide, source.address, 'note');
    sheet.text(row, COL.last, source.usedFor, 'note');
    row++;
  }
  return row;
}

/** One row per benchmark and input it bears on, the benchmark's texts on its first row. */
function writeBenchmarksTable(sheet: SheetBuilder, startRow: number, formats: Formats): void {
  sectionHeader(sheet, startRow, 'Benchmarks and the defaults they inform');
  tableHeader(sheet, startRow + 1, ['Ref', 'Assumption', 'Input (workbook name)', 'Default on the Inputs sheet', 'Benchmark range as published', 'How this workbook uses it']);
  let row = startRow + 2;
  for (const benchmark of BENCHMARKS) row = writeBenchmark(sheet, benchmark, row, formats);
}

function writeBenchmark(sheet: SheetBuilder, benchmark: Benchmark, startRow: number, formats: Formats): number {
  sheet.text(startRow, COL.ref, benchmark.refs.join(' '), 'note');
  sheet.text(startRow, COL.first, benchmark.assumption, 'note');
  sheet.text(startRow, COL.wide, benchmark.range, 'note');
  sheet.text(startRow, COL.last, benchmark.use, 'note');
  if (benchmark.inputs.length === 0) {
    sheet.text(startRow, COL.second, 'none: for comparison only', 'note');
    return startRow + 1;
  }
  benchmark.inputs.forEach((key, i) => writeInputDefault(sheet, key, startRow + i, formats));
  return startRow + benchmark.inputs.length;
}

/** The input's label and name, and its default read from the inputs table in the Inputs sheet's format. */
function writeInputDefault(sheet: SheetBuilder, key: InputKey, row: number, formats: Formats): void {
  const field = fieldByKey(key);
  sheet.text(row, COL.second, `${field.label} (${field.key})`, 'note');
  if (field.type === 'number' && field.default !== null) {
    sheet.set(row, COL.short, { value: field.default, style: 'note', numberFormat: inputFormat(field, formats) });
  } else {
    sheet.text(row, COL.short, field.default === null ? 'blank' : String(field.default), 'note');
  }
}
