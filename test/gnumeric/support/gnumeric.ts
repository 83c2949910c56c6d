import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import path from 'path';
import { engineAvailability, EngineAvailability } from '../../support/engineAvailability';

/** Whether Gnumeric tests run here (skipped on a developer's machine without it, failing in CI). */
export function gnumericAvailability(): EngineAvailability {
  return engineAvailability('Gnumeric', 'ssconvert', 'gnumeric');
}

const TIMEOUT_MS = 120000;
const PARALLEL = Math.max(1, Math.min(4, availableParallelism()));
/** ssconvert reports every chart element and style attribute it does not import: keep the end. */
const STDERR_TAIL = 4000;

function tail(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > STDERR_TAIL ? `…${trimmed.slice(-STDERR_TAIL)}` : trimmed;
}

function run(file: string, output: string, env: NodeJS.ProcessEnv): Promise<void> {
  // The import type is explicit: left to guess, ssconvert reads a damaged file as text, exits 0
  // and writes a workbook of that text.
  const args = ['--recalc', '--import-type=Gnumeric_Excel:xlsx', '--export-type=Gnumeric_Excel:xlsx2', file, output];
  return new Promise((resolve, reject) => {
    execFile('ssconvert', args, { env, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) {
        const how = error.killed ? `was stopped after ${TIMEOUT_MS / 1000} s` : `failed (${error.code ?? error.signal ?? error.message})`;
        reject(new Error(`ssconvert --recalc ${file} ${how}.\nssconvert's stderr:\n${tail(String(stderr))}`));
        return;
      }
      if (!existsSync(output) || statSync(output).size === 0) {
        reject(new Error(`ssconvert --recalc ${file} exited 0 but wrote nothing to ${output}.\nssconvert's stderr:\n${tail(String(stderr))}`));
        return;
      }
      resolve();
    });
  });
}

/**
 * Recalculates each .xlsx with Gnumeric (every formula, whatever cached values the file has) and
 * writes the result as outDir/<same file name>.xlsx, with the values as cached results; returns
 * those paths in the order of files. Needs no display; HOME and the XDG directories point to a
 * private temporary directory, so the user's Gnumeric settings are neither read nor written.
 */
export async function recalculateWithGnumeric(outDir: string, files: readonly string[]): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const outputs = files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`));
  outputs.forEach((output, i) => {
    if (path.resolve(output) === path.resolve(files[i])) throw new Error(`recalculateWithGnumeric would overwrite ${files[i]}: give another outDir.`);
    if (outputs.indexOf(output) !== i) throw new Error(`recalculateWithGnumeric: two files would both be written to ${output}.`);
    rmSync(output, { force: true });
  });
  const home = mkdtempSync(path.join(tmpdir(), 'gnumeric-home-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_RUNTIME_DIR: home,
    // settings in memory: no dconf database to open, nothing saved
    GSETTINGS_BACKEND: 'memory',
    NO_AT_BRIDGE: '1',
  };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  // a few at a time; every run finishes before the private HOME goes
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      await run(files[i], outputs[i], env).catch((error: unknown) => failures.push(error));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  if (failures.length > 0) throw failures[0];
  return outputs;
}
