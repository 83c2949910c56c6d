import { SheetBlueprint, WorkbookBlueprint } from '../blueprint/types';
import { BASELINE_NAME, baselineFormula } from './editBaseline';
import { MARKER_NAME, Marker, markerFormula } from './marker';
import { SOURCE_NAME } from './restoreEarlier';
import { textConstantFormula } from './textConstant';
import { PreviousSheet, sameName } from './workbookReading';

/**
 * The hidden sheet-scoped names a generated sheet carries: the generated-by marker, the baseline
 * of what was written into editable cells, and (on the inputs sheet) the source it was built from.
 */

const MARKER_COMMENT = 'Created by the AI customer-service ROI add-in: lets it update this sheet later.';
const BASELINE_COMMENT = 'What the ROI add-in wrote into the cells you may edit: an update keeps the ones you changed.';

const SOURCE_COMMENT = 'The inputs the ROI add-in built this business case from: lets a failed update put it back as it was.';

export function addMarker(sheet: Excel.Worksheet, marker: Marker, blueprint: SheetBlueprint, source: WorkbookBlueprint['source']): void {
  addHiddenName(sheet, MARKER_NAME, markerFormula(marker), MARKER_COMMENT);
  const baseline = baselineFormula(blueprint);
  if (baseline !== null) addHiddenName(sheet, BASELINE_NAME, baseline, BASELINE_COMMENT);
  const sourceFormula = source !== undefined && sameName(source.sheet, blueprint.name) ? textConstantFormula(source.text) : null;
  if (sourceFormula !== null) addHiddenName(sheet, SOURCE_NAME, sourceFormula, SOURCE_COMMENT);
}

export function addHiddenName(sheet: Excel.Worksheet, name: string, formula: string, comment: string): void {
  const added = sheet.names.add(name, formula, comment);
  added.visible = false;
}

const HIDDEN_NAMES = [MARKER_NAME, BASELINE_NAME, SOURCE_NAME];

/** The marker, baseline and source as they were, whichever of them the failed run had already replaced. */
export function restoreHiddenNames(sheet: Excel.Worksheet, namesNow: Excel.NamedItemCollection, previous: PreviousSheet): void {
  for (const item of namesNow.items) if (HIDDEN_NAMES.some((name) => sameName(item.name, name))) sheet.names.getItem(item.name).delete();
  addHiddenName(sheet, MARKER_NAME, previous.markerFormula, MARKER_COMMENT);
  if (previous.baselineFormula !== null) addHiddenName(sheet, BASELINE_NAME, previous.baselineFormula, BASELINE_COMMENT);
  if (previous.sourceFormula !== null) addHiddenName(sheet, SOURCE_NAME, previous.sourceFormula, SOURCE_COMMENT);
}

