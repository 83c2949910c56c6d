import { BusinessCaseInputs } from '../core/inputs/schema';
import { askAboutConflict } from './conflictDialog';
import { offerDownload, workbookFileName } from './download';
import { BlueprintRisk, ConflictChoice, ExcelWriteOutcome, OptionalFeatures, buildBlueprint, headlineOf, renderWorkbookFile, writeIntoExcel } from './integrations';
import { GenerateReport } from './statusView';

/** The two ways the pane delivers a business case: into the open workbook, or as a file. */

export type Progress = (message: string) => void;

function report(inputs: BusinessCaseInputs, where: string): GenerateReport {
  return { where, headline: headlineOf(inputs), currency: inputs.currency };
}

export async function generateFile(inputs: BusinessCaseInputs, progress: Progress, risk: BlueprintRisk = {}): Promise<GenerateReport> {
  progress('Building the business case…');
  const blueprint = buildBlueprint(inputs, risk);
  progress('Writing the .xlsx file…');
  const bytes = await renderWorkbookFile(blueprint);
  const fileName = workbookFileName(inputs.organisation_name);
  offerDownload(bytes, fileName);
  return report(inputs, `Downloaded ${fileName}. Open it in Excel: the ${blueprint.activeSheet} sheet comes first, every number is a formula over the Inputs sheet, and the charts are native Excel charts.`);
}

/**
 * Writes into the open workbook. "Generate" asks before touching sheets that already exist;
 * "Update existing" goes straight to updating the earlier business case. Returns null when the
 * user cancels.
 */
export async function generateInExcel(
  inputs: BusinessCaseInputs,
  mode: 'ask' | ConflictChoice,
  features: OptionalFeatures,
  progress: Progress,
  risk: BlueprintRisk = {},
): Promise<GenerateReport | null> {
  progress('Building the business case…');
  const blueprint = buildBlueprint(inputs, risk);
  let outcome = await writeIntoExcel(blueprint, mode, features, progress);
  if (outcome.kind === 'conflict') {
    const choice = await askAboutConflict(outcome.sheetNames, outcome.canUpdate);
    if (!choice) return null;
    outcome = await writeIntoExcel(blueprint, choice, features, progress);
  }
  if (outcome.kind === 'conflict') throw new Error('The workbook changed while writing: try again.');
  return report(inputs, writtenSentence(outcome));
}

function writtenSentence(outcome: Extract<ExcelWriteOutcome, { kind: 'written' }>): string {
  const what =
    outcome.mode === 'update'
      ? `Updated the earlier business case in place${outcome.keptEditedCells > 0 ? `, keeping ${outcome.keptEditedCells} values you had edited` : ''}.`
      : outcome.mode === 'suffix'
        ? 'Written beside the existing sheets, under new names.'
        : 'Written into this workbook.';
  const skipped = outcome.skipped.length > 0 ? ` Left out on this version of Excel: ${outcome.skipped.join('; ')}.` : '';
  return `${what} The summary is on the ${outcome.summarySheet} sheet, now active.${skipped}`;
}
