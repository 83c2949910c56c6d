import { BusinessCaseInputs, parseInputs, groupInputs } from '../../src/core/inputs/schema';
import { resultName } from '../../src/core/model/headlineResults';
import { BlueprintWithAnchors, buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { SheetBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { serialOf } from '../../src/workbook/values/serialDates';
import { exampleInputs } from '../support/examples';
import { evaluateBlueprint, EvaluatedWorkbook } from '../support/formulaEngine';

/** A workbook name's cell: sheet and zero-based row and column. */
function namedCell(book: WorkbookBlueprint, name: string): { sheet: string; row: number; col: number } {
  const refersTo = book.names.find((n) => n.name === name)!.refersTo;
  const [, sheet, col, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return { sheet, row: Number(row) - 1, col: [...col].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 };
}

function named(book: WorkbookBlueprint, evaluated: EvaluatedWorkbook, name: string): unknown {
  const { sheet, row, col } = namedCell(book, name);
  return evaluated.value(sheet, row, col);
}

/** Every cell whose value is an error, as "Sheet!R1C1: error". */
function errorCells(book: WorkbookBlueprint, evaluated: EvaluatedWorkbook): string[] {
  return book.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cell) => {
      const value = evaluated.value(sheet.name, cell.row, cell.col);
      return value !== null && typeof value === 'object' ? [`${sheet.name}!R${cell.row + 1}C${cell.col + 1}: ${value.error}`] : [];
    }));
}

/** Column letters and row digits as offsets from the cell (absolute parts kept), strings blanked: copies of one formula compare equal. */
function relativeForm(formula: string, row: number, col: number): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_all, absCol: string, letters: string, absRow: string, digits: string) => {
    const c = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = Number(digits) - 1;
    return `${absRow ? `R${r + 1}` : `R[${r - row}]`}${absCol ? `C${c + 1}` : `C[${c - col}]`}`;
  });
}

describe('relativeForm', () => {
  test('copies of one formula along a row have one form; another reference does not', () => {
    expect(relativeForm('=E$4*SUM($E9:E9)', 9, 4)).toBe(relativeForm('=F$4*SUM($E9:F9)', 9, 5));
    expect(relativeForm('=E$4*SUM($E9:E9)', 9, 4)).not.toBe(relativeForm('=F$5*SUM($E9:F9)', 9, 5));
    expect(relativeForm('=IF(A1="B2",1,0)', 0, 1)).toBe('=IF(R[0]C[-1]="",1,0)');
  });
});

const mid = exampleInputs('mid-market');
const long: BusinessCaseInputs = { ...mid, horizon_months: 36, timeline_months: 60 };

