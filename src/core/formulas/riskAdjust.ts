export type RiskKind = 'benefit' | 'cost';

/**
 * Forrester TEI risk adjustment: benefits are reduced by the risk, costs raised by it.
 *
 * @param value - the unadjusted amount
 * @param risk - risk as a fraction, 0..1
 * @param kind - 'benefit' (value·(1 − risk)) or 'cost' (value·(1 + risk))
 * @returns the risk-adjusted amount
 *
 * @example
 * riskAdjust(100000, 0.1, 'benefit') // => 90000
 * riskAdjust(100000, 0.1, 'cost') // => 110000
 */
export function riskAdjust(value: number, risk: number, kind: RiskKind): number {
  return kind === 'benefit' ? value * (1 - risk) : value * (1 + risk);
}
