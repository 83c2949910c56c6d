import { absRef, ref } from './a1';
import { Formats } from './formats';
import { printExpression } from './printExpression';
import { SheetBuilder } from './sheetBuilder';
import { SHEET } from './sheetNames';
import { PARAM_COL, LABEL_COL, UNIT_COL } from './timeline';
import { at, writeTimelineRow } from './timelineRows';
import type { ModelLayout, ModelLine } from './sheets/modelSheet';
import { lineUnit, measureFormat } from './sheets/modelSheet';
import { lineAmountFormula, TimelineFlag } from './timelineFlags';
import { CatalogueLine, DefinedQuantity, Expr, PrimitiveQuantity, QUANTITY_DEFINITIONS, Quantity, isDefinedQuantity, isMonthly, readsThrough } from '../../core/model';

/**
 * A variant of the base case: a scenario (its multipliers) or one driver at a flex value. The
 * quantities and lines that read what it changes are printed again from the catalogues, with the
 * variant's text for what it changes; everything else is the Model's own row.
 */
export interface Variant {
  /** whether a node of an expression is what the variant changes */
  readonly changes: (node: Expr) => boolean;
  /** the variant's text for a changed node that is not a quantity (a driver's flex value) */
  readonly replace?: (node: Expr) => string | undefined;
  /** the text of a multiplier (a scenario's name for it); null where it is 1 and left out */
  readonly primitive: (name: Exclude<PrimitiveQuantity, 'month' | 'adoption'>) => string | null;
  /** put before each printed quantity's label, e.g. "Conservative: " */
  readonly labelPrefix: string;
}

export interface VariantRows {
  /** the row of each quantity printed again: a timeline row when monthly, else its parameter-column cell */
  readonly quantities: Partial<Record<DefinedQuantity, number>>;
  /** each line printed again (before risk), beside the Model line it replaces */
  readonly lines: ReadonlyArray<{ readonly line: CatalogueLine; readonly row: number; readonly modelLine: ModelLine }>;
  readonly nextRow: number;
}

/** Whether an expression reads what the variant changes, directly or through a quantity's definition. */
export function variantReads(variant: Variant, expr: Expr): boolean {
  return readsThrough(expr, variant.changes);
}

/** Lines whose month-0 or running amount reads what the variant changes. */
export function changedLines(variant: Variant, catalogue: readonly CatalogueLine[]): CatalogueLine[] {
  return catalogue.filter((line) => [line.month0, line.running].some((expr) => expr !== undefined && variantReads(variant, expr)));
}

const noCustomLine = (): string => {
  throw new Error('a variant prints no custom line: custom lines read no driver');
};

/** Where each quantity lives for the variant in column c: its own row when printed again, else the Model's. */
function variantCells(sheet: SheetBuilder, model: ModelLayout, variant: Variant, own: Partial<Record<DefinedQuantity, number>>) {
  const modelCell = (row: number, c: number) => at({ sheet: SHEET.model, row }, c, sheet.name);
  return (c: number) => (name: Quantity): string | null => {
    if (name === 'month') return modelCell(model.rows.month, c);
    if (name === 'adoption') return modelCell(model.rows.adoption, c);
    if (!isDefinedQuantity(name)) return variant.primitive(name);
    const row = own[name];
    if (row !== undefined) return isMonthly(name) ? ref(row, c) : absRef(row, PARAM_COL);
    return isMonthly(name) ? modelCell(model.quantities[name], c) : absRef(model.quantities[name], PARAM_COL, SHEET.model);
  };
}

/**
 * Prints, from startRow, the quantities the variant changes (scalars in the parameter column,
 * then monthly rows, in catalogue order) and then each line that reads them, before risk.
 */
export function writeVariantRows(sheet: SheetBuilder, model: ModelLayout, variant: Variant, startRow: number, formats: Formats): VariantRows {
  let row = startRow;
  const own: Partial<Record<DefinedQuantity, number>> = {};
  const cells = variantCells(sheet, model, variant, own);
  const print = (expr: Expr, c: number) => `=${printExpression(expr, { quantity: cells(c), custom: noCustomLine, replace: variant.replace })}`;
  const changed = QUANTITY_DEFINITIONS.filter((definition) => variantReads(variant, definition.value));
  for (const definition of [...changed.filter(({ name }) => !isMonthly(name)), ...changed.filter(({ name }) => isMonthly(name))]) {
    const label = `${variant.labelPrefix}${definition.label}`;
    const numberFormat = measureFormat(definition.measure, formats);
    own[definition.name] = row;
    if (isMonthly(definition.name)) {
      writeTimelineRow(sheet, model.timeline, row++, { label, unit: definition.unit, span: 'months', numberFormat, formula: (c) => print(definition.value, c) });
      continue;
    }
    sheet.text(row, LABEL_COL, label, 'label');
    sheet.text(row, UNIT_COL, definition.unit, 'unit');
    sheet.formula(row++, PARAM_COL, print(definition.value, PARAM_COL), 'calculation', numberFormat);
  }
  const modelLines = new Map([...model.benefitLines, ...model.costLines].map((line) => [line.id, line]));
  const printed = (expr: Expr | undefined, c: number) => (expr === undefined ? undefined : print(expr, c).slice(1));
  const flag = (c: number) => (name: TimelineFlag) => at({ sheet: SHEET.model, row: model.rows[name] }, c, sheet.name);
  const lines = changedLines(variant, model.catalogue).map((line) => {
    writeTimelineRow(sheet, model.timeline, row, {
      label: line.label, unit: lineUnit(line), span: 'all', numberFormat: formats.money,
      formula: (c) => lineAmountFormula({ month0: printed(line.month0, c), running: printed(line.running, c) }, flag(c)),
    });
    return { line, row: row++, modelLine: modelLines.get(line.id)! };
  });
  return { quantities: own, lines, nextRow: row };
}
