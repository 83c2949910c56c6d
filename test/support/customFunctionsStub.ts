/**
 * A minimal stand-in for the Excel custom-functions runtime: the global CustomFunctions with
 * associate, Error and ErrorCode, as the built bundle and the source expect to find them.
 */
export class StubCustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? '');
  }
}

export const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
};

export function installCustomFunctionsStub(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: StubCustomFunctionsError,
    ErrorCode: ERROR_CODE,
  };
  return associated;
}
