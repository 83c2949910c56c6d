import { FakeOfficeError, propertyNotLoaded } from './errors';
import { WorkbookState } from './state';

/**
 * The request-context half of the fake: calls on proxies are queued and take effect only at
 * sync(), in order; the first failing operation rejects the sync and drops the rest of the batch,
 * while the operations before it stay applied, as in Excel. Properties read before a load and a
 * sync throw PropertyNotLoaded.
 */

interface Operation {
  readonly label: string;
  readonly changes: boolean;
  readonly run: () => void;
  /** the operation's share of the request Office.js would send, in bytes */
  readonly bytes: number;
}

/**
 * Office.js sends each queued operation as a JSON action with its object path (ids, type, method
 * or property name): about this many bytes before the value it carries.
 */
export const BYTES_PER_OPERATION = 100;

function payloadBytes(payload: unknown): number {
  return payload === undefined ? 0 : JSON.stringify(payload).length;
}

interface InjectedFailure {
  readonly label: string;
  remaining: number;
}

export class FakeRequestCore {
  private queue: Operation[] = [];
  private failures: InjectedFailure[] = [];
  syncCount = 0;
  /** every applied operation's label, in order */
  readonly applied: string[] = [];
  /** the size of each sync's request, in bytes: operations and the values they carry */
  readonly requestBytes: number[] = [];
  /** bumps whenever the workbook changes, so evaluation can be cached */
  version = 0;

  constructor(readonly state: WorkbookState) {}

  enqueue(label: string, run: () => void, changes = true): void {
    this.queue.push({ label, run, changes, bytes: BYTES_PER_OPERATION });
  }

  /** An operation that sends a value (cells, formulas, texts), counted in the request's size. */
  enqueueWith(label: string, payload: unknown, run: () => void): void {
    this.queue.push({ label, run, changes: true, bytes: BYTES_PER_OPERATION + payloadBytes(payload) });
  }

  /** The n-th application of an operation with this label (e.g. 'charts.add') throws GeneralException. */
  failOn(label: string, occurrence = 1): void {
    this.failures.push({ label, remaining: occurrence });
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    this.requestBytes.push(batch.reduce((sum, operation) => sum + operation.bytes, 0));
    for (const operation of batch) {
      try {
        for (const failure of this.failures) {
          if (failure.label === operation.label && failure.remaining > 0) {
            failure.remaining -= 1;
            if (failure.remaining === 0) throw new FakeOfficeError('GeneralException', `Injected failure in ${operation.label}`);
          }
        }
        operation.run();
        if (operation.changes) this.version += 1;
        this.applied.push(operation.label);
      } catch (error) {
        if (error instanceof FakeOfficeError) error.debugInfo.errorLocation = operation.label;
        throw error;
      }
    }
  }
}

/** Load options as Office.js takes them: "a,b", ["a", "b"], or "items/a,items/b" on a collection. */
export function loadList(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  const parts = Array.isArray(spec) ? spec : spec.split(',');
  return parts.map((part) => part.trim().replace(/^items\//, '')).filter((part) => part !== '');
}

export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly core: FakeRequestCore) {}

  /** reads one property's current value from the workbook, at sync time */
  protected abstract read(property: string): unknown;

  protected get nullable(): boolean {
    return false;
  }

  /** the state object this proxy stands for, or null for a null object */
  protected abstract exists(): boolean;

  load(spec?: string | string[]): this {
    const properties = loadList(spec);
    this.core.enqueue(
      'load',
      () => {
        const present = this.exists();
        if (!present && !this.nullable) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.');
        this.loaded.set('isNullObject', !present);
        if (present) for (const property of properties) this.loaded.set(property, this.read(property));
      },
      false,
    );
    return this;
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>('isNullObject');
  }
}
