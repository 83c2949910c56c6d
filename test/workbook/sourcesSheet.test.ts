import { readFileSync } from 'fs';
import path from 'path';
import { fieldByKey } from '../../src/core/inputs/fields';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { SHEET } from '../../src/workbook/blueprint/sheetNames';
import { BENCHMARKS, PUBLISHED_SOURCES } from '../../src/workbook/blueprint/sources';
import { CellBlueprint, SheetBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';

const book = buildBlueprint({ ...defaultInputs(), currency: 'EUR' });
const sources = book.sheets.find((sheet) => sheet.name === SHEET.sources)!;

function rowOf(sheet: SheetBlueprint, text: string): CellBlueprint[] {
  const first = sheet.cells.find((cell) => cell.value === text);
  if (first === undefined) throw new Error(`${sheet.name} has no cell "${text}"`);
  return sheet.cells.filter((cell) => cell.row === first.row);
}

/** The Inputs sheet's cell of a named input, found through its workbook name. */
function inputCell(workbook: WorkbookBlueprint, key: string): CellBlueprint {
  const refersTo = workbook.names.find((name) => name.name === key)!.refersTo;
  const [, letters, digits] = /!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const inputs = workbook.sheets.find((sheet) => sheet.name === SHEET.inputs)!;
  return inputs.cells.find((cell) => cell.row === Number(digits) - 1 && cell.col === col)!;
}

describe('Sources sheet', () => {
  test('each article and method on one row: reference, title, author or publisher, date and address, none left empty', () => {
    for (const source of PUBLISHED_SOURCES) {
      const row = rowOf(sources, source.title).map((cell) => cell.value);
      expect(row).toEqual(expect.arrayContaining([source.ref, source.title, source.authorPublisher, source.date, source.address]));
      for (const field of [source.title, source.authorPublisher, source.date, source.address]) expect(field.trim()).not.toBe('');
      expect(source.address).toMatch(/^https?:\/\/[\w.-]+\.[a-z]{2,}\//);
    }
  });

  test('every source is cited by a benchmark, and every reference a benchmark gives is a source', () => {
    const refs = new Set<string>(PUBLISHED_SOURCES.map((source) => source.ref));
    const cited = new Set(BENCHMARKS.flatMap((benchmark) => [...benchmark.refs, ...(benchmark.range.match(/\[[^\]]+\]/g) ?? [])]));
    expect([...cited].filter((ref) => !refs.has(ref))).toEqual([]);
    expect([...refs].filter((ref) => !cited.has(ref))).toEqual([]);
  });

  test('each input a benchmark informs shows its default as the Inputs sheet of a default case shows it: same value, same format', () => {
    const keys = BENCHMARKS.flatMap((benchmark) => benchmark.inputs);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const field = fieldByKey(key);
      const label = `${field.label} (${key})`;
      const shown = sources.cells.find((cell) => cell.row === rowOf(sources, label)[0].row && typeof cell.value === 'number');
      const onInputs = inputCell(book, key);
      expect({ key, value: shown?.value, format: shown?.numberFormat }).toEqual({ key, value: onInputs.value, format: onInputs.numberFormat });
    }
  });

  test('prints landscape, one page wide, every text wrapped in its column', () => {
    expect(sources.print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
    const wrapped = new Set(Object.entries(book.styles).filter(([, spec]) => spec.wrapText).map(([id]) => id));
    const below = sources.cells.filter((cell) => cell.row > 2);
    expect(below.filter((cell) => cell.style !== 'sectionHeader' && !wrapped.has(cell.style!))).toEqual([]);
    expect(sources.columns.map((column) => column.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('the model contract cites the same articles: title, author or publisher, date and address', () => {
    const contract = readFileSync(path.join(__dirname, '../../docs/model-contract.md'), 'utf8');
    const section = contract.slice(contract.indexOf('## 13. Sources'));
    for (const source of PUBLISHED_SOURCES) {
      const line = section.split('\n').find((text) => text.includes(source.address));
      expect({ ref: source.ref, line: line !== undefined }).toEqual({ ref: source.ref, line: true });
      expect(line).toContain(source.authorPublisher.replace(/ \(author not stated\)$/, ''));
      if (source.date !== 'not stated') expect(line).toContain(source.date);
    }
  });
});
