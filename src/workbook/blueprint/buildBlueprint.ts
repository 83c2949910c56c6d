import { BusinessCaseInputs } from '../../core/inputs/schema';
import { formatsFor } from './formats';
import { SheetBuilder } from './sheetBuilder';
import { SHEET_ORDER } from './sheetNames';
import { buildAnnualSheet } from './sheets/annualSheet';
import { buildInputsSheet } from './sheets/inputsSheet';
import { buildModelSheet } from './sheets/modelSheet';
import { STYLES } from './styles';
import { makeTimeline } from './timeline';
import { WorkbookBlueprint } from './types';

export const GENERATOR_VERSION = '1.0.0';

/**
 * The business-case workbook as plain data, from validated inputs. Pure: the same inputs give
 * the same blueprint. Every number is a native Excel formula over the named inputs, so the file
 * calculates without the add-in.
 */
export function buildBlueprint(inputs: BusinessCaseInputs): WorkbookBlueprint {
  const formats = formatsFor(inputs.currency);
  const timeline = makeTimeline(inputs.horizon_months);
  const inputsSheet = buildInputsSheet(inputs, formats);
  const model = buildModelSheet(timeline, formats);
  const annual = buildAnnualSheet(model.layout, formats);

  const built = new Map<string, SheetBuilder>([inputsSheet.sheet, model.sheet, annual.sheet].map((sheet) => [sheet.name, sheet]));
  const sheets = SHEET_ORDER.filter((name) => built.has(name)).map((name) => built.get(name)!.build());
  return {
    generator: { id: 'roi-ai-cx-business-case', version: GENERATOR_VERSION },
    title: `${inputs.organisation_name}: AI in customer service, business case`,
    sheets,
    names: inputsSheet.names,
    styles: STYLES,
    activeSheet: sheets[0].name,
  };
}
