export type RiskKind = 'benefit' | 'cost';

/**
 * Forrester TEI risk adjustment, always against the case: a benefit is lowered by |value|·risk
 * and a cost raised by it. Scaling by |value| rather than value·(1 ∓ risk) is what keeps the
 * adjustment conservative for negative amounts: a negative benefit (a loss) grows more negative
 * and a negative cost (a credit) shrinks, instead of both moving in the case's favour.
 *
 * @param value - the unadjusted amount; may be negative
 * @param risk - risk as a fraction, 0..1
 * @param kind - 'benefit' (value − |value|·risk) or 'cost' (value + |value|·risk)
 * @returns the risk-adjusted amount
 *
 * @example
 * riskAdjust(100000, 0.1, 'benefit') // => 90000
 * riskAdjust(100000, 0.1, 'cost') // => 110000
 * riskAdjust(-925000, 0.9, 'benefit') // => -1757500 (a loss gets worse, not smaller)
 * riskAdjust(-50000, 0.1, 'cost') // => -45000 (a credit is trusted less)
 */
export function riskAdjust(value: number, risk: number, kind: RiskKind): number {
  const adjustment = Math.abs(value) * risk;
  return kind === 'benefit' ? value - adjustment : value + adjustment;
}
