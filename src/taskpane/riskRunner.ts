import type { BusinessCaseInputs } from '../core/inputs/schema';
import type { Result } from '../core/result';
import type { RiskResult } from '../core/simulation/simulate';
import type { UncertaintySpec } from '../core/simulation/uncertainty';
import type { RiskReply, RiskRequest } from './riskWorker';

/** The worker's file, emitted beside taskpane.js (webpack.config.js) and resolved against the page. */
const WORKER_FILE = 'risk-worker.js';
/** Small enough that progress moves about every 20 ms even on a slow machine. */
const TRIALS_PER_REPORT = 2_000;

export type RiskOutcome = { readonly kind: 'done'; readonly result: Result<RiskResult> } | { readonly kind: 'cancelled' };

export interface RiskRun {
  readonly outcome: Promise<RiskOutcome>;
  /** Stops the simulation at once (the worker is terminated); the outcome is 'cancelled'. */
  cancel(): void;
}

/**
 * Runs the risk simulation in a Web Worker, reporting progress after every chunk of trials.
 *
 * @example
 * const run = runRiskInWorker(inputs, spec, (done, total) => bar.value = done / total);
 * cancelButton.onclick = run.cancel;
 * const outcome = await run.outcome; // { kind: 'done', result: ok({ trials: 10000, … }) } or { kind: 'cancelled' }
 */
export function runRiskInWorker(inputs: BusinessCaseInputs, spec: UncertaintySpec, onProgress: (done: number, total: number) => void): RiskRun {
  const worker = new Worker(new URL(WORKER_FILE, document.baseURI));
  let settle: (outcome: RiskOutcome) => void = () => undefined;
  const outcome = new Promise<RiskOutcome>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<RiskReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return onProgress(reply.done, reply.total);
      worker.terminate();
      resolve({ kind: 'done', result: reply.result });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The simulation stopped: ${event.message || 'its script could not run'}.`));
    };
  });
  const request: RiskRequest = { inputs, spec, chunk: TRIALS_PER_REPORT };
  worker.postMessage(request);
  return {
    outcome,
    cancel() {
      worker.terminate();
      settle({ kind: 'cancelled' });
    },
  };
}
