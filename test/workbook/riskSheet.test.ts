import { HyperFormula, RawCellContent } from 'hyperformula';
import { BusinessCaseInputs } from '../../src/core/inputs/schema';
import { defaultUncertainty } from '../../src/core/simulation/defaultUncertainty';
import { riskJson } from '../../src/core/simulation/riskJson';
import { RiskResult, simulateRisk } from '../../src/core/simulation/simulate';
import { UncertaintySpec } from '../../src/core/simulation/uncertainty';
import { BlueprintWithAnchors, buildBlueprint, GENERATOR_VERSION, rebuildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { SHEET, SHEET_ORDER } from '../../src/workbook/blueprint/sheetNames';
import { RISK_NAMES } from '../../src/workbook/blueprint/sheets/riskSheet';
import { CellAnchor, CellBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { cellKey, computeValues } from '../../src/workbook/values/workbookValues';
import { exampleInputs } from '../support/examples';
import { evaluateBlueprint, EXCEL_LIKE_CONFIG } from '../support/formulaEngine';

const CENT = 0.005;
const EXAMPLES = ['seed-case', 'mid-market', 'tei-study'] as const;

function simulated(inputs: BusinessCaseInputs, spec: UncertaintySpec): RiskResult {
  const result = simulateRisk(inputs, spec);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function cellAt(book: WorkbookBlueprint, anchor: CellAnchor): CellBlueprint | undefined {
  return book.sheets.find((sheet) => sheet.name === anchor.sheet)!.cells.find((cell) => cell.row === anchor.row && cell.col === anchor.col);
}

/** A stamped cell as the engine's figure: a number, or null where it reads "n/a". */
function stamped(book: BlueprintWithAnchors, key: string): number | null {
  const cell = cellAt(book, book.anchors[key as keyof typeof book.anchors]);
  expect(cell?.formula).toBeUndefined();
  if (cell?.value === 'n/a') return null;
  expect(typeof cell?.value).toBe('number');
  return cell!.value as number;
}

/** The Inputs cell a workbook name refers to. */
function inputCell(book: WorkbookBlueprint, name: string): { row: number; col: number } {
  const refersTo = book.names.find((n) => n.name === name)!.refersTo;
  const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return { row: Number(digits) - 1, col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

describe('Risk sheet: the stamped results are the simulation\'s', () => {
  test.each(EXAMPLES)('%s: every statistic and chance equals riskJson(simulateRisk(inputs, defaultUncertainty(inputs)))', (name) => {
    const inputs = exampleInputs(name);
    const book = buildBlueprint(inputs, { simulatedOn: '2026-03-01' });
    const { risk } = riskJson(simulated(inputs, defaultUncertainty(inputs)));
    const figures = { npv: risk.npv, roi: risk.roi, year1_roi: risk.year1_roi, payback_months: risk.payback_months };
    for (const [figure, values] of Object.entries(figures)) {
      for (const statistic of ['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95'] as const) {
        expect({ key: `${figure}.${statistic}`, value: stamped(book, `risk.${figure}.${statistic}`) }).toEqual({ key: `${figure}.${statistic}`, value: values === null ? null : values[statistic] });
      }
    }
    expect(stamped(book, 'risk.prob_npv_negative')).toBe(risk.prob_npv_negative);
    expect(stamped(book, 'risk.prob_payback_within_threshold')).toBe(risk.prob_payback_within_threshold);
    expect(stamped(book, 'risk.prob_roi_above_threshold')).toBe(risk.prob_roi_above_threshold);
    expect(stamped(book, 'risk.trials')).toBe(risk.trials);
    expect(stamped(book, 'risk.seed')).toBe(risk.seed);
    expect(cellAt(book, book.anchors['risk.simulated_on'])?.value).toBe('2026-03-01');
  });

  test('without a date the stamp says so; the Risk sheet comes after Sensitivity', () => {
    const book = buildBlueprint(exampleInputs('seed-case'));
    expect(cellAt(book, book.anchors['risk.simulated_on'])?.value).toBe('date not given');
    expect(SHEET_ORDER.indexOf(SHEET.risk)).toBe(SHEET_ORDER.indexOf(SHEET.sensitivity) + 1);
  });

  test('the risk names exist and refer to the stamped cells; the Summary reads them', () => {
    const inputs = exampleInputs('mid-market');
    const book = buildBlueprint(inputs);
    const result = simulated(inputs, defaultUncertainty(inputs));
    const expected: Record<(typeof RISK_NAMES)[number], number> = {
      risk_npv_mean: result.npv.mean, risk_npv_p10: result.npv.p10, risk_npv_p50: result.npv.p50, risk_npv_p90: result.npv.p90,
      risk_prob_npv_negative: result.probNpvNegative, risk_trials: result.trials, risk_seed: result.seed,
    };
    const values = computeValues(book);
    for (const name of RISK_NAMES) {
      const { row, col } = inputCell(book, name);
      expect(book.names.find((n) => n.name === name)!.refersTo).toMatch(/^='Risk'!\$/);
      expect(cellAt(book, { sheet: SHEET.risk, row, col })?.value).toBe(expected[name]);
    }
    for (const [key, figure] of [['p10', result.npv.p10], ['p50', result.npv.p50], ['p90', result.npv.p90], ['prob_npv_negative', result.probNpvNegative]] as const) {
      const anchor = book.anchors[`summary.risk.${key}`];
      expect(values.get(SHEET.summary)?.get(cellKey(anchor.row, anchor.col))).toBe(figure);
    }
  });
});

describe('Risk sheet: zero-width distributions', () => {
  test('every uncertain input fixed at its value: every NPV percentile is the deterministic NPV to the cent', () => {
    const inputs = exampleInputs('mid-market');
    const fixed: UncertaintySpec = {
      ...defaultUncertainty(inputs),
      trials: 200,
      inputs: defaultUncertainty(inputs).inputs.map(({ key }) => ({ key, distribution: { kind: 'pert', low: inputs[key] as number, mostLikely: inputs[key] as number, high: inputs[key] as number } })),
      correlations: [],
    };
    const book = buildBlueprint(inputs, { uncertainty: fixed });
    const npvAnchor = book.anchors['output.npv'];
    const npv = computeValues(book).get(npvAnchor.sheet)!.get(cellKey(npvAnchor.row, npvAnchor.col)) as number;
    expect(typeof npv).toBe('number');
    for (const statistic of ['mean', 'p5', 'p10', 'p50', 'p90', 'p95'] as const) expect(Math.abs(stamped(book, `risk.npv.${statistic}`)! - npv)).toBeLessThan(CENT);
    expect(stamped(book, 'risk.npv.sd')).toBeLessThan(CENT);
  });
});

/** A HyperFormula engine over the blueprint, as test/support/formulaEngine builds one, that takes many cells in one batch. */
function batchEngine(book: WorkbookBlueprint): { engine: HyperFormula; sheetId: (name: string) => number } {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.sheets) {
    const grid: RawCellContent[][] = [];
    for (const cell of sheet.cells) {
      while (grid.length <= cell.row) grid.push([]);
      grid[cell.row][cell.col] = cell.formula ?? (typeof cell.value === 'string' ? `'${cell.value}` : (cell.value ?? null));
    }
    sheets[sheet.name] = grid.map((line) => Array.from(line, (content) => content ?? null));
  }
  const engine = HyperFormula.buildFromSheets(sheets, { ...EXCEL_LIKE_CONFIG, dateFormats: [...EXCEL_LIKE_CONFIG.dateFormats] }, book.names.map((n) => ({ name: n.name, expression: n.refersTo })));
  return { engine, sheetId: (name) => engine.getSheetId(name)! };
}

describe('Risk sheet: per-trial parity with the workbook\'s own formulas (HyperFormula)', () => {
  test('mid-market: 200 audit rows typed into the Inputs sheet each give the row\'s NPV to the cent', () => {
    const book = buildBlueprint(exampleInputs('mid-market'));
    const { engine, sheetId } = batchEngine(book);
    try {
      const audit = book.anchors['risk.audit.npv'];
      const riskSheet = book.sheets.find((sheet) => sheet.name === SHEET.risk)!;
      const byCell = new Map(riskSheet.cells.map((cell) => [`${cell.row},${cell.col}`, cell]));
      const keys = Object.keys(book.anchors).filter((key) => key.startsWith('risk.audit.') && key !== 'risk.audit.npv' && key !== 'risk.audit.trial').map((key) => key.slice('risk.audit.'.length));
      expect(keys.length).toBeGreaterThan(3);
      const npvAt = book.anchors['output.npv'];
      const misses: string[] = [];
      for (let t = 0; t < 200; t++) {
        engine.batch(() => {
          for (const key of keys) {
            const at = book.anchors[`risk.audit.${key}` as keyof typeof book.anchors];
            const { row, col } = inputCell(book, key);
            engine.setCellContents({ sheet: sheetId(SHEET.inputs), row, col }, [[byCell.get(`${at.row + t},${at.col}`)!.value as number]]);
          }
        });
        const expected = byCell.get(`${audit.row + t},${audit.col}`)!.value as number;
        const actual = engine.getCellValue({ sheet: sheetId(npvAt.sheet), row: npvAt.row, col: npvAt.col }) as number;
        if (!(Math.abs(actual - expected) < CENT)) misses.push(`trial ${t + 1}: workbook ${actual}, simulation ${expected}`);
      }
      expect(misses).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});

describe('Risk sheet: inputs changed after the simulation', () => {
  test('the Checks read OK as generated and ERROR once an input cell changes; its Risk count reads 1', () => {
    const book = buildBlueprint(exampleInputs('seed-case'));
    const evaluated = evaluateBlueprint(book);
    try {
      const overall = book.anchors['checks.overall'];
      const changed = book.anchors['risk.inputs_changed'];
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('OK');
      expect(evaluated.value(changed.sheet, changed.row, changed.col)).toBe(0);
      const { row, col } = inputCell(book, 'deflection_rate');
      evaluated.setCell(SHEET.inputs, row, col, 0.123);
      expect(evaluated.value(changed.sheet, changed.row, changed.col)).toBe(1);
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('ERROR');
    } finally {
      evaluated.destroy();
    }
  });
});

describe('Risk sheet: custom lines changed after the simulation', () => {
  const inputs = exampleInputs('mid-market');

  /** The Inputs cell of a custom line's part, for the first cost and benefit lines the example gives. */
  function customCell(book: WorkbookBlueprint, name: string, yearIndex = 0): { row: number; col: number } {
    const refersTo = book.names.find((n) => n.name === name)!.refersTo;
    const [, letters, digits] = /!\$([A-Z]+)\$(\d+)/.exec(refersTo)!;
    return { row: Number(digits) - 1, col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 + yearIndex };
  }

  test.each([
    ['a custom cost amount', 'custom_cost_1_amount', 1234.56],
    ['a custom benefit risk', 'custom_benefit_1_risk', 0.37],
    ['an empty slot filled', `custom_cost_${inputs.custom_costs.length + 1}_amount`, 10],
    ['a year of an empty slot', `custom_benefit_${inputs.custom_benefits.length + 1}_years`, 500],
  ])('%s changed on the Inputs sheet: the Checks read ERROR and the Risk count 1; unchanged, OK and 0', (_what, name, value) => {
    const book = buildBlueprint(inputs);
    const evaluated = evaluateBlueprint(book);
    try {
      const overall = book.anchors['checks.overall'];
      const changed = book.anchors['risk.inputs_changed'];
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('OK');
      expect(evaluated.value(changed.sheet, changed.row, changed.col)).toBe(0);
      const { row, col } = customCell(book, name, name.endsWith('_years') ? 2 : 0);
      evaluated.setCell(SHEET.inputs, row, col, value);
      expect(evaluated.value(changed.sheet, changed.row, changed.col)).toBe(1);
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('ERROR');
    } finally {
      evaluated.destroy();
    }
  });

  test('a custom cost amount and a custom benefit risk both changed: the Risk count reads 2', () => {
    const book = buildBlueprint(inputs);
    const evaluated = evaluateBlueprint(book);
    try {
      const changed = book.anchors['risk.inputs_changed'];
      for (const [name, value] of [['custom_cost_1_amount', 999], ['custom_benefit_1_risk', 0.5]] as const) {
        const { row, col } = customCell(book, name);
        evaluated.setCell(SHEET.inputs, row, col, value);
      }
      expect(evaluated.value(changed.sheet, changed.row, changed.col)).toBe(2);
    } finally {
      evaluated.destroy();
    }
  });

  test('every custom-line cell but the label is compared, each formula under 300 characters', () => {
    const book = buildBlueprint(inputs);
    const risk = book.sheets.find((sheet) => sheet.name === SHEET.risk)!;
    const keys = new Set(risk.cells.filter((cell) => typeof cell.value === 'string' && cell.value.startsWith('custom_')).map((cell) => cell.value as string));
    for (const name of book.names.map((n) => n.name).filter((n) => /^custom_.*_(amount|risk|initial)$/.test(n))) expect(keys).toContain(name);
    expect([...keys].filter((key) => key.includes('_label'))).toEqual([]);
    expect([...keys].filter((key) => key.includes('_years ('))).toHaveLength(10 * 10);
    for (const cell of risk.cells) if (cell.formula !== undefined) expect(cell.formula.length).toBeLessThan(300);
  });
});

describe('Risk sheet: rebuilt from the source it keeps', () => {
  test('a given uncertainty group and date survive the source: the rebuild is the same blueprint', () => {
    const inputs = exampleInputs('seed-case');
    const spec: UncertaintySpec = {
      trials: 500, seed: 42, sampling: 'random', repairCorrelations: false,
      inputs: [
        { key: 'deflection_rate', distribution: { kind: 'triangular', low: 0.2, mode: 0.3, high: 0.45 } },
        { key: 'aht_reduction', distribution: { kind: 'normal', mean: 0.15, sd: 0.03 } },
      ],
      correlations: [{ between: ['deflection_rate', 'aht_reduction'], rankCorrelation: 0.5 }],
    };
    const book = buildBlueprint(inputs, { uncertainty: spec, simulatedOn: '2026-03-01' });
    const { anchors: _anchors, ...rest } = book;
    const rebuilt = rebuildBlueprint(book.source!.text, GENERATOR_VERSION)! as BlueprintWithAnchors;
    const { anchors: _rebuiltAnchors, ...rebuiltRest } = rebuilt;
    expect(rebuiltRest).toEqual(rest);
    expect(stamped(book, 'risk.trials')).toBe(500);
    expect(stamped(book, 'risk.seed')).toBe(42);
  });
});
