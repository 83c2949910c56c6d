import { INPUT_FIELDS } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint, blueprintAnchors } from '../../src/workbook/blueprint/buildBlueprint';
import { CUSTOM_SLOTS, customLineName } from '../../src/workbook/blueprint/inputNames';
import { SHEET_ORDER } from '../../src/workbook/blueprint/sheetNames';
import { HEADLINE_LABELS } from '../../src/workbook/blueprint/cashFlow';
import { STYLES } from '../../src/workbook/blueprint/styles';
import { CellBlueprint, SheetBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { evaluateBlueprint } from '../support/formulaEngine';

const seed = defaultInputs();
const richer: BusinessCaseInputs = {
  ...seed,
  horizon_months: 30,
  implementation_months: 2,
  ramp_months: 4,
  ramp_shape: 's_curve',
  aht_reduction: 0.2,
  implementation_cost: 250000,
  custom_benefits: [{ label: 'Fewer refunds', amount_per_month: 5000, risk: null, amounts_per_year: null, initial: 0 }],
  custom_costs: [{ label: 'QA tooling', amount_per_month: 1200, risk: 0.1, amounts_per_year: null, initial: 0 }],
};
const blueprint = buildBlueprint(richer);

function allFormulas(book: WorkbookBlueprint): { sheet: string; cell: CellBlueprint; formula: string }[] {
  return book.sheets.flatMap((sheet) => sheet.cells.filter((cell) => cell.formula !== undefined).map((cell) => ({ sheet: sheet.name, cell, formula: cell.formula! })));
}

function conditionalFormulas(book: WorkbookBlueprint): string[] {
  return book.sheets.flatMap((sheet) => sheet.conditionalFormats.map((format) => format.formula));
}

function sheet(name: string): SheetBlueprint {
  return blueprint.sheets.find((s) => s.name === name)!;
}

function cellAt(book: WorkbookBlueprint, refersTo: string): CellBlueprint | undefined {
  const match = /^='([^']+)'!\$([A-Z]+)\$(\d+)$/.exec(refersTo);
  if (!match) return undefined;
  const col = [...match[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[3]) - 1;
  return book.sheets.find((s) => s.name === match[1])?.cells.find((c) => c.row === row && c.col === col);
}

/** Strips string literals so that words and digits inside text are not mistaken for code. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** Converts A1 references to R1C1 relative to the cell, so copied formulas compare equal. */
function toR1C1(formula: string, row: number, col: number): string {
  return withoutStrings(formula).replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_all, absCol: string, letters: string, absRow: string, digits: string) => {
    const c = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = Number(digits) - 1;
    const rowPart = absRow ? `R${r + 1}` : `R[${r - row}]`;
    const colPart = absCol ? `C${c + 1}` : `C[${c - col}]`;
    return rowPart + colPart;
  });
}

