import { CatalogueLine, Expr, QUANTITY_DEFINITIONS, STANDARD_LINES, customCatalogueLine } from '../core/model';
import { printExpression } from '../workbook/blueprint/printExpression';

/** A quantity's name in the reference: its own name in brackets, so a reader finds its definition. */
const QUANTITY_TEXT = (name: string) => `[${name}]`;

/** An expression as the reference writes it: inputs by name, quantities in brackets, a custom line's parts by slot. */
function written(expr: Expr | undefined): string {
  if (expr === undefined) return '—';
  const text = printExpression(expr, { quantity: QUANTITY_TEXT, custom: (line, slot, part) => `custom_${line}_${slot}_${part}` });
  return `\`${text.replace(/\|/g, '\\|')}\``;
}

function lineRow(line: CatalogueLine): string {
  const risk = 'input' in line.risk ? `\`${line.risk.input}\`` : 'the line’s own risk';
  return `| \`${line.id}\` | ${line.kind} | ${line.label} | ${written(line.month0)} | ${written(line.running)} | ${risk} |`;
}

/**
 * docs/lines.md: every line and quantity of the catalogues as the core evaluates them and the
 * Model sheet prints them, written by `npm run docs` so the reference cannot drift from the code.
 *
 * @example
 * lineReferenceMarkdown().includes('| `automation` | benefit |') // true
 */
export function lineReferenceMarkdown(lines: readonly CatalogueLine[] = [...STANDARD_LINES, customCatalogueLine('benefit', 1), customCatalogueLine('cost', 1)]): string {
  return [
    '# Lines and quantities (generated)',
    '',
    'Written by `npm run docs` from `src/core/model/lineCatalogue.ts` and `src/core/model/quantityCatalogue.ts`; do not edit by hand.',
    'Each amount is printed as the Model sheet prints it: inputs by their workbook names, `[quantity]` for a quantity defined below',
    '(or a primitive of the timeline: `[month]`, `[adoption]`, and the scenario multipliers, 1 in the base case), before risk.',
    'Custom lines are shown for slot 1; slots 2 to 5 are the same.',
    '',
    '## Lines',
    '',
    '| id | kind | label | month 0 | each month 1..H | risk |',
    '|---|---|---|---|---|---|',
    ...lines.map(lineRow),
    '',
    '## Quantities',
    '',
    '| quantity | label | unit | definition |',
    '|---|---|---|---|',
    ...QUANTITY_DEFINITIONS.map((definition) => `| \`${definition.name}\` | ${definition.label} | ${definition.unit} | ${written(definition.value)} |`),
    '',
  ].join('\n');
}
