/** Tiny timing helpers: machines here are shared and noisy, so compare ratios within one run. */

export interface Measurement {
  readonly label: string;
  readonly callsPerSecond: number;
  readonly microsecondsPerCall: number;
}

/** Runs fn repeatedly for about `milliseconds` after a warm-up and reports the rate. */
export function measure(label: string, fn: () => unknown, milliseconds = 300): Measurement {
  const warmUntil = performance.now() + milliseconds / 3;
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < milliseconds) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  return { label, callsPerSecond: calls / seconds, microsecondsPerCall: (seconds * 1e6) / calls };
}

/** Times one slow operation a few times and returns the median in milliseconds. */
export function medianMilliseconds(fn: () => unknown, runs = 7): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function formatRow(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => {
      const text = typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 2 }) : cell;
      return index === 0 ? text.padEnd(widths[index]) : text.padStart(widths[index]);
    })
    .join('  ');
}
