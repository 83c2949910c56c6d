import { BusinessCaseInputs } from '../core/inputs/schema';
import { headlineResults } from '../core/model/headlineResults';
import { buildBusinessCase } from '../core/model/businessCase';
import type { RiskResult } from '../core/simulation/simulate';
import type { UncertaintySpec } from '../core/simulation/uncertainty';
import type { WorkbookBlueprint } from '../workbook/blueprint/types';
import { ExcelSupport, OptionalFeatures, checkExcelSupport as checkSupport } from '../workbook/office/support';
import midMarket from '../../examples/mid-market.json';
import seedCase from '../../examples/seed-case.json';
import { today } from './today';

/**
 * The task pane's seams to code written beside it: the core model's headline, the example
 * presets, the .xlsx writer and the Office.js writer. Everything else in the pane codes against
 * the names below, so each seam is one import to change.
 *
 * The two writers are imported on first use (webpack emits each as its own chunk beside
 * taskpane.js, fetched from the add-in's origin): ExcelJS alone is four times the rest of the pane,
 * and neither writer is needed to show or check the form.
 */

type BlueprintBuilder = typeof import('../workbook/blueprint/buildBlueprint');

let blueprintBuilder: BlueprintBuilder | undefined;

/**
 * Loads the business-case builder (its own chunk, a third of the pane's code, needed only to
 * generate). Generate awaits it before calling buildBlueprint.
 */
export async function loadBusinessCaseBuilder(): Promise<void> {
  blueprintBuilder ??= await import(/* webpackChunkName: "business-case" */ '../workbook/blueprint/buildBlueprint');
}

/** What the workbook is told of the risk simulation: the spec, the worker's result and its date ('YYYY-MM-DD'). */
export interface BlueprintRisk {
  readonly uncertainty?: UncertaintySpec | null;
  readonly risk?: RiskResult;
  readonly simulatedOn?: string;
}

/** The builder as the pane calls it; a builder that does not yet take the risk options still fits and ignores them. */
type BuildWithRisk = (inputs: BusinessCaseInputs, options: BlueprintRisk & { readonly generatedOn: string }) => ReturnType<BlueprintBuilder['buildBlueprint']>;

/** The business case's blueprint, stamped with today's date. */
export function buildBlueprint(inputs: BusinessCaseInputs, risk: BlueprintRisk = {}): ReturnType<BlueprintBuilder['buildBlueprint']> {
  if (!blueprintBuilder) throw new Error('The business-case builder is not loaded: await loadBusinessCaseBuilder() first.');
  const build: BuildWithRisk = blueprintBuilder.buildBlueprint;
  return build(inputs, { ...risk, generatedOn: today() });
}

export interface Headline {
  readonly horizonMonths: number;
  /** risk-adjusted ROI over the horizon, on present values (3.2 = 320%); null when there is no cost to divide by */
  readonly roi: number | null;
  /** year-1 ROI including the initial investment (month 0) */
  readonly year1Roi: number | null;
  readonly npv: number;
  /** null where IRR means nothing (no sign change, several): the notes say why */
  readonly irr: number | null;
  readonly mirr: number | null;
  /** simple payback in months (0 = immediate, no initial investment); null when the case does not pay back within the horizon */
  readonly paybackMonths: number | null;
  /** why a figure is n/a, where payback does not last: the same sentences as the command line's */
  readonly notes: readonly string[];
}

/** The headline figures the result panel shows, from the core model (the workbook's formulas compute the same). */
export function headlineOf(inputs: BusinessCaseInputs): Headline {
  const businessCase = buildBusinessCase(inputs);
  const results = headlineResults(businessCase).scenarios.base;
  return {
    horizonMonths: inputs.horizon_months,
    roi: results.roi,
    year1Roi: results.year1_roi,
    npv: businessCase.base.outputs.npv,
    irr: results.irr,
    mirr: results.mirr,
    paybackMonths: results.payback_months,
    notes: results.notes,
  };
}

export interface PresetSource {
  readonly id: string;
  readonly label: string;
  /** the example inputs file, grouped as a user writes it */
  readonly raw: unknown;
}

/** Imported at build time: the pane fetches nothing. */
export const PRESET_SOURCES: readonly PresetSource[] = [
  { id: 'seed', label: 'Seed case', raw: seedCase },
  { id: 'mid-market', label: 'Mid-market contact centre', raw: midMarket },
];

/** The .xlsx writer, charts included (written as DrawingML parts: nothing more to load). */
export async function renderWorkbookFile(blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ '../workbook/xlsx/renderXlsx');
  return renderXlsx(blueprint, { charts: true });
}

export type ConflictChoice = 'suffix' | 'update';
export type { ExcelSupport, OptionalFeatures } from '../workbook/office/support';

export type ExcelWriteOutcome =
  | { readonly kind: 'written'; readonly summarySheet: string; readonly mode: 'new' | 'suffix' | 'update'; readonly keptEditedCells: number; readonly skipped: readonly string[] }
  | { readonly kind: 'conflict'; readonly sheetNames: readonly string[]; readonly canUpdate: boolean };

/** Whether this Excel can take the business case; asks Office for its requirement sets. */
export function checkExcelSupport(): ExcelSupport {
  return checkSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/** Writes into the open workbook in one Excel.run; a failed write (already rolled back) becomes an error with its step. */
export async function writeIntoExcel(
  blueprint: WorkbookBlueprint,
  onConflict: 'ask' | ConflictChoice,
  features: OptionalFeatures,
  onProgress: (message: string) => void,
): Promise<ExcelWriteOutcome> {
  const { renderIntoWorkbook } = await import(/* webpackChunkName: "excel-writer" */ '../workbook/office/renderIntoWorkbook');
  const report = await Excel.run((context) => renderIntoWorkbook(context, blueprint, { onConflict, features, onProgress }));
  if (report.kind === 'failed') throw new Error(`${report.error.step}: ${report.error.message}`);
  if (report.kind === 'conflict') return { kind: 'conflict', sheetNames: report.sheets.map((sheet) => sheet.name), canUpdate: report.canUpdate };
  return { kind: 'written', summarySheet: report.activeSheet, mode: report.mode, keptEditedCells: report.keptEditedCells, skipped: report.skipped };
}
