/**
 * A run's round trips, each named by the step it belongs to, so a failure says where it
 * happened in words a user understands.
 */

export class StepFailure extends Error {
  constructor(readonly step: string, readonly cause: unknown) {
    super(step);
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface RunSync {
  (step: string): Promise<void>;
  readonly count: () => number;
}

/** context.sync, counted, with any failure wrapped as the step's. */
export function stepSync(context: Excel.RequestContext): RunSync {
  let count = 0;
  const sync = async (step: string) => {
    count += 1;
    try {
      await context.sync();
    } catch (error) {
      throw new StepFailure(step, error);
    }
  };
  return Object.assign(sync, { count: () => count });
}
