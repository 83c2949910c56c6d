import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { blueprintSource } from '../../src/workbook/blueprint/blueprintSource';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { baselineFormula } from '../../src/workbook/office/editBaseline';
import { markerFormula } from '../../src/workbook/office/marker';
import { PlanOutcome, RenderPlan, planRender } from '../../src/workbook/office/renderPlan';
import { planSheet } from '../../src/workbook/office/sheetPlan';
import { ALL_FEATURES } from '../../src/workbook/office/support';
import { textConstantFormula } from '../../src/workbook/office/textConstant';
import { PreviousSheet, WorkbookReading } from '../../src/workbook/office/workbookReading';

/** The planner on plain data: what a run decides from a workbook's contents, with no Excel or fake involved. */

const blueprint = buildBlueprint(defaultInputs());
const settings = { policy: 'ask', features: ALL_FEATURES, runId: 'run' } as const;

function reading(partial: Partial<WorkbookReading>): WorkbookReading {
  return { existingSheets: ['Sheet1'], existingNames: [], activeSheet: 'Sheet1', taken: [], conflicts: [], previous: new Map(), ...partial };
}

function planned(outcome: PlanOutcome): RenderPlan {
  if (outcome.kind !== 'plan') throw new Error(`expected a plan, got ${outcome.kind}`);
  return outcome.plan;
}

/** What an earlier run of `book` left on each of its sheets, as read back, with edits typed over it. */
function earlierRun(book: WorkbookBlueprint, typed: Record<string, Record<string, string | number>> = {}): Map<string, PreviousSheet> {
  const previous = new Map<string, PreviousSheet>();
  for (const sheet of book.sheets) {
    const plan = planSheet(sheet);
    const formulas = plan.contents.map((line, row) => line.map((entry, col) => typed[sheet.name]?.[`${row},${col}`] ?? entry ?? ''));
    const numberFormat = plan.numberFormats.map((line) => line.map((format) => format ?? 'General'));
    previous.set(sheet.name.toLowerCase(), {
      name: sheet.name,
      used: { rowIndex: 0, columnIndex: 0, formulas, numberFormat },
      chartNames: sheet.charts.map((chart) => chart.id),
      markerFormula: markerFormula({ generatorId: book.generator.id, version: book.generator.version, runId: 'first' }),
      markerVersion: book.generator.version,
      baselineFormula: baselineFormula(sheet),
      sourceFormula: sheet.name === book.source?.sheet ? textConstantFormula(book.source.text) : null,
      columns: [],
    });
  }
  return previous;
}

const allTaken = (generated: boolean) => ({
  existingSheets: blueprint.sheets.map((sheet) => sheet.name),
  taken: blueprint.sheets.map((sheet) => sheet.name),
  conflicts: blueprint.sheets.map((sheet) => ({ name: sheet.name, generated })),
});

