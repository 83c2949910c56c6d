import { buildBlueprint } from '../../../src/workbook/blueprint/buildBlueprint';
import { CellBlueprint, WorkbookBlueprint } from '../../../src/workbook/blueprint/types';
import { CellValue } from '../../../src/workbook/values/values';
import { cellKey, computeValues } from '../../../src/workbook/values/workbookValues';
import { randomValidInputs } from '../../support/arbitraryInputs';
import { exampleInputs } from '../../support/examples';
import { EngineValue, evaluateBlueprint } from '../../support/formulaEngine';

/**
 * The values stored in the .xlsx (computeValues, shipped) against HyperFormula (GPL, tests only),
 * an independent engine configured like Excel, on every formula cell of real workbooks.
 */
const CENT = 0.005;
const RELATIVE = 1e-9;

/** HyperFormula's error types as Excel spells them. */
const ERROR_CODES: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!', NA: '#N/A', VALUE: '#VALUE!', NUM: '#NUM!', REF: '#REF!', NAME: '#NAME?', NULL: '#NULL!',
};

/** A cell shown in the workbook's currency ("USD "#,##0…): compared to the cent. */
function isMoney(cell: CellBlueprint): boolean {
  return /"[A-Z]{3} "/.test(cell.numberFormat ?? '');
}

/** HyperFormula's value as Excel stores it: a formula pointing at a blank cell shows (and stores) 0. */
function asExcelStores(value: EngineValue): CellValue {
  if (value === null) return 0;
  if (typeof value === 'object') return { error: (ERROR_CODES[value.error.split(':')[0]] ?? value.error) as never };
  return value;
}

function same(ours: CellValue | undefined, theirs: CellValue, money: boolean): boolean {
  if (typeof ours === 'number' && typeof theirs === 'number') {
    return Math.abs(ours - theirs) <= (money ? CENT : RELATIVE * Math.max(1, Math.abs(theirs)));
  }
  if (typeof ours === 'object' && typeof theirs === 'object') return ours.error === theirs.error;
  return ours === theirs;
}

interface Comparison {
  readonly compared: number;
  readonly mismatches: string[];
}

function compareWithHyperFormula(blueprint: WorkbookBlueprint): Comparison {
  const ours = computeValues(blueprint);
  const engine = evaluateBlueprint(blueprint);
  const mismatches: string[] = [];
  let compared = 0;
  try {
    for (const sheet of blueprint.sheets) {
      for (const cell of sheet.cells.filter((c) => c.formula !== undefined)) {
        const theirs = asExcelStores(engine.value(sheet.name, cell.row, cell.col));
        const mine = ours.get(sheet.name)?.get(cellKey(cell.row, cell.col));
        compared += 1;
        if (!same(mine, theirs, isMoney(cell))) {
          mismatches.push(`${sheet.name}!R${cell.row + 1}C${cell.col + 1}: ours ${JSON.stringify(mine)}, HyperFormula ${JSON.stringify(theirs)} (${cell.formula})`);
        }
      }
    }
  } finally {
    engine.destroy();
  }
  return { compared, mismatches };
}

function formulaCount(blueprint: WorkbookBlueprint): number {
  return blueprint.sheets.reduce((total, sheet) => total + sheet.cells.filter((cell) => cell.formula !== undefined).length, 0);
}

describe('every stored formula value equals HyperFormula\'s, money to the cent', () => {
  test.each(['seed-case', 'mid-market', 'tei-study'])('%s', (example) => {
    const blueprint = buildBlueprint(exampleInputs(example));
    const { compared, mismatches } = compareWithHyperFormula(blueprint);
    expect(compared).toBe(formulaCount(blueprint));
    expect(compared).toBeGreaterThan(5000);
    expect(mismatches).toEqual([]);
  });

  test.each([1, 2, 3, 4, 5, 6])('random valid inputs, seed %i (24 months at most)', (seed) => {
    const blueprint = buildBlueprint(randomValidInputs(seed, { scale: 'realistic', maxHorizonMonths: 24 }));
    expect(compareWithHyperFormula(blueprint).mismatches).toEqual([]);
  });
});
