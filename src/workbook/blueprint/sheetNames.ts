/** Sheet names, in reading order. Formulas refer to them, so they live in one place. */
export const SHEET = {
  summary: 'Summary',
  inputs: 'Inputs',
  model: 'Model',
  annual: 'Annual',
  scenarios: 'Scenarios',
  sensitivity: 'Sensitivity',
  risk: 'Risk',
  scorecard: 'Scorecard',
  tracking: 'Tracking',
  checks: 'Checks',
  sources: 'Sources',
} as const;

export const SHEET_ORDER = [
  SHEET.summary,
  SHEET.inputs,
  SHEET.model,
  SHEET.annual,
  SHEET.scenarios,
  SHEET.sensitivity,
  SHEET.risk,
  SHEET.scorecard,
  SHEET.tracking,
  SHEET.checks,
  SHEET.sources,
] as const;
