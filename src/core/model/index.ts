export { buildBusinessCase, buildScenarioCase } from './businessCase';
export { buildMonthlyModel, automationValuePerAiContact, aiUsagePerMonth, oneTimeCostTotal } from './monthlyModel';
export { buildAnnualSummary } from './annualSummary';
export { buildOutputs, caseNpv, costPerContactAfter } from './outputs';
export { buildSensitivity, SENSITIVITY_DRIVERS, sensitivityDriverLabel } from './sensitivity';
export type { SensitivityDriverId } from './sensitivity';
export * from './lines';
export * from './scenarios';
export type * from './types';
