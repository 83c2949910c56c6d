/** Statistics of a simulated output: moments, Excel-compatible percentiles, charts' data, drivers, convergence. */
export { mean, standardDeviation } from './moments';
export { percentile, percentileInc, sortedSample, sortOnce } from './percentile';
export type { Sample, SortedSample } from './percentile';
export { summarise } from './summary';
export type { SampleSummary } from './summary';
export { probabilityAbove, probabilityBelow } from './probability';
export { histogram, niceStep } from './histogram';
export type { Histogram } from './histogram';
export { sCurve } from './sCurve';
export type { SCurve } from './sCurve';
export { averageRanks, spearman } from './spearman';
export { varianceContributions } from './contribution';
export type { VarianceContribution } from './contribution';
export { convergence } from './convergence';
export type { Convergence } from './convergence';
