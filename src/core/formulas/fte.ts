/**
 * Full-time equivalents needed for a workload:
 * work_hours/(hours_per_fte·occupancy·(1 − shrinkage)). Callers make sure the divisor is > 0.
 *
 * @param workHours - hours of handling work in the period
 * @param hoursPerFte - paid hours of one FTE in the same period
 * @param occupancy - share of available time spent handling contacts, 0 < occupancy ≤ 1
 * @param shrinkage - share of paid time not available, 0 ≤ shrinkage < 1
 * @returns FTE
 *
 * @example
 * fte(13600, 160, 0.85, 0.3) // => 142.857…
 */
export function fte(workHours: number, hoursPerFte: number, occupancy: number, shrinkage: number): number {
  return workHours / (hoursPerFte * occupancy * (1 - shrinkage));
}
