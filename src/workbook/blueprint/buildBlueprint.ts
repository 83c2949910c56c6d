import { BusinessCaseInputs } from '../../core/inputs/schema';
import { CatalogueLine } from '../../core/model';
import { defaultUncertainty } from '../../core/simulation/defaultUncertainty';
import { RiskResult, simulateRisk } from '../../core/simulation/simulate';
import type { UncertaintySpec } from '../../core/simulation/uncertainty';
import { blueprintSource, sourceFromText } from './blueprintSource';
import { Anchors, collectAnchors } from './anchors';
import { formatsFor } from './formats';
import { generationStamp, pageHeaderFooter, withHeaderFooter } from './printSetup';
import { SheetBuilder } from './sheetBuilder';
import { SHEET, SHEET_ORDER } from './sheetNames';
import { buildAnnualSheet, resultNames } from './sheets/annualSheet';
import { breakEvenNames } from './sheets/breakEvenTable';
import { buildChecksSheet } from './sheets/checksSheet';
import { buildInputsSheet } from './sheets/inputsSheet';
import { buildModelSheet } from './sheets/modelSheet';
import { buildScenariosSheet } from './sheets/scenariosSheet';
import { buildScorecardSheet } from './sheets/scorecardSheet';
import { buildRiskSheet, riskNames } from './sheets/riskSheet';
import { buildSensitivitySheet } from './sheets/sensitivitySheet';
import { buildSourcesSheet } from './sheets/sourcesSheet';
import { buildSummarySheet } from './sheets/summarySheet';
import { buildTrackingSheet } from './sheets/trackingSheet';
import { STYLES } from './styles';
import { makeTimeline } from './timeline';
import { CellAnchor, WorkbookBlueprint } from './types';

export const GENERATOR_VERSION = '1.0.0';

export type BlueprintWithAnchors = WorkbookBlueprint & { readonly anchors: Readonly<Record<string, CellAnchor>> };

export interface BlueprintOptions {
  readonly catalogue?: readonly CatalogueLine[];
  /** the inputs file's uncertainty group; null or absent: defaultUncertainty(inputs) */
  readonly uncertainty?: UncertaintySpec | null;
  /** a simulation of these inputs under that uncertainty already run (the pane's worker); absent: run here */
  readonly risk?: RiskResult;
  /** the simulation's date, 'YYYY-MM-DD'; absent: the Risk sheet says "date not given" */
  readonly simulatedOn?: string;
  /** the day the workbook is generated, 'YYYY-MM-DD', for the Summary's stamp and the page footers; absent: not stated */
  readonly generatedOn?: string;
}

/**
 * Simulations already run, by inputs and spec: the result is a function of the two (the seed is in
 * the spec), and an update that fails rebuilds the earlier blueprint from the same source, so the
 * rebuild need not draw 10,000 trials again. A few entries: a session works on one case at a time.
 */
const SIMULATED = new Map<string, RiskResult>();
const SIMULATIONS_KEPT = 8;

/** The simulation the Risk sheet shows: the caller's, or one run here (deterministic for the spec's seed). */
function riskOf(inputs: BusinessCaseInputs, spec: UncertaintySpec, given: RiskResult | undefined): RiskResult {
  if (given !== undefined) return given;
  const key = JSON.stringify([inputs, spec]);
  const known = SIMULATED.get(key);
  if (known !== undefined) return known;
  const simulated = simulateRisk(inputs, spec);
  if (!simulated.ok) throw new Error(`The risk simulation failed: ${simulated.error.message}`);
  if (SIMULATED.size >= SIMULATIONS_KEPT) SIMULATED.delete(SIMULATED.keys().next().value!);
  SIMULATED.set(key, simulated.value);
  return simulated.value;
}

/**
 * The business-case workbook as plain data, from validated inputs. Pure: the same inputs give
 * the same blueprint. Every number is a native Excel formula over the named inputs, so the file
 * calculates without the add-in, except the Risk sheet's simulation results, which are values
 * stamped with their trials, seed and date. Sheets are built in dependency order and listed in
 * reading order.
 *
 * @example
 * buildBlueprint(inputs, { uncertainty: parsed.uncertainty, simulatedOn: '2026-03-01' }).anchors['risk.npv.p50'] // => { sheet: 'Risk', row: 14, col: 5 }
 */
