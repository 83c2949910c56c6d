/** Errors shaped like OfficeExtension.Error: a code, a message and where it happened. */
export class FakeOfficeError extends Error {
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
