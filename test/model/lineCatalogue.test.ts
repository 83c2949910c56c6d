import { defaultInputs } from '../../src/core/inputs/schema';
import { CatalogueLine, buildMonthlyModel, caseNpv, input, lineCatalogue, number, product, quantity } from '../../src/core/model';
import { BASE_MULTIPLIERS } from '../../src/core/model/scenarios';
import { evaluateBatch } from '../../src/core/simulation/batchModel';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { CUSTOM_SLOTS } from '../../src/workbook/blueprint/inputNames';
import { LABEL_COL, makeTimeline } from '../../src/workbook/blueprint/timeline';
import { evaluateBlueprint } from '../support/formulaEngine';
import { lineReferenceMarkdown } from '../../src/docs/lineReference';

/**
 * One declaration, three evaluations: a line added to a fixture catalogue appears in the core
 * model, as a Model-sheet row whose formulas (computed by HyperFormula) give the same amounts,
 * and in the batch evaluation's NPV, with nothing else edited.
 */

const chargebacks: CatalogueLine = {
  id: 'chargebacks' as CatalogueLine['id'],
  kind: 'benefit',
  label: 'Fewer chargebacks (fixture line)',
  risk: { input: 'risk_upsell' },
  running: product(quantity('aiContacts'), input('ai_cost_per_contact'), number(0.25), quantity('adoption')),
};

/** The standard catalogue with the fixture line after the standard benefits. */
function withFixture(catalogue: CatalogueLine[]): CatalogueLine[] {
  const at = catalogue.findIndex((line) => line.id === 'attrition') + 1;
  return [...catalogue.slice(0, at), chargebacks, ...catalogue.slice(at)];
}

const inputs = { ...defaultInputs(), horizon_months: 24, implementation_months: 2, risk_upsell: 0.3 };

describe('a line added to the catalogue', () => {
  const coreCatalogue = withFixture(lineCatalogue({ benefit: inputs.custom_benefits.length, cost: inputs.custom_costs.length }));
  const monthly = buildMonthlyModel(inputs, BASE_MULTIPLIERS, coreCatalogue);
  const line = monthly.benefitLines.find((candidate) => candidate.id === chargebacks.id)!;

  test('is in the core model, with the amount its expression gives and its risk input applied', () => {
    expect(line.label).toBe(chargebacks.label);
    expect(line.risk).toBe(0.3);
    for (let m = 1; m <= inputs.horizon_months; m++) {
      expect(line.unadjusted[m]).toBeCloseTo(monthly.aiContacts[m] * inputs.ai_cost_per_contact * 0.25 * monthly.adoption[m], 9);
    }
    expect(line.unadjusted.slice(inputs.implementation_months + 1).every((value) => value > 0)).toBe(true);
    expect(caseNpv(inputs, monthly)).toBeGreaterThan(caseNpv(inputs, buildMonthlyModel(inputs, BASE_MULTIPLIERS)));
  });

  test('is a Model-sheet row whose formulas give the same amounts, and the benefit totals include it', () => {
    const blueprint = buildBlueprint(inputs, { catalogue: withFixture(lineCatalogue({ benefit: CUSTOM_SLOTS.length, cost: CUSTOM_SLOTS.length })) });
    const model = blueprint.sheets.find((sheet) => sheet.name === 'Model')!;
    const rows = model.cells.filter((cell) => cell.col === LABEL_COL && cell.value === chargebacks.label).map((cell) => cell.row);
    expect(rows).toHaveLength(2);
    const timeline = makeTimeline(inputs.horizon_months);
    const engine = evaluateBlueprint(blueprint);
    try {
      for (let m = 1; m <= inputs.horizon_months; m++) {
        expect(engine.number('Model', rows[0], timeline.month0Col + m)).toBeCloseTo(line.unadjusted[m], 2);
        expect(engine.number('Model', rows[1], timeline.month0Col + m)).toBeCloseTo(line.adjusted[m], 2);
      }
      const totalRow = model.cells.find((cell) => cell.col === LABEL_COL && cell.value === 'Total benefits, risk-adjusted')!.row;
      expect(engine.number('Model', totalRow, timeline.month0Col + inputs.horizon_months)).toBeCloseTo(monthly.benefitsAdjusted[inputs.horizon_months], 2);
    } finally {
      engine.destroy();
    }
  });

  test('is in the generated reference (docs/lines.md), its amount printed as the Model prints it', () => {
    const reference = lineReferenceMarkdown(withFixture(lineCatalogue({ benefit: 0, cost: 0 })));
    expect(reference).toContain('| `chargebacks` | benefit | Fewer chargebacks (fixture line) | — | `[aiContacts]*ai_cost_per_contact*0.25*[adoption]` | `risk_upsell` |');
  });

  test('is in the batch evaluation: each trial NPV equals the core model with the line', () => {
    const batch = evaluateBatch(inputs, { trials: 3, varying: { ai_cost_per_contact: Float64Array.from([0.5, 0.9, 1.4]) } }, coreCatalogue);
    [0.5, 0.9, 1.4].forEach((cost, t) => {
      const trial = { ...inputs, ai_cost_per_contact: cost };
      expect(batch.npv[t]).toBeCloseTo(caseNpv(trial, buildMonthlyModel(trial, BASE_MULTIPLIERS, coreCatalogue)), 2);
    });
    expect(batch.npv[0]).not.toBeCloseTo(caseNpv(inputs, buildMonthlyModel({ ...inputs, ai_cost_per_contact: 0.5 }, BASE_MULTIPLIERS)), 0);
  });
});
