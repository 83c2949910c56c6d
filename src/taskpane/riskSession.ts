import type { BusinessCaseInputs } from '../core/inputs/schema';
import type { RiskResult } from '../core/simulation/simulate';
import type { UncertaintySpec } from '../core/simulation/uncertainty';
import { BlueprintRisk } from './integrations';
import { runRiskInWorker } from './riskRunner';
import { showRiskNote, showRiskProgress, showRiskResult } from './riskView';
import { today } from './today';

/**
 * The pane's simulations: one at a time, in a worker, shown in the risk section; the latest kept
 * with the inputs and spec it was of, so Generate writes it when they have not changed since.
 */

interface Simulated {
  readonly of: string;
  readonly risk: RiskResult;
  readonly simulatedOn: string;
}

export interface RiskSession {
  /** Simulates (in a worker, with progress and Cancel); null when cancelled. Throws when the simulation fails. */
  simulate(inputs: BusinessCaseInputs, spec: UncertaintySpec, locale: string): Promise<BlueprintRisk | null>;
  /** The latest simulation when it was of these inputs and spec, or a new one; null when cancelled. */
  latestOrNew(inputs: BusinessCaseInputs, spec: UncertaintySpec, locale: string): Promise<BlueprintRisk | null>;
  /** true while a simulation runs */
  running(): boolean;
}

function identity(inputs: BusinessCaseInputs, spec: UncertaintySpec): string {
  return JSON.stringify({ inputs, spec });
}

export function createRiskSession(section: HTMLElement): RiskSession {
  let latest: Simulated | null = null;
  let busy = false;
  const asBlueprintRisk = (simulated: Simulated, spec: UncertaintySpec): BlueprintRisk => ({ uncertainty: spec, risk: simulated.risk, simulatedOn: simulated.simulatedOn });
  const simulate = async (inputs: BusinessCaseInputs, spec: UncertaintySpec, locale: string): Promise<BlueprintRisk | null> => {
    busy = true;
    try {
      let cancel = () => undefined as void;
      const progress = showRiskProgress(section, spec.trials, locale, () => cancel());
      const run = runRiskInWorker(inputs, spec, progress.update);
      cancel = run.cancel;
      const outcome = await run.outcome;
      if (outcome.kind === 'cancelled') {
        showRiskNote(section, `Simulation cancelled. Nothing was kept; your inputs are as they were.`);
        return null;
      }
      if (!outcome.result.ok) {
        showRiskNote(section, `The simulation could not run: ${outcome.result.error.message}`, true);
        throw new Error(outcome.result.error.message);
      }
      latest = { of: identity(inputs, spec), risk: outcome.result.value, simulatedOn: today() };
      showRiskResult(section, latest.risk, { currency: inputs.currency, paybackThresholdMonths: inputs.threshold_max_payback_months, simulatedOn: latest.simulatedOn }, locale);
      return asBlueprintRisk(latest, spec);
    } finally {
      busy = false;
    }
  };
  return {
    simulate,
    async latestOrNew(inputs, spec, locale) {
      if (latest && latest.of === identity(inputs, spec)) return asBlueprintRisk(latest, spec);
      return simulate(inputs, spec, locale);
    },
    running: () => busy,
  };
}

