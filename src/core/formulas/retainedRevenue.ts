/**
 * Revenue kept by lower churn: customers·churn_reduction·revenue_per_customer.
 *
 * @param customers - active customers
 * @param revenuePerCustomer - revenue of one customer over the period (usually a year)
 * @param churnReduction - fewer customers lost, as a fraction of customers (0.01 = 1 point)
 * @returns revenue retained over the same period, in currency
 *
 * @example
 * retainedRevenue(500000, 200, 0.01) // => 1000000 a year (5,000 customers kept)
 */
export function retainedRevenue(customers: number, revenuePerCustomer: number, churnReduction: number): number {
  return customers * churnReduction * revenuePerCustomer;
}