describe('workbook blueprint: structure', () => {
  test('sheets come in reading order, Summary first and active', () => {
    expect(blueprint.sheets.map((s) => s.name)).toEqual([...SHEET_ORDER]);
    expect(blueprint.activeSheet).toBe('Summary');
  });

  test('every input field and every custom-line slot has a workbook name on an editable input cell', () => {
    const names = new Map(blueprint.names.map((n) => [n.name, n.refersTo]));
    const expected = [
      ...INPUT_FIELDS.map((field) => field.key),
      ...(['benefit', 'cost'] as const).flatMap((kind) => CUSTOM_SLOTS.flatMap((slot) => (['label', 'amount', 'risk'] as const).map((part) => customLineName(kind, slot, part)))),
    ];
    for (const key of expected) {
      const refersTo = names.get(key);
      expect(refersTo).toBeDefined();
      const cell = cellAt(blueprint, refersTo!);
      const field = INPUT_FIELDS.find((f) => f.key === key);
      if (field?.type === 'number' && field.shapesLayout) {
        // What the workbook was built to, shown: typing another length there could not lengthen the timeline.
        expect(cell).toMatchObject({ value: richer.horizon_months, style: 'calculation' });
        expect(cell!.editable).toBeUndefined();
        continue;
      }
      expect(cell).toMatchObject({ editable: true });
      expect(['input', 'textInput']).toContain(cell!.style);
    }
    expect(new Set(blueprint.names.map((n) => n.name)).size).toBe(blueprint.names.length);
  });

  test('number and choice inputs carry validation with the field help as prompt and the range in the error', () => {
    const inputs = sheet('Inputs');
    const names = new Map(blueprint.names.map((n) => [n.name, n.refersTo]));
    for (const field of INPUT_FIELDS.filter((f) => f.type !== 'text' && !(f.type === 'number' && f.shapesLayout))) {
      const cell = cellAt(blueprint, names.get(field.key)!)!;
      const validation = inputs.validations.find((v) => v.range.startRow === cell.row && v.range.startCol === cell.col);
      expect(validation).toBeDefined();
      expect(validation!.prompt).toBe(field.help);
      expect(validation!.error).toContain(field.label);
      if (field.type === 'number' && validation!.type !== 'list') {
        // The horizon goes as far as the timeline the workbook was built with (here the horizon itself).
        expect([validation!.min, validation!.max]).toEqual([field.min, field.key === 'horizon_months' ? richer.horizon_months : field.max]);
        expect(validation!.allowBlank).toBe(field.nullable === true);
      }
    }
    const deflection = inputs.validations.find((v) => v.error.startsWith('Deflection rate'))!;
    expect(deflection.error).toMatch(/between 0% and 100%/);
  });

  test('no formula is longer than 300 characters, so a reviewer can follow each (FAST, ICAEW)', () => {
    for (const book of [blueprint, buildBlueprint(defaultInputs())]) {
      const long = allFormulas(book).filter(({ formula }) => formula.length > 300).map(({ sheet: name, cell, formula }) => `${name}!R${cell.row + 1}C${cell.col + 1} (${formula.length})`);
      expect(long).toEqual([]);
    }
  });

  test('only Excel 2016 functions; no OFFSET, INDIRECT, TODAY, NOW, LET, XLOOKUP or ROI.* custom functions', () => {
    // The whole vocabulary of the generated formulas: everything here exists in Excel 2016 and LibreOffice.
    const allowed = new Set(['SUM', 'SUMPRODUCT', 'SUMIF', 'INDEX', 'MATCH', 'MIN', 'MAX', 'IF', 'IFERROR', 'AND', 'OR', 'COUNTIF', 'COUNT',
      'ROWS', 'ABS', 'ROUND', 'ROUNDUP', 'EDATE', 'DATEVALUE', 'DATE', 'YEAR', 'MONTH', 'CHOOSE', 'IRR', 'MIRR', 'ISBLANK', 'ISNUMBER', 'SEARCH', 'MOD', 'SIGN',
      // the Risk sheet's audit sample: its own statistics as formulas (the legacy names: an .xlsx needs no _xlfn. prefix for them)
      'AVERAGE', 'STDEV', 'PERCENTILE']);
    const formulas = [...allFormulas(blueprint).map((f) => f.formula), ...conditionalFormulas(blueprint)];
    const used = new Set<string>();
    for (const formula of formulas) {
      const code = withoutStrings(formula);
      expect(code).not.toMatch(/\bROI\./i);
      expect(code).not.toMatch(/\b(OFFSET|INDIRECT|TODAY|NOW|LET|LAMBDA|XLOOKUP|XMATCH|IFS|SWITCH|CONCAT|TEXTJOIN|FILTER|SORT|UNIQUE|SEQUENCE)\s*\(/i);
      for (const [, fn] of code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(fn);
    }
    expect([...used].filter((fn) => !allowed.has(fn))).toEqual([]);
  });

  test('no hard-coded assumptions inside formulas: only structural constants', () => {
    // 0 and 1 (identities, flags, "1 − risk"), 12 (months a year), 60 (minutes an hour), 2 and 3
    // of the S-curve x²(3 − 2x), and 2 decimals in ROUND(swing, 2) (sensitivity ties to the cent). Every assumption is a named input; the cap on handle-time reduction
    // and the check tolerance are labelled cells, not literals.
    const allowed = new Set([0, 1, 2, 3, 12, 60]);
    const offenders: string[] = [];
    for (const { sheet: name, cell, formula } of allFormulas(blueprint)) {
      const code = withoutStrings(formula)
        .replace(/'[^']+'!/g, '')
        .replace(/\$?[A-Z]{1,3}\$?\d+/g, 'REF')
        .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, 'NAME');
      for (const [literal] of code.matchAll(/\d+(\.\d+)?(E[+-]?\d+)?/gi)) {
        if (!allowed.has(Number(literal))) offenders.push(`${name}!R${cell.row + 1}C${cell.col + 1}: ${formula}`);
      }
    }
    for (const formula of conditionalFormulas(blueprint)) {
      const code = withoutStrings(formula).replace(/\$?[A-Z]{1,3}\$?\d+/g, 'REF');
      expect(code.match(/\d+/g)?.filter((n) => !allowed.has(Number(n))) ?? []).toEqual([]);
    }
    expect(offenders).toEqual([]);
  });

  test('each timeline row has one formula shape in every month column (R1C1), on every sheet with a timeline', () => {
    const anchors = blueprint.anchors;
    const firstMonth = anchors['model.net'].col;
    const lastMonth = firstMonth + richer.horizon_months - 1;
    let rowsChecked = 0;
    for (const name of ['Model', 'Scenarios', 'Tracking']) {
      const byRow = new Map<number, CellBlueprint[]>();
      for (const cell of sheet(name).cells) {
        if (cell.col >= firstMonth && cell.col <= lastMonth) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
      }
      for (const [row, cells] of byRow) {
        const shapes = new Set(cells.map((cell) => (cell.formula === undefined ? `value:${cell.value === null ? 'blank' : typeof cell.value}` : toR1C1(cell.formula, cell.row, cell.col))));
        if (cells.some((cell) => cell.formula !== undefined)) {
          expect({ sheet: name, row, shapes: [...shapes] }).toEqual({ sheet: name, row, shapes: [[...shapes][0]] });
          expect(cells).toHaveLength(richer.horizon_months);
          rowsChecked++;
        }
      }
    }
    expect(rowsChecked).toBeGreaterThan(100);
    // Annual: one SUMIF shape across Initial and every year
    const annual = sheet('Annual');
    const initialCol = anchors['annual.benefits_adj'].col;
    const totalCol = anchors['annual.benefits_adj.total'].col;
    const row = anchors['annual.benefits_adj'].row;
    const shapes = new Set(annual.cells.filter((c) => c.row === row && c.col >= initialCol && c.col < totalCol).map((c) => toR1C1(c.formula!, c.row, c.col)));
    expect(shapes.size).toBe(1);
  });

  test('the model shows month 0 and a frozen, printable timeline', () => {
    const model = sheet('Model');
    expect(model.frozen).toEqual({ rows: blueprint.anchors['model.year'].row + 1, columns: blueprint.anchors['model.net'].col - 1 });
    // A year of months per page width with the labels repeated: one page wide would shrink 30+ months to illegible.
    expect(model.print).toMatchObject({
      orientation: 'landscape', fitToWidth: false, fitToWidthPages: Math.ceil(richer.horizon_months / 12),
      repeatRows: { first: blueprint.anchors['model.month'].row }, repeatColumns: { first: 0, last: 0 },
    });
    const oneTimeMonth0 = model.cells.find((c) => c.row === blueprint.anchors['model.one_time'].row && c.col === blueprint.anchors['model.one_time'].col - 1);
    // Under the month-0 flag: the row's one formula gives the one-time costs in month 0 and 0 after.
    expect(oneTimeMonth0?.formula).toBe(`=E$${blueprint.anchors['model.month'].row + 4}*(implementation_cost+integration_cost+training_change_cost+knowledge_base_cost)`);
    for (const report of ['Summary', 'Annual', 'Scenarios', 'Sensitivity', 'Scorecard', 'Checks', 'Sources']) expect(sheet(report).showGridlines).toBe(false);
  });

  test('text typed by a user stays text: an organisation name that looks like a formula is written and evaluated as text', () => {
    const hostile = '=HYPERLINK("http://example.invalid","click")';
    const book = buildBlueprint({ ...seed, organisation_name: hostile, custom_benefits: [{ label: '=1+1', amount_per_month: 10, risk: null, amounts_per_year: null, initial: 0 }] });
    const names = new Map(book.names.map((n) => [n.name, n.refersTo]));
    const nameCell = cellAt(book, names.get('organisation_name')!)!;
    expect(nameCell).toMatchObject({ value: hostile });
    expect(nameCell.formula).toBeUndefined();
    const labelCell = cellAt(book, names.get('custom_benefit_1_label')!)!;
    expect(labelCell).toMatchObject({ value: '=1+1' });
    const evaluated = evaluateBlueprint(book);
    try {
      expect(evaluated.value('Summary', 0, 0)).toBe(`${hostile}: AI in customer service, business case`);
      const labelRow = book.anchors['model.custom_benefit_1'].row;
      expect(evaluated.value('Model', labelRow, 0)).toBe('=1+1');
    } finally {
      evaluated.destroy();
    }
  });

  test('custom lines: used slots carry the user\'s values, unused slots are blank inputs; nullable risks are blank', () => {
    const names = new Map(blueprint.names.map((n) => [n.name, n.refersTo]));
    expect(cellAt(blueprint, names.get('custom_benefit_1_label')!)!.value).toBe('Fewer refunds');
    expect(cellAt(blueprint, names.get('custom_benefit_1_amount')!)!.value).toBe(5000);
    expect(cellAt(blueprint, names.get('custom_benefit_1_risk')!)!.value).toBeNull();
    expect(cellAt(blueprint, names.get('custom_cost_1_risk')!)!.value).toBe(0.1);
    expect(cellAt(blueprint, names.get('custom_benefit_2_amount')!)!.value).toBeNull();
    expect(cellAt(blueprint, names.get('risk_deflection')!)!.value).toBeNull();
  });

  test('number formats carry the currency code', () => {
    const book = buildBlueprint({ ...seed, currency: 'EUR' });
    const model = book.sheets.find((s) => s.name === 'Model')!;
    const net = model.cells.find((c) => c.row === book.anchors['model.net'].row && c.col === book.anchors['model.net'].col)!;
    expect(net.numberFormat).toContain('"EUR "');
  });

  test('every anchor points at a written cell, and no cell holds NaN or Infinity', () => {
    for (const [key, anchor] of Object.entries(blueprint.anchors).filter(([key]) => key !== 'annual.roi' && key !== 'annual.cumulative_roi')) {
      // ROI rows start at Year 1 (no Initial ROI); a month-0-only Model row (one-time costs) is anchored at month 1 like every row: its cell is one to the left
      const cols = key.startsWith('model.') ? [anchor.col, anchor.col - 1] : [anchor.col];
      const found = sheet(anchor.sheet).cells.some((c) => c.row === anchor.row && cols.includes(c.col));
      expect({ key, found }).toEqual({ key, found: true });
    }
    for (const s of blueprint.sheets) for (const c of s.cells) if (typeof c.value === 'number') expect(Number.isFinite(c.value)).toBe(true);
    expect(blueprintAnchors(richer)).toEqual(blueprint.anchors);
  });

  test('the builder is pure: the same inputs give the same blueprint', () => {
    expect(buildBlueprint(richer)).toEqual(blueprint);
  });

  test('charts refer to existing sheets and have stable ids', () => {
    const charts = blueprint.sheets.flatMap((s) => s.charts);
    expect(charts.map((c) => c.id).sort()).toEqual(['risk-npv-histogram', 'risk-npv-s-curve', 'risk-tornado', 'sensitivity-tornado', 'summary-benefits-by-line', 'summary-cumulative-net', 'summary-scenarios']);
    for (const chart of charts) {
      for (const series of chart.series) {
        for (const reference of [series.values, series.categories]) {
          expect(SHEET_ORDER as readonly string[]).toContain(/^'([^']+)'!/.exec(reference)![1]);
        }
      }
    }
  });
});

