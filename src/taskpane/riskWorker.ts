import type { BusinessCaseInputs } from '../core/inputs/schema';
import type { Result } from '../core/result';
import { RiskResult, simulateRisk } from '../core/simulation/simulate';
import type { UncertaintySpec } from '../core/simulation/uncertainty';

/**
 * The risk simulation off the pane's thread (its own webpack entry, risk-worker.js, fetched when
 * Simulate is first pressed). The pane and Excel's =ROI.* functions share one thread: a million
 * trials run here leave both responsive. Imports only the core.
 */

export interface RiskRequest {
  readonly inputs: BusinessCaseInputs;
  readonly spec: UncertaintySpec;
  /** trials per progress report */
  readonly chunk: number;
}

export type RiskReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly result: Result<RiskResult> };

/** The worker's own global: the DOM's self is typed as a window. */
declare const self: {
  onmessage: ((event: MessageEvent<RiskRequest>) => void) | null;
  postMessage(reply: RiskReply): void;
};

self.onmessage = (event) => {
  const { inputs, spec, chunk } = event.data;
  const result = simulateRisk(inputs, spec, { chunk, onProgress: (done, total) => self.postMessage({ kind: 'progress', done, total }) });
  self.postMessage({ kind: 'done', result });
};