describe('planning a run', () => {
  test('an empty workbook: a new business case under the blueprint names', () => {
    const plan = planned(planRender(blueprint, reading({}), settings));
    expect(plan.mode).toBe('new');
    expect(plan.target.sheets.map((sheet) => sheet.name)).toEqual(blueprint.sheets.map((sheet) => sheet.name));
    expect(plan.renamedNames).toEqual({});
    expect(plan.plans).toHaveLength(blueprint.sheets.length);
  });

  test("taken names: 'ask' reports the conflict; 'update' refuses sheets the add-in did not create", () => {
    expect(planRender(blueprint, reading(allTaken(false)), settings)).toMatchObject({ kind: 'conflict', canUpdate: false });
    expect(planRender(blueprint, reading(allTaken(true)), settings)).toMatchObject({ kind: 'conflict', canUpdate: true });
    const refused = planRender(blueprint, reading(allTaken(false)), { ...settings, policy: 'update' });
    expect(refused).toMatchObject({ kind: 'failed', error: { kind: 'notGenerated' } });
  });

  test("'suffix' picks the first number free for every sheet, and a user's name that collides gets the same number", () => {
    const taken = { ...allTaken(false), existingSheets: [...allTaken(false).existingSheets, 'Model (2)'] };
    const plan = planned(planRender(blueprint, reading({ ...taken, existingNames: [{ name: 'deflection_rate', formula: '=Sheet1!$A$1' }] }), { ...settings, policy: 'suffix' }));
    expect(plan.mode).toBe('suffix');
    expect(plan.target.sheets.map((sheet) => sheet.name)).toContain('Summary (3)');
    expect(plan.renamedNames).toEqual({ deflection_rate: 'deflection_rate_3' });
  });

  test('an update keeps a value typed over an input and counts it; the earlier blueprint can be rebuilt from its source', () => {
    const inputs = blueprint.sheets.find((sheet) => sheet.name === 'Inputs')!;
    const editable = inputs.cells.find((cell) => cell.editable && typeof cell.value === 'number')!;
    const previous = earlierRun(blueprint, { Inputs: { [`${editable.row},${editable.col}`]: 1234.5 } });
    const plan = planned(planRender(blueprint, reading({ ...allTaken(true), previous }), { ...settings, policy: 'update' }));
    expect(plan.mode).toBe('update');
    expect(plan.keptEditedCells).toBe(1);
    expect(plan.plans[plan.target.sheets.findIndex((sheet) => sheet.name === 'Inputs')].contents[editable.row][editable.col]).toBe(1234.5);
    expect(plan.restorables().reason).toBeNull();
    expect(plan.restorables().sheets.every((sheet) => sheet.earlier !== null)).toBe(true);
  });

  test('an earlier run that kept no source, or one by another version, cannot be rebuilt, and the plan says why', () => {
    const noSource = new Map([...earlierRun(blueprint)].map(([key, sheet]) => [key, { ...sheet, sourceFormula: null }]));
    const plan = planned(planRender(blueprint, reading({ ...allTaken(true), previous: noSource }), { ...settings, policy: 'update' }));
    expect(plan.restorables().reason).toBe('the earlier run did not keep the inputs it was built from');
    const older = new Map([...earlierRun(blueprint)].map(([key, sheet]) => [key, { ...sheet, markerVersion: '0.9.0' }]));
    const olderPlan = planned(planRender(blueprint, reading({ ...allTaken(true), previous: older }), { ...settings, policy: 'update' }));
    expect(olderPlan.restorables().reason).toMatch(/version 0\.9\.0/);
    expect(blueprintSource(defaultInputs())).toContain('"organisation"');
  });

  test('an update keeps a choice picked on the sheet as its word, and turns a code typed in an earlier version into its word', () => {
    const inputs = blueprint.sheets.find((sheet) => sheet.name === 'Inputs')!;
    const choiceCell = (key: string) => {
      const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(blueprint.names.find((name) => name.name === key)!.refersTo)!;
      return inputs.cells.find((cell) => cell.row === Number(digits) - 1 && cell.col === letters.charCodeAt(0) - 65)!;
    };
    const [pricing, ramp] = [choiceCell('ai_pricing_model'), choiceCell('ramp_shape')];
    const typed = { Inputs: { [`${pricing.row},${pricing.col}`]: 'per_seat', [`${ramp.row},${ramp.col}`]: 'S-curve (slow start and fast middle)' } };
    const plan = planned(planRender(blueprint, reading({ ...allTaken(true), previous: earlierRun(blueprint, typed) }), { ...settings, policy: 'update' }));
    const contents = plan.plans[plan.target.sheets.findIndex((sheet) => sheet.name === 'Inputs')].contents;
    expect(contents[pricing.row][pricing.col]).toBe('Per seat per month');
    expect(contents[ramp.row][ramp.col]).toBe('S-curve (slow start and fast middle)');
    expect(plan.keptEditedCells).toBe(2);
  });
});
