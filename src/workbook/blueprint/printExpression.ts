import { AiPricingModel } from '../../core/inputs/schema';
import { Expr, Factor, LineKind, Quantity } from '../../core/model';
import { acceptedMaxName, choiceCodeName } from './inputNames';

/**
 * A catalogue expression as an Excel formula (without the leading "="): inputs by their workbook
 * names, quantities by the cells a sheet keeps them in. The Model sheet's rows are printed from
 * the same expressions the core model evaluates.
 */
export interface PrintScope {
  /** a node's text in place of its own (a sheet that substitutes a driver gives it); undefined = as usual */
  readonly replace?: (node: Expr) => string | undefined;
  /** the cell or name holding a quantity, or null for a factor of 1 the sheet leaves out */
  readonly quantity: (name: Quantity) => string | null;
  readonly custom: (line: LineKind, slot: number, part: 'amount' | 'initial') => string;
}

/** A sum or difference inside a product or after a minus, unless a replacement (one cell) prints instead. */
function needsParentheses(expr: Expr, scope: PrintScope): boolean {
  return (expr.kind === 'sum' || expr.kind === 'difference') && scope.replace?.(expr) === undefined;
}

function printProduct(factors: readonly Factor[], scope: PrintScope): string {
  const printed = factors
    .map((factor) => ({ factor, text: factor.expr.kind === 'quantity' ? scope.quantity(factor.expr.name) : printExpression(factor.expr, scope) }))
    .filter((item): item is { factor: Factor; text: string } => item.text !== null);
  if (printed.length === 0) return '1';
  return printed
    .map(({ factor, text }, index) => {
      // A lone factor (the others printed as 1 and left out) needs no parentheses.
      const alone = printed.length === 1 && !factor.divide;
      const wrapped = !alone && (needsParentheses(factor.expr, scope) || (factor.divide && factor.expr.kind === 'product')) ? `(${text})` : text;
      if (index === 0) return factor.divide ? `1/${wrapped}` : wrapped;
      return `${factor.divide ? '/' : '*'}${wrapped}`;
    })
    .join('');
}

/**
 * Pricing branches as nested IFs, one per distinct amount in the order the cases are declared; the
 * last distinct amount is the final "else", so models that share it need no test of their own.
 */
function printByPricing(cases: Readonly<Record<AiPricingModel, Expr>>, scope: PrintScope): string {
  const groups: Array<{ text: string; models: AiPricingModel[] }> = [];
  for (const [model, expr] of Object.entries(cases) as Array<[AiPricingModel, Expr]>) {
    const text = printExpression(expr, scope);
    const group = groups.find((candidate) => candidate.text === text);
    if (group) group.models.push(model);
    else groups.push({ text, models: [model] });
  }
  const code = choiceCodeName('ai_pricing_model');
  const test = (models: readonly AiPricingModel[]) =>
    models.length === 1 ? `${code}="${models[0]}"` : `OR(${models.map((model) => `${code}="${model}"`).join(',')})`;
  return groups.slice(0, -1).reduceRight((otherwise, group) => `IF(${test(group.models)},${group.text},${otherwise})`, groups[groups.length - 1].text);
}

/**
 * @example
 * printExpression(product(input('agents'), per(number(12)), quantity('adoption')), { quantity: () => 'E18', custom: () => '' })
 * // 'agents/12*E18'
 */
export function printExpression(expr: Expr, scope: PrintScope): string {
  const replaced = scope.replace?.(expr);
  if (replaced !== undefined) return replaced;
  switch (expr.kind) {
    case 'input':
      return expr.key;
    case 'quantity':
      return scope.quantity(expr.name) ?? '1';
    case 'number':
      return String(expr.value);
    case 'sum':
      return expr.terms.map((term) => printExpression(term, scope)).join('+');
    case 'difference': {
      const right = printExpression(expr.right, scope);
      return `${printExpression(expr.left, scope)}-${needsParentheses(expr.right, scope) ? `(${right})` : right}`;
    }
    case 'product':
      return printProduct(expr.factors, scope);
    case 'byPricing':
      return printByPricing(expr.cases, scope);
    case 'custom':
      return scope.custom(expr.line, expr.slot, expr.part);
    case 'minimum':
      return `MIN(${expr.terms.map((term) => printExpression(term, scope)).join(',')})`;
    case 'power':
      return `${printOperand(expr.base, scope)}^${printOperand(expr.exponent, scope)}`;
    case 'acceptedMax':
      return acceptedMaxName(expr.key);
  }
}

/** An operand of ^, which binds tighter than every other operator: in parentheses unless it is one name, cell or number. */
function printOperand(expr: Expr, scope: PrintScope): string {
  const text = printExpression(expr, scope);
  return /^[$A-Za-z0-9_.!']+$/.test(text) ? text : `(${text})`;
}
