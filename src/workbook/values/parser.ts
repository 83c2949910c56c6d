import { Address, Token, tokenize } from './tokenizer';
import { excelError, Scalar } from './values';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A parsed formula. A reference without a sheet is on the formula's own sheet. */
export type FormulaNode =
  | { readonly type: 'literal'; readonly value: Scalar }
  | { readonly type: 'ref'; readonly sheet?: string; readonly start: Address; readonly end: Address }
  | { readonly type: 'name'; readonly name: string }
  | { readonly type: 'unary'; readonly operator: '-' | '+' | '%'; readonly operand: FormulaNode }
  | { readonly type: 'binary'; readonly operator: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly FormulaNode[] };

/**
 * Excel's binding powers, loosest first: comparison, &, + and −, * and /, ^. Unary minus binds
 * tighter than ^ (Excel: -2^2 = 4) and % tighter still; ^ is left-associative (2^3^2 = 64).
 */
const BINARY_POWER: Record<BinaryOperator, number> = {
  '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5,
};
const PREFIX_POWER = 6;
const PERCENT_POWER = 7;

class Parser {
  private at = 0;

  constructor(private readonly tokens: readonly Token[], private readonly formula: string) {}

  parseAll(): FormulaNode {
    const node = this.expression(0);
    if (this.at < this.tokens.length) this.fail('an operator or the end');
    return node;
  }

  private expression(minPower: number): FormulaNode {
    let left = this.operand();
    for (;;) {
      const token = this.tokens[this.at];
      if (token?.kind !== 'operator') return left;
      if (token.text === '%') {
        if (PERCENT_POWER <= minPower) return left;
        this.at += 1;
        left = { type: 'unary', operator: '%', operand: left };
        continue;
      }
      const operator = token.text as BinaryOperator;
      const power = BINARY_POWER[operator];
      if (power === undefined) this.fail('a binary operator');
      if (power <= minPower) return left;
      this.at += 1;
      left = { type: 'binary', operator, left, right: this.expression(power) };
    }
  }

  private operand(): FormulaNode {
    const token = this.tokens[this.at];
    if (token === undefined) return this.fail('a value');
    this.at += 1;
    switch (token.kind) {
      case 'number': case 'string': return { type: 'literal', value: token.value };
      case 'error': return { type: 'literal', value: excelError(token.code) };
      case 'ref': return { type: 'ref', ...(token.sheet === undefined ? {} : { sheet: token.sheet }), start: token.start, end: token.end };
      case 'name': return this.name(token.text);
      case 'function': return { type: 'call', name: token.name, args: this.args() };
      case '(': return this.parenthesised();
      case 'operator':
        if (token.text === '-' || token.text === '+') return { type: 'unary', operator: token.text, operand: this.expression(PREFIX_POWER) };
    }
    this.at -= 1;
    return this.fail('a value');
  }

  private name(text: string): FormulaNode {
    const upper = text.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { type: 'literal', value: upper === 'TRUE' };
    return { type: 'name', name: text };
  }

  private parenthesised(): FormulaNode {
    const inner = this.expression(0);
    this.expect(')');
    return inner;
  }

  private args(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.tokens[this.at]?.kind === ')') {
      this.at += 1;
      return args;
    }
    for (;;) {
      args.push(this.expression(0));
      const token = this.tokens[this.at];
      this.at += 1;
      if (token?.kind === ')') return args;
      if (token?.kind !== ',') {
        this.at -= 1;
        this.fail('"," or ")"');
      }
    }
  }

  private expect(kind: ')'): void {
    if (this.tokens[this.at]?.kind !== kind) this.fail(`"${kind}"`);
    this.at += 1;
  }

  private fail(wanted: string): never {
    const token = this.tokens[this.at];
    throw new Error(`Cannot read the formula ${this.formula}: expected ${wanted} at token ${this.at + 1} (${token ? JSON.stringify(token) : 'end'}).`);
  }
}

/**
 * Parses a formula of the blueprint's vocabulary into a tree; throws on anything it cannot read,
 * naming the formula.
 *
 * @example
 * parseFormula('=-2^2') // => binary '^' of (unary '-' 2) and 2: Excel's 4
 */
export function parseFormula(formula: string): FormulaNode {
  return new Parser(tokenize(formula), formula).parseAll();
}
