import type { Anchors } from './anchors';
import { ChartBlueprint, ConditionalFormatBlueprint, WorkbookBlueprint } from './types';

/**
 * Writing beside a user's sheets means new sheet names ("Summary (2)") and sometimes new workbook
 * names ("discount_rate_2"). Every formula, name, chart series, rule and link of the blueprint is
 * rewritten token by token, so text inside string literals is never touched and a function
 * called like a name is not renamed.
 */

export interface Renames {
  /** old sheet name -> new sheet name (exact spelling) */
  readonly sheets: ReadonlyMap<string, string>;
  /** old workbook name, lower case -> new name */
  readonly names: ReadonlyMap<string, string>;
}

const IDENT_START = /[A-Za-z_\\]/;
const IDENT_PART = /[A-Za-z0-9_.\\]/;

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites sheet prefixes and workbook names inside one formula or reference text. */
export function renameInFormula(formula: string, renames: Renames): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j += 1;
      }
      const sheet = formula.slice(i + 1, j).replace(/''/g, "'");
      const renamed = formula[j + 1] === '!' ? renames.sheets.get(sheet) : undefined;
      out += renamed === undefined ? formula.slice(i, j + 1) : quoteSheet(renamed);
      i = j + 1;
    } else if (ch === '[') {
      const j = formula.indexOf(']', i);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
    } else if (IDENT_START.test(ch) && !IDENT_PART.test(formula[i - 1] ?? '') && formula[i - 1] !== '$') {
      let j = i + 1;
      while (j < formula.length && IDENT_PART.test(formula[j])) j += 1;
      const word = formula.slice(i, j);
      const next = formula[j];
      const afterSheet = formula[i - 1] === '!';
      if (next === '!') {
        const renamed = renames.sheets.get(word);
        out += renamed === undefined ? word : quoteSheet(renamed);
      } else if (next !== '(' && !afterSheet) {
        out += renames.names.get(word.toLowerCase()) ?? word;
      } else {
        out += word;
      }
      i = j;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function renameRule(rule: ConditionalFormatBlueprint, rename: (text: string) => string): ConditionalFormatBlueprint {
  return { ...rule, formula: rename(rule.formula) };
}

function renameChart(chart: ChartBlueprint, rename: (text: string) => string): ChartBlueprint {
  return {
    ...chart,
    series: chart.series.map((series) => ({ ...series, values: rename(series.values), categories: rename(series.categories) })),
  };
}

export function renameInBlueprint(blueprint: WorkbookBlueprint, renames: Renames): WorkbookBlueprint {
  if (renames.sheets.size === 0 && renames.names.size === 0) return blueprint;
  const rename = (text: string) => renameInFormula(text, renames);
  const sheetName = (name: string) => renames.sheets.get(name) ?? name;
  return {
    ...blueprint,
    activeSheet: sheetName(blueprint.activeSheet),
    ...(blueprint.source ? { source: { ...blueprint.source, sheet: sheetName(blueprint.source.sheet) } } : {}),
    names: blueprint.names.map((name) => ({ ...name, name: renames.names.get(name.name.toLowerCase()) ?? name.name, refersTo: rename(name.refersTo) })),
    sheets: blueprint.sheets.map((sheet) => ({
      ...sheet,
      name: sheetName(sheet.name),
      cells: sheet.cells.map((cell) => {
        if (cell.formula === undefined && cell.link === undefined) return cell;
        return {
          ...cell,
          ...(cell.formula === undefined ? {} : { formula: rename(cell.formula) }),
          ...(cell.link === undefined ? {} : { link: rename(cell.link) }),
        };
      }),
      conditionalFormats: sheet.conditionalFormats.map((rule) => renameRule(rule, rename)),
      charts: sheet.charts.map((chart) => renameChart(chart, rename)),
    })),
    anchors: blueprint.anchors === undefined
      ? undefined
      : (Object.fromEntries(Object.entries(blueprint.anchors).map(([key, anchor]) => [key, { ...anchor, sheet: sheetName(anchor.sheet) }])) as Anchors),
  };
}