export function buildBlueprint(inputs: BusinessCaseInputs, options: BlueprintOptions = {}): BlueprintWithAnchors {
  const formats = formatsFor(inputs.currency);
  const timeline = makeTimeline(inputs.timeline_months ?? inputs.horizon_months);
  const inputsSheet = buildInputsSheet(inputs, formats);
  // Each sheet adds its layout, and later sheets find earlier ones by name.
  const model = buildModelSheet(timeline, formats, options.catalogue, { benefit: inputs.custom_benefits.length, cost: inputs.custom_costs.length });
  const annual = buildAnnualSheet({ model: model.layout }, formats);
  const scenarios = buildScenariosSheet({ model: model.layout, annual: annual.layout }, formats);
  const sensitivity = buildSensitivitySheet({ model: model.layout, annual: annual.layout }, formats);
  const spec = options.uncertainty ?? defaultUncertainty(inputs);
  const simulatedOn = options.simulatedOn ?? '';
  const risk = buildRiskSheet({ inputs, spec, stamp: { result: riskOf(inputs, spec, options.risk), simulatedOn }, inputNames: inputsSheet.names }, formats);
  const tracking = buildTrackingSheet({ model: model.layout }, formats);
  const scorecard = buildScorecardSheet({ annual: annual.layout, tracking: tracking.layout }, formats);
  const checks = buildChecksSheet({ model: model.layout, annual: annual.layout, sensitivity: sensitivity.layout, risk: risk.layout }, inputsSheet.bothFormsFlags);
  const layouts = { model: model.layout, annual: annual.layout, scenarios: scenarios.layout, sensitivity: sensitivity.layout, risk: risk.layout, tracking: tracking.layout, scorecard: scorecard.layout, checks: checks.layout };
  const summary = buildSummarySheet(layouts, formats, { customBenefitCount: inputs.custom_benefits.length, stamp: generationStamp(options.generatedOn ?? '') });
  const sources = buildSourcesSheet(formats);

  const built = new Map<string, SheetBuilder>(
    [summary.sheet, inputsSheet.sheet, model.sheet, annual.sheet, scenarios.sheet, sensitivity.sheet, risk.sheet, scorecard.sheet, tracking.sheet, checks.sheet, sources]
      .map((sheet) => [sheet.name, sheet]),
  );
  const title = `${inputs.organisation_name}: AI in customer service, business case`;
  const headerFooter = pageHeaderFooter(title, options.generatedOn ?? '');
  const sheets = SHEET_ORDER.map((name) => withHeaderFooter(built.get(name)!.build(), headerFooter));
  return {
    generator: { id: 'roi-ai-cx-business-case', version: GENERATOR_VERSION },
    title,
    sheets,
    names: [...inputsSheet.names, ...resultNames(annual.layout), ...breakEvenNames(sensitivity.layout.breakEven), ...riskNames(risk.layout)],
    styles: STYLES,
    activeSheet: SHEET.summary,
    source: { sheet: SHEET.inputs, text: blueprintSource(inputs, options.uncertainty ?? null, simulatedOn, options.generatedOn ?? '') },
    anchors: collectAnchors({ ...layouts, summary: summary.layout }),
  };
}

/** Where the key results of the workbook for these inputs live (see anchors.ts for the keys). */
export function blueprintAnchors(inputs: BusinessCaseInputs): Anchors {
  return buildBlueprint(inputs).anchors;
}

/**
 * The blueprint an earlier run of this generator version built, from the source text it kept;
 * null when the text is not valid inputs or was written by another version, whose layout may differ.
 */
export function rebuildBlueprint(sourceText: string, version: string): WorkbookBlueprint | null {
  if (version !== GENERATOR_VERSION) return null;
  const source = sourceFromText(sourceText);
  return source === null ? null : buildBlueprint(source.inputs, { uncertainty: source.uncertainty, simulatedOn: source.simulatedOn, generatedOn: source.generatedOn });
}
