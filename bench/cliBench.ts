import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { formatRow } from './measure';

/**
 * `npm run generate` end to end, as whole processes: the previous path (bench/previousGenerate.ts:
 * tsx, excelize-wasm charts, the file zipped four times), today's code started by tsx, and today's
 * launcher (scripts/generate.js, what `npm run generate` runs). Run in turn, round after round, so
 * a drift of the machine's speed hits all three alike; the ratios are taken round by round.
 */
const ROOT = path.join(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const INPUTS = path.join(ROOT, 'examples', 'mid-market.json');

interface PathUnderTest {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

const PATHS: readonly PathUnderTest[] = [
  { label: 'previous: tsx + excelize-wasm, 4 deflates', command: TSX, args: [path.join(__dirname, 'previousGenerate.ts')] },
  { label: 'new code, started by tsx', command: TSX, args: [path.join(ROOT, 'src', 'cli', 'generate.ts')] },
  { label: 'new: launcher + bundle (npm run generate)', command: process.execPath, args: [path.join(ROOT, 'scripts', 'generate.js')] },
];

/** CPU seconds of this process's finished children (Linux /proc), or undefined elsewhere. */
function childrenCpuSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  // fields after the command name, which may hold spaces: cutime and cstime are the 14th and 15th
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticks;
}

function timeOnce(under: PathUnderTest, out: string): { wall: number; cpu: number | undefined } {
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const result = spawnSync(under.command, [...under.args, '--inputs', INPUTS, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${under.label} failed: ${result.stderr || result.error?.message}`);
  rmSync(out, { force: true });
  const cpuAfter = childrenCpuSeconds();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function runCliBench(rounds = Number(process.env.BENCH_CLI_ROUNDS ?? 3)): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-bench-'));
  try {
    const out = path.join(dir, 'case.xlsx');
    // a round not counted: the launcher builds its bundle if stale, and the files are in the page cache
    for (const under of PATHS) timeOnce(under, out);
    const times = PATHS.map(() => [] as { wall: number; cpu: number | undefined }[]);
    for (let round = 0; round < rounds; round += 1) PATHS.forEach((under, index) => times[index].push(timeOnce(under, out)));
    const newest = times[times.length - 1];
    const widths = [44, 8, 8, 16];
    console.log(`\nnpm run generate end to end (examples/mid-market.json, charts), whole processes, median of ${rounds} rounds`);
    console.log(formatRow(['path', 'wall s', 'CPU s', 'wall ÷ new (CPU)'], widths));
    PATHS.forEach((under, index) => {
      const wallRatio = median(times[index].map((time, round) => time.wall / newest[round].wall));
      const cpus = times[index].map((time) => time.cpu);
      const cpu = cpus.every((value) => value !== undefined) ? median(cpus as number[]) : undefined;
      const cpuRatio = cpu === undefined ? '' : ` (${median(times[index].map((time, round) => time.cpu! / newest[round].cpu!)).toFixed(1)}×)`;
      console.log(formatRow([under.label, median(times[index].map((time) => time.wall)).toFixed(2), cpu === undefined ? 'n/a' : cpu.toFixed(2), `${wallRatio.toFixed(1)}×${cpuRatio}`], widths));
    });
    console.log('(npm itself adds the same few tenths of a second to each path when started as `npm run generate`)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