describe('the timeline built to timeline_months', () => {
  const book = buildBlueprint(long);
  const sheetNamed = (name: string): SheetBlueprint => book.sheets.find((sheet) => sheet.name === name)!;

  test('one formula per row on every timeline sheet, month 0 included, across all 61 columns', () => {
    const month0Col = book.anchors['model.net'].col - 1;
    const lastCol = month0Col + 60;
    let rows = 0;
    for (const name of ['Model', 'Scenarios', 'Sensitivity']) {
      const byRow = new Map<number, { col: number; form: string }[]>();
      for (const cell of sheetNamed(name).cells) {
        if (cell.col < month0Col || cell.col > lastCol || cell.formula === undefined) continue;
        byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), { col: cell.col, form: relativeForm(cell.formula, cell.row, cell.col) }]);
      }
      for (const [row, cells] of byRow) {
        // A timeline row reaches the last built month; tables beside the timeline (the IRR search, the tornado) do not.
        if (!cells.some((cell) => cell.col === lastCol)) continue;
        const forms = [...new Set(cells.map((cell) => cell.form))];
        expect({ sheet: name, row: row + 1, forms }).toEqual({ sheet: name, row: row + 1, forms: [forms[0]] });
        // From month 0 or from month 1.
        expect(cells.length === 61 || (cells.length === 60 && cells.every((cell) => cell.col > month0Col))).toBe(true);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(150);
  });

  test('no Model row has a formula in month 0 alone', () => {
    const month0Col = book.anchors['model.net'].col - 1;
    const model = sheetNamed('Model');
    // The IRR search's table (columns B to E) is no timeline row: its rows have formulas in column B.
    const tableRows = new Set(model.cells.filter((cell) => cell.col === 1 && cell.formula !== undefined).map((cell) => cell.row));
    const month0Rows = model.cells.filter((cell) => cell.col === month0Col && cell.formula !== undefined && !tableRows.has(cell.row)).map((cell) => cell.row);
    for (const row of month0Rows) expect({ row: row + 1, next: model.cells.some((cell) => cell.row === row && cell.col === month0Col + 1) }).toEqual({ row: row + 1, next: true });
  });

  test('horizon 36 on a 60-month timeline gives every headline of the 36-month workbook; raised to 48 on the sheet, those of the 48-month one', () => {
    const evaluated = evaluateBlueprint(book);
    const figures = (target: WorkbookBlueprint, engine: EvaluatedWorkbook) =>
      ['npv', 'pv_benefits', 'pv_costs', 'irr', 'mirr', 'payback_months', 'discounted_payback_months', 'year1_roi'].map((key) => [key, named(target, engine, resultName(key as never))]);
    const rounded = (pairs: unknown[][]) => pairs.map(([key, value]) => [key, typeof value === 'number' ? Math.round(value * 1e8) / 1e8 : value]);
    for (const horizon of [36, 48]) {
      const { sheet, row, col } = namedCell(book, 'horizon_months');
      evaluated.setCell(sheet, row, col, horizon);
      const exact = buildBlueprint({ ...mid, horizon_months: horizon });
      const reference = evaluateBlueprint(exact);
      const npv = named(book, evaluated, resultName('npv')) as number;
      expect(Math.round(npv * 100)).toBe(Math.round((named(exact, reference, resultName('npv')) as number) * 100));
      expect(rounded(figures(book, evaluated))).toEqual(rounded(figures(exact, reference)));
      expect(errorCells(book, evaluated)).toEqual([]);
      reference.destroy();
    }
    evaluated.destroy();
  });
});

describe('timeline_months in the inputs', () => {
  test('left out, it is the horizon; below the horizon, one issue names both fields', () => {
    const grouped = groupInputs(mid) as { organisation: Record<string, unknown> };
    const { timeline_months: _left, ...organisation } = grouped.organisation;
    const parsed = parseInputs({ ...grouped, organisation });
    expect(parsed.ok && parsed.inputs.timeline_months).toBeNull();
    const short = parseInputs({ ...grouped, organisation: { ...organisation, horizon_months: 48, timeline_months: 36 } });
    expect(short.ok).toBe(false);
    const messages = short.ok ? [] : short.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^organisation\.timeline_months: .*timeline_months \(36\).*horizon_months \(48\)/);
  });
});

describe('the start month as a date', () => {
  test('the cell holds the first of the month as a date; a date typed mid-month recalculates with no error and moves the timeline', () => {
    const book: BlueprintWithAnchors = buildBlueprint(mid);
    const start = namedCell(book, 'start_month');
    const cell = book.sheets.find((sheet) => sheet.name === start.sheet)!.cells.find((c) => c.row === start.row && c.col === start.col)!;
    expect(cell).toMatchObject({ value: serialOf({ year: 2027, month: 1, day: 1 }), numberFormat: 'mmm yyyy', editable: true });
    const evaluated = evaluateBlueprint(book);
    const subtitle = () => evaluated.value('Summary', 1, 0) as string;
    expect(subtitle()).toContain('months from Jan 2027 ');
    const npvBefore = named(book, evaluated, resultName('npv'));
    evaluated.setCell(start.sheet, start.row, start.col, serialOf({ year: 2027, month: 7, day: 15 }));
    expect(errorCells(book, evaluated)).toEqual([]);
    expect(subtitle()).toContain('months from Jul 2027 ');
    const month1 = book.anchors['model.net'].col;
    expect(evaluated.value('Model', book.anchors['model.date'].row, month1)).toBe(serialOf({ year: 2027, month: 7, day: 1 }));
    expect(named(book, evaluated, resultName('npv'))).toBe(npvBefore);
    evaluated.destroy();
  });
});