describe('workbook blueprint: presentation', () => {
  const textAt = (book: WorkbookBlueprint, sheetName: string, text: string) =>
    book.sheets.find((s) => s.name === sheetName)!.cells.find((c) => c.value === text)!;

  test('the benefits chart plots the standard lines and only the custom lines the inputs define, by "Year n" text categories', () => {
    const seriesOf = (book: WorkbookBlueprint) => book.sheets.flatMap((s) => s.charts).find((c) => c.id === 'summary-benefits-by-line')!.series;
    expect(seriesOf(blueprint).map((s) => s.name)).toEqual([
      'Automation savings (AI-taken contacts)', 'Agent assist (shorter handle time)', 'Upsell margin', 'Retained revenue margin', 'Agent attrition savings', 'Custom benefit 1',
    ]);
    expect(seriesOf(buildBlueprint(seed))).toHaveLength(5);
    const categories = /^'Annual'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(seriesOf(blueprint)[0].categories)!;
    const row = Number(categories[2]) - 1;
    const labels = sheet('Annual').cells.filter((c) => c.row === row && c.col >= 2 && c.col <= 4).map((c) => c.value);
    // richer: 30 months, so the third year is partial
    expect(labels).toEqual(['Year 1', 'Year 2', 'Year 3 (partial: 6 months)']);
  });

  test('the total style (a top border) marks total rows only, also in the Total column', () => {
    const model = sheet('Model');
    const totalCol = blueprint.anchors['model.volume'].col - 2;
    const at = (key: string) => model.cells.find((c) => c.row === blueprint.anchors[key].row && c.col === totalCol)!;
    expect(at('model.volume').style).toBe('calculation');
    expect(at('model.automation_adj').style).toBe('calculation');
    expect(at('model.benefits_adj').style).toBe('total');
    expect(at('model.net').style).toBe('total');
    const annual = sheet('Annual');
    const annualTotal = (key: string) => annual.cells.find((c) => c.row === blueprint.anchors[key].row && c.col === blueprint.anchors[key].col)!;
    expect(annualTotal('annual.automation.total').style).toBe('calculation');
    expect(annualTotal('annual.benefits_adj.total').style).toBe('total');
  });

  test('"n/a" is right-aligned like the numbers and the Summary says why next to it', () => {
    expect(STYLES.calculation.horizontalAlignment).toBe('right');
    expect(STYLES.output.horizontalAlignment).toBe('right');
    const irrReason = (inputs: BusinessCaseInputs) => {
      const book = buildBlueprint(inputs);
      const row = textAt(book, 'Summary', HEADLINE_LABELS.irr).row;
      const evaluated = evaluateBlueprint(book);
      try {
        return [evaluated.value('Summary', row, 1), evaluated.value('Summary', row, 2)];
      } finally {
        evaluated.destroy();
      }
    };
    // The seed case has no one-time costs, so its monthly net flows are never negative (MODEL.md).
    expect(irrReason(seed)).toEqual(['n/a', 'IRR needs an investment: the net flows are never negative']);
    expect(irrReason({ ...seed, deflection_rate: 0 })).toEqual(['n/a', 'IRR needs a return: the net flows are never positive']);
    const invested = irrReason({ ...seed, implementation_cost: 500000 });
    expect(typeof invested[0]).toBe('number');
    expect(invested[1]).toBe('');
  });

  test('Sensitivity shows accepted maxima of 10^12 in billions, so they fit their column', () => {
    const sensitivity = sheet('Sensitivity');
    const max = sensitivity.cells.find((c) => c.row === blueprint.anchors['sensitivity.contacts_per_month.base'].row && c.value === 1e12)!;
    expect(max.numberFormat).toBe('#,##0,,," bn"');
  });
});
