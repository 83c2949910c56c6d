/**
 * Text kept in a hidden name as a formula of string literals: Excel refuses a literal over 255
 * characters, so longer text is split into literals joined by &. Quotes are doubled inside each
 * literal, after the split, so no doubled pair is ever cut in two.
 */

const MAX_LITERAL = 255;

/** Excel's limit on a formula's length, which a name's formula shares. */
export const MAX_FORMULA_LENGTH = 8_192;

/** `="…"&"…"`, or null when the text would not fit in one formula. */
export function textConstantFormula(text: string): string | null {
  const literals: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LITERAL) literals.push(`"${text.slice(start, start + MAX_LITERAL).replace(/"/g, '""')}"`);
  const formula = `=${literals.length === 0 ? '""' : literals.join('&')}`;
  return formula.length <= MAX_FORMULA_LENGTH ? formula : null;
}

/** The text back from such a formula; null for anything else. */
export function parseTextConstant(formula: unknown): string | null {
  if (typeof formula !== 'string' || !/^="(?:[^"]|"")*"(?:&"(?:[^"]|"")*")*$/.test(formula)) return null;
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1].replace(/""/g, '"')).join('');
}
