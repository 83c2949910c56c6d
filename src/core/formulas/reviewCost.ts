/**
 * Cost of people reviewing AI answers: ai_contacts·review_share·minutes/60·hourly_cost.
 *
 * @param aiContacts - contacts handled by the AI in the period
 * @param reviewShare - share of AI contacts a person reviews, 0..1
 * @param minutesPerReview - reviewer minutes per reviewed contact
 * @param hourlyCost - fully loaded reviewer cost per hour
 * @returns review cost for the period, in currency
 *
 * @example
 * reviewCost(40000, 0.05, 3, 40) // => 4000
 */
export function reviewCost(aiContacts: number, reviewShare: number, minutesPerReview: number, hourlyCost: number): number {
  return ((aiContacts * reviewShare * minutesPerReview) / 60) * hourlyCost;
}
