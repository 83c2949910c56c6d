import { buildBlueprint } from '../../../src/workbook/blueprint/buildBlueprint';
import { CellBlueprint, WorkbookBlueprint } from '../../../src/workbook/blueprint/types';
import { parseFormula } from '../../../src/workbook/values/parser';
import { CellValue } from '../../../src/workbook/values/values';
import { cellKey, computeValues } from '../../../src/workbook/values/workbookValues';
import { INPUT_FIELDS } from '../../../src/core/inputs/fields';
import { BusinessCaseInputs, CustomLine } from '../../../src/core/inputs/schema';
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

/** Far below a cent and far above the rounding residue of a business case's amounts (up to ~1e9, residue ~1e-7). */
const RESIDUE = 1e-6;

/**
 * Excel (and LibreOffice) set a formula's last addition or subtraction to 0 when its operands
 * cancel to 15 digits; HyperFormula, configured without smart rounding, keeps the binary residue.
 */
function isExcelsCancellation(formula: string, ours: CellValue | undefined, theirs: CellValue): boolean {
  const root = parseFormula(formula);
  const lastIsSum = root.type === 'binary' && (root.operator === '+' || root.operator === '-');
  return lastIsSum && ours === 0 && typeof theirs === 'number' && Math.abs(theirs) < RESIDUE;
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
        if (!same(mine, theirs, isMoney(cell)) && !isExcelsCancellation(cell.formula!, mine, theirs)) {
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

/**
 * Random inputs as a person types them: rates and amounts to 6 decimals, custom amounts to the
 * cent. The generator also draws values such as 1e-300, whose costs' present values cancel to
 * residues that no two engines compute alike, and whose ratios are then anything.
 */
function typed(inputs: BusinessCaseInputs): BusinessCaseInputs {
  const typedInputs: Record<string, unknown> = { ...inputs };
  for (const field of INPUT_FIELDS) {
    const value = typedInputs[field.key];
    if (field.type !== 'number' || typeof value !== 'number') continue;
    const rounded = Math.round(value * 1e6) / 1e6;
    const accepted = rounded >= field.min && rounded <= field.max && !(field.minExclusive && rounded === field.min) && !(field.maxExclusive && rounded === field.max);
    if (accepted) typedInputs[field.key] = rounded;
  }
  const cents = (amount: number) => Math.round(amount * 100) / 100;
  const line = (l: CustomLine): CustomLine => ({
    ...l,
    amount_per_month: l.amount_per_month === null ? null : cents(l.amount_per_month),
    amounts_per_year: l.amounts_per_year === null ? null : l.amounts_per_year.map(cents),
    initial: cents(l.initial),
  });
  return { ...(typedInputs as unknown as BusinessCaseInputs), custom_benefits: inputs.custom_benefits.map(line), custom_costs: inputs.custom_costs.map(line) };
}

describe('every stored formula value equals HyperFormula\'s, money to the cent', () => {
  test.each(['seed-case', 'mid-market', 'tei-study'])('%s', (example) => {
    const blueprint = buildBlueprint(exampleInputs(example));
    const { compared, mismatches } = compareWithHyperFormula(blueprint);
    expect(compared).toBe(formulaCount(blueprint));
    expect(compared).toBeGreaterThan(5000);
    expect(mismatches).toEqual([]);
  });

  // Seed 6 is left out: its human-cost break-even sits on the range's bound (0), where the NPV at
  // the break-even is 0 after Excel's last-operation correction (as here and in LibreOffice) and
  // -9.5e-11 in HyperFormula, so the in-range test G22>=0 of the Sensitivity sheet goes either way.
  test.each([1, 2, 3, 4, 5, 7, 8, 9])('random valid inputs as typed, seed %i (24 months at most)', (seed) => {
    const blueprint = buildBlueprint(typed(randomValidInputs(seed, { scale: 'realistic', maxHorizonMonths: 24 })));
    expect(compareWithHyperFormula(blueprint).mismatches).toEqual([]);
  });
});
