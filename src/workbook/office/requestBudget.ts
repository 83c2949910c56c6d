import { SheetPlan, estimateBytes } from './sheetPlan';
import { BYTES_PER_OPERATION, QueuedPart, writeContents } from './writeSheet';

/**
 * Excel on the web refuses a request over 5 MB. Work is queued in parts whose size is known, and
 * the budget syncs before a part would take the pending request over its limit; a part larger
 * than the whole budget is sent on its own.
 */
export class RequestBudget {
  private pending: number;

  constructor(
    private readonly maxBytes: number,
    private readonly flush: () => Promise<void>,
    alreadyQueued = 0,
  ) {
    this.pending = alreadyQueued;
  }

  async add(part: QueuedPart): Promise<void> {
    if (this.pending > 0 && this.pending + part.bytes > this.maxBytes) {
      await this.flush();
      this.pending = 0;
    }
    part.queue();
    this.pending += part.bytes;
  }

  async addAll(parts: readonly QueuedPart[]): Promise<void> {
    for (const part of parts) await this.add(part);
  }
}

/**
 * A sheet's cells as bands of rows, each at most a quarter of the budget (or one row), so bands
 * pack into requests with little room wasted. Rows are measured one by one: a timeline row of
 * long formulas weighs far more than a row of labels.
 */
export function contentParts(sheet: Excel.Worksheet, plan: SheetPlan, maxBytes: number): QueuedPart[] {
  if (plan.rows === 0 || plan.cols === 0) return [];
  const rowBytes = plan.contents.map((line, row) => estimateBytes([line]) + estimateBytes([plan.numberFormats[row]]));
  const parts: QueuedPart[] = [];
  let first = 0;
  while (first < plan.rows) {
    let count = 1;
    let bytes = 2 * BYTES_PER_OPERATION + rowBytes[first];
    while (first + count < plan.rows && bytes + rowBytes[first + count] <= maxBytes / 4) bytes += rowBytes[first + count++];
    const start = first;
    const rows = count;
    parts.push({ bytes, queue: () => writeContents(sheet, plan, start, rows) });
    first += count;
  }
  return parts;
}
